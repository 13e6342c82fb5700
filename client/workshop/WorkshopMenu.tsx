import { useState } from 'react'
import { useI18n } from '../i18n'
import { Disclosure } from '../ui/Disclosure'
import { Icon } from '../ui/Icon'
import { DeleteWorkshopDialog } from './DeleteWorkshopDialog'
import { FollowUpDialog } from './FollowUpDialog'

/** The facilitator's actions on the workshop as a whole: start a follow-up, delete it. */
export function WorkshopMenu() {
  const { t } = useI18n()
  const [open, setOpen] = useState<'followUp' | 'delete' | null>(null)

  return (
    <>
      <Disclosure
        buttonTitle={t.lifecycle.menuLabel}
        buttonTestId="workshop-menu"
        panelClassName="workshop-menu"
        buttonContent={
          <>
            <Icon name="more" size={16} />
            <span>{t.lifecycle.menuButton}</span>
          </>
        }
      >
        {(close) => (
          <div>
            <h2 className="popover__heading">{t.lifecycle.menuHeading}</h2>
            <ul className="workshop-menu__list">
              <li>
                <button
                  type="button"
                  className="button button--small button--ghost workshop-menu__item"
                  data-testid="start-follow-up"
                  onClick={() => {
                    close()
                    setOpen('followUp')
                  }}
                >
                  <Icon name="right" size={16} />
                  <span>{t.lifecycle.startFollowUp}</span>
                </button>
              </li>
              <li>
                <button
                  type="button"
                  className="button button--small button--ghost workshop-menu__item workshop-menu__item--danger"
                  data-testid="delete-workshop"
                  onClick={() => {
                    close()
                    setOpen('delete')
                  }}
                >
                  <Icon name="trash" size={16} />
                  <span>{t.lifecycle.deleteWorkshop}</span>
                </button>
              </li>
            </ul>
          </div>
        )}
      </Disclosure>
      {open === 'followUp' && <FollowUpDialog onClose={() => setOpen(null)} />}
      {open === 'delete' && <DeleteWorkshopDialog onClose={() => setOpen(null)} />}
    </>
  )
}
