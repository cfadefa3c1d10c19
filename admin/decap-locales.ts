/**
 * What the admin bundles of `decap-cms-locales`, in place of the package's
 * index (astro.config.mjs aliases the bare name here). `decap-cms-app`
 * registers every locale the package exports, some thirty languages, about a
 * third of the bundle's size; this admin speaks French (its own phrases,
 * admin/locale/fr.json, registered in admin/cms.ts), and Decap falls back to
 * English for anything a locale lacks, so English is the one Decap needs.
 */
export { default as en } from 'decap-cms-locales/dist/esm/en/index.js';
