/**
 * The content check's rules for the self-check fields of the criteria
 * (« Suis-je admissible ? »), which need more than one file to judge:
 *
 * - a criterion's FAQ link names a FAQ entry of the same language;
 * - every language agrees with French on what is a fact rather than words:
 *   whether a criterion is asked, which answer meets it, and its FAQ link.
 *   Decap cannot copy these (the criteria list is translated as a whole, and
 *   it neither copies nor unlocks a `duplicate` field nested in such a list),
 *   so the check keeps the languages in step instead.
 */
import type { ContentProblem } from './check';
import type { Criterion } from './schemas/criteria';
import { translationKeyOf } from './translations';
import { defaultLocale, type Locale } from '../i18n/locales';

/** An entry that passed its schema, as the content check hands it over. */
export interface CheckedEntry {
  /** Name of its collection in the table (`criteria`, `faq`). */
  readonly collection: string;
  /** Path relative to the repository. */
  readonly file: string;
  readonly lang: Locale;
  /** `<lang>/<file name>`. */
  readonly id: string;
  readonly data: Record<string, unknown>;
}

/** Names a field of a criteria file as editors see it (`Critères › 3 › Question de la FAQ liée`). */
export type FieldLabeller = (path: readonly (string | number)[]) => string | undefined;

/** The criteria of a validated criteria entry. */
function criteriaOf(entry: CheckedEntry): readonly Criterion[] {
  const items = entry.data['items'];
  return Array.isArray(items) ? (items as Criterion[]) : [];
}

/** FAQ translation keys per language; with the keys whose translation is pending, which may be linked before they exist. */
function faqKeys(entries: readonly CheckedEntry[]): { byLang: Map<Locale, Set<string>>; pending: Set<string> } {
  const byLang = new Map<Locale, Set<string>>();
  const pending = new Set<string>();
  for (const entry of entries.filter((candidate) => candidate.collection === 'faq')) {
    const translationKey = entry.data['translationKey'];
    const key = translationKeyOf({ id: entry.id, translationKey: typeof translationKey === 'string' ? translationKey : undefined });
    byLang.set(entry.lang, (byLang.get(entry.lang) ?? new Set()).add(key));
    if (entry.data['translationPending'] === true) pending.add(key);
  }
  return { byLang, pending };
}

/** What each language must agree on, with the French wording of the value for messages. */
const sharedFacts: readonly { readonly key: 'question' | 'satisfiedBy' | 'faq'; readonly shown: (item: Criterion) => string }[] = [
  { key: 'question', shown: (item) => (item.question === undefined ? 'aucune question' : 'une question') },
  { key: 'satisfiedBy', shown: (item) => (item.satisfiedBy === 'yes' ? '« Oui »' : '« Non »') },
  { key: 'faq', shown: (item) => (item.faq === undefined ? 'aucune question de la FAQ' : `« ${item.faq} »`) },
];

/**
 * Problems of the self-check fields across `entries` (every validated entry of
 * the content). `labelOf` names a criteria field as the CMS labels it.
 */
export function selfCheckProblems(entries: readonly CheckedEntry[], labelOf: FieldLabeller): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const criteria = entries.filter((entry) => entry.collection === 'criteria');
  const faq = faqKeys(entries);
  const reference = criteria.find((entry) => entry.lang === defaultLocale);
  const problem = (entry: CheckedEntry, index: number, key: string, message: string): ContentProblem => ({
    file: entry.file,
    field: `items.${index}.${key}`,
    fieldLabel: labelOf(['items', index, key]),
    message,
  });

  for (const entry of criteria) {
    const referenceItems = reference && reference !== entry ? new Map(criteriaOf(reference).map((item) => [item.id, item])) : undefined;
    criteriaOf(entry).forEach((item, index) => {
      if (item.faq !== undefined && !faq.byLang.get(entry.lang)?.has(item.faq) && !faq.pending.has(item.faq)) {
        problems.push(
          problem(entry, index, 'faq', `question de la FAQ introuvable : aucune question « ${item.faq} » (content/faq/${entry.lang}/${item.faq}.md) ; en choisir une autre ou vider le champ (FAQ entry not found)`),
        );
      }
      const french = referenceItems?.get(item.id);
      if (!french) return;
      for (const fact of sharedFacts) {
        if (fact.shown(item) === fact.shown(french)) continue;
        problems.push(
          problem(entry, index, fact.key, `diffère de la version française du critère « ${item.id} » (${fact.shown(french)}) : ce champ doit être le même dans les deux langues (differs from the French version)`),
        );
      }
    });
  }
  return problems;
}
