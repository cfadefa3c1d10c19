/**
 * Eligibility and selection criteria: one Markdown file per language,
 * `content/criteria/<lang>/criteres.md`. Each criterion has a stable `id` used
 * as its anchor (`/fr/criteres/#<id>`), so journalists can cite one criterion.
 */
import { z } from 'astro/zod';
import { changesCmsField, changesSchema, sampleSchema, slugCmsPattern } from '../fields/common';
import { cmsFields, decapDayWidget, markdownBodyField } from '../fields/decap';
import { emptyToUndefined, isoDaySchema, list, optional, requiredText, slugSchema } from '../fields/values';

/** Eligibility criteria decide who may apply; selection criteria how applications are judged. */
export const criterionKinds = ['eligibility', 'selection'] as const;

/** The two answers of a self-check question (« Oui » / « Non »). */
export const selfCheckAnswers = ['yes', 'no'] as const;

/**
 * An earlier wording of a criterion, kept when a major change rewrites it, so
 * the page can show what changed (a word diff) between versions.
 */
export const criterionVersionSchema = z
  .object({
    /** Version of the criteria this wording belonged to (`1.0`). */
    version: requiredText(20),
    /** Day this wording stopped applying (the day of the change). */
    date: isoDaySchema,
    /** The criterion's title in that version. */
    title: requiredText(120),
    /** The criterion's description in that version. */
    description: requiredText(1500),
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
    /** Version label cited by journalists and the open data (`1.0`). */
    version: optional(z.string().trim().max(20)),
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
    /** Change history, newest first or in any order (the page sorts it). */
    changes: changesSchema,
    /** Marks demonstration content (the real criteria are "to be announced"). */
    sample: sampleSchema,
  })
  .strict();

/** The criteria document after validation. */
export type CriteriaData = z.infer<typeof criteriaSchema>;

/** Decap fields for an earlier wording of a criterion. */
const criterionVersionCmsFields = cmsFields(criterionVersionSchema, [
  { name: 'version', label: 'Version', widget: 'string', hint: 'La version des critères où ce libellé s’appliquait (p. ex. 1.0).' },
  { name: 'date', label: 'Remplacé le', ...decapDayWidget },
  { name: 'title', label: 'Ancien intitulé', widget: 'string' },
  { name: 'description', label: 'Ancienne description', widget: 'text' },
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
    options: [
      { label: 'Admissibilité', value: 'eligibility' },
      { label: 'Sélection', value: 'selection' },
    ],
  },
  {
    name: 'previous',
    label: 'Versions précédentes',
    label_singular: 'version précédente',
    widget: 'list',
    required: false,
    collapsed: true,
    summary: '{{fields.version}} — {{fields.date}}',
    hint: 'Avant un changement majeur, copier ici l’intitulé et la description en vigueur : le site affichera ce qui a changé.',
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
  { name: 'version', label: 'Version', widget: 'string', required: false, i18n: 'duplicate', hint: 'Par exemple 1.1. Augmenter à chaque changement majeur.' },
  { name: 'items', label: 'Critères', label_singular: 'critère', widget: 'list', summary: '{{fields.title}}', i18n: true, min: 1, fields: criterionCmsFields },
  changesCmsField,
]);

/** The introduction above the criteria. */
export const criteriaCmsBody = markdownBodyField('Introduction');
