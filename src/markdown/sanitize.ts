/**
 * The allowlist editor-written Markdown is filtered through (rehype-sanitize,
 * GitHub's schema as a base). Editors write text, links, lists, tables and
 * images; nothing executable survives: no script, style, iframe, form, event
 * handler, or `javascript:`/`data:` URL.
 */
import { defaultSchema } from 'rehype-sanitize';
import type { Options as SanitizeSchema } from 'rehype-sanitize';

/** Protocols allowed in links; relative links and `#anchors` are always allowed. */
const safeLinkProtocols = ['http', 'https', 'mailto', 'tel'];

/**
 * The schema: GitHub's defaults, minus the `user-content-` id prefix (heading
 * anchors must match what authors link to), with `id` allowed on headings.
 */
export const markdownSanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
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
