import { describe, expect, test } from 'vitest';
import { useTranslations } from '../../../src/i18n/translate';
import { factSheetRows, type FactSheetInput } from '../../../src/domain/fact-sheet';

/** Normalises Intl's no-break spaces for comparison. */
const spaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

const base = {
  settings: { programName: 'Programme', organizer: 'Le CAMP', partner: 'Microsoft', region: 'Québec', figures: { startups: 10, supportPerStartup: 120_000, salesCountries: 120, durationMonths: 12 } },
  criteria: { effective: '2026-11-16', changes: [{ date: '2026-11-19', impact: 'major' as const }, { date: '2026-11-20', impact: 'minor' as const }] },
  keyDates: [
    { label: 'Date limite', date: '2027-03-15', time: '23:59', timeZone: 'America/Toronto', state: 'confirmed' as const, milestone: 'applications-close' as const },
    { label: 'Résultats', timeZone: 'America/Toronto', state: 'to-be-announced' as const, milestone: 'results' as const },
    { label: 'Séance', date: '2026-12-10', time: '12:00', timeZone: 'America/Toronto', state: 'cancelled' as const, milestone: 'other' as const },
  ],
};

describe('factSheetRows', () => {
  test.each([
    { lang: 'fr' as const, fields: ['réalité mixte', 'cybersécurité', 'chaînes de blocs'], label: 'Valeur totale de l’accompagnement', value: '1 200 000 $' },
    { lang: 'fr' as const, fields: ['réalité mixte', 'cybersécurité', 'chaînes de blocs'], label: 'Domaines', value: 'réalité mixte, cybersécurité et chaînes de blocs' },
    // The version comes from the notes: a major change (2.0), then a minor one (2.1).
    { lang: 'fr' as const, fields: [], label: 'Critères', value: 'version 2.1, en vigueur le 20 novembre 2026' },
    { lang: 'fr' as const, fields: [], label: 'Séance', value: 'Annulée' },
    { lang: 'fr' as const, fields: [], label: 'Date limite', value: '15 mars 2027 à 23 h 59 (heure de l’Est)' },
    { lang: 'fr' as const, fields: [], label: 'Résultats', value: 'Date à annoncer' },
    { lang: 'en' as const, fields: [], label: 'Total value of support', value: '$1,200,000' },
    { lang: 'en' as const, fields: [], label: 'Startups selected', value: '10, from the Québec area' },
    { lang: 'en' as const, fields: [], label: 'Résultats', value: 'Date to be announced' },
  ])('$lang: $label = $value', ({ lang, fields, label, value }) => {
    const input: FactSheetInput = { lang, t: useTranslations(lang), fields, ...base };
    const row = factSheetRows(input).find((candidate) => candidate.label === label);
    expect(row && spaces(row.value)).toBe(value);
  });
});
