/**
 * Seeded bilingual prose for the build benchmark: titles, summaries and
 * Markdown bodies that read like the site's announcements (French and English
 * words of the program's domain, sentences of natural length, headings, lists
 * and links), so Markdown parsing, sanitising and rendering cost what real
 * entries would cost. Same seed, same text: two runs build the same site.
 */
import type { Locale } from '../../src/i18n/locales';
import { Seeded } from '../shared/random';

/** Words of each language by role, so sentences have a plausible shape. */
const words: Record<Locale, { subjects: string[]; verbs: string[]; objects: string[]; tails: string[] }> = {
  fr: {
    subjects: [
      'Le programme', 'Le CAMP', 'L’équipe fondatrice', 'La jeune pousse', 'Le comité de sélection', 'Chaque entreprise retenue', 'Le réseau de partenaires',
      'La cohorte', 'Le jury', 'L’incubateur', 'Une entreprise de Québec', 'Le mentorat', 'La formation', 'Le service des ventes', 'La fondatrice',
    ],
    verbs: [
      'présente', 'accompagne', 'développe', 'prépare', 'annonce', 'améliore', 'évalue', 'soutient', 'lance', 'propose', 'publie', 'teste', 'renforce', 'ouvre', 'précise',
    ],
    objects: [
      'un prototype de réalité mixte', 'une solution de cybersécurité', 'une plateforme de chaînes de blocs', 'son plan de croissance', 'les critères de sélection',
      'une séance d’information en ligne', 'un projet pilote avec des clients', 'le calendrier du programme', 'un casque de réalité augmentée', 'la protection des données',
      'un service d’assurance fondé sur les chaînes de blocs', 'le dossier de candidature', 'une démonstration aux acheteurs potentiels', 'de nouveaux emplois en région',
      'une simulation pour la formation en santé', 'un logiciel de détection des intrusions',
    ],
    tails: [
      'au cours de la prochaine année', 'avec l’appui de mentors d’expérience', 'dans la région de la capitale', 'pour les marchés étrangers', 'avant la date limite',
      'grâce à un accompagnement sur mesure', 'auprès des services des ventes dans 120 pays', 'en collaboration avec l’université', 'sans lien avec la cryptomonnaie',
      'selon un échéancier précis', 'dès l’ouverture des candidatures', 'en plusieurs étapes',
    ],
  },
  en: {
    subjects: [
      'The program', 'Le CAMP', 'The founding team', 'The startup', 'The selection committee', 'Each selected company', 'The partner network', 'The cohort', 'The jury',
      'The incubator', 'A Québec City company', 'Mentoring', 'Training', 'The sales team', 'The founder',
    ],
    verbs: [
      'presents', 'supports', 'develops', 'prepares', 'announces', 'improves', 'assesses', 'funds', 'launches', 'offers', 'publishes', 'tests', 'strengthens', 'opens', 'clarifies',
    ],
    objects: [
      'a mixed reality prototype', 'a cybersecurity solution', 'a blockchain platform', 'its growth plan', 'the selection criteria', 'an online information session',
      'a pilot project with customers', 'the program calendar', 'an augmented reality headset', 'data protection', 'a blockchain-based insurance service', 'the application file',
      'a demo for potential buyers', 'new jobs in the region', 'a simulation for health training', 'intrusion detection software',
    ],
    tails: [
      'over the coming year', 'with experienced mentors', 'in the capital region', 'for foreign markets', 'before the deadline', 'through tailored support',
      'with sales teams in 120 countries', 'together with the university', 'with no link to cryptocurrency', 'on a clear schedule', 'as soon as applications open', 'in several steps',
    ],
  },
};

/** Syllables of invented company and product names, which grow the vocabulary with the corpus as real news would. */
const syllables = 'va lo ri ta ne mi so ka zé pho tri nova tek lys cor dia gen sec mir ax ium'.split(' ');

/** Section headings and links of each language (links go to real sections of the site). */
const extras: Record<Locale, { headings: string[]; links: [string, string][] }> = {
  fr: {
    headings: ['Ce qu’il faut savoir', 'Les prochaines étapes', 'Pour les candidates et candidats', 'Un accompagnement concret', 'En chiffres', 'Questions fréquentes'],
    links: [['les dates clés', '/fr/dates/'], ['les critères', '/fr/criteres/'], ['la foire aux questions', '/fr/faq/'], ['les autres annonces', '/fr/annonces/']],
  },
  en: {
    headings: ['What to know', 'Next steps', 'For applicants', 'Hands-on support', 'In figures', 'Frequently asked questions'],
    links: [['the key dates', '/en/dates/'], ['the criteria', '/en/criteria/'], ['the FAQ', '/en/faq/'], ['other announcements', '/en/announcements/']],
  },
};

/** A seeded writer of one language's text. */
export class Writer extends Seeded {
  /** `seed` fixes every word written. */
  constructor(
    private readonly lang: Locale,
    seed: number,
  ) {
    super(seed);
  }

  /** An invented name of 2–4 syllables, capitalised (`Novatek`, `Mirasec`). */
  name(): string {
    const word = Array.from({ length: this.between(2, 4) }, () => this.pick(syllables)).join('');
    return word.charAt(0).toUpperCase() + word.slice(1);
  }

  /** A sentence of 8 to 25 words; some name a company. */
  sentence(): string {
    const vocabulary = words[this.lang];
    const subject = this.chance(0.25) ? `${this.lang === 'fr' ? 'La jeune pousse' : 'The startup'} ${this.name()}` : this.pick(vocabulary.subjects);
    const parts = [subject, this.pick(vocabulary.verbs), this.pick(vocabulary.objects)];
    if (this.chance(0.7)) parts.push(this.pick(vocabulary.tails));
    if (this.chance(0.3)) parts.push(this.lang === 'fr' ? 'et' : 'and', this.pick(vocabulary.objects));
    return `${parts.join(' ')}.`;
  }

  /** Words of a string, as Markdown renders them (for length accounting). */
  static count(text: string): number {
    return text.split(/\s+/).filter(Boolean).length;
  }

  /** A title without final period, at most `max` characters. */
  title(max = 120): string {
    const text = this.sentence().replace(/\.$/, '');
    return text.length <= max ? text : text.slice(0, max).replace(/\s+\S*$/, '');
  }

  /** One or two sentences, at most `max` characters. */
  summary(max = 280): string {
    const text = this.chance(0.5) ? `${this.sentence()} ${this.sentence()}` : this.sentence();
    return text.length <= max ? text : this.sentence();
  }

  /** A Markdown body of `min`–`max` words: paragraphs, and on some entries headings, a list and a link. */
  body(min: number, max: number): string {
    const target = this.between(min, max);
    const blocks: string[] = [];
    const rich = this.chance(0.6);
    let written = 0;
    let paragraphs = 0;
    while (written < target) {
      if (rich && paragraphs > 0 && paragraphs % 3 === 0 && this.chance(0.7)) blocks.push(`## ${this.pick(extras[this.lang].headings)}`);
      if (rich && paragraphs === 2) {
        const items = Array.from({ length: this.between(3, 5) }, () => `- ${this.sentence()}`);
        blocks.push(items.join('\n'));
        written += Writer.count(items.join(' '));
      }
      const sentences = Array.from({ length: this.between(2, 5) }, () => this.sentence());
      if (rich && this.chance(0.3)) {
        const [label, href] = this.pick(extras[this.lang].links);
        sentences.push(this.lang === 'fr' ? `Consultez [${label}](${href}) pour en savoir plus.` : `See [${label}](${href}) for more.`);
      }
      if (this.chance(0.2)) sentences[0] = `**${sentences[0] ?? ''}**`;
      const paragraph = sentences.join(' ');
      blocks.push(paragraph);
      written += Writer.count(paragraph);
      paragraphs += 1;
    }
    return blocks.join('\n\n');
  }
}
