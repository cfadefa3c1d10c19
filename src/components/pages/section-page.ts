/**
 * What every page component starts from: the route the route table gave it,
 * the page's language and its UI strings, so the pages do not each repeat it.
 */
import { useTranslations } from '../../i18n/translate';
import type { RenderedRoute } from '../../routes/route-table';

/** The props the catch-all page passes to a page component (`src/pages/[...path].astro`). */
export interface SectionPageProps {
  /** The page's route: its language, address and counterpart. */
  readonly route: RenderedRoute;
}

/** The route, its language and the translator of that language. */
export function sectionPage({ route }: SectionPageProps) {
  return { route, lang: route.lang, t: useTranslations(route.lang) };
}
