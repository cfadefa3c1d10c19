/**
 * A scheduled publication instant, both halves side by side: the Zod schema
 * and the Decap field. Announcements use it as their embargo; the cohort uses
 * it to hold a startup back beyond the results instant. A wall-clock moment
 * (day, optional time, zone; see `wallClockSchema`), never a UTC instant the
 * CMS could shift.
 */
import type { z } from 'astro/zod';
import { wallClockCmsFields, wallClockSchema } from './common';
import type { DecapField } from './decap';
import { optionalGroup } from './values';

/** When an entry may appear: until that instant it is absent from every output; empty time means 00:00. */
export const publishAtSchema = wallClockSchema;

/** A scheduled release time after validation. */
export type PublishAt = z.infer<typeof publishAtSchema>;

/** The optional `publishAt` field: Decap's half-empty block (only a zone) counts as absent. */
export const optionalPublishAtSchema = optionalGroup(publishAtSchema, ['date', 'time']);

/** Decap fields of a scheduled release. */
const publishAtCmsFields = wallClockCmsFields({ date: 'Jour de publication', dateHint: 'Obligatoire pour programmer une publication, avec ou sans heure.', time: 'Heure (HH:MM, 24 h)', timeHint: 'Vide : à minuit (00:00).', timeZone: 'Fuseau horaire' });

/** The Decap field for `publishAt`, with its label and the hint that fits the collection. */
export function publishAtCmsField(label: string, hint: string): DecapField<'publishAt'> {
  return { name: 'publishAt', label, widget: 'object', required: false, i18n: true, collapsed: true, hint, fields: publishAtCmsFields };
}
