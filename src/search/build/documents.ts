/**
 * What is searched: turns the content of one language into search documents
 * (announcements, each FAQ question with its answer, each criterion, each key
 * date, standing and section pages, each selected startup), each with the URL
 * of its page or anchor.
 * Pure: the caller (`site-index.ts`) passes entries already filtered by
 * the site's publication rules (embargo, the cohort's results instant);
 * drafts are dropped here again all the same.
 */
import type { Locale } from '../../i18n/locales';
import { useTranslations } from '../../i18n/translate';
import { typeset } from '../../i18n/typography';
import type { SettingsData } from '../../content/schemas/settings';
import type { AnnouncementData, announcementTopics } from '../../content/schemas/announcements';
import type { CriteriaData, criterionKinds } from '../../content/schemas/criteria';
import type { FaqData } from '../../content/schemas/faq';
import type { KeyDateData, keyDateStates } from '../../content/schemas/key-dates';
import type { PageData } from '../../content/schemas/pages';
import type { CohortData } from '../../content/schemas/cohort';
import { datetimeAttribute, formatDay, formatWallClock } from '../../domain/dates';
import { isDated } from '../../domain/key-dates';
import { cohortEditions } from '../../domain/cohort';
import { slugOf } from '../../content/translations';
import { anchorPath, entryPath, sectionPath } from '../../routes/urls';
import type { SearchDocument } from '../format';

/** An entry as read from a collection: its id, Markdown body and some of its data. */
interface Entry<Data> {
  readonly id: string;
  readonly body?: string | undefined;
  readonly data: Data;
}

/** Everything searchable in one language. */
export interface SearchContent {
  readonly lang: Locale;
  readonly announcements: readonly Entry<Pick<AnnouncementData, 'title' | 'summary' | 'published' | 'kind' | 'topics' | 'slug' | 'draft'>>[];
  readonly faq: readonly Entry<Pick<FaqData, 'question' | 'slug'>>[];
  readonly criteria: Entry<Pick<CriteriaData, 'title' | 'summary' | 'items'>> | undefined;
  readonly keyDates: readonly Entry<Pick<KeyDateData, 'label' | 'date' | 'time' | 'timeZone' | 'state' | 'milestone' | 'description'>>[];
  readonly pages: readonly Entry<Pick<PageData, 'title' | 'summary' | 'slug'>>[];
  /** Selected startups public at build time (none before the results are announced). */
  readonly cohort?: readonly Entry<Pick<CohortData, 'name' | 'field' | 'description' | 'city' | 'founders' | 'slug' | 'draft'>>[] | undefined;
  /** Section landing pages (home, dates, FAQ…): title, text and path. */
  readonly sections: readonly { readonly title: string; readonly text: string; readonly url: string }[];
  /** Labels folded into the searched text, in this language. */
  readonly labels: {
    readonly topic: Readonly<Record<(typeof announcementTopics)[number], string>>;
    readonly criterionKind: Readonly<Record<(typeof criterionKinds)[number], string>>;
    readonly dateState: Readonly<Record<(typeof keyDateStates)[number], string>>;
  };
}

/** Markdown to plain text: keeps the words, drops the syntax (links keep their text). */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    // Tables: the separator row goes, the cells stay (an excerpt reads « Étape Date », not « | Étape | Date | »).
    .replace(/^[ \t]*\|?[ \t:|-]*-{3,}[ \t:|-]*$/gm, ' ')
    .replace(/[ \t]*\|[ \t]*/g, ' ')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+/gm, '')
    .replace(/[*_`~]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Joins non-empty parts into one searched text that also reads well as an
 * excerpt: a part that does not end a sentence is followed by a dash
 * (`15 mars 2027 à 23 h 59 — Le formulaire ferme.`).
 */
export function joinText(...parts: readonly (string | undefined)[]): string {
  return parts
    .map((part) => part?.trim() ?? '')
    .filter((part) => part !== '')
    .reduce((text, part) => (text === '' ? part : `${text}${/[.!?…:;]$/.test(text) ? ' ' : ' — '}${part}`), '');
}

/**
 * Markdown to plain text typeset in `lang`, as the rendered page reads: the
 * Markdown processor typesets the page, but search reads the raw body.
 */
function plainText(lang: Locale, markdown: string): string {
  return typeset(lang, markdownToText(markdown));
}

/**
 * The search documents of one language, in a stable order: reference content
 * (criteria, key dates, FAQ, pages) before announcements, so that on equal
 * scores the page that answers comes before the news that mentions it.
 */
export function searchDocuments(content: SearchContent): SearchDocument[] {
  const { lang, labels } = content;
  const documents: SearchDocument[] = [];

  if (content.criteria) {
    const { data, body } = content.criteria;
    documents.push({
      type: 'page',
      title: data.title,
      url: sectionPath(lang, 'criteria'),
      body: joinText(data.summary, plainText(lang, body ?? '')),
    });
    for (const item of data.items) {
      const description = plainText(lang, item.description);
      documents.push({
        type: 'criterion',
        title: item.title,
        url: anchorPath(lang, 'criteria', item.id),
        body: joinText(description, labels.criterionKind[item.kind]),
      });
    }
  }

  for (const entry of content.keyDates) {
    const { data } = entry;
    const dated = isDated(data);
    const moment = dated ? { day: data.date, time: data.time, timeZone: data.timeZone } : undefined;
    const when = moment ? formatWallClock(lang, moment) : labels.dateState[data.state];
    documents.push({
      type: 'key-date',
      title: data.label,
      url: anchorPath(lang, 'dates', slugOf({ id: entry.id })),
      // Read as shown: when, what, then the state (once: undated, `when` is the state).
      body: joinText(when, data.description, dated ? labels.dateState[data.state] : undefined),
      date: moment ? { iso: datetimeAttribute(moment), text: when } : undefined,
    });
  }

  for (const entry of content.faq) {
    const answer = plainText(lang, entry.body ?? '');
    documents.push({
      type: 'faq',
      title: entry.data.question,
      url: anchorPath(lang, 'faq', slugOf({ id: entry.id, slug: entry.data.slug })),
      body: answer,
    });
  }

  for (const entry of content.pages) {
    documents.push({
      type: 'page',
      title: entry.data.title,
      url: entryPath('page', entry),
      body: joinText(entry.data.summary, plainText(lang, entry.body ?? '')),
    });
  }

  for (const entry of content.cohort ?? []) {
    if (entry.data.draft) continue;
    const { data } = entry;
    documents.push({
      type: 'startup',
      title: data.name,
      url: entryPath('cohort-member', entry),
      body: joinText(data.description, labels.topic[data.field], data.city, data.founders.join(', ')),
    });
  }

  for (const section of content.sections) {
    documents.push({ type: 'page', title: section.title, url: section.url, body: section.text });
  }

  for (const entry of content.announcements) {
    if (entry.data.draft) continue;
    const text = plainText(lang, entry.body ?? '');
    documents.push({
      type: entry.data.kind === 'press-release' ? 'press-release' : 'announcement',
      title: entry.data.title,
      url: entryPath('announcement', entry),
      body: joinText(entry.data.summary, text, entry.data.topics.map((topic) => labels.topic[topic]).join(', ')),
      date: { iso: entry.data.published, text: formatDay(lang, entry.data.published) },
    });
  }

  return documents;
}

/** The labels `searchDocuments` folds into the searched text, from the UI strings of `lang`. */
export function searchLabels(lang: Locale): SearchContent['labels'] {
  const t = useTranslations(lang);
  return {
    topic: {
      'mixed-reality': t('topic.mixed-reality'),
      cybersecurity: t('topic.cybersecurity'),
      blockchain: t('topic.blockchain'),
      program: t('topic.program'),
    },
    criterionKind: { eligibility: t('criteria.eligibility'), selection: t('criteria.selection') },
    dateState: {
      confirmed: t('dates.state.confirmed'),
      'to-be-announced': t('dates.state.to-be-announced'),
      changed: t('dates.state.changed'),
      cancelled: t('dates.state.cancelled'),
    },
  };
}

/** The section landing pages that are searched: home (program facts), announcements, dates, FAQ, media, the eligibility self-check. */
export function sectionDocuments(
  lang: Locale,
  settings: Pick<SettingsData, 'programName' | 'tagline' | 'about' | 'applicationChecklist'>,
): SearchContent['sections'] {
  const t = useTranslations(lang);
  return [
    { title: settings.programName, text: joinText(settings.tagline, settings.about, ...settings.applicationChecklist), url: sectionPath(lang, 'home') },
    { title: t('announcements.title'), text: t('announcements.intro'), url: sectionPath(lang, 'announcements') },
    { title: t('dates.title'), text: t('dates.intro'), url: sectionPath(lang, 'dates') },
    { title: t('faq.title'), text: t('faq.intro'), url: sectionPath(lang, 'faq') },
    { title: t('media.title'), text: t('media.intro'), url: sectionPath(lang, 'media') },
    { title: t('eligibility.title'), text: t('eligibility.search'), url: sectionPath(lang, 'eligibility') },
  ];
}

/**
 * The cohort's landing page as a searched section, once startups are public:
 * its title and introduction name the latest edition. No startup, no document.
 */
export function cohortSectionDocuments(lang: Locale, members: readonly { readonly data: Pick<CohortData, 'edition' | 'draft'> }[]): SearchContent['sections'] {
  const visible = members.filter((member) => !member.data.draft);
  const [edition] = cohortEditions(visible);
  if (edition === undefined) return [];
  const t = useTranslations(lang);
  const count = visible.filter((member) => member.data.edition === edition).length;
  return [{ title: t('cohort.title', { edition }), text: t('cohort.intro', { count, edition }), url: sectionPath(lang, 'cohort') }];
}
