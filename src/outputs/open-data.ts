/**
 * Open data: `/fr/programme.json` and `/en/program.json`, the program's facts,
 * status, key dates, criteria version, cohort and links, for newsrooms and other
 * sites to reuse. The shape is versioned (`schemaVersion`) and documented in
 * `docs/open-data.md`; `openDataSchema` is its machine-readable form (also
 * published as JSON Schema), and tests validate the built files against it.
 *
 * Versioning: adding an optional field is a minor version (1.1.0); renaming,
 * removing or changing the meaning of a field is a major one (2.0.0), with a
 * new schema URL.
 */
import { z } from 'astro/zod';
import { announcementKinds } from '../content/schemas/announcements';
import { keyDateKinds, keyDateStates, milestones } from '../content/schemas/key-dates';
import { criterionKinds } from '../content/schemas/criteria';
import { localeCodes, type Locale } from '../i18n/locales';
import { programStatuses, type ProgramStatus } from '../domain/status';
import { isoWithOffset } from './structured-data';
import { absoluteUrl, languageFilePath, sectionPath } from '../routes/urls';
import type { CohortFacts } from './cohort';
import { buildCohortOpenData, cohortItemSchema } from './open-data-cohort';
import { openDataCriteria, openDataKeyDate, type OpenDataCriteriaInput, type OpenDataKeyDateInput } from './open-data-items';

/** Current version of the shape. */
export const openDataVersion = '1.1.0';

/** Path of the JSON Schema of this version. */
export const openDataSchemaPath = '/open-data/program-1.schema.json';

/** `YYYY-MM-DD`. */
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** A change note's text in the file's language, its day and impact. */
const noteFields = {
  date: day.describe('Day the change took effect.'),
  impact: z.enum(['major', 'minor']).describe('`major` changes are in the change feed.'),
  note: z.string().describe('What changed, in the file’s language.'),
};

/** A key date's moment at some point of its history. */
const moment = z
  .object({
    date: day,
    time: z.string().regex(/^\d{2}:\d{2}$/).nullable(),
    timeZone: z.string(),
    start: z.iso.datetime({ offset: true }).describe('The instant (whole days: start of the day; deadlines given as a day: end of the day).'),
  })
  .strict();

/** A contact as published. */
const contact = z.object({ name: z.string(), email: z.email(), phone: z.string().nullable() }).strict();

/** The documented shape of the open data file. */
export const openDataSchema = z
  .object({
    schemaVersion: z.literal(openDataVersion).describe('Version of this shape (semver).'),
    schema: z.url().describe('URL of the JSON Schema of this version.'),
    language: z.enum(localeCodes).describe('Language of the texts in this file.'),
    generatedAt: z.iso.datetime({ offset: true }).describe('When the site was built (the instant the status is computed for).'),
    sample: z.boolean().describe('True while some published details (criteria, dates, contacts) are illustrative.'),
    program: z
      .object({
        name: z.string(),
        shortName: z.string(),
        tagline: z.string(),
        organizer: z.string(),
        partner: z.string(),
        region: z.string(),
        fields: z.array(z.object({ id: z.string(), label: z.string() }).strict()).describe('Fields the startups work in.'),
        figures: z
          .object({
            startups: z.number().int().describe('Number of startups selected.'),
            supportPerStartupCad: z.number().int().describe('Value of the support per startup, Canadian dollars.'),
            totalSupportCad: z.number().int().describe('startups × supportPerStartupCad.'),
            salesCountries: z.number().int().describe('Countries where the partner’s sales teams can introduce startups.'),
            durationMonths: z.number().int().describe('Length of the agreement, months.'),
          })
          .strict(),
      })
      .strict(),
    status: z
      .object({
        code: z.enum(programStatuses).describe('Application status at `asOf`.'),
        label: z.string(),
        asOf: z.iso.datetime({ offset: true }),
      })
      .strict(),
    keyDates: z
      .array(
        z
          .object({
            id: z.string().describe('Stable identifier (translation key), shared by both languages and used in calendar UIDs.'),
            label: z.string(),
            state: z.enum(keyDateStates),
            milestone: z.enum(milestones),
            kind: z.enum(keyDateKinds).describe('A moment of the process, or an event people attend.'),
            place: z.string().nullable().describe('Where an in-person event happens.'),
            date: day.nullable().describe('Day, or null while to be announced.'),
            time: z.string().regex(/^\d{2}:\d{2}$/).nullable().describe('Wall-clock time in `timeZone`, or null for a whole day.'),
            timeZone: z.string().describe('IANA zone of `date` and `time`.'),
            start: z.iso.datetime({ offset: true }).nullable().describe('The instant, with offset (whole-day deadlines: end of day); null while to be announced.'),
            end: z.iso.datetime({ offset: true }).nullable().describe('When it ends, as in the calendar file (a deadline ends at the deadline); null for a whole day or while to be announced.'),
            description: z.string().nullable(),
            sequence: z.number().int().min(0).describe('Revision number, as in the calendar file.'),
            lastUpdated: day.nullable().describe('Day of the latest major change, or null.'),
            dateModified: day.nullable().describe('Day of the latest change note, or null.'),
            changes: z
              .array(
                z
                  .object({
                    ...noteFields,
                    move: z
                      .object({
                        before: moment.describe('The value before this change.'),
                        after: moment.nullable().describe('The value after it; null when cancelled or to be announced again.'),
                        cancelled: z.boolean(),
                      })
                      .strict()
                      .nullable()
                      .describe('The old and new value when the day, time or zone changed.'),
                  })
                  .strict(),
              )
              .describe('Change history, oldest first.'),
            url: z.url(),
            calendarUrl: z.url().nullable().describe('iCalendar file of this date; null while to be announced.'),
          })
          .strict(),
      )
      .describe('Timeline order.'),
    criteria: z
      .object({
        title: z.string(),
        version: z.string().describe('Derived from the change notes: `1.0` when published, a major change raises the first number, a minor one the second.'),
        effective: day,
        lastUpdated: day.describe('Day of the latest major change, or `effective`.'),
        dateModified: day.describe('Day of the latest change note, or `effective`.'),
        url: z.url(),
        items: z.array(
          z
            .object({
              id: z.string(),
              kind: z.enum(criterionKinds),
              title: z.string(),
              description: z.string(),
              url: z.url(),
              previous: z
                .array(z.object({ date: day, version: z.string(), title: z.string(), description: z.string(), kind: z.enum(criterionKinds) }).strict())
                .describe('Earlier wordings, newest first.'),
            })
            .strict(),
        ),
        changes: z.array(z.object({ ...noteFields, version: z.string().describe('Version after this change.') }).strict()).describe('Change history, oldest first.'),
      })
      .strict(),
    announcements: z
      .array(z.object({ title: z.string(), kind: z.enum(announcementKinds), published: day, url: z.url() }).strict())
      .describe('Public announcements, newest first.'),
    cohort: z.array(cohortItemSchema).describe('Selected startups public at `generatedAt`, newest edition first, then by field and name; empty until the results are announced (since 1.1.0).'),
    contacts: z.object({ general: contact, media: contact }).strict(),
    links: z
      .object({
        home: z.url(),
        criteria: z.url(),
        dates: z.url(),
        faq: z.url(),
        media: z.url(),
        announcementsFeed: z.url(),
        changesFeed: z.url(),
        calendar: z.url(),
        otherLanguage: z.url().describe('The same file in the other language.'),
      })
      .strict(),
  })
  .strict();

/** The open data file. */
export type OpenData = z.infer<typeof openDataSchema>;

/** What the builder reads. */
export interface OpenDataInput {
  readonly lang: Locale;
  readonly otherLang: Locale;
  readonly site: URL | string;
  readonly now: Date;
  readonly programTimeZone: string;
  readonly settings: {
    readonly programName: string;
    readonly shortName: string;
    readonly tagline: string;
    readonly organizer: string;
    readonly partner: string;
    readonly region: string;
    readonly figures: { readonly startups: number; readonly supportPerStartup: number; readonly salesCountries: number; readonly durationMonths: number };
    readonly generalContact: { readonly name: string; readonly email: string; readonly phone?: string | undefined };
    readonly mediaContact: { readonly name: string; readonly email: string; readonly phone?: string | undefined };
    readonly sample: boolean;
  };
  readonly fields: readonly { readonly id: string; readonly label: string }[];
  readonly status: { readonly code: ProgramStatus; readonly label: string };
  readonly keyDates: readonly OpenDataKeyDateInput[];
  readonly criteria: OpenDataCriteriaInput;
  readonly announcements: readonly { readonly title: string; readonly kind: (typeof announcementKinds)[number]; readonly published: string; readonly path: string }[];
  /** The startups public at `now`, in display order. */
  readonly cohort: readonly CohortFacts[];
}

/** Builds the open data file of one language. */
export function buildOpenData(input: OpenDataInput): OpenData {
  const { lang, site, settings } = input;
  const url = (path: string) => absoluteUrl(path, site);
  const contactOf = (value: OpenDataInput['settings']['generalContact']) => ({ name: value.name, email: value.email, phone: value.phone ?? null });
  return {
    schemaVersion: openDataVersion,
    schema: url(openDataSchemaPath),
    language: lang,
    generatedAt: isoWithOffset(input.now, input.programTimeZone),
    sample: settings.sample || input.criteria.sample || input.keyDates.some((keyDate) => keyDate.sample) || input.cohort.some((member) => member.sample),
    program: {
      name: settings.programName,
      shortName: settings.shortName,
      tagline: settings.tagline,
      organizer: settings.organizer,
      partner: settings.partner,
      region: settings.region,
      fields: input.fields.map((field) => ({ id: field.id, label: field.label })),
      figures: {
        startups: settings.figures.startups,
        supportPerStartupCad: settings.figures.supportPerStartup,
        totalSupportCad: settings.figures.startups * settings.figures.supportPerStartup,
        salesCountries: settings.figures.salesCountries,
        durationMonths: settings.figures.durationMonths,
      },
    },
    status: { code: input.status.code, label: input.status.label, asOf: isoWithOffset(input.now, input.programTimeZone) },
    keyDates: input.keyDates.map((keyDate) => openDataKeyDate(keyDate, lang, site)),
    criteria: openDataCriteria(input.criteria, lang, site),
    announcements: input.announcements.map((announcement) => ({ title: announcement.title, kind: announcement.kind, published: announcement.published, url: url(announcement.path) })),
    cohort: buildCohortOpenData(input.cohort, (field) => input.fields.find((candidate) => candidate.id === field)?.label ?? field, site),
    contacts: { general: contactOf(settings.generalContact), media: contactOf(settings.mediaContact) },
    links: {
      home: url(sectionPath(lang, 'home')),
      criteria: url(sectionPath(lang, 'criteria')),
      dates: url(sectionPath(lang, 'dates')),
      faq: url(sectionPath(lang, 'faq')),
      media: url(sectionPath(lang, 'media')),
      announcementsFeed: url(languageFilePath(lang, 'announcementsFeed')),
      changesFeed: url(languageFilePath(lang, 'changesFeed')),
      calendar: url(languageFilePath(lang, 'calendar')),
      otherLanguage: url(languageFilePath(input.otherLang, 'openData')),
    },
  };
}

/** The JSON Schema (draft 2020-12) of the current version, published beside the files. */
export function openDataJsonSchema(site: URL | string): Record<string, unknown> {
  return {
    ...z.toJSONSchema(openDataSchema, { target: 'draft-2020-12' }),
    $id: absoluteUrl(openDataSchemaPath, site),
    title: `Programme d’accompagnement de jeunes pousses — données ouvertes ${openDataVersion}`,
  };
}

/** Every key path of the shape (`program.figures.startups`, `keyDates[].id`), for the documentation check. */
export function openDataKeyPaths(schema: z.ZodType = openDataSchema, prefix = ''): string[] {
  if (schema instanceof z.ZodObject) {
    return Object.entries(schema.shape as Record<string, z.ZodType>).flatMap(([key, value]) => {
      const path = prefix ? `${prefix}.${key}` : key;
      return [path, ...openDataKeyPaths(value, path)];
    });
  }
  if (schema instanceof z.ZodArray) return openDataKeyPaths(schema.element as z.ZodType, `${prefix}[]`);
  if (schema instanceof z.ZodNullable || schema instanceof z.ZodOptional) return openDataKeyPaths(schema.unwrap() as z.ZodType, prefix);
  return [];
}
