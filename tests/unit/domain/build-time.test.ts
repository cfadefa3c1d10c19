import { describe, expect, test } from 'vitest';
import { parseBuildNow } from '../../../src/domain/build-time';

const clock = new Date('2026-11-02T12:00:00Z');

describe('parseBuildNow', () => {
  test.each([
    { raw: undefined, expected: clock.toISOString() },
    { raw: '', expected: clock.toISOString() },
    { raw: '   ', expected: clock.toISOString() },
    { raw: '2027-03-15T14:00:00Z', expected: '2027-03-15T14:00:00.000Z' },
    { raw: '2027-03-15T10:00-04:00', expected: '2027-03-15T14:00:00.000Z' },
    { raw: ' 2027-03-15T10:00:30.250-04:00 ', expected: '2027-03-15T14:00:30.250Z' },
  ])('$raw → $expected', ({ raw, expected }) => {
    expect(parseBuildNow(raw, clock).toISOString()).toBe(expected);
  });

  test.each(['2027-03-15', '2027-03-15T10:00', 'demain', '2027-13-15T10:00:00Z'])('refuses %s', (raw) => {
    expect(() => parseBuildNow(raw, clock)).toThrow(/BUILD_NOW/);
  });
});
