/** Decap's English phrases, imported by path (admin/decap-locales.ts); the package ships no types. */
declare module 'decap-cms-locales/dist/esm/en/index.js' {
  /** Nested groups of phrases, as `CMS.registerLocale` takes them. */
  const phrases: Record<string, unknown>;
  export default phrases;
}
