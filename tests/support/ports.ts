/**
 * Every server the browser tests start, on 127.0.0.1, at a fixed offset from
 * `E2E_PORT` (the built site's preview server, playwright.config.ts). One
 * table, so two specs running in parallel workers never reach for the same
 * port; a taken port fails the test that needs it with its name.
 */

/** The preview server of the built site; everything else is numbered from it. */
export const e2eBasePort = Number(process.env['E2E_PORT'] ?? 4391);

/** Offsets from `e2eBasePort`, one per server; each must be unique. */
export const portOffsets = {
  /** The CMS sandbox's built copy (cms.spec.ts). */
  cmsSite: 1,
  /** The cohort's CMS sandbox: built copy and decap-server (cms-cohort.spec.ts). */
  cohortCmsSite: 2,
  cohortCmsProxy: 3,
  /** The cohort's throwaway builds, one second before and at the results instant (cohort.spec.ts). */
  cohortBefore: 5,
  cohortAfter: 6,
  /** Throwaway builds of broken or partial content (throwaway-builds.spec.ts). */
  throwaway: 7,
  /** The change-integrity sandbox: built copy and decap-server (change-integrity.spec.ts). */
  changeSite: 8,
  changeProxy: 9,
  /** The `npm start` every npm-start.spec.ts test shares: the site and its decap-server. */
  startSite: 10,
  startProxy: 11,
  /** The short-lived `npm start` runs of the port tests (npm-start.spec.ts). */
  otherStartSite: 13,
  otherStartProxy: 14,
  /** The CMS sandbox's decap-server (cms.spec.ts). */
  cmsProxy: 12,
} as const;

/** The port of a named server. */
export function e2ePort(name: keyof typeof portOffsets): number {
  return e2eBasePort + portOffsets[name];
}
