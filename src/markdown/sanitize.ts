/**
 * The allowlist editor-written Markdown is filtered through (rehype-sanitize,
 * GitHub's schema as a base). Editors write text, links, lists, tables and
 * images, and the few inline HTML elements GitHub allows (`span`, `abbr`,
 * `kbd`…); nothing executable survives: no script, style, iframe, form,
 * input, event handler, or `javascript:`/`data:` URL.
 *
 * `lang` is allowed on every element (GitHub's schema): an editor marks a
 * passage in the other language with `<span lang="fr">…</span>` (or
 * `lang="en"`), as the CMS's hint on Markdown fields explains.
 */
import { defaultSchema } from 'rehype-sanitize';
import type { Options as SanitizeSchema } from 'rehype-sanitize';

/** Protocols allowed in links; relative links and `#anchors` are always allowed. */
const safeLinkProtocols = ['http', 'https', 'mailto', 'tel'];

/**
 * The schema: GitHub's defaults, minus the `user-content-` id prefix (heading
 * anchors must match what authors link to) and form controls, with `id`
 * allowed on headings.
 */
export const markdownSanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  // No form controls: GitHub keeps task-list checkboxes, which editors' content has no use for.
  tagNames: (defaultSchema.tagNames ?? []).filter((name) => name !== 'input'),
  clobberPrefix: '',
  clobber: [],
  protocols: {
    ...defaultSchema.protocols,
    href: safeLinkProtocols,
    src: ['http', 'https'],
  },
  attributes: {
    ...defaultSchema.attributes,
    h2: [...(defaultSchema.attributes?.['h2'] ?? []), 'id'],
    h3: [...(defaultSchema.attributes?.['h3'] ?? []), 'id'],
    h4: [...(defaultSchema.attributes?.['h4'] ?? []), 'id'],
  },
};
