/**
 * Where the browser comes from. Playwright cannot download its own browsers
 * here, so tests drive Debian's Chromium (`apt-get install chromium`).
 * Set `CHROMIUM_PATH` to use another binary, or to an empty string to use
 * Playwright's own browser where `npx playwright install` works.
 */
import { existsSync } from 'node:fs';

/** The Chromium binary tests launch, or `undefined` for Playwright's bundled one. */
export const chromiumPath: string | undefined = (() => {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv !== undefined) return fromEnv === '' ? undefined : fromEnv;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
})();

/** Flags that keep a headless Chromium quiet and offline-friendly (no background calls home). */
export const chromiumArgs: string[] = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-gpu',
];
