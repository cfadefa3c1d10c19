// @ts-check
/**
 * Draws the logos of the illustrative cohort (`content/cohort/`) with sharp,
 * from SVG written below, so they can be regenerated and carry no
 * third-party rights. Each logo shows the startup's name, taken from its
 * French entry (so the name is written once), a mark for its field and the
 * word « EXEMPLE »: nobody can mistake it for a real company's logo.
 *
 * Usage, from the repository root: `npx node src/assets/make-sample-logos.mjs`
 * (replaces the files named by the entries' `logo.src`).
 * Real logos replace these through the CMS.
 */
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import yaml from 'js-yaml';
import sharp from 'sharp';

const font = 'DejaVu Sans, Liberation Sans, Arial, sans-serif';
const folder = 'content/cohort/fr';

/** One colour per startup, in file order: distinct, and dark enough for white text (WCAG AA). */
const palette = ['#0b3d91', '#6b2c91', '#00695c', '#8a3b00', '#1f4e5f', '#7a1f3d', '#33691e', '#4527a0', '#005f73', '#5d4037'];

/**
 * The field's mark, 240 px square, drawn in white at (x, y).
 * @param {string} field
 * @param {number} x
 * @param {number} y
 */
function mark(field, x, y) {
  if (field === 'mixed-reality') {
    // Two overlapping layers: the real and the virtual.
    return `<g transform="translate(${x} ${y})" fill="none" stroke="#ffffff" stroke-width="18">
      <rect x="10" y="40" width="150" height="150" rx="18"/><rect x="80" y="60" width="150" height="150" rx="18" stroke-dasharray="28 14"/></g>`;
  }
  if (field === 'cybersecurity') {
    // A shield.
    return `<g transform="translate(${x} ${y})"><path d="M120 10 L220 48 L220 120 C220 180 170 220 120 236 C70 220 20 180 20 120 L20 48 Z" fill="none" stroke="#ffffff" stroke-width="18"/>
      <rect x="88" y="110" width="64" height="56" rx="8" fill="#ffffff"/></g>`;
  }
  // Blockchain: three linked blocks.
  return `<g transform="translate(${x} ${y})" fill="#ffffff">
    <rect x="0" y="90" width="60" height="60" rx="8"/><rect x="90" y="90" width="60" height="60" rx="8"/><rect x="180" y="90" width="60" height="60" rx="8"/>
    <rect x="60" y="112" width="30" height="16"/><rect x="150" y="112" width="30" height="16"/></g>`;
}

/**
 * Escapes text for SVG.
 * @param {string} text
 */
function escapeXml(text) {
  return text.replace(/[<>&"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/**
 * The logo: a rounded square in the startup's colour, the mark, the name on one or two lines, « EXEMPLE ».
 * @param {string} name
 * @param {string} field
 * @param {string} colour
 */
function logo(name, field, colour) {
  const words = name.split(' ');
  const lines = words.length > 1 ? [words.slice(0, Math.ceil(words.length / 2)).join(' '), words.slice(Math.ceil(words.length / 2)).join(' ')] : [name];
  const text = lines
    .map((line, index) => `<text x="400" y="${lines.length === 1 ? 510 : 470 + index * 90}" text-anchor="middle" font-family="${font}" font-size="84" font-weight="700" fill="#ffffff">${escapeXml(line)}</text>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="800" viewBox="0 0 800 800">
  <rect x="20" y="20" width="760" height="760" rx="96" fill="${colour}"/>
  ${mark(field, 280, 110)}
  ${text}
  <text x="400" y="730" text-anchor="middle" font-family="${font}" font-size="40" letter-spacing="8" fill="#ffffff">EXEMPLE</text>
</svg>`;
}

const files = (await readdir(folder)).filter((name) => name.endsWith('.md') && !name.startsWith('_')).sort();
for (const [index, file] of files.entries()) {
  const text = await readFile(join(folder, file), 'utf8');
  const data = /** @type {{ name: string, field: string, logo: { src: string } }} */ (yaml.load(text.split(/^---\s*$/m)[1] ?? ''));
  const target = join(folder, data.logo.src);
  await mkdir(dirname(target), { recursive: true });
  await sharp(Buffer.from(logo(data.name, data.field, palette[index % palette.length] ?? '#0b3d91'))).png({ compressionLevel: 9, palette: true }).toFile(target);
}
console.log(`${files.length} logos written.`);
