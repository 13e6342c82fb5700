import { startServer } from './app'
import { ConfigError, readConfig } from './config'
import { createLogger } from './log'

/** The process entry point: configuration from the environment, signals, exit codes. */

let config: ReturnType<typeof readConfig>
try {
  config = readConfig(process.env)
} catch (error) {
  if (!(error instanceof ConfigError)) throw error
  process.stderr.write(`PracticeMap: ${error.message}\n`)
  process.exit(2)
}

const log = createLogger(config.logLevel)

// A promise nobody awaited failed: worth a log line, not the end of every workshop on this server.
process.on('unhandledRejection', (error: unknown) => log.error('unhandled rejection', { error }))
// After an exception nothing caught, the process state is unknown: log it, then exit and let the
// supervisor restart. Nothing is lost: committed updates are on disk and clients re-send the rest.
process.on('uncaughtException', (error: unknown) => {
  log.error('uncaught exception, exiting', { error })
  process.exit(1)
})

let server: Awaited<ReturnType<typeof startServer>>
try {
  server = await startServer({ ...config, logger: log })
} catch (error) {
  // An unwritable data folder or a port in use: say which, in one line, instead of a stack trace.
  const reason = error instanceof Error ? error.message : String(error)
  log.error('could not start', { reason, dataDir: config.dataDir, port: config.port })
  process.stderr.write(`PracticeMap could not start: ${reason}\n`)
  process.exit(1)
}
// Where the socket is bound (0.0.0.0: every interface, so other devices on the network reach it too), and
// the URL that opens it from this machine.
log.info('listening', { address: server.listeningOn, url: server.url, dataDir: config.dataDir })

let stopping = false

function stop(signal: NodeJS.Signals): void {
  if (stopping) {
    // A second Ctrl+C means "now": whatever was committed is safe, the rest is still held by the clients.
    log.warn('second signal, exiting without finishing the shutdown', { signal })
    process.exit(1)
  }
  stopping = true
  log.info('shutting down', { signal })
  server.close().then(
    () => process.exit(0),
    (error: unknown) => {
      log.error('shutdown failed', { error })
      process.exit(1)
    },
  )
}

process.on('SIGTERM', stop)
process.on('SIGINT', stop)
