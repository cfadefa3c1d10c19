/**
 * Synthetic content for the build benchmark, written into a copy of the
 * project next to the real entries (which stay: the site needs its settings,
 * criteria and pages, and the real entries cost what they cost). For `size`
 * announcements per language it adds `size / 10` FAQ entries and `size / 50`
 * key dates per language; a fraction of announcements carry one image from a
 * small pool. French and English files share their names (that is how the
 * site pairs translations); English entries set a localized `slug`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { faqCategories } from '../../src/content/schemas/faq';
import { announcementTopics } from '../../src/content/schemas/announcements';
import { localeCodes, type Locale } from '../../src/i18n/locales';
import { addDays } from '../../src/domain/key-dates';
import { Writer } from './text';

/** How much synthetic content a size means, and how images are spread. */
export interface ContentPlan {
  /** Announcements per language. */
  readonly announcements: number;
  /** FAQ entries per language. */
  readonly faq: number;
  /** Key dates per language. */
  readonly keyDates: number;
  /** Share of announcements with an image. */
  readonly imageShare: number;
  /** Distinct image files the illustrated announcements draw from. */
  readonly imagePool: number;
}

/** The plan for `size` announcements per language: FAQ = size/10, key dates = size/50, 5 % illustrated from a pool of 4. */
export function contentPlan(size: number): ContentPlan {
  return { announcements: size, faq: Math.max(1, Math.round(size / 10)), keyDates: Math.max(1, Math.round(size / 50)), imageShare: 0.05, imagePool: 4 };
}

/** A YAML scalar that survives any text (JSON strings are YAML double-quoted strings). */
const quote = (text: string) => JSON.stringify(text);

/** Zero-padded counter for file names, so listings sort as numbers. */
const number = (index: number) => String(index + 1).padStart(5, '0');

/**
 * Writes `content/<folder>/<lang>/<name>.md` in both languages, each from a
 * writer seeded by `seed` and the language (French and English entries pair
 * through their shared file name).
 */
function writePair(project: string, folder: string, name: string, seed: number, entry: (writer: Writer, lang: Locale) => { frontmatter: string[]; body: string }): void {
  for (const lang of localeCodes) {
    const { frontmatter, body } = entry(new Writer(lang, seed + (lang === 'fr' ? 0 : 1)), lang);
    const directory = join(project, 'content', folder, lang);
    mkdirSync(directory, { recursive: true });
    writeFileSync(join(directory, `${name}.md`), `---\n${[...frontmatter, 'sample: true'].join('\n')}\n---\n\n${body}\n`);
  }
}

/**
 * The pool of images: distinct 1200×675 JPEGs (abstract shapes on a gradient,
 * like the site's own illustrations), so each costs a real encode per variant.
 */
async function writeImages(project: string, count: number): Promise<string[]> {
  const names: string[] = [];
  const directory = join(project, 'content', 'media');
  mkdirSync(directory, { recursive: true });
  for (let index = 0; index < count; index += 1) {
    const hue = (index * 83) % 360;
    const circles = Array.from({ length: 6 }, (_, circle) => {
      const x = 150 + ((circle * 197 + index * 61) % 900);
      const y = 120 + ((circle * 131 + index * 47) % 430);
      return `<circle cx="${x}" cy="${y}" r="${60 + ((circle * 37 + index * 13) % 140)}" fill="hsl(${(hue + circle * 40) % 360} 70% 55%)" fill-opacity="0.55"/>`;
    }).join('');
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="675"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="hsl(${hue} 60% 25%)"/><stop offset="1" stop-color="hsl(${(hue + 120) % 360} 60% 70%)"/></linearGradient></defs><rect width="1200" height="675" fill="url(#g)"/>${circles}</svg>`;
    const name = `bench-illustration-${index + 1}.jpg`;
    await sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toFile(join(directory, name));
    names.push(name);
  }
  return names;
}

/** Alt text of pool image `index`, per language. */
function altText(lang: Locale, index: number): string {
  return lang === 'fr'
    ? `Illustration abstraite numéro ${index + 1} : cercles colorés qui se chevauchent sur un dégradé.`
    : `Abstract illustration number ${index + 1}: overlapping coloured circles on a gradient.`;
}

/** What was written, for the report. */
export interface WrittenContent {
  readonly plan: ContentPlan;
  /** Announcements with an image, per language. */
  readonly illustrated: number;
  /** Synthetic Markdown files written, both languages. */
  readonly files: number;
}

/** Adds the synthetic content of `size` announcements per language to the project copy at `project`. */
export async function writeSyntheticContent(project: string, size: number): Promise<WrittenContent> {
  const plan = contentPlan(size);
  const images = await writeImages(project, plan.imagePool);
  const shared = new Writer('fr', 1000 + size);
  const every = Math.round(1 / plan.imageShare);
  for (let index = 0; index < plan.announcements; index += 1) {
    // Shared across languages: date, kind, topics, image (Decap duplicates them).
    const published = addDays('2019-01-01', Math.floor((index * 2800) / plan.announcements) + shared.between(0, 2));
    const kind = shared.chance(0.15) ? 'press-release' : 'news';
    const topics = [...new Set([shared.pick(announcementTopics), ...(shared.chance(0.4) ? [shared.pick(announcementTopics)] : [])])];
    // Every 20th entry carries an image: the share is exact at every size.
    const imageIndex = index % every === 0 ? (index / every) % images.length : undefined;
    writePair(project, 'announcements', `annonce-synthetique-${number(index)}`, (index + 1) * 7919 + size, (writer, lang) => ({
      frontmatter: [
        `title: ${quote(writer.title(130))}`,
        `summary: ${quote(writer.summary(290))}`,
        `published: ${published}`,
        `kind: ${kind}`,
        'topics:',
        ...topics.map((topic) => `  - ${topic}`),
        ...(lang === 'en' ? [`slug: synthetic-announcement-${number(index)}`] : []),
        ...(imageIndex !== undefined ? ['image:', `  src: ../../media/${images[imageIndex] ?? ''}`, `  alt: ${quote(altText(lang, imageIndex))}`] : []),
      ],
      body: writer.body(150, 600),
    }));
  }
  for (let index = 0; index < plan.faq; index += 1) {
    const [category, order] = [shared.pick(faqCategories), shared.between(0, 999)];
    writePair(project, 'faq', `question-synthetique-${number(index)}`, (index + 1) * 104729 + size, (writer, lang) => ({
      // French sets a (narrow no-break) space before the question mark; English does not.
      frontmatter: [`question: ${quote(`${writer.title(150)}${lang === 'fr' ? '\u202f?' : '?'}`)}`, `category: ${category}`, `order: ${order}`, ...(lang === 'en' ? [`slug: synthetic-question-${number(index)}`] : [])],
      body: writer.body(40, 150),
    }));
  }
  for (let index = 0; index < plan.keyDates; index += 1) {
    // Confirmed "other" dates over three years: they fill the timeline and calendars without moving the program status.
    const date = addDays('2026-01-05', Math.floor((index * 1095) / plan.keyDates));
    const time = shared.chance(0.6) ? `${String(shared.between(8, 18)).padStart(2, '0')}:${shared.pick(['00', '30'])}` : undefined;
    writePair(project, 'key-dates', `date-synthetique-${number(index)}`, (index + 1) * 15485863 + size, (writer) => ({
      frontmatter: [`label: ${quote(writer.title(110))}`, `date: ${date}`, ...(time ? [`time: "${time}"`] : []), 'timeZone: America/Toronto', 'state: confirmed', 'milestone: other', `description: ${quote(writer.summary(500))}`],
      body: '',
    }));
  }
  const illustrated = Math.ceil(plan.announcements / every);
  return { plan, illustrated, files: 2 * (plan.announcements + plan.faq + plan.keyDates) };
}
