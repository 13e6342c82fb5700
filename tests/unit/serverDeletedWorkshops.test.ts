import { afterEach, describe, expect, it } from 'vitest'
import { CloseCode, CloseReason } from '../../server/closeCodes'
import { createLogger } from '../../server/log'
import { createRoomSystem, DELETED_WORKSHOP_MEMORY_MS } from '../../server/rooms'
import { MemoryStore } from '../../server/storage/memoryStore'
import { workshopDocumentName } from '../../shared/documentNames'

/** The registry's marks of deleted workshops: kept while a deletion may race an upgrade, then dropped. */

const systems: { registry: { shutdown(code: number, reason: string): Promise<void> } }[] = []
afterEach(async () => {
  for (const system of systems.splice(0)) await system.registry.shutdown(1001, 'test over')
})

function setup(deletedWorkshopMemoryMs?: number) {
  const system = createRoomSystem({
    store: new MemoryStore(),
    log: createLogger('silent'),
    unloadGraceMs: 10,
    compactionThreshold: 500,
    ...(deletedWorkshopMemoryMs === undefined ? {} : { deletedWorkshopMemoryMs }),
  })
  systems.push(system)
  return system
}

const drop = (registry: ReturnType<typeof setup>['registry'], id: string) =>
  registry.dropWorkshop(id, CloseCode.workshopDeleted, CloseReason.workshopDeleted)

describe('deleted workshops in the room registry', () => {
  it('forgets a deleted workshop a while after its deletion completed, not before', async () => {
    const { registry } = setup(30)
    await drop(registry, 'workshop01')
    expect(() => registry.join(workshopDocumentName('workshop01'), { id: 1, send() {}, close() {} })).toThrow(
      /was deleted/,
    )
    // Marked for as long as the deletion takes, however long.
    await new Promise((resolve) => setTimeout(resolve, 60))
    expect(registry.isWorkshopDeleted('workshop01')).toBe(true)
    registry.workshopDeleted('workshop01')
    expect(registry.isWorkshopDeleted('workshop01')).toBe(true)
    await new Promise((resolve) => setTimeout(resolve, 60))
    expect(registry.isWorkshopDeleted('workshop01')).toBe(false)
  })

  it('clears the mark at once when storage could not delete the workshop', async () => {
    const { registry } = setup()
    await drop(registry, 'workshop01')
    registry.workshopNotDeleted('workshop01')
    expect(registry.isWorkshopDeleted('workshop01')).toBe(false)
  })

  it('keeps ids for a minute by default', () => {
    expect(DELETED_WORKSHOP_MEMORY_MS).toBe(60_000)
  })
})
