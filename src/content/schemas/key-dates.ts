/**
 * Key dates: one Markdown file per date and language,
 * `content/key-dates/<lang>/<file>.md`. A date is stored as the day, the wall
 * clock time and the zone the editor chose, never as a UTC instant, so what
 * the editor typed is exactly what the site shows.
 */
import { z } from 'astro/zod';
import { changeNoteCmsFields, changeNoteFields, changesCmsFieldWith, sampleSchema, translationKeySchema, translationPendingCmsField, translationPendingSchema, wallClockCmsFields, wallClockSchema } from '../fields/common';
import { cmsFields, decapDayWidget, decapTimeWidget } from '../fields/decap';
import { clockTimeSchema, emptyToUndefined, isoDaySchema, list, optional, optionalGroup, programTimeZone, requiredText, timeZoneSchema } from '../fields/values';

/**
 * Whether the date is known: `to-be-announced` dates show « à annoncer » and
 * drive nothing; `changed` is a confirmed date that moved (its history says
 * from what); `cancelled` will not happen (calendars mark it cancelled).
 */
export const keyDateStates = ['confirmed', 'to-be-announced', 'changed', 'cancelled'] as const;

/** A key date's state. */
export type KeyDateState = (typeof keyDateStates)[number];

/**
 * What a key date is: a `moment` of the process (a deadline, an opening, a
 * publication), or an event people attend at a time and place, online or in
 * person (the information session, the results announcement). Only events are
 * schema.org `Event`s.
 */
export const keyDateKinds = ['moment', 'online-event', 'in-person-event'] as const;

/** A key date's kind. */
export type KeyDateKind = (typeof keyDateKinds)[number];

/**
 * A key date's value before a change, as the change note records it, so every
 * output can say what it was (« auparavant le 10 décembre 2026 à 12 h »).
 */
export const previousWhenSchema = wallClockSchema;

/** A previous value after validation. */
export type PreviousWhen = z.infer<typeof previousWhenSchema>;

/** A key date's change note: the common fields, plus the value before the change when the day, time or zone moved. */
export const keyDateChangeNoteSchema = z
  .object({
    ...changeNoteFields,
    /** The day, time and zone before this change; required when they moved (the content check and the CMS compare with the published file). */
    previous: optionalGroup(previousWhenSchema, ['date', 'time']),
  })
  .strict();

/** A key date's change note after validation. */
export type KeyDateChangeNote = z.infer<typeof keyDateChangeNoteSchema>;

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
    /** Wall-clock end time `HH:mm`, the same day; or give `duration`. */
    endTime: optional(clockTimeSchema),
    /** Length in minutes, instead of `endTime`. Without either, a timed date lasts 30 minutes (a deadline ends at its time). */
    duration: optional(z.number().int().min(1).max(1440)),
    /** IANA zone the time is in; default `America/Toronto` (heure de l'Est). */
    timeZone: timeZoneSchema,
    /** `confirmed`, `to-be-announced`, `changed` (a confirmed date that moved) or `cancelled`. */
    state: z.enum(keyDateStates).default('to-be-announced'),
    /** Program step this date marks; drives the program status and the call to action. */
    milestone: z.enum(milestones).default('other'),
    /** A `moment` of the process (default), or an event people attend (`online-event`, `in-person-event`). Empty in files written before it existed. */
    kind: z.preprocess(emptyToUndefined, z.enum(keyDateKinds).default('moment')),
    /** Where an in-person event happens (name and address). */
    place: optional(z.string().trim().max(200)),
    /** One or two sentences of context. */
    description: optional(z.string().trim().max(600)),
    /** Dated notes, in the French file only (the English page reads them); a moved date's note records what it was before (`previous`). */
    changes: list(keyDateChangeNoteSchema),
    /** Key pairing FR and EN; defaults to the file name. */
    translationKey: translationKeySchema,
    /** The other language's version is being written: the page shows a notice instead of failing the content check. */
    translationPending: translationPendingSchema,
    /** Marks a demonstration date (the real dates are "to be announced"). */
    sample: sampleSchema,
  })
  .strict()
  .superRefine((data, context) => {
    const issue = (path: string, message: string) => context.addIssue({ code: 'custom', path: [path], message });
    if (data.state !== 'to-be-announced' && data.date === undefined) issue('date', 'date obligatoire sauf si elle est « à annoncer » (date required unless to be announced)');
    if (data.time === undefined && (data.endTime !== undefined || data.duration !== undefined)) issue('time', 'une heure de début est nécessaire avec une heure de fin ou une durée (a start time is needed with an end time or a duration)');
    if (data.endTime !== undefined && data.duration !== undefined) issue('duration', 'indiquer une heure de fin ou une durée, pas les deux (an end time or a duration, not both)');
    if (data.endTime !== undefined && data.time !== undefined && data.endTime <= data.time) issue('endTime', 'l’heure de fin doit suivre l’heure de début, le même jour (the end must follow the start, the same day)');
    if (data.milestone === 'applications-close' && data.endTime !== undefined) issue('endTime', 'une date limite finit à son heure : indiquer plutôt une durée (a deadline ends at its time: give a duration instead)');
    if (data.kind === 'in-person-event' && data.place === undefined) issue('place', 'lieu obligatoire pour un événement en personne (place required for an in-person event)');
    // The notes are in the French file only: the content check also requires them there for a changed date.
    if (data.state === 'changed' && data.changes.length > 0 && !data.changes.some((change) => change.previous !== undefined)) {
      issue('changes', 'une date « modifiée » doit avoir un changement qui indique l’ancienne date (a changed date needs a note with the previous value)');
    }
  });

/** A key date after validation. */
export type KeyDateData = z.infer<typeof keyDateSchema>;

/** Decap fields of a previous value. */
const previousWhenCmsFields = wallClockCmsFields({ date: 'Ancienne date', dateHint: 'Obligatoire quand la date ou l’heure a changé : celle que le public connaissait.', time: 'Ancienne heure (HH:MM, 24 h)', timeZone: 'Ancien fuseau horaire' });

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
      { label: 'Annulée', value: 'cancelled' },
    ],
  },
  { name: 'date', label: 'Date', ...decapDayWidget, required: false, conditionallyRequired: true, i18n: 'duplicate', hint: 'Obligatoire sauf si la date est « à annoncer ». Une date publiée qui change demande un changement daté dans l’historique.' },
  { name: 'time', label: 'Heure (HH:MM, 24 h)', ...decapTimeWidget, required: false, i18n: 'duplicate', hint: 'Heure telle qu’elle doit s’afficher, dans le fuseau ci-dessous. Vide : toute la journée.' },
  { name: 'endTime', label: 'Heure de fin (HH:MM, 24 h)', ...decapTimeWidget, required: false, i18n: 'duplicate', hint: 'Le même jour. Ou bien une durée ci-dessous. Sans l’une ni l’autre, les agendas montrent 30 minutes (une date limite finit à son heure).' },
  { name: 'duration', label: 'Durée (minutes)', widget: 'number', value_type: 'int', min: 1, max: 1440, required: false, i18n: 'duplicate' },
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
  {
    name: 'kind',
    label: 'Nature',
    widget: 'select',
    i18n: 'duplicate',
    default: 'moment',
    // Optional in Decap: dates written before this field existed have none (it means `moment`).
    required: false,
    options: [
      { label: 'Étape (date limite, ouverture, publication)', value: 'moment' },
      { label: 'Événement en ligne', value: 'online-event' },
      { label: 'Événement en personne', value: 'in-person-event' },
    ],
  },
  { name: 'place', label: 'Lieu', widget: 'string', required: false, i18n: 'duplicate', hint: 'Nom et adresse, pour un événement en personne.' },
  { name: 'description', label: 'Description', widget: 'text', required: false, i18n: true },
  translationPendingCmsField,
  changesCmsFieldWith(
    [
      ...changeNoteCmsFields,
      {
        name: 'previous',
        label: 'Ancienne valeur',
        widget: 'object',
        required: false,
        collapsed: false,
        hint: 'Si la date, l’heure ou le fuseau a changé : ce qu’ils étaient avant ce changement.',
        fields: previousWhenCmsFields,
      },
    ],
    'Une date publiée qui change (jour, heure, fuseau, annulation) ne peut être publiée sans un changement daté : texte en français et en anglais, importance, et l’ancienne valeur. L’historique se tient dans la version française seulement ; la page anglaise le reprend.',
  ),
]);
