/**
 * The build's "now", read once from the environment so every page, feed,
 * calendar and JSON file of one build agrees on it. Set `BUILD_NOW` to an ISO
 * instant to build the site as it will be at that moment (see docs/deploy.md).
 */
import { parseBuildNow } from '../domain/build-time';

/** The instant this build renders for. */
const now: Date = parseBuildNow(process.env['BUILD_NOW'], new Date());

/** The instant this build renders for: `BUILD_NOW` if set, else the clock when the build started. */
export function buildNow(): Date {
  return new Date(now.getTime());
}
