import { useMemo } from 'react'
import { useI18n } from '../i18n'
import { useWorkshop } from '../session/sessionContext'
import { distinctPeople } from '../store/presence'
import { Avatar } from '../ui/Avatar'
import { Disclosure } from '../ui/Disclosure'
import { Icon } from '../ui/Icon'
import { useAvatarColor } from './useAvatarColors'

const SHOWN_AVATARS = 4

/** Who is in the workshop and where each of them is; the list opens from the row of avatars. */
export function PresenceBar() {
  const { t } = useI18n()
  const colorOf = useAvatarColor()
  const people = useWorkshop((state) => state.people)
  const practices = useWorkshop((state) => state.practices)
  const distinct = useMemo(() => distinctPeople(people), [people])

  if (distinct.length === 0) return null
  // Your own avatar is in the "you" menu next to this; here it shows the others.
  const others = distinct.filter((person) => !person.isSelf)
  const summary = t.presence.summary(distinct.length)

  return (
    <Disclosure
      buttonClassName="presence__button"
      buttonTitle={distinct.map((person) => person.user.name).join(', ')}
      panelClassName="presence__panel"
      buttonContent={
        <>
          {others.length > 0 ? (
            <span className="avatar-stack" aria-hidden="true">
              {others.slice(0, SHOWN_AVATARS).map((person) => (
                <Avatar key={person.clientId} name={person.user.name} color={colorOf(person.user.id)} />
              ))}
            </span>
          ) : (
            <span className="presence__icon">
              <Icon name="people" size={18} />
            </span>
          )}
          {/* The button's name; where space is short it is out of sight and the number alone shows. */}
          <span className="presence__count">{summary}</span>
          <span className="presence__number" aria-hidden="true">
            {distinct.length}
          </span>
        </>
      }
    >
      {() => (
        <>
          <h2 className="popover__heading">{t.presence.heading}</h2>
          <ul className="people" data-testid="presence-list">
            {distinct.map((person) => {
              const practice = person.practiceId ? practices[person.practiceId] : undefined
              const where = practice
                ? t.presence.onPractice(practice.title || t.practices.untitled)
                : t.presence.onPracticeList
              return (
                <li key={person.clientId} className="people__item">
                  <Avatar name={person.user.name} color={colorOf(person.user.id)} />
                  <span className="people__text">
                    <span className="people__name">
                      {person.isSelf ? t.presence.you(person.user.name) : person.user.name}
                    </span>
                    {person.user.organisation && (
                      <span className="people__org">{person.user.organisation}</span>
                    )}
                    <span className="people__where">{where}</span>
                  </span>
                </li>
              )
            })}
          </ul>
        </>
      )}
    </Disclosure>
  )
}
