/**
 * The few English texts Decap writes outside its locale: a confirmation it
 * builds in code, and the sign-in picture's alternative text (« Logo »).
 * Everything else comes from `locale/fr.json`.
 */

/** Decap's hard-coded confirmations, and their French. */
const confirmations: readonly { readonly english: RegExp; readonly french: (match: RegExpExecArray) => string }[] = [
  // decap-cms-core actions/mediaLibrary.ts, persistMedia
  { english: /^(.+) already exists\. Do you want to replace it\?$/, french: (match) => `Un fichier nommé «\u00a0${match[1] ?? ''}\u00a0» existe déjà. Le remplacer ?` },
];

/** `message` in French when it is one of Decap's hard-coded English confirmations. */
export function frenchConfirmation(message: string): string {
  for (const { english, french } of confirmations) {
    const match = english.exec(message);
    if (match) return french(match);
  }
  return message;
}

/** Puts the admin's texts in French: call once, before the CMS starts. `programName` names the sign-in picture. */
export function frenchPageText(programName: string): void {
  const confirm = window.confirm.bind(window);
  window.confirm = (message?: string) => confirm(message === undefined ? message : frenchConfirmation(message));
  // The sign-in picture carries the program's name; its text alternative should too.
  const alt = `${programName} — gestion du contenu`;
  const name = () => document.querySelectorAll<HTMLImageElement>('img[alt="Logo"]').forEach((image) => (image.alt = alt));
  new MutationObserver(name).observe(document.body, { childList: true, subtree: true });
}
