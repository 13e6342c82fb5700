import { startCluster } from '../../tests/cluster/cluster'
import { type DeliveryFigures, measureDelivery, percentile } from '../../tests/cluster/crossDelivery'
import { cleanup } from '../../tests/integration/helpers'
import { unpinLoadGenerator } from '../env'

/**
 * Two instances (real processes) on a private PostgreSQL and redis-server, as tests/cluster/ runs them:
 * what crossing instances adds to a delivery, at 20, 100 and 200 clients split evenly, one writer on the
 * first instance. Each size on a fresh cluster, so the commit wait printed is that size's. Runs last,
 * since it unpins this process from CPU 1.
 */
export interface InstancesRow {
  clients: number
  sameP50Ms: number
  sameP99Ms: number
  otherP50Ms: number
  otherP99Ms: number
  /** Median over changes of what crossing added to each (see DeliveryFigures.addedPerChange). */
  addedPerChangeMs: number
  commitWaitP99Ms: number
}

function row(figures: DeliveryFigures): InstancesRow {
  return {
    clients: figures.clients,
    sameP50Ms: percentile(figures.sameInstance, 50),
    sameP99Ms: percentile(figures.sameInstance, 99),
    otherP50Ms: percentile(figures.otherInstance, 50),
    otherP99Ms: percentile(figures.otherInstance, 99),
    addedPerChangeMs: percentile(figures.addedPerChange, 50),
    commitWaitP99Ms: figures.commitWaitP99Ms,
  }
}

export async function instances(sizes: readonly number[], marks: number): Promise<InstancesRow[]> {
  // Four server processes and this one's readers on two cores, as in the tests: nothing pinned.
  unpinLoadGenerator()
  const rows: InstancesRow[] = []
  for (const clients of sizes) {
    const cluster = await startCluster()
    try {
      const [a, b] = await Promise.all([cluster.startInstance(), cluster.startInstance()])
      if (!a || !b) throw new Error('instances did not start')
      rows.push(row(await measureDelivery(a, b, clients, marks)))
    } finally {
      await cleanup()
      await cluster.dispose()
    }
  }
  return rows
}

/** The targets of issue 14: across instances p50 within 2 ms and p99 within 10 ms of within one. */
export function instancesTable(rows: readonly InstancesRow[]): string {
  const ms = (value: number) => value.toFixed(1)
  const lines = [
    '| clients | same instance p50 / p99 | other instance p50 / p99 | added p50 (target ≤ 2) | added p99 (target ≤ 10) | added to the median change | PostgreSQL commit wait p99 |',
    '|---|---|---|---|---|---|---|',
  ]
  for (const r of rows) {
    lines.push(
      `| ${r.clients} | ${ms(r.sameP50Ms)} / ${ms(r.sameP99Ms)} ms | ${ms(r.otherP50Ms)} / ${ms(r.otherP99Ms)} ms | ${ms(r.otherP50Ms - r.sameP50Ms)} ms | ${ms(r.otherP99Ms - r.sameP99Ms)} ms | ${ms(r.addedPerChangeMs)} ms | ${ms(r.commitWaitP99Ms)} ms |`,
    )
  }
  return lines.join('\n')
}
