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
const server = await startServer({ ...config, logger: log })
log.info('listening', { url: server.url, dataDir: config.dataDir })

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
