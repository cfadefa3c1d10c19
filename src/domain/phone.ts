/** Phone numbers as displayed and dialled: never broken across lines, `tel:` links. */

/** A phone number that never breaks across lines: no-break spaces and hyphens (`+1 418 555-0100`). */
export function unbreakablePhone(phone: string): string {
  return phone.replace(/ /g, '\u00a0').replace(/-/g, '\u2011');
}

/** The `tel:` form of a displayed phone number: digits and a leading `+` only. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^+0-9]/g, '')}`;
}
