import { useI18n } from '../i18n'
import { useRole, useWorkshop } from '../session/sessionContext'

/** Always visible: whether edits are reaching the others right now, or are kept on this device. */
export function ConnectionBadge() {
  const { t } = useI18n()
  const status = useWorkshop((state) => state.connection)
  const everConnected = useWorkshop((state) => state.everConnected)
  // An observer changes nothing: its badge speaks of what it sees, not of changes of its own.
  const watching = useRole() === 'observer'
  const label =
    status === 'connected'
      ? t.connection.connected
      : status === 'offline'
        ? t.connection.offline
        : status === 'notSaving'
          ? t.connection.notSaving
          : status === 'damaged'
            ? t.connection.damaged
            : status === 'tooFast'
              ? t.connection.tooFast
              : everConnected
                ? t.connection.reconnecting
                : t.connection.connecting
  const help =
    status === 'connected'
      ? watching
        ? t.connection.connectedHelpObserver
        : t.connection.connectedHelp
      : status === 'offline'
        ? watching
          ? t.connection.offlineHelpObserver
          : t.connection.offlineHelp
        : status === 'notSaving'
          ? t.connection.notSavingHelp
          : status === 'damaged'
            ? t.connection.damagedHelp
            : status === 'tooFast'
              ? t.connection.tooFastHelp
              : watching
                ? t.connection.reconnectingHelpObserver
                : t.connection.reconnectingHelp
  return (
    <div
      className={`connection connection--${status}`}
      data-testid="connection-status"
      data-status={status}
      role="status"
      title={help}
    >
      <span className="connection__dot" aria-hidden="true" />
      <span className="connection__label">{label}</span>
    </div>
  )
}
