/**
 * Eligibility and selection criteria: one Markdown file per language,
 * `content/criteria/<lang>/criteres.md`. Each criterion has a stable `id` used
 * as its anchor (`/fr/criteres/#<id>`), so journalists can cite one criterion.
 */
import { z } from 'astro/zod';
import { changeNoteCmsFields, changesCmsFieldWith, changesSchema, sampleSchema, slugCmsPattern } from '../fields/common';
import { cmsFields, decapDayWidget, markdownBodyField } from '../fields/decap';
import { emptyToUndefined, isoDaySchema, list, optional, requiredText, slugSchema } from '../fields/values';

/** Eligibility criteria decide who may apply; selection criteria how applications are judged. */
export const criterionKinds = ['eligibility', 'selection'] as const;

/** The two answers of a self-check question (« Oui » / « Non »). */
export const selfCheckAnswers = ['yes', 'no'] as const;

/**
 * An earlier wording of a criterion: its previous value, recorded with the
 * change note of the same day, so the page can show what changed (a word
 * diff) and the open data can give the old and the new text. Its version is
 * derived from the change notes, never typed.
 */
export const criterionVersionSchema = z
  .object({
    /** Day this wording stopped applying: the day of the change note. */
    date: isoDaySchema,
    /** The criterion's title before the change. */
    title: requiredText(120),
    /** The criterion's description before the change. */
    description: requiredText(1500),
    /** The criterion's kind before the change, when the kind changed. */
    kind: optional(z.enum(criterionKinds)),
  })
  .strict();

/** An earlier wording after validation. */
export type CriterionVersion = z.infer<typeof criterionVersionSchema>;

/** One criterion. */
export const criterionSchema = z
  .object({
    /** Stable anchor, never changed once published (`equipe-fondatrice`). */
    id: slugSchema,
    /** Short name of the criterion. */
    title: requiredText(120),
    /** What the criterion means, in plain language (Markdown allowed). */
    description: requiredText(1500),
    /** `eligibility` or `selection`. */
    kind: z.enum(criterionKinds),
    /** Earlier wordings, in any order (the page sorts them newest first); empty for an unchanged criterion. */
    previous: list(criterionVersionSchema),
    /**
     * The yes/no question the self-check (« Suis-je admissible ? ») asks for an
     * eligibility criterion, in this file's language. Empty: the page lists the
     * criterion as "to check yourself". Selection criteria are never asked.
     */
    question: optional(requiredText(200)),
    /** Which answer meets the criterion; `yes` unless the question is asked in the negative. */
    satisfiedBy: z.preprocess(emptyToUndefined, z.enum(selfCheckAnswers).default('yes')),
    /** Optional help under the question ("not sure? …"), in plain words. */
    help: optional(requiredText(300)),
    /**
     * The related FAQ answer: the FAQ entry's file name (its translation key),
     * the same in both languages. The content check refuses a name with no FAQ entry.
     */
    faq: optional(slugSchema),
  })
  .strict()
  .superRefine((item, context) => {
    if (item.kind === 'selection' && item.question !== undefined) {
      context.addIssue({
        code: 'custom',
        path: ['question'],
        message: 'seuls les critères d’admissibilité ont une question : le jury évalue les critères de sélection (only eligibility criteria have a self-check question)',
      });
    }
  });

/** A criterion after validation. */
export type Criterion = z.infer<typeof criterionSchema>;

/** The criteria document of one language. */
export const criteriaSchema = z
  .object({
    /** Page title. */
    title: requiredText(140),
    /** One-sentence summary for the meta description and search results. */
    summary: requiredText(300),
    /** Day these criteria take effect. */
    effective: isoDaySchema,
    /** The criteria themselves; ids must be unique. */
    items: z
      .array(criterionSchema)
      .min(1, { error: 'au moins un critère (at least one criterion)' })
      .superRefine((items, context) => {
        const seen = new Set<string>();
        items.forEach((item, index) => {
          if (seen.has(item.id)) {
            context.addIssue({ code: 'custom', path: [index, 'id'], message: `identifiant en double « ${item.id} » (duplicate id)` });
          }
          seen.add(item.id);
        });
      }),
    /** Change history, in any order (the page sorts it), in the French file only (the English page reads it); the version is derived from it (`src/domain/history.ts`). */
    changes: changesSchema,
    /** Marks demonstration content (the real criteria are "to be announced"). */
    sample: sampleSchema,
  })
  .strict();

/** The criteria document after validation. */
export type CriteriaData = z.infer<typeof criteriaSchema>;

/** Decap options of a criterion's kind, labelled in French. */
const criterionKindOptions = [
  { label: 'Admissibilité', value: 'eligibility' },
  { label: 'Sélection', value: 'selection' },
] as const;

/** Decap fields for an earlier wording of a criterion. */
const criterionVersionCmsFields = cmsFields(criterionVersionSchema, [
  { name: 'date', label: 'Remplacé le', ...decapDayWidget, hint: 'La date du changement inscrit dans l’historique.' },
  { name: 'title', label: 'Ancien intitulé', widget: 'string' },
  { name: 'description', label: 'Ancienne description', widget: 'text' },
  {
    name: 'kind',
    label: 'Ancien type',
    widget: 'select',
    required: false,
    options: criterionKindOptions,
  },
]);

/** Decap fields for one criterion. */
const criterionCmsFields = cmsFields(criterionSchema, [
  { name: 'id', label: 'Identifiant (ancre)', widget: 'string', hint: 'Minuscules sans accents et traits d’union. Ne jamais changer après publication : les liens en dépendent.', pattern: slugCmsPattern },
  { name: 'title', label: 'Intitulé', widget: 'string' },
  { name: 'description', label: 'Description', widget: 'text' },
  {
    name: 'kind',
    label: 'Type de critère',
    widget: 'select',
    options: criterionKindOptions,
  },
  {
    name: 'previous',
    label: 'Versions précédentes',
    label_singular: 'version précédente',
    widget: 'list',
    required: false,
    collapsed: true,
    summary: '{{fields.date}} — {{fields.title}}',
    hint: 'Avant de modifier l’intitulé, la description ou le type, copier ici ceux en vigueur, datés du jour du changement (et inscrire le changement dans l’historique) : le site affichera ce qui a changé.',
    fields: criterionVersionCmsFields,
  },
  // The self-check fields. The items list is translated as a whole (one list per language), and Decap
  // neither copies a nested `duplicate` field out of a list nor lets the other pane edit it
  // (decap-cms-core duplicateI18nFields, ObjectControl): so none is marked `duplicate`, and the content
  // check makes both languages agree on the satisfying answer and the FAQ link instead.
  {
    name: 'question',
    label: 'Question « Suis-je admissible ? »',
    widget: 'string',
    required: false,
    hint: 'Critères d’admissibilité seulement. Une question fermée, à laquelle on répond par oui ou par non. Vide : le critère est listé « à vérifier vous-même ».',
  },
  {
    name: 'satisfiedBy',
    label: 'Réponse qui remplit le critère',
    widget: 'select',
    // No Decap default: a default inside the list would start a new document with a half-filled
    // criterion (see changesCmsField). Left empty, it means « Oui », as in the schema.
    required: false,
    options: [
      { label: 'Oui', value: 'yes' },
      { label: 'Non', value: 'no' },
    ],
    hint: 'La même dans les deux langues. Vide : « Oui ». « Non » pour une question posée à la négative (p. ex. « L’activité principale est-elle la cryptomonnaie ? »).',
  },
  { name: 'help', label: 'Aide sous la question', widget: 'text', required: false, hint: 'Facultatif : « Pas certain ? … », en une ou deux phrases.' },
  {
    name: 'faq',
    label: 'Question de la FAQ liée',
    widget: 'relation',
    collection: 'faq',
    value_field: '{{slug}}',
    search_fields: ['question'],
    display_fields: ['question'],
    required: false,
    hint: 'Facultatif : la réponse de la FAQ proposée à qui ne remplit pas ce critère. La même dans les deux langues.',
  },
]);

/** Decap fields for the criteria document, typed against the schema's keys. */
export const criteriaCmsFields = cmsFields(criteriaSchema, [
  { name: 'title', label: 'Titre de la page', widget: 'string', i18n: true },
  { name: 'summary', label: 'Résumé', widget: 'text', i18n: true },
  { name: 'effective', label: 'En vigueur le', ...decapDayWidget, i18n: 'duplicate' },
  { name: 'items', label: 'Critères', label_singular: 'critère', widget: 'list', summary: '{{fields.title}}', i18n: true, min: 1, fields: criterionCmsFields },
  changesCmsFieldWith(
    changeNoteCmsFields,
    'Tout changement d’un critère (intitulé, description, type, ajout, retrait) ne peut être publié sans un changement daté, en français et en anglais. Majeur : la version passe de 1.x à 2.0 ; mineur : de 1.0 à 1.1. L’historique se tient dans la version française seulement ; la page anglaise le reprend.',
  ),
]);

/** The introduction above the criteria. */
export const criteriaCmsBody = markdownBodyField('Introduction');
