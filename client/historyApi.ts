import { isRecord } from '../shared/ownKeys'
import type {
  OpenedSnapshot,
  RestoreResult,
  SnapshotList,
  SnapshotTaken,
  TakeSnapshotRequest,
} from '../shared/protocol'
import { type ApiResult, request } from './api'

/**
 * The workshop history endpoints (server/historyApi.ts), facilitators only. The server is ours and its
 * answers are typed in shared/history.ts; a body of the wrong shape is still caught at the top, so a
 * proxy's error page reads as a server failure rather than breaking the page.
 */

function snapshotsPath(workshopId: string): string {
  return `/api/workshops/${encodeURIComponent(workshopId)}/snapshots`
}

function typed<T>(result: ApiResult<unknown>, key: keyof T & string): ApiResult<T> {
  if (!result.ok) return result
  return isRecord(result.value) && key in result.value
    ? { ok: true, value: result.value as T }
    : { ok: false, failure: 'server' }
}

export async function listSnapshots(workshopId: string, token: string): Promise<ApiResult<SnapshotList>> {
  return typed<SnapshotList>(await request(snapshotsPath(workshopId), { token }), 'snapshots')
}

export async function takeSnapshot(
  workshopId: string,
  token: string,
  label: string,
): Promise<ApiResult<SnapshotTaken>> {
  const body = JSON.stringify({ label } satisfies TakeSnapshotRequest)
  return typed<SnapshotTaken>(
    await request(snapshotsPath(workshopId), { method: 'POST', token, body }),
    'snapshot',
  )
}

export async function openSnapshot(
  workshopId: string,
  token: string,
  snapshotId: string,
): Promise<ApiResult<OpenedSnapshot>> {
  const path = `${snapshotsPath(workshopId)}/${encodeURIComponent(snapshotId)}`
  return typed<OpenedSnapshot>(await request(path, { token }), 'changes')
}

export async function restoreSnapshot(
  workshopId: string,
  token: string,
  snapshotId: string,
): Promise<ApiResult<RestoreResult>> {
  const path = `${snapshotsPath(workshopId)}/${encodeURIComponent(snapshotId)}/restore`
  return typed<RestoreResult>(await request(path, { method: 'POST', token }), 'restored')
}
