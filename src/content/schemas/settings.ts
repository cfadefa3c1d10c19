/**
 * Site settings: one YAML file per language, `content/settings/<lang>/site.yml`.
 * Everything the layout would otherwise hard-code (program name, key figures,
 * form URL, contacts) lives here so editors can change it in the CMS. Shared
 * facts (URL, figures, e-mails) are entered once and copied to both languages.
 */
import { z } from 'astro/zod';
import { httpsUrlCmsPattern, sampleSchema } from '../fields/common';
import { cmsFields } from '../fields/decap';
import { editionCmsField, editionSchema } from '../fields/program-fields';
import { emptyToUndefined, httpsUrlSchema, optional, requiredText } from '../fields/values';

/** A person or desk the public or the press can reach. */
export const contactSchema = z
  .object({
    /** Name of the desk or person ("Relations avec les médias"). */
    name: requiredText(120),
    /** E-mail address. */
    email: z.email({ error: 'adresse courriel invalide (invalid e-mail address)' }),
    /** Phone number as it should be displayed and dialled (`+1 418 555-0100`). */
    phone: optional(z.string().trim().regex(/^\+?[0-9 ().-]{7,25}$/, { error: 'numéro de téléphone invalide (invalid phone number)' })),
  })
  .strict();

/** A contact after validation. */
export type Contact = z.infer<typeof contactSchema>;

/** The program's key figures, from the announcement; shown on the home page and the fact sheet. */
export const programFiguresSchema = z
  .object({
    /** Number of startups selected (10). */
    startups: z.number().int().positive(),
    /** Value of support per startup, in Canadian dollars (120 000). */
    supportPerStartup: z.number().int().positive(),
    /** Countries where the partner's sales teams can introduce startups (120). */
    salesCountries: z.number().int().positive(),
    /** Length of the agreement, in months (12). */
    durationMonths: z.number().int().positive(),
  })
  .strict();

/** The settings of one language. */
export const settingsSchema = z
  .object({
    /** Full program name, shown in the header and titles. */
    programName: requiredText(120),
    /** Short name for tight spaces and the browser tab. */
    shortName: requiredText(40),
    /** One-line description under the name. */
    tagline: requiredText(200),
    /** The incubator-accelerator running the program. */
    organizer: requiredText(120),
    /** The company funding the support. */
    partner: requiredText(120),
    /** The city the startups must come from. */
    region: requiredText(80),
    /** External application form; https only. */
    applicationFormUrl: httpsUrlSchema,
    /** What applicants should prepare before opening the form, one item per line. */
    applicationChecklist: z.array(requiredText(200)).min(1),
    /** Days before the deadline when the status turns to "closing soon". */
    closingSoonDays: z.preprocess(emptyToUndefined, z.number().int().min(1).max(60).default(7)),
    /** Key figures (entered once, copied to every language). */
    figures: programFiguresSchema,
    /** General enquiries. */
    generalContact: contactSchema,
    /** Press enquiries. */
    mediaContact: contactSchema,
    /** "About" paragraph ending press releases. */
    about: requiredText(1200),
    /**
     * The edition under way (`2027`): its startups are published at the
     * results instant, later editions' never. Empty: every startup waits
     * for the results key date.
     */
    edition: optional(editionSchema),
    /** Marks illustrative values (form URL, contacts) that are not from the source article. */
    sample: sampleSchema,
  })
  .strict();

/** Settings after validation. */
export type SettingsData = z.infer<typeof settingsSchema>;

/** Decap fields for a contact. */
const contactCmsFields = cmsFields(contactSchema, [
  { name: 'name', label: 'Nom', widget: 'string', i18n: true },
  { name: 'email', label: 'Courriel', widget: 'string', i18n: 'duplicate', pattern: ['^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$', 'Adresse courriel invalide.'] },
  { name: 'phone', label: 'Téléphone', widget: 'string', required: false, i18n: 'duplicate' },
]);

/** Decap fields for the key figures. */
const figuresCmsFields = cmsFields(programFiguresSchema, [
  { name: 'startups', label: 'Nombre de jeunes pousses retenues', widget: 'number', value_type: 'int', min: 1, i18n: 'duplicate' },
  { name: 'supportPerStartup', label: 'Accompagnement par jeune pousse ($ CA)', widget: 'number', value_type: 'int', min: 1, i18n: 'duplicate' },
  { name: 'salesCountries', label: 'Pays couverts par le réseau de vente', widget: 'number', value_type: 'int', min: 1, i18n: 'duplicate' },
  { name: 'durationMonths', label: 'Durée de l’entente (mois)', widget: 'number', value_type: 'int', min: 1, i18n: 'duplicate' },
]);

/** Decap fields for settings, typed against the schema's keys. */
export const settingsCmsFields = cmsFields(settingsSchema, [
  { name: 'programName', label: 'Nom du programme', widget: 'string', i18n: true },
  { name: 'shortName', label: 'Nom court', widget: 'string', i18n: true },
  { name: 'tagline', label: 'Phrase d’accroche', widget: 'string', i18n: true },
  { name: 'organizer', label: 'Organisme', widget: 'string', i18n: true },
  { name: 'partner', label: 'Partenaire', widget: 'string', i18n: true },
  { name: 'region', label: 'Région', widget: 'string', i18n: true },
  { name: 'applicationFormUrl', label: 'Adresse du formulaire de candidature', widget: 'string', i18n: 'duplicate', hint: 'Doit commencer par https://', pattern: httpsUrlCmsPattern },
  { name: 'applicationChecklist', label: 'À préparer avant de poser sa candidature', label_singular: 'élément', widget: 'list', i18n: true, min: 1, field: { name: 'item', label: 'Élément', widget: 'string' } },
  { name: 'closingSoonDays', label: 'Jours avant la date limite pour afficher « ferme bientôt »', widget: 'number', value_type: 'int', min: 1, max: 60, default: 7, required: false, i18n: 'duplicate' },
  { name: 'figures', label: 'Chiffres clés', widget: 'object', i18n: true, fields: figuresCmsFields },
  { name: 'generalContact', label: 'Contact général', widget: 'object', i18n: true, fields: contactCmsFields },
  { name: 'mediaContact', label: 'Relations avec les médias', widget: 'object', i18n: true, fields: contactCmsFields },
  { name: 'about', label: 'Paragraphe « À propos » des communiqués', widget: 'text', i18n: true },
  editionCmsField('edition', 'Édition en cours (année)', 'L’année des résultats attendus, p. ex. 2027. Les jeunes pousses de cette édition paraissent à l’annonce des résultats ; celles d’une édition plus récente restent cachées. À changer seulement après l’annonce des résultats de l’édition précédente.', false),
]);
