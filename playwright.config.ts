/**
 * Browser tests against the built site (`npm run build` first), served by
 * `astro preview` on 127.0.0.1 at a port of the tests' choosing.
 */
import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './tests/e2e/browser';

/** Port of the preview server; override with `E2E_PORT` if it is taken. */
const port = Number(process.env['E2E_PORT'] ?? 4391);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
    ...devices['Desktop Chrome'],
    launchOptions: { args: chromiumArgs, ...(chromiumPath ? { executablePath: chromiumPath } : {}) },
  },
  webServer: {
    command: `npx astro preview --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}/fr/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
