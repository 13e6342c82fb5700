import type { ServerResponse } from 'node:http'
import type { ApiErrorCode } from '../shared/apiErrors'
import type { ApiErrorBody } from '../shared/protocol'

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...headers,
  })
  res.end(text)
}

/** What a refusal may say beyond its code and sentence (shared/apiErrors.ts). */
export type ApiErrorDetails = Omit<ApiErrorBody, 'error' | 'code'>

/** A refusal: `{ error, code }`, the English sentence for scripts, the code for the app to translate. */
export function sendJsonError(
  res: ServerResponse,
  status: number,
  code: ApiErrorCode,
  message: string,
  headers: Record<string, string> = {},
  details: ApiErrorDetails = {},
): void {
  const body: ApiErrorBody = { error: message, code, ...details }
  sendJson(res, status, body, headers)
}

export function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  })
  res.end(text)
}
