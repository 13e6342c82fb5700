import { describe, expect, it } from 'vitest'
import { safeFileStem } from '../../server/downloads'

describe('safeFileStem', () => {
  it('keeps letters without their diacritics and turns the rest into dashes', () => {
    expect(safeFileStem('Łódź: Transfer / Brașov — 2026')).toBe('Lodz- Transfer - Brasov - 2026')
    expect(safeFileStem('España año ñ')).toBe('Espana ano n')
    expect(safeFileStem('"quoted"\r\nname')).toBe('quoted-name')
  })

  it('falls back to "workshop" when nothing is left, and stays short', () => {
    expect(safeFileStem('')).toBe('workshop')
    expect(safeFileStem('🎉🎉')).toBe('workshop')
    expect(safeFileStem('../..')).toBe('workshop')
    expect(safeFileStem('a'.repeat(300))).toHaveLength(80)
  })
})
