/** The headless Chromium the benchmarks drive: the end-to-end tests' binary and flags (tests/e2e/browser.ts), launched by Playwright. */
import { chromium, type Browser } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../tests/e2e/browser';

/** Launches it with `args` added (Lighthouse connects through `--remote-debugging-port`). */
export function launchChromium(args: readonly string[] = []): Promise<Browser> {
  return chromium.launch({ args: [...chromiumArgs, ...args], ...(chromiumPath ? { executablePath: chromiumPath } : {}) });
}
