/**
 * Content-check rules across files: what both language files of an entry
 * must agree on, and what a press release's body must not repeat.
 *
 * - Fields Decap enters once and copies (`i18n: 'duplicate'`: dates, times,
 *   states…) must be equal in both languages, or the French and English
 *   outputs would disagree; fields kept in the French file only (`i18n:
 *   false`: change histories) must not appear in another language's file
 *   (the CMS would drop them at the next save); a key date marked « Modifiée »
 *   must have a note saying what it was.
 * - The press release template writes the dateline, « -30- », the « À
 *   propos » boilerplate and the media contact; a body repeating any of them
 *   prints it twice. Each problem names the file and the line.
 *
 * Pure, like `check.ts`, which calls these rules.
 */
import { defaultLocale } from '../i18n/locales';
import type { ContentProblem, ValidEntry } from './check';
import { fieldLabelPath, type DecapField } from './fields/decap';
import { translationKeyOf } from './translations';

/** An entry's translation key. */
function keyOf(entry: ValidEntry): string {
  const translationKey = entry.data['translationKey'];
  return translationKeyOf({ id: entry.id, translationKey: typeof translationKey === 'string' ? translationKey : undefined });
}

/** The dotted paths of the fields entered once for every language, and their labels' paths, walking objects. */
function sharedPaths(fields: readonly DecapField[], prefix: readonly string[] = []): (readonly string[])[] {
  return fields.flatMap((field) => {
    const path = [...prefix, field.name];
    if (field.i18n === 'duplicate') return [path];
    if (field.widget === 'object' && field.i18n !== false && field.i18n !== 'none') return sharedPaths(field.fields, path);
    return [];
  });
}

/** The value at `path` in validated data. */
function valueAt(data: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), data);
}

/** Every field entered once for both languages holds the same value in both files. */
export function sharedFieldProblems(entries: readonly ValidEntry[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    if (entry.lang === defaultLocale || !entry.collection.spec.paired) continue;
    const reference = entries.find((other) => other.collection === entry.collection && other.lang === defaultLocale && keyOf(other) === keyOf(entry));
    if (!reference) continue;
    for (const path of sharedPaths(entry.collection.spec.fields)) {
      if (JSON.stringify(valueAt(entry.data, path)) === JSON.stringify(valueAt(reference.data, path))) continue;
      problems.push({
        file: entry.file,
        field: path.join('.'),
        fieldLabel: fieldLabelPath(entry.collection.spec.fields, path),
        message: `différent de la version française (${reference.file}) : ce champ est le même dans les deux langues, les corriger ensemble (differs from the French version: this field is shared by both languages)`,
      });
    }
  }
  return problems;
}

/** Fields kept in the default language's file only stay out of the others; a changed key date says what it was. */
export function defaultLocaleOnlyProblems(entries: readonly ValidEntry[], raw: ReadonlyMap<string, Readonly<Record<string, unknown>>>): ContentProblem[] {
  return entries.flatMap((entry): ContentProblem[] => {
    const { fields } = entry.collection.spec;
    if (entry.lang !== defaultLocale) {
      return fields
        .filter((field) => field.i18n === false && raw.get(entry.file)?.[field.name] !== undefined)
        .map((field) => ({ file: entry.file, field: field.name, fieldLabel: field.label, message: `« ${field.label} » se tient dans la version française seulement (${entry.file.replace(`/${entry.lang}/`, `/${defaultLocale}/`)}) : le retirer d’ici (kept in the French file only)` }));
    }
    const changes = entry.data['changes'];
    if (entry.collection.name !== 'keyDates' || entry.data['state'] !== 'changed' || (Array.isArray(changes) && changes.some((change: { previous?: unknown }) => change.previous !== undefined))) return [];
    return [{ file: entry.file, field: 'changes', fieldLabel: fieldLabelPath(fields, ['changes']), message: 'une date « modifiée » doit avoir un changement qui indique l’ancienne date (a changed date needs a note with the previous value)' }];
  });
}

/** What a press release body must not contain, with the reason given to editors. */
const templateParts: readonly { readonly pattern: RegExp; readonly what: string }[] = [
  {
    // « QUÉBEC, le 16 novembre 2026 – », "QUÉBEC CITY, November 16, 2026 –", in bold or not.
    pattern: /^[\s*_]*\p{Lu}[\p{Lu} .'’-]{2,},[\s\u00a0]+(?:le[\s\u00a0]+)?(?:\d{1,2}(?:er)?[\s\u00a0]+\p{L}+|\p{L}+\.?[\s\u00a0]+\d{1,2}),?[\s\u00a0]+\d{4}/u,
    what: 'la ligne de date (« QUÉBEC, le … »), que le gabarit écrit déjà (the dateline)',
  },
  { pattern: /^[\s*_]*(?:-[\s\u00a0]*30[\s\u00a0]*-|#{3})[\s*_]*$/u, what: 'la marque de fin « -30- », que le gabarit écrit déjà (the end mark)' },
  {
    pattern: /^#{1,6}[\s\u00a0]*(?:renseignements|informations?|pour (?:plus d’|plus d'|)information|source|relations? (?:avec les|de) médias|media (?:contact|relations)|contact|à propos|about)[\s\u00a0]*:?[\s\u00a0]*$/iu,
    what: 'une section « Renseignements » ou « À propos », que le gabarit écrit déjà (the contact or about section)',
  },
];

/** The settings a release body is compared with: the media contact and the boilerplate of its language. */
function settingsOf(entries: readonly ValidEntry[], entry: ValidEntry): { readonly contact: readonly string[]; readonly about: string | undefined } {
  const settings = entries.find((other) => other.collection.name === 'settings' && other.lang === entry.lang)?.data;
  const media = valueAt(settings, ['mediaContact']) as { email?: unknown; phone?: unknown } | undefined;
  const about = valueAt(settings, ['about']);
  const digits = (value: unknown) => (typeof value === 'string' ? value.replace(/\D/g, '').slice(-10) : '');
  return { contact: [typeof media?.email === 'string' ? media.email.toLowerCase() : '', digits(media?.phone)].filter((value) => value.length >= 7), about: typeof about === 'string' ? about : undefined };
}

/** A press release's body repeats no part the template writes: each problem names the file and the line. */
export function pressReleaseProblems(entries: readonly ValidEntry[]): ContentProblem[] {
  return entries.flatMap((entry) => {
    if (entry.collection.name !== 'announcements' || entry.data['kind'] !== 'press-release') return [];
    const { contact, about } = settingsOf(entries, entry);
    return entry.body.split(/\r?\n/).flatMap((text, index): ContentProblem[] => {
      const line = entry.bodyLine + index;
      const part = templateParts.find(({ pattern }) => pattern.test(text));
      const repeated = part?.what ?? (contact.some((value) => text.toLowerCase().includes(value) || text.replace(/\D/g, '').includes(value)) ? 'les coordonnées des relations avec les médias, que le gabarit écrit déjà (the media contact)' : about && text.includes(about.slice(0, 60)) ? 'le paragraphe « À propos », que le gabarit écrit déjà (the boilerplate)' : undefined);
      return repeated ? [{ file: entry.file, line, message: `le texte du communiqué répète ${repeated} : retirer la ligne ${line} (the release body repeats what the template prints)` }] : [];
    });
  });
}
