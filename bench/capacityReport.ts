/** The capacity section's table, headline and target (report.ts prints them with the other sections). */
import type { CapacityResult, CapacityRun, CapacityStep } from './load/capacity'
import { SOCKETS_PER_WORKSHOP } from './load/capacityWire'
import { fmt, table } from './stats'

const percent = (share: number) => `${fmt(share * 100)} %`

function stepRow(server: string, step: CapacityStep): string[] {
  const verdict = step.held ? 'held' : `failed: ${step.failed.join(', ')}`
  return [
    server,
    `${step.workshops} (${step.sockets})`,
    `${fmt(step.latency.p50)} / ${fmt(step.latency.p99)} / ${fmt(step.latency.max)}`,
    `${step.delivered}/${step.expected}${step.closed ? `, ${step.closed} closed` : ''}`,
    `${percent(step.serverCpuShare)} (${fmt(step.serverCpuMsPerParticipantSecond)})`,
    // Saved before this was measured: n/a.
    `${percent(step.cpuBusyShare?.cpu0 ?? Number.NaN)} / ${percent(step.cpuBusyShare?.cpu1 ?? Number.NaN)}`,
    `${fmt(step.serverLoop.p99)} / ${fmt(step.serverLoop.max)}`,
    `${percent(step.generatorCpuShare)}, ${fmt(step.generatorMicrosPerFrame)} µs/frame, loop p99 ${fmt(step.generatorLoop.p99)} ms${step.generatorBound ? ' GENERATOR-BOUND' : ''}`,
    `${fmt(step.framesPerSecond.toGenerators)} / ${fmt(step.framesPerSecond.fromGenerators)}`,
    verdict,
  ]
}

const isRun = (run: CapacityRun | { error: string }): run is CapacityRun => !('error' in run)

/** "PracticeMap holds N workshops (M sockets); the floor holds K; generator limit G", with what bounds each. */
export function capacityHeadline(result: CapacityResult): string {
  const ours = result.practicemap
  const ceiling = Math.floor(result.socketCeiling / SOCKETS_PER_WORKSHOP)
  const oursFailed = ours.steps
    .filter((step) => !step.held)
    .reduce<CapacityStep | undefined>((a, b) => (a && a.workshops < b.workshops ? a : b), undefined)
  const oursText =
    result.boundBy === 'generator'
      ? `≥ ${ours.held} workshops (${ours.held * SOCKETS_PER_WORKSHOP} sockets), generator-bound beyond: not a server limit`
      : result.boundBy === 'server'
        ? `${ours.held} workshops (${ours.held * SOCKETS_PER_WORKSHOP} sockets; failing at ${oursFailed?.workshops}: ${oursFailed?.failed.join(', ')})`
        : `≥ ${ours.held} workshops (${ours.held * SOCKETS_PER_WORKSHOP} sockets; the ramp stopped at ${result.boundBy})`
  const floor = result.floor
  const floorFailed = isRun(floor) ? floor.steps.find((step) => !step.held) : undefined
  const floorText = !isRun(floor)
    ? `n/a (${floor.error})`
    : `${floorFailed ? `${floor.held}` : `≥ ${floor.held}`} (failing at ${floorFailed ? `${floorFailed.workshops}: ${floorFailed.failed.join(', ')}${floorFailed.generatorBound ? ', generator-bound' : ''}` : 'none measured'}; its CPU would fill one core at ${fmt(floor.cpuExtrapolation)})`
  return (
    `PracticeMap holds ${oursText}; its CPU would fill one core at ${fmt(ours.cpuExtrapolation)}. ` +
    `The floor holds ${floorText}. Generator limit ${fmt(result.generatorLimit)} workshops ` +
    `(its CPU extrapolated to its one core). One process may hold ${result.socketCeiling} sockets here ` +
    `(open-file limit): ${ceiling} workshops.`
  )
}

export function capacityTable(result: CapacityResult): string {
  const rows = result.practicemap.steps.map((step) => stepRow('practicemap-sqlite', step))
  if (isRun(result.floor)) rows.push(...result.floor.steps.map((step) => stepRow('capacity floor', step)))
  else rows.push(['capacity floor', `error: ${result.floor.error}`, '', '', '', '', '', '', '', ''])
  const shape = result.shape
  return [
    `\n### Capacity: 30-person, 7-board workshops on one core (card p99 ≤ ${shape.p99LimitMs} ms, nothing missing, server CPU < 90 %); ${shape.generators} raw generator processes on CPU 1, ${shape.measureMs / 1000} s per step\n`,
    table(
      [
        'server',
        'workshops (sockets)',
        'card ms p50 / p99 / max',
        'delivered/expected',
        'server CPU (ms per participant-s)',
        'CPU 0 / CPU 1 busy, all processes',
        'server loop p99 / max ms',
        'generators: CPU of their core, per frame, loop',
        'frames/s to / from generators',
        '',
      ],
      rows,
    ),
    `\n${capacityHeadline(result)}`,
  ].join('\n')
}
