/**
 * The XSLT stylesheet that presents the site's RSS feeds to people who open
 * one in a browser: the feed's title, a line saying what a feed is and how to
 * subscribe, its address to copy, then its items as a readable list. Feed
 * readers ignore it. One stylesheet per language (the feeds of a language
 * share it), its words from the UI strings, so they are typeset like the rest.
 *
 * XSLT 1.0, which browsers run natively (Firefox, Safari; Chromium shows a
 * deprecation banner and plans to drop it, the feed then shows as raw XML as
 * before). Styles come from a same-origin file (`/feed.css`), allowed by the
 * Content Security Policy's `style-src 'self'`, where an inline `<style>` is not.
 */
import { escapeXml } from './feeds';

/** The words and addresses the stylesheet needs, in one language. */
export interface FeedStylesheetInput {
  /** BCP 47 tag of the page it renders (`fr-CA`). */
  readonly htmlLang: string;
  /** « Ceci est un fil RSS » and how to subscribe. */
  readonly about: string;
  /** Label before the feed's address. */
  readonly addressLabel: string;
  /** The feed's heading for its items. */
  readonly itemsHeading: string;
  /** Link back to the site's home. */
  readonly homeLabel: string;
  readonly homePath: string;
  /** Same-origin stylesheet for the rendered page. */
  readonly cssPath: string;
}

/** The stylesheet's text. Pure. */
export function feedStylesheet(input: FeedStylesheetInput): string {
  const text = (value: string) => escapeXml(value);
  return `<?xml version="1.0" encoding="UTF-8"?>
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:atom="http://www.w3.org/2005/Atom">
  <xsl:output method="html" encoding="UTF-8" doctype-system="about:legacy-compat" indent="no"/>
  <xsl:template match="/">
    <html lang="${text(input.htmlLang)}">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="/rss/channel/title"/></title>
        <link rel="stylesheet" href="${text(input.cssPath)}"/>
      </head>
      <body>
        <main class="feed">
          <p class="feed__home"><a href="${text(input.homePath)}">${text(input.homeLabel)}</a></p>
          <h1><xsl:value-of select="/rss/channel/title"/></h1>
          <p><xsl:value-of select="/rss/channel/description"/></p>
          <div class="feed__about">
            <p>${text(input.about)}</p>
            <p><strong>${text(input.addressLabel)}</strong><xsl:text> </xsl:text><code><xsl:value-of select="/rss/channel/atom:link[@rel='self']/@href"/></code></p>
          </div>
          <h2>${text(input.itemsHeading)}</h2>
          <ol class="feed__items">
            <xsl:for-each select="/rss/channel/item">
              <li>
                <h3><a href="{link}"><xsl:value-of select="title"/></a></h3>
                <p><xsl:value-of select="description"/></p>
              </li>
            </xsl:for-each>
          </ol>
        </main>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
`;
}
