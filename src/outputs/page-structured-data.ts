/**
 * The structured data each page carries, assembled from its content: what
 * the page templates would otherwise compute in their frontmatter. Pure: the
 * caller passes entries' data, the settings it needs, the site address and
 * paths; `structured-data.ts` writes the schema.org nodes.
 */
import type { AnnouncementData } from '../content/schemas/announcements';
import type { KeyDateData } from '../content/schemas/key-dates';
import type { SettingsData } from '../content/schemas/settings';
import { lastEditDay } from '../domain/announcements';
import { toInstant, type WallClock } from '../domain/dates';
import { addDays } from '../domain/key-dates';
import { keyDateSpan, latestMove } from '../domain/key-date-changes';
import { locales, type Locale } from '../i18n/locales';
import { absoluteUrl, anchorPath, sectionPath } from '../routes/urls';
import { publicationInstant } from './feeds';
import type { CohortFacts } from './cohort';
import { eventJsonLd, faqPageJsonLd, isoWithOffset, itemListJsonLd, newsArticleJsonLd, organizationJsonLd, startupJsonLd, type JsonLd } from './structured-data';

/** Where the page is and who publishes it. */
export interface PageContext {
  readonly lang: Locale;
  readonly site: URL;
  /** The zone dates without their own zone are read in (the program's). */
  readonly timeZone: string;
  readonly settings: Pick<SettingsData, 'organizer' | 'programName' | 'tagline' | 'mediaContact'>;
  /** Path of the program logo's web version, when the press kit has one. */
  readonly logoPath?: string | undefined;
}

/** The organization publishing the site, as `publisher`/`organizer` nodes name it. */
function organizer(context: PageContext): { name: string; url: string } {
  return { name: context.settings.organizer, url: absoluteUrl(sectionPath(context.lang, 'home'), context.site) };
}

/** An announcement's publication and last edit as ISO instants with offset, for `<meta>` and JSON-LD alike. */
export function announcementTimes(data: Pick<AnnouncementData, 'published' | 'publishAt' | 'updated' | 'corrections'>, timeZone: string): { published: string; modified: string | undefined } {
  const lastEdit = lastEditDay(data);
  return {
    published: isoWithOffset(publicationInstant(data, timeZone), timeZone),
    modified: lastEdit ? isoWithOffset(toInstant({ day: lastEdit, timeZone }), timeZone) : undefined,
  };
}

/** `NewsArticle` of an announcement page at `path`, with its share image's path. */
export function announcementStructuredData(
  context: PageContext,
  data: Pick<AnnouncementData, 'title' | 'summary' | 'published' | 'publishAt' | 'updated' | 'corrections'>,
  path: string,
  imagePath: string,
): JsonLd {
  const times = announcementTimes(data, context.timeZone);
  return newsArticleJsonLd({
    headline: data.title,
    description: data.summary,
    url: absoluteUrl(path, context.site),
    inLanguage: locales[context.lang].htmlLang,
    datePublished: times.published,
    dateModified: times.modified,
    image: absoluteUrl(imagePath, context.site),
    publisher: { ...organizer(context), logo: context.logoPath ? absoluteUrl(context.logoPath, context.site) : undefined },
  });
}

/** A key date with the anchor it has on the dates page. */
export interface AnchoredKeyDate {
  readonly data: KeyDateData;
  readonly anchor: string;
}

/** A day or an instant as schema.org dates write it: `YYYY-MM-DD`, or the instant with its zone's offset. */
function schemaDate(when: WallClock): string {
  return when.time === undefined ? when.day : isoWithOffset(toInstant(when), when.timeZone);
}

/**
 * `Event` nodes of the dated key dates people attend (online or in person);
 * moments of the process (deadlines, openings, publications) have none, nor do
 * dates still to be announced. Each has its end; a moved one its previous start.
 */
export function keyDatesStructuredData(context: PageContext, keyDates: readonly AnchoredKeyDate[]): JsonLd[] {
  return keyDates.flatMap(({ data, anchor }) => {
    const span = keyDateSpan(data);
    if (data.kind === 'moment' || span === undefined) return [];
    const move = latestMove(data);
    return [
      eventJsonLd({
        name: data.label,
        description: data.description,
        url: absoluteUrl(anchorPath(context.lang, 'dates', anchor), context.site),
        inLanguage: locales[context.lang].htmlLang,
        startDate: span.allDay ? span.startDay : isoWithOffset(span.start, data.timeZone),
        endDate: span.allDay ? addDays(span.endDay, -1) : isoWithOffset(span.end, data.timeZone),
        status: data.state === 'cancelled' ? 'cancelled' : move ? 'rescheduled' : 'scheduled',
        previousStartDate: move ? schemaDate(move.before) : undefined,
        attendance: data.kind === 'online-event' ? { online: true } : { online: false, place: data.place ?? '' },
        organizer: organizer(context),
      }),
    ];
  });
}

/** A FAQ answer as the page renders it, with its anchor. */
export interface AnsweredQuestion {
  readonly question: string;
  readonly answerHtml: string;
  readonly anchor: string;
}

/** `FAQPage` of the FAQ, every question linking to its anchor. */
export function faqStructuredData(context: PageContext, questions: readonly AnsweredQuestion[]): JsonLd {
  return faqPageJsonLd({
    url: absoluteUrl(sectionPath(context.lang, 'faq'), context.site),
    inLanguage: locales[context.lang].htmlLang,
    items: questions.map(({ question, answerHtml, anchor }) => ({ question, answerHtml, url: absoluteUrl(anchorPath(context.lang, 'faq', anchor), context.site) })),
  });
}

/** `Organization` of the home page, the other languages' homes as `sameAs`. */
export function homeStructuredData(context: PageContext, otherLanguages: readonly Locale[]): JsonLd {
  return organizationJsonLd({
    name: context.settings.programName,
    url: absoluteUrl(sectionPath(context.lang, 'home'), context.site),
    description: context.settings.tagline,
    logo: context.logoPath ? absoluteUrl(context.logoPath, context.site) : undefined,
    mediaContact: context.settings.mediaContact,
    sameAs: otherLanguages.map((code) => absoluteUrl(sectionPath(code, 'home'), context.site)),
  });
}

/** A startup's facts and its field's name in the page's language. */
export type LabelledStartup = Pick<CohortFacts, 'name' | 'description' | 'website' | 'path' | 'city' | 'founders' | 'logo'> & { readonly fieldLabel: string };

/** The `Organization` node of a startup (no `@context`: also nested in a list). */
function startupNode(context: PageContext, startup: LabelledStartup): JsonLd {
  return startupJsonLd({
    name: startup.name,
    description: startup.description,
    url: startup.website,
    pageUrl: absoluteUrl(startup.path, context.site),
    logo: absoluteUrl(startup.logo.path, context.site),
    city: startup.city,
    founders: startup.founders,
    field: startup.fieldLabel,
  });
}

/** `ItemList` of `Organization` on a cohort page at `path`: the startups in page order. */
export function cohortStructuredData(context: PageContext, name: string, path: string, startups: readonly LabelledStartup[]): JsonLd {
  return itemListJsonLd({
    name,
    url: absoluteUrl(path, context.site),
    inLanguage: locales[context.lang].htmlLang,
    items: startups.map((startup) => startupNode(context, startup)),
  });
}

/** `Organization` of a startup's page. */
export function cohortMemberStructuredData(context: PageContext, startup: LabelledStartup): JsonLd {
  return { '@context': 'https://schema.org', ...startupNode(context, startup) };
}
