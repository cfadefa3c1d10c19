/**
 * A scheduled publication instant, both halves side by side: the Zod schema
 * and the Decap field. Announcements use it as their embargo; the cohort uses
 * it to hold a startup back beyond the results instant. Stored as a day, an
 * optional wall-clock time and a zone (like key dates), never as a UTC
 * instant the CMS could shift.
 */
import { z } from 'astro/zod';
import { cmsFields, decapDayWidget, decapTimeWidget, type DecapField } from './decap';
import { clockTimeSchema, isoDaySchema, optional, optionalGroup, programTimeZone, timeZoneSchema } from './values';

/** When an entry may appear: until that instant it is absent from every output. */
export const publishAtSchema = z
  .object({
    /** Day of release, `YYYY-MM-DD`. */
    date: isoDaySchema,
    /** Wall-clock time `HH:mm` in `timeZone`; empty means 00:00. */
    time: optional(clockTimeSchema),
    /** IANA zone of the time; default `America/Toronto`. */
    timeZone: timeZoneSchema,
  })
  .strict();

/** A scheduled release time after validation. */
export type PublishAt = z.infer<typeof publishAtSchema>;

/** The optional `publishAt` field: Decap's half-empty block (only a zone) counts as absent. */
export const optionalPublishAtSchema = optionalGroup(publishAtSchema, ['date', 'time']);

/** Decap fields of a scheduled release. */
const publishAtCmsFields = cmsFields(publishAtSchema, [
  // Optional in Decap because the whole block is optional (decaporg/decap-cms#7748); the admin's pre-save check requires the day once the block is used.
  { name: 'date', label: 'Jour de publication', ...decapDayWidget, required: false },
  { name: 'time', label: 'Heure (HH:MM, 24 h)', ...decapTimeWidget, required: false, hint: 'Vide : à minuit (00:00).' },
  { name: 'timeZone', label: 'Fuseau horaire', widget: 'string', default: programTimeZone, required: false, hint: 'America/Toronto = heure de l’Est (Québec).' },
]);

/** The Decap field for `publishAt`, with its label and the hint that fits the collection. */
export function publishAtCmsField(label: string, hint: string): DecapField<'publishAt'> {
  return { name: 'publishAt', label, widget: 'object', required: false, i18n: true, collapsed: true, hint, fields: publishAtCmsFields };
}
