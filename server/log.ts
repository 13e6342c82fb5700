/**
 * One JSON object per line: info and debug to stdout, warnings and errors to stderr, so a process manager
 * can split them and a log shipper can parse them. Callers pass structured fields, never URLs with query
 * strings: those will carry access tokens.
 */

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const
export type LogLevel = (typeof LOG_LEVELS)[number]

export type LogFields = Readonly<Record<string, unknown>>

export interface Logger {
  debug(message: string, fields?: LogFields): void
  info(message: string, fields?: LogFields): void
  warn(message: string, fields?: LogFields): void
  error(message: string, fields?: LogFields): void
}

type WritableLevel = Exclude<LogLevel, 'silent'>

export type LogSink = (level: WritableLevel, line: string) => void

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 }

const standardSink: LogSink = (level, line) => {
  const stream = level === 'warn' || level === 'error' ? process.stderr : process.stdout
  stream.write(`${line}\n`)
}

function serializable(value: unknown): unknown {
  if (value instanceof Error) return { name: value.name, message: value.message, stack: value.stack }
  return value
}

/**
 * A last line of defence, should a URL or header ever reach a log line after all: the value of any
 * `token=` or `voter=` parameter and of any `Bearer` credential is blanked out.
 */
export function redactSecrets(line: string): string {
  return line
    .replace(/([?&;](?:token|voter)=)[^&#\s"\\]+/gi, '$1[redacted]')
    .replace(/(Bearer\s+)[^\s"\\]+/gi, '$1[redacted]')
}

export function createLogger(level: LogLevel, sink: LogSink = standardSink): Logger {
  const write = (entryLevel: WritableLevel, message: string, fields?: LogFields) => {
    if (RANK[entryLevel] < RANK[level]) return
    const entry: Record<string, unknown> = { time: new Date().toISOString(), level: entryLevel, msg: message }
    if (fields) for (const [key, value] of Object.entries(fields)) entry[key] = serializable(value)
    sink(entryLevel, redactSecrets(JSON.stringify(entry)))
  }
  return {
    debug: (message, fields) => write('debug', message, fields),
    info: (message, fields) => write('info', message, fields),
    warn: (message, fields) => write('warn', message, fields),
    error: (message, fields) => write('error', message, fields),
  }
}
