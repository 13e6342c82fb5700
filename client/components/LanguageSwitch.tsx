import { LOCALES, useI18n } from '../i18n'

export function LanguageSwitch() {
  const { t, language, setLanguage } = useI18n()
  return (
    <fieldset className="language-switch">
      <legend className="visually-hidden">{t.language.label}</legend>
      {LOCALES.map((locale) => (
        <button
          key={locale.code}
          type="button"
          lang={locale.code}
          title={locale.name}
          aria-pressed={locale.code === language}
          onClick={() => setLanguage(locale.code)}
        >
          {locale.code.toUpperCase()}
        </button>
      ))}
    </fieldset>
  )
}
