import { type FormEvent, useId, useState } from 'react'
import { useI18n } from '../i18n'
import { saveIdentity } from '../identity'
import { LanguageSwitch } from '../ui/LanguageSwitch'
import { TopBar } from '../ui/TopBar'
import { useDocumentTitle } from '../ui/useDocumentTitle'
import { IdentityFields } from './IdentityFields'

/** Asked once per device, before the first workshop opens: who you are, as shown to the others. */
export function JoinForm({ workshopTitle }: { workshopTitle: string }) {
  const { t } = useI18n()
  const [name, setName] = useState('')
  const [organisation, setOrganisation] = useState('')
  const [nameMissing, setNameMissing] = useState(false)
  const ids = useId()
  const heading = workshopTitle ? t.join.headingWithTitle(workshopTitle) : t.join.heading
  useDocumentTitle(heading)

  function submit(event: FormEvent) {
    event.preventDefault()
    if (!name.trim()) {
      setNameMissing(true)
      document.getElementById(`${ids}-name`)?.focus()
      return
    }
    saveIdentity({ name, organisation })
  }

  return (
    <div className="page">
      <TopBar tools={<LanguageSwitch />} />
      <main id="content" className="join">
        <section className="panel join__panel" aria-labelledby={`${ids}-heading`}>
          <h1 id={`${ids}-heading`} tabIndex={-1}>
            {heading}
          </h1>
          <p>{t.join.intro}</p>
          <form className="form" onSubmit={submit} noValidate>
            <IdentityFields
              idPrefix={ids}
              name={name}
              organisation={organisation}
              nameMissing={nameMissing}
              autoFocus
              onName={(value) => {
                setName(value)
                if (value.trim()) setNameMissing(false)
              }}
              onOrganisation={setOrganisation}
            />
            <button type="submit" className="button button--primary">
              {t.join.submit}
            </button>
            <p className="muted small">{t.join.remembered}</p>
          </form>
        </section>
      </main>
    </div>
  )
}
