/**
 * The site icon, from one SVG file. Pages carry it as a `data:` URL, so a
 * first visit spends no request on it (on a phone's slow link, a favicon
 * request started before the first paint competes with the page);
 * `/favicon.svg` still serves the file for anything that asks for it.
 */
import svg from '../assets/favicon.svg?raw';

/** The icon's SVG source. */
export const faviconSvg: string = svg.trim();

/** The icon as a `data:` URL for `<link rel="icon">` (allowed by the policy's `img-src data:`). */
export const faviconDataUrl = `data:image/svg+xml,${encodeURIComponent(faviconSvg)}`;
