import { type FormEvent, useId, useState } from 'react'
import { MAX_IMPORT_BYTES } from '../../shared/protocol'
import { createExampleWorkshop, createWorkshop, importWorkshop } from '../api'
import { useFailureMessage } from '../apiErrorMessages'
import { useI18n } from '../i18n'
import { forgetWorkshop, useRecentWorkshops } from '../recentWorkshops'
import { workshopPath } from '../router'
import { DateAndPlaceFields } from '../ui/DateAndPlaceFields'
import { FileField } from '../ui/FileField'
import { Icon } from '../ui/Icon'
import { LanguageSwitch } from '../ui/LanguageSwitch'
import { Link } from '../ui/Link'
import { openAsFacilitator } from '../ui/openAsFacilitator'
import { RequiredTitleField } from '../ui/RequiredTitleField'
import { TopBar } from '../ui/TopBar'
import { useDocumentTitle } from '../ui/useDocumentTitle'

export function HomePage() {
  const { t } = useI18n()
  useDocumentTitle(null)
  return (
    <div className="page">
      <TopBar tools={<LanguageSwitch />} />
      <main id="content" className="home">
        <section className="home__intro">
          <h1 tabIndex={-1}>{t.home.title}</h1>
          <p className="lead">{t.home.intro}</p>
        </section>
        <div className="home__grid">
          <CreateWorkshopForm />
          <div className="home__side">
            <ExampleWorkshop />
            <ImportWorkshop />
            <RecentWorkshops />
          </div>
        </div>
      </main>
    </div>
  )
}

function CreateWorkshopForm() {
  const { t } = useI18n()
  const failureMessage = useFailureMessage()
  const [title, setTitle] = useState('')
  const [date, setDate] = useState('')
  const [place, setPlace] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [titleMissing, setTitleMissing] = useState(false)
  const ids = useId()

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (!title.trim()) {
      setTitleMissing(true)
      document.getElementById(`${ids}-title`)?.focus()
      return
    }
    setBusy(true)
    setError(null)
    const result = await createWorkshop({ title: title.trim(), date, place: place.trim() })
    setBusy(false)
    if (!result.ok) {
      setError(failureMessage(result))
      return
    }
    if (!openAsFacilitator(result.value, title.trim())) setError(t.errors.server)
  }

  return (
    <section className="panel" aria-labelledby={`${ids}-heading`}>
      <h2 id={`${ids}-heading`}>{t.home.createHeading}</h2>
      <form className="form" onSubmit={submit} noValidate>
        <RequiredTitleField
          idPrefix={ids}
          label={t.home.titleLabel}
          placeholder={t.home.titlePlaceholder}
          requiredMessage={t.home.titleRequired}
          value={title}
          missing={titleMissing}
          onChange={setTitle}
          onFilled={() => setTitleMissing(false)}
        />
        <DateAndPlaceFields
          idPrefix={ids}
          date={date}
          place={place}
          onDateChange={setDate}
          onPlaceChange={setPlace}
          markOptional
          placePlaceholder={t.home.placePlaceholder}
        />
        {error && (
          <p className="form__error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t.home.creating : t.home.create}
        </button>
      </form>
    </section>
  )
}

function ExampleWorkshop() {
  const { t } = useI18n()
  const failureMessage = useFailureMessage()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const headingId = useId()

  async function open() {
    setBusy(true)
    setError(null)
    const result = await createExampleWorkshop()
    setBusy(false)
    if (!result.ok) {
      setError(failureMessage(result))
      return
    }
    if (!openAsFacilitator(result.value, '')) setError(t.errors.server)
  }

  return (
    <section className="panel panel--quiet" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.home.exampleHeading}</h2>
      <p>{t.home.exampleText}</p>
      {error && (
        <p className="form__error" role="alert">
          {error}
        </p>
      )}
      <button type="button" className="button button--secondary" onClick={open} disabled={busy}>
        {busy ? t.home.openingExample : t.home.openExample}
      </button>
    </section>
  )
}

/** The title of an export's text, for the recent-workshops list; empty when there is none to read. */
function exportTitle(text: string): string {
  try {
    const parsed: unknown = JSON.parse(text)
    const workshop =
      typeof parsed === 'object' && parsed !== null ? (parsed as { workshop?: unknown }).workshop : null
    const title =
      typeof workshop === 'object' && workshop !== null ? (workshop as { title?: unknown }).title : ''
    return typeof title === 'string' ? title.trim() : ''
  } catch {
    return ''
  }
}

function ImportWorkshop() {
  const { t } = useI18n()
  const failureMessage = useFailureMessage()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const ids = useId()

  async function choose(file: File) {
    setError(null)
    if (file.size > MAX_IMPORT_BYTES) {
      setError(t.import.tooLarge)
      return
    }
    setBusy(true)
    let text: string
    try {
      text = await file.text()
    } catch {
      setBusy(false)
      setError(t.import.unreadable)
      return
    }
    const result = await importWorkshop(text)
    setBusy(false)
    if (!result.ok) {
      setError(failureMessage(result))
      return
    }
    if (!openAsFacilitator(result.value, exportTitle(text))) setError(t.errors.server)
  }

  return (
    <section className="panel panel--quiet" aria-labelledby={`${ids}-heading`}>
      <h2 id={`${ids}-heading`}>{t.import.heading}</h2>
      <p>{t.import.text}</p>
      <FileField
        label={t.import.fileLabel}
        accept=".json,application/json"
        disabled={busy}
        testId="import-file"
        onFile={choose}
      />
      {busy && (
        <p className="muted" role="status">
          {t.import.importing}
        </p>
      )}
      {error && (
        <p className="form__error" role="alert">
          {error}
        </p>
      )}
    </section>
  )
}

function RecentWorkshops() {
  const { t, formatRelative } = useI18n()
  const recent = useRecentWorkshops()
  const headingId = useId()
  return (
    <section className="panel panel--quiet" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.home.recentHeading}</h2>
      {recent.length === 0 ? (
        <p className="muted">{t.home.recentEmpty}</p>
      ) : (
        <ul className="recent-list">
          {recent.map((entry) => {
            const title = entry.title || t.home.untitled
            return (
              <li key={entry.id} className="recent-list__item">
                <Link href={workshopPath(entry.id)} className="recent-list__link">
                  <span className="recent-list__title">{title}</span>
                  <span className="recent-list__when">
                    {entry.role && <span className="recent-list__role">{t.roles[entry.role]}</span>}
                    {t.home.lastOpened(formatRelative(entry.lastOpened))}
                  </span>
                </Link>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t.home.forget(title)}
                  title={t.home.forget(title)}
                  onClick={() => forgetWorkshop(entry.id)}
                >
                  <Icon name="close" size={16} />
                </button>
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
