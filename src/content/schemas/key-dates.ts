/**
 * Key dates: one Markdown file per date and language,
 * `content/key-dates/<lang>/<file>.md`. A date is stored as the day, the wall
 * clock time and the zone the editor chose, never as a UTC instant, so what
 * the editor typed is exactly what the site shows.
 */
import { z } from 'astro/zod';
import { changesCmsField, changesSchema, sampleSchema, translationKeySchema, translationPendingCmsField, translationPendingSchema } from '../fields/common';
import { cmsFields, decapDayWidget, decapTimeWidget } from '../fields/decap';
import { clockTimeSchema, isoDaySchema, optional, programTimeZone, requiredText, timeZoneSchema } from '../fields/values';

/** Whether the date is known: `to-be-announced` dates show "à venir" and drive nothing. */
export const keyDateStates = ['confirmed', 'to-be-announced', 'changed'] as const;

/** The program step a date marks; the program status is computed from these. */
export const milestones = ['applications-open', 'applications-close', 'selection', 'results', 'other'] as const;

/** Milestone of a key date. */
export type Milestone = (typeof milestones)[number];

/** A key date's frontmatter. */
export const keyDateSchema = z
  .object({
    /** What happens on that date ("Date limite de dépôt des candidatures"). */
    label: requiredText(120),
    /** Day, `YYYY-MM-DD`; required unless the date is to be announced. */
    date: optional(isoDaySchema),
    /** Wall-clock time `HH:mm` in `timeZone`; empty means the whole day. */
    time: optional(clockTimeSchema),
    /** IANA zone the time is in; default `America/Toronto` (heure de l'Est). */
    timeZone: timeZoneSchema,
    /** `confirmed`, `to-be-announced` or `changed` (a confirmed date that moved). */
    state: z.enum(keyDateStates).default('to-be-announced'),
    /** Program step this date marks; drives the program status and the call to action. */
    milestone: z.enum(milestones).default('other'),
    /** One or two sentences of context. */
    description: optional(z.string().trim().max(600)),
    /** Dated notes; a `changed` date should say what it was before. */
    changes: changesSchema,
    /** Key pairing FR and EN; defaults to the file name. */
    translationKey: translationKeySchema,
    /** The other language's version is being written: the page shows a notice instead of failing the content check. */
    translationPending: translationPendingSchema,
    /** Marks a demonstration date (the real dates are "to be announced"). */
    sample: sampleSchema,
  })
  .strict()
  .superRefine((data, context) => {
    if (data.state !== 'to-be-announced' && data.date === undefined) {
      context.addIssue({ code: 'custom', path: ['date'], message: 'date obligatoire sauf si elle est « à annoncer » (date required unless to be announced)' });
    }
  });

/** A key date after validation. */
export type KeyDateData = z.infer<typeof keyDateSchema>;

/** Decap fields for key dates, typed against the schema's keys. */
export const keyDateCmsFields = cmsFields(keyDateSchema, [
  { name: 'label', label: 'Intitulé', widget: 'string', i18n: true },
  {
    name: 'state',
    label: 'État',
    widget: 'select',
    i18n: 'duplicate',
    default: 'to-be-announced',
    options: [
      { label: 'Confirmée', value: 'confirmed' },
      { label: 'À annoncer', value: 'to-be-announced' },
      { label: 'Modifiée', value: 'changed' },
    ],
  },
  { name: 'date', label: 'Date', ...decapDayWidget, required: false, conditionallyRequired: true, i18n: 'duplicate', hint: 'Obligatoire sauf si la date est « à annoncer ».' },
  { name: 'time', label: 'Heure (HH:MM, 24 h)', ...decapTimeWidget, required: false, i18n: 'duplicate', hint: 'Heure telle qu’elle doit s’afficher, dans le fuseau ci-dessous. Vide : toute la journée.' },
  { name: 'timeZone', label: 'Fuseau horaire', widget: 'string', default: programTimeZone, i18n: 'duplicate', required: false, hint: 'America/Toronto = heure de l’Est (Québec).' },
  {
    name: 'milestone',
    label: 'Étape du programme',
    widget: 'select',
    i18n: 'duplicate',
    default: 'other',
    options: [
      { label: 'Ouverture des candidatures', value: 'applications-open' },
      { label: 'Date limite des candidatures', value: 'applications-close' },
      { label: 'Sélection', value: 'selection' },
      { label: 'Annonce des résultats', value: 'results' },
      { label: 'Autre', value: 'other' },
    ],
  },
  { name: 'description', label: 'Description', widget: 'text', required: false, i18n: true },
  translationPendingCmsField,
  changesCmsField,
]);
