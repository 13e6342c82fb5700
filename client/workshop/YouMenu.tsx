import { type FormEvent, useId, useState } from 'react'
import { useAvatarColor } from '../facilitation/useAvatarColors'
import { useI18n } from '../i18n'
import { saveIdentity, useIdentity } from '../identity'
import { Avatar } from '../ui/Avatar'
import { Disclosure } from '../ui/Disclosure'
import { IdentityFields } from './IdentityFields'

/** "You": your name and organisation as the others see them, editable at any time. */
export function YouMenu() {
  const { t } = useI18n()
  const identity = useIdentity()
  const colorOf = useAvatarColor()
  if (!identity) return null
  return (
    <Disclosure
      buttonClassName="you__button"
      buttonTitle={t.you.menuHelp}
      panelClassName="you__panel"
      buttonContent={
        <>
          <Avatar name={identity.name} color={colorOf(identity.id)} />
          {/* Named "You: Ana Kowalska", which holds the name it shows (only the avatar on a phone). */}
          <span className="you__name" aria-hidden="true">
            {identity.name}
          </span>
          <span className="visually-hidden">{t.you.menuLabel(identity.name)}</span>
        </>
      }
    >
      {(close) => <YouForm name={identity.name} organisation={identity.organisation} onDone={close} />}
    </Disclosure>
  )
}

function YouForm({
  name: initialName,
  organisation: initialOrganisation,
  onDone,
}: {
  name: string
  organisation: string
  onDone(): void
}) {
  const { t } = useI18n()
  const [name, setName] = useState(initialName)
  const [organisation, setOrganisation] = useState(initialOrganisation)
  const [nameMissing, setNameMissing] = useState(false)
  const ids = useId()

  function submit(event: FormEvent) {
    event.preventDefault()
    if (!name.trim()) {
      setNameMissing(true)
      return
    }
    saveIdentity({ name, organisation })
    onDone()
  }

  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby={`${ids}-heading`}>
      <h2 id={`${ids}-heading`} className="popover__heading">
        {t.you.heading}
      </h2>
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
      <div className="form__actions">
        <button type="submit" className="button button--primary button--small">
          {t.common.save}
        </button>
        <button type="button" className="button button--secondary button--small" onClick={onDone}>
          {t.common.cancel}
        </button>
      </div>
    </form>
  )
}
