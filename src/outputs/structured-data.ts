/**
 * Structured data (JSON-LD, schema.org) for search engines and news
 * aggregators: `Organization` for the program and for each selected startup
 * (an `ItemList` of them on the cohort's page), `NewsArticle` for
 * announcements, `FAQPage` for the FAQ and `Event` for the key dates people
 * attend.
 * Builders return plain objects; `serializeJsonLd` makes them safe to put
 * inside a `<script>` element.
 */
import { TZDate } from '@date-fns/tz';

/** A JSON-LD node. */
export type JsonLd = { readonly '@context'?: string; readonly '@type': string } & Readonly<Record<string, unknown>>;

/**
 * JSON for a `<script type="application/ld+json">` element. `<`, `>` and `&`
 * are written as `\u003c`…, so a title containing `</script>` or `<!--`
 * cannot end the element early, and U+2028/U+2029 are escaped for old
 * JavaScript parsers. The JSON value is unchanged.
 */
export function serializeJsonLd(data: JsonLd | readonly JsonLd[]): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** An ISO 8601 timestamp to the second with the zone's offset (`2027-03-15T23:59:00-04:00`), as schema.org examples write them. */
export function isoWithOffset(instant: Date, timeZone: string): string {
  return new TZDate(instant.getTime(), timeZone).toISOString().replace(/\.\d{3}(?=Z|[+-]\d)/, '');
}

/** What the program's organization node says. */
export interface OrganizationInput {
  readonly name: string;
  /** Home page (absolute). */
  readonly url: string;
  readonly description: string;
  /** Logo (absolute URL), from the press kit. */
  readonly logo?: string | undefined;
  /** Press contact. */
  readonly mediaContact: { readonly name: string; readonly email: string; readonly phone?: string | undefined };
  /** Other language versions of the home page. */
  readonly sameAs?: readonly string[] | undefined;
}

/** `Organization`: the program, with its press contact. */
export function organizationJsonLd(input: OrganizationInput): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: input.name,
    url: input.url,
    description: input.description,
    ...(input.logo ? { logo: input.logo } : {}),
    contactPoint: {
      '@type': 'ContactPoint',
      contactType: 'media relations',
      name: input.mediaContact.name,
      email: input.mediaContact.email,
      ...(input.mediaContact.phone ? { telephone: input.mediaContact.phone } : {}),
    },
    ...(input.sameAs && input.sameAs.length > 0 ? { sameAs: [...input.sameAs] } : {}),
  };
}

/** What an announcement's article node says. */
export interface NewsArticleInput {
  readonly headline: string;
  readonly description: string;
  /** Page URL (absolute). */
  readonly url: string;
  /** BCP 47 language (`fr-CA`). */
  readonly inLanguage: string;
  /** Publication instant, ISO 8601. */
  readonly datePublished: string;
  /** Last modification, ISO 8601 (defaults to publication). */
  readonly dateModified?: string | undefined;
  /** Share image (absolute URL). */
  readonly image?: string | undefined;
  /** The publisher (the program's organization). */
  readonly publisher: { readonly name: string; readonly url: string; readonly logo?: string | undefined };
}

/** `NewsArticle`: an announcement or press release. */
export function newsArticleJsonLd(input: NewsArticleInput): JsonLd {
  const publisher = {
    '@type': 'Organization',
    name: input.publisher.name,
    url: input.publisher.url,
    ...(input.publisher.logo ? { logo: { '@type': 'ImageObject', url: input.publisher.logo } } : {}),
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: input.headline,
    description: input.description,
    url: input.url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': input.url },
    inLanguage: input.inLanguage,
    datePublished: input.datePublished,
    dateModified: input.dateModified ?? input.datePublished,
    ...(input.image ? { image: [input.image] } : {}),
    author: publisher,
    publisher,
  };
}

/** One question of the FAQ. */
export interface FaqItem {
  readonly question: string;
  /** The answer as HTML (schema.org allows basic markup in `Answer.text`). */
  readonly answerHtml: string;
  /** Link to the answer (absolute, with its anchor). */
  readonly url: string;
}

/** `FAQPage`: every question with its answer. */
export function faqPageJsonLd(input: { readonly url: string; readonly inLanguage: string; readonly items: readonly FaqItem[] }): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    url: input.url,
    inLanguage: input.inLanguage,
    mainEntity: input.items.map((item) => ({
      '@type': 'Question',
      name: item.question,
      url: item.url,
      acceptedAnswer: { '@type': 'Answer', text: item.answerHtml.trim() },
    })),
  };
}

/** What a key date's event node says. */
export interface EventInput {
  readonly name: string;
  readonly description?: string | undefined;
  /** The date on the dates page (absolute, with its anchor). */
  readonly url: string;
  readonly inLanguage: string;
  /** Start: ISO instant with offset for a timed date, `YYYY-MM-DD` for a whole day. */
  readonly startDate: string;
  /** End, in the same form as the start. */
  readonly endDate: string;
  /** `scheduled`, `rescheduled` (it moved) or `cancelled`. */
  readonly status: 'scheduled' | 'rescheduled' | 'cancelled';
  /** Where it was before it moved (same form as `startDate`). */
  readonly previousStartDate?: string | undefined;
  /** Online (the page says how to join) or in person at `place`. */
  readonly attendance: { readonly online: true } | { readonly online: false; readonly place: string };
  readonly organizer: { readonly name: string; readonly url: string };
}

/** schema.org event statuses. */
const eventStatuses: Readonly<Record<EventInput['status'], string>> = {
  scheduled: 'https://schema.org/EventScheduled',
  rescheduled: 'https://schema.org/EventRescheduled',
  cancelled: 'https://schema.org/EventCancelled',
};

/**
 * `Event`: a key date people attend at a time and place (an information
 * session, a results announcement), never a deadline or a publication. A moved
 * event is `EventRescheduled` with its `previousStartDate`.
 */
export function eventJsonLd(input: EventInput): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: input.name,
    ...(input.description ? { description: input.description } : {}),
    url: input.url,
    inLanguage: input.inLanguage,
    startDate: input.startDate,
    endDate: input.endDate,
    eventStatus: eventStatuses[input.status],
    ...(input.previousStartDate ? { previousStartDate: input.previousStartDate } : {}),
    eventAttendanceMode: input.attendance.online ? 'https://schema.org/OnlineEventAttendanceMode' : 'https://schema.org/OfflineEventAttendanceMode',
    location: input.attendance.online ? { '@type': 'VirtualLocation', url: input.url } : { '@type': 'Place', name: input.attendance.place, address: input.attendance.place },
    organizer: { '@type': 'Organization', name: input.organizer.name, url: input.organizer.url },
  };
}

/** What a selected startup's organization node says. */
export interface StartupInput {
  readonly name: string;
  readonly description: string;
  /** Its own website (absolute). */
  readonly url: string;
  /** Its page on this site (absolute). */
  readonly pageUrl: string;
  /** Its logo (absolute URL). */
  readonly logo: string;
  /** Where it is based. */
  readonly city: string;
  readonly founders: readonly string[];
  /** Its program field, in the page's language. */
  readonly field: string;
}

/** `Organization`: a startup of the cohort, described by its page on this site. */
export function startupJsonLd(input: StartupInput): JsonLd {
  return {
    '@type': 'Organization',
    name: input.name,
    description: input.description,
    url: input.url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': input.pageUrl },
    logo: input.logo,
    address: { '@type': 'PostalAddress', addressLocality: input.city },
    knowsAbout: input.field,
    ...(input.founders.length > 0 ? { founder: input.founders.map((name) => ({ '@type': 'Person', name })) } : {}),
  };
}

/** `ItemList` of nodes, in order (positions from 1): the cohort's page lists its startups. */
export function itemListJsonLd(input: { readonly name: string; readonly url: string; readonly inLanguage: string; readonly items: readonly JsonLd[] }): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    name: input.name,
    url: input.url,
    inLanguage: input.inLanguage,
    numberOfItems: input.items.length,
    itemListElement: input.items.map((item, index) => ({ '@type': 'ListItem', position: index + 1, item })),
  };
}
