import { LANGUAGES, useI18n } from '../i18n'
import { Disclosure } from './Disclosure'
import { Icon } from './Icon'

/**
 * The language of this device's screens, in every top bar: a compact button (a globe and the language's
 * code, so someone who cannot read the current language still finds it; on a phone the globe alone) that
 * lists every language by its own name. The choice is kept on the device.
 */
export function LanguageSwitch() {
  const { t, language, pendingLanguage, setLanguage } = useI18n()
  const current = LANGUAGES.find((option) => option.code === language)
  return (
    <Disclosure
      // The code it shows goes into its name too (WCAG 2.5.3), as "Język: polski (PL)".
      label={`${t.language.button(current?.name ?? language)} (${language.toUpperCase()})`}
      buttonTitle={t.language.label}
      buttonClassName="button button--small button--ghost language-switch__button"
      buttonTestId="language-switch"
      panelClassName="language-switch__panel"
      buttonContent={
        <>
          <Icon name="globe" size={18} />
          <span className="language-switch__code" aria-busy={pendingLanguage !== null}>
            {(pendingLanguage ?? language).toUpperCase()}
          </span>
        </>
      }
    >
      {(close) => (
        <>
          <h2 className="popover__heading">{t.language.label}</h2>
          <ul className="language-switch__list">
            {LANGUAGES.map((option) => (
              <li key={option.code}>
                <button
                  type="button"
                  className="button button--small button--ghost language-switch__option"
                  lang={option.code}
                  aria-pressed={option.code === language}
                  onClick={() => {
                    setLanguage(option.code)
                    close()
                  }}
                >
                  <span>{option.name}</span>
                  <span className="muted" aria-hidden="true">
                    {option.code.toUpperCase()}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </Disclosure>
  )
}
