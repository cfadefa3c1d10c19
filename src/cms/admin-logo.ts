/**
 * The picture on the admin's sign-in page: the site icon beside the
 * program's short name and « Gestion du contenu », instead of Decap's
 * branding. A `data:` URL, so it costs no request and the admin's policy
 * only needs `img-src data:`. System fonts only: it renders the same on a
 * Debian or a Windows machine.
 */
import { faviconSvg } from '../outputs/favicon';

/** `text` safe inside SVG markup. */
function xmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Font stack of the picture's text: a system font every Debian, macOS and Windows machine has. */
const fonts = `system-ui, 'Segoe UI', 'DejaVu Sans', Arial, sans-serif`;

/**
 * The sign-in picture for the program named `shortName`, as SVG source. It is
 * drawn 300 pixels wide; the drawing widens with the name (about 14 units per
 * character at this size, generous for bold capitals), so a long name is
 * scaled down rather than cut.
 */
export function adminLogoSvg(shortName: string): string {
  const width = Math.max(420, Math.ceil(96 + 14 * shortName.length));
  const icon = faviconSvg.replace(/^<svg[^>]*>/, '<svg x="0" y="9" width="72" height="72" viewBox="0 0 32 32">');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="${Math.round((300 * 90) / width)}" viewBox="0 0 ${width} 90">`,
    icon,
    `<text x="90" y="40" font-family="${fonts}" font-size="22" font-weight="700" fill="#0b3d91">${xmlText(shortName)}</text>`,
    `<text x="90" y="70" font-family="${fonts}" font-size="19" fill="#3d4451">Gestion du contenu</text>`,
    '</svg>',
  ].join('');
}

/** The sign-in picture as a `data:` URL for Decap's `logo.src`. */
export function adminLogoUrl(shortName: string): string {
  return `data:image/svg+xml,${encodeURIComponent(adminLogoSvg(shortName))}`;
}
