import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { isVoterId, isVoterSecret, newVoterSecret, voterIdOf } from '../../shared/voter'

describe('voter secrets and ids', () => {
  it('makes secrets of 32 random bytes in base64url, each different', () => {
    const secrets = new Set(Array.from({ length: 100 }, () => newVoterSecret()))
    expect(secrets.size).toBe(100)
    for (const secret of secrets) {
      expect(isVoterSecret(secret)).toBe(true)
      expect(Buffer.from(secret, 'base64url')).toHaveLength(32)
    }
    expect(isVoterSecret('too-short')).toBe(false)
    expect(isVoterSecret(`${newVoterSecret()}!`)).toBe(false)
    expect(isVoterSecret(42)).toBe(false)
  })

  it('derives the id as SHA-256 of the secret, the same on every device, distinct per secret', () => {
    const secret = newVoterSecret()
    const expected = `v1-${createHash('sha256').update(`practicemap voter|${secret}`).digest('base64url').slice(0, 22)}`
    expect(voterIdOf(secret)).toBe(expected)
    expect(voterIdOf(secret)).toBe(voterIdOf(secret))
    expect(voterIdOf(newVoterSecret())).not.toBe(voterIdOf(secret))
    expect(isVoterId(voterIdOf(secret))).toBe(true)
    // An older random user id is no voter id: nobody can prove it is theirs.
    expect(isVoterId('a1B2c3D4e5F6')).toBe(false)
  })
})
