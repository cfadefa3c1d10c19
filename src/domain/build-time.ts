/**
 * The instant a build renders for. Scheduled announcements, "past" dates, the
 * program status and feed dates are all decided against it. Normally the
 * clock at build time; `BUILD_NOW` (an ISO 8601 instant with its offset) pins
 * it, so tests can build on either side of an embargo.
 */

/** ISO 8601 instant with an explicit zone: `2027-03-15T14:00:00Z`, `2027-03-15T10:00-04:00`. */
const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Reads a `BUILD_NOW` value. Empty or absent gives `fallback` (the clock).
 * A value without a zone is refused: `2027-03-15T10:00` would mean a
 * different instant on every machine.
 */
export function parseBuildNow(raw: string | undefined, fallback: Date): Date {
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = raw.trim();
  const instant = new Date(value);
  if (!isoInstant.test(value) || Number.isNaN(instant.getTime())) {
    throw new Error(`BUILD_NOW « ${raw} » : instant ISO 8601 avec fuseau attendu, p. ex. 2027-03-15T14:00:00Z (expected an ISO instant with offset)`);
  }
  return instant;
}
