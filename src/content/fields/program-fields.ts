/**
 * The program's three fields (réalité mixte, cybersécurité, chaînes de
 * blocs): written once here for announcements' topics, the home page, the
 * media fact sheet, the open data and any later collection that names a field.
 */
import type { DecapOption } from './decap';

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
