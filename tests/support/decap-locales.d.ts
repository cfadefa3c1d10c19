/** Decap's English phrases, read by the test that keeps the admin's French locale complete. */
declare module 'decap-cms-locales/src/en/index.js' {
  const phrases: Readonly<Record<string, unknown>>;
  export default phrases;
}
