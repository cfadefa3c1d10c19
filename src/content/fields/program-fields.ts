/**
 * The program's three fields (réalité mixte, cybersécurité, chaînes de
 * blocs): written once here for announcements' topics, the home page, the
 * media fact sheet, the open data and any later collection that names a field.
 * Also the program's editions (the settings' current one, each startup's).
 */
import { z } from 'astro/zod';
import type { DecapField, DecapOption } from './decap';

/** The program's fields, in the order the announcement lists them. */
export const programFields = ['mixed-reality', 'cybersecurity', 'blockchain'] as const;

/** One of the program's fields. */
export type ProgramField = (typeof programFields)[number];

/** Decap select options for the fields, labelled in French. */
export const programFieldCmsOptions: readonly DecapOption[] = [
  { label: 'Réalité mixte', value: 'mixed-reality' },
  { label: 'Cybersécurité', value: 'cybersecurity' },
  { label: 'Chaînes de blocs', value: 'blockchain' },
] satisfies readonly (DecapOption & { value: ProgramField })[];

/** A program edition: the year its results are announced (`2027`). */
export const editionSchema = z
  .number({ error: 'année attendue, p. ex. 2027 (expected a year, e.g. 2027)' })
  .int({ error: 'année attendue, p. ex. 2027 (expected a year, e.g. 2027)' })
  .min(2000, { error: 'année entre 2000 et 2100 (year between 2000 and 2100)' })
  .max(2100, { error: 'année entre 2000 et 2100 (year between 2000 and 2100)' });

/** Decap field for an edition, with the label and hint of where it is used. */
export function editionCmsField<Name extends string>(name: Name, label: string, hint: string, required: boolean): DecapField<Name> {
  return { name, label, widget: 'number', value_type: 'int', min: 2000, max: 2100, i18n: 'duplicate', hint, ...(required ? {} : { required: false }) };
}
