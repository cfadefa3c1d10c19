/**
 * What the outputs need of a startup beyond its frontmatter: its logo's
 * downloads beside the media page (`/fr/medias/calqueo-logo-web.png`, made
 * like the press kit's), and the facts the open data, the structured data
 * and the media page share, gathered once per startup.
 */
import { translationKeyOf } from '../content/translations';
import type { Locale } from '../i18n/locales';
import { entryPath } from '../routes/urls';
import { imageDownloads, type PressKitDownloads } from './press-kit';
import type { CohortEntry } from '../routes/cohort-routes';

export type { CohortEntry };

/** The stable identifier of a startup, shared by both languages: its translation key. */
export function cohortMemberKey(entry: CohortEntry): string {
  return translationKeyOf({ id: entry.id, translationKey: entry.data.translationKey });
}

/** The web version and the original of a startup's logo, with their paths in `lang`. */
export function cohortLogoDownloads(entry: CohortEntry, lang: Locale): Promise<PressKitDownloads> {
  return imageDownloads({ image: entry.data.logo.src, file: `content/cohort/${entry.id}.md`, name: `${cohortMemberKey(entry)}-logo`, isLogo: true }, lang);
}

/** The credit to print with a startup's logo: as entered, else the startup's name. */
export function logoCredit(data: Pick<CohortEntry['data'], 'name' | 'logo'>): string {
  return data.logo.credit ?? data.name;
}

/** A startup as the outputs describe it: text facts, its page, its logo's web version. */
export interface CohortFacts {
  readonly key: string;
  readonly name: string;
  readonly field: CohortEntry['data']['field'];
  readonly description: string;
  readonly city: string;
  readonly website: string;
  readonly edition: number;
  readonly founders: readonly string[];
  readonly quote?: { readonly text: string; readonly author: string; readonly role?: string | undefined } | undefined;
  /** Path of its page. */
  readonly path: string;
  /** Its logo's web version: path, size, text alternative and credit (the startup's name by default). */
  readonly logo: { readonly path: string; readonly width: number; readonly height: number; readonly alt: string; readonly credit: string };
  readonly sample: boolean;
}

/** The facts of each startup of `entries`, in `lang`, in the given order. */
export async function cohortFacts(entries: readonly CohortEntry[], lang: Locale): Promise<CohortFacts[]> {
  return Promise.all(
    entries.map(async (entry) => {
      const { data } = entry;
      const { web } = await cohortLogoDownloads(entry, lang);
      return {
        key: cohortMemberKey(entry),
        name: data.name,
        field: data.field,
        description: data.description,
        city: data.city,
        website: data.website,
        edition: data.edition,
        founders: data.founders,
        quote: data.quote,
        path: entryPath('cohort-member', entry),
        logo: { path: web.path, width: web.width, height: web.height, alt: data.logo.alt, credit: logoCredit(data) },
        sample: data.sample,
      };
    }),
  );
}
