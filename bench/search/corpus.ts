/**
 * Synthetic bilingual corpora for the search benchmark: deterministic (a
 * seeded generator), with realistic lengths per document type and a
 * vocabulary that grows like real text (Heaps' law, V ≈ K·√N with K = 25), so
 * the index at 5,000 documents has tens of thousands of distinct words, as a
 * real news archive of that size would.
 */
import type { Locale } from '../../src/i18n/locales';
import type { SearchDocument, SearchResultType } from '../../src/search/format';
import { Seeded } from '../shared/random';

/** Common words of each language, most frequent first (accents included). */
const lexicon: Record<Locale, string[]> = {
  fr: (
    'le la les de des du un une et à en pour dans sur avec par au aux est sont sera seront qui que ce cette ces son sa ses leur leurs plus pas ne se il elle ils nous vous ' +
    'programme entreprise entreprises jeunes pousses candidature candidatures critères sélection accompagnement Microsoft CAMP Québec région capitale date limite dépôt ' +
    'formulaire réalité mixte virtuelle augmentée cybersécurité chaînes blocs technologie technologique innovation équipe fondatrice produit marché clients ventes réseau mondial ' +
    'pays acheteurs potentiels formation équipement valeur dollars année mois semaine jours processus étape étapes résultats annonce annonces communiqué presse médias ' +
    'incubateur accélérateur partenaire partenaires entente projet projets développement croissance financement investissement soutien mentorat expertise conseil conseils ' +
    'sécurité données protection assurance services applications logiciel plateforme solution solutions utilisateurs industrie secteur domaine domaines visés admissibilité ' +
    'évaluation jury comité dossier dossiers présentation diapositives séance information ligne questions réponses fréquentes calendrier ouverture fermeture heure Est ' +
    'première deuxième nouvelle nouvelles importante important grand grande petits petites meilleur meilleure prochain prochaine dernier dernière rapide simple clair claire ' +
    'participer participation déposer préparer présenter choisir retenir recevoir offrir accompagner soutenir développer améliorer lancer créer trouver annoncer publier ' +
    'maire ville gouvernement ministère économie emploi emplois talents chercheurs université étudiants diplômés expérience compétences réussite défi défis objectif objectifs ' +
    'cryptomonnaie numérique intelligence artificielle infonuagique nuage données modèle modèles casque casques simulation santé énergie transport éducation culture ' +
    'fondateurs fondatrices dirigeants employés bureau siège social locaux adresse courriel téléphone contact renseignements site web page pages accessibilité confidentialité'
  ).split(' '),
  en: (
    'the a an of to and in for on with by at from is are will be was were that this these it its their our your as or not more than ' +
    'program company companies startups startup application applications criteria selection support Microsoft CAMP Québec City region capital deadline date submission ' +
    'form mixed reality virtual augmented cybersecurity blockchain technology innovation team founding product market customers sales network worldwide countries buyers ' +
    'potential training equipment value dollars year month week days process step steps results announcement announcements press release media incubator accelerator ' +
    'partner partners agreement project projects development growth funding investment mentoring expertise advice security data protection insurance services software ' +
    'platform solution solutions users industry sector field fields target eligibility assessment jury committee file files presentation slides session information online ' +
    'questions answers frequently asked calendar opening closing time Eastern first second new news important large small best next last fast simple clear participate ' +
    'participation submit prepare present choose select receive offer develop improve launch create find announce publish mayor city government ministry economy jobs talent ' +
    'researchers university students graduates experience skills success challenge challenges goal goals cryptocurrency digital artificial intelligence cloud model models ' +
    'headset headsets simulation health energy transportation education culture founders executives employees office head address email phone contact website page pages ' +
    'accessibility privacy apply eligible selected review reviewed panel experts demo showcase cohort pitch investors venture capital prototype pilot customers revenue'
  ).split(' '),
};

/** Syllables of invented words (names, brands, technical terms) per language. */
const syllables: Record<Locale, string[]> = {
  fr: 'ba be bé bo ca cé co da dé di fa fé la lé li lo ma mé mi mo na né no pa pé po ra ré ri ro sa sé si so ta té ti to va vé vi tion ment eau ière eur ette on an in'.split(' '),
  en: 'ba be bi bo ca ce co da de di fa fe la le li lo ma me mi mo na ne no pa pe po ra re ri ro sa se si so ta te ti to va ve vi tion ment er ing ly ness ful on an in'.split(' '),
};

/** Heaps' law constant: expected distinct words after N words ≈ K·√N. */
const heapsK = 25;

/** Document types with their share of the corpus and their lengths in words [min, max]. */
const shapes: readonly { type: SearchResultType; share: number; title: [number, number]; body: [number, number] }[] = [
  { type: 'announcement', share: 0.55, title: [6, 12], body: [250, 700] },
  { type: 'press-release', share: 0.15, title: [8, 14], body: [350, 800] },
  { type: 'faq', share: 0.15, title: [6, 14], body: [40, 140] },
  { type: 'criterion', share: 0.05, title: [3, 8], body: [20, 60] },
  { type: 'key-date', share: 0.05, title: [3, 8], body: [10, 30] },
  { type: 'page', share: 0.05, title: [2, 6], body: [200, 600] },
];

/** Generates words following a Zipf-like law over a vocabulary that grows as text is written. */
class WordSource {
  private readonly vocabulary: string[];
  private written = 0;
  private readonly seen = new Set<string>();

  constructor(
    private readonly lang: Locale,
    private readonly next: () => number,
  ) {
    this.vocabulary = [...lexicon[lang]];
    for (const word of this.vocabulary) this.seen.add(word);
  }

  /** An invented word of 2–4 syllables, new to the vocabulary. */
  private invent(): string {
    for (;;) {
      const count = 2 + Math.floor(this.next() * 3);
      let word = '';
      for (let index = 0; index < count; index += 1) word += syllables[this.lang][Math.floor(this.next() * syllables[this.lang].length)];
      if (!this.seen.has(word)) {
        this.seen.add(word);
        return word;
      }
    }
  }

  /** The next word of running text. */
  word(): string {
    this.written += 1;
    // Heaps: dV/dN = K / (2√N); new words are appended and start rare.
    if (this.next() < heapsK / (2 * Math.sqrt(this.written + 1000))) {
      const word = this.invent();
      this.vocabulary.push(word);
      return word;
    }
    // Zipf (P(rank) ∝ 1/rank): log-uniform rank.
    const rank = Math.floor(Math.exp(this.next() * Math.log(this.vocabulary.length + 1))) - 1;
    return this.vocabulary[Math.min(rank, this.vocabulary.length - 1)] ?? 'programme';
  }

  /** `count` words as sentences (capitalised, with periods). */
  text(count: number): string {
    const sentences: string[] = [];
    let remaining = count;
    while (remaining > 0) {
      const length = Math.min(remaining, 8 + Math.floor(this.next() * 14));
      const words = Array.from({ length }, () => this.word());
      const first = words[0] ?? '';
      words[0] = first.charAt(0).toUpperCase() + first.slice(1);
      sentences.push(`${words.join(' ')}.`);
      remaining -= length;
    }
    return sentences.join(' ');
  }
}

/** A generated corpus of one language. */
export interface Corpus {
  readonly lang: Locale;
  readonly documents: SearchDocument[];
}

/** Generates `size` documents in `lang` (same seed, same corpus). */
export function generateCorpus(lang: Locale, size: number, seed = 7): Corpus {
  const random = new Seeded(seed * 1000 + size + (lang === 'fr' ? 1 : 2));
  const words = new WordSource(lang, random.next);
  const documents: SearchDocument[] = [];
  for (let index = 0; index < size; index += 1) {
    let pick = random.next();
    const shape = shapes.find((candidate) => (pick -= candidate.share) < 0) ?? shapes[0]!;
    const title = words.text(random.between(...shape.title)).replace(/\.$/, '');
    const body = words.text(random.between(...shape.body));
    const day = `2026-${String(1 + (index % 12)).padStart(2, '0')}-${String(1 + (index % 28)).padStart(2, '0')}`;
    documents.push({
      type: shape.type,
      title,
      url: `/${lang}/doc-${index}/`,
      body,
      date: shape.type === 'announcement' || shape.type === 'press-release' || shape.type === 'key-date' ? { iso: day, text: day } : undefined,
    });
  }
  return { lang, documents };
}
