// @ts-check
/**
 * Draws the demonstration images with sharp, from SVG written below, so they
 * can be regenerated and carry no third-party rights:
 *
 * - `src/assets/share/default-source.png`: the source of the default share
 *   image (the site crops it to 1200 × 630 at build time);
 * - `content/media/logo-programme.png` and `illustration-trois-domaines.jpg`:
 *   the sample press kit, which the site turns into thumbnails and web
 *   versions. Directly in `content/media/`, like every upload: Decap's media
 *   library lists and previews only that folder, not sub-folders.
 *
 * Usage, from the repository root: `npx node src/assets/make-sample-images.mjs` (replaces the files).
 * Real logos and photos replace these through the CMS.
 */
import { mkdir } from 'node:fs/promises';
import sharp from 'sharp';

const brand = '#0b3d91';
const brandDark = '#072a66';
const accent = '#ffbf47';
const font = 'DejaVu Sans, Liberation Sans, Arial, sans-serif';

/**
 * The program's mark: three linked circles for its three fields.
 * @param {number} x
 * @param {number} y
 * @param {number} size
 */
function mark(x, y, size) {
  const r = size / 4;
  return `
    <g transform="translate(${x} ${y})">
      <line x1="${r}" y1="${size - r}" x2="${size / 2}" y2="${r}" stroke="${accent}" stroke-width="${size / 20}"/>
      <line x1="${size / 2}" y1="${r}" x2="${size - r}" y2="${size - r}" stroke="${accent}" stroke-width="${size / 20}"/>
      <line x1="${r}" y1="${size - r}" x2="${size - r}" y2="${size - r}" stroke="${accent}" stroke-width="${size / 20}"/>
      <circle cx="${size / 2}" cy="${r}" r="${r * 0.8}" fill="#ffffff" stroke="${accent}" stroke-width="${size / 24}"/>
      <circle cx="${r}" cy="${size - r}" r="${r * 0.8}" fill="#ffffff" stroke="${accent}" stroke-width="${size / 24}"/>
      <circle cx="${size - r}" cy="${size - r}" r="${r * 0.8}" fill="#ffffff" stroke="${accent}" stroke-width="${size / 24}"/>
    </g>`;
}

const share = `
<svg xmlns="http://www.w3.org/2000/svg" width="2400" height="1300" viewBox="0 0 2400 1300">
  <rect width="2400" height="1300" fill="${brand}"/>
  <rect y="1080" width="2400" height="220" fill="${brandDark}"/>
  ${mark(200, 280, 520)}
  <text x="840" y="500" font-family="${font}" font-size="100" font-weight="700" fill="#ffffff">Jeunes pousses Québec</text>
  <text x="840" y="650" font-family="${font}" font-size="80" fill="#ffffff">Québec City Startups</text>
  <text x="840" y="800" font-family="${font}" font-size="64" fill="${accent}">Le CAMP × Microsoft</text>
  <text x="200" y="1200" font-family="${font}" font-size="56" fill="#ffffff">Réalité mixte · Cybersécurité · Chaînes de blocs</text>
</svg>`;

const logo = `
<svg xmlns="http://www.w3.org/2000/svg" width="2000" height="700" viewBox="0 0 2000 700">
  <rect x="40" y="40" width="620" height="620" rx="80" fill="${brand}"/>
  ${mark(110, 110, 480)}
  <text x="740" y="330" font-family="${font}" font-size="132" font-weight="700" fill="${brand}">Jeunes pousses</text>
  <text x="740" y="500" font-family="${font}" font-size="132" font-weight="700" fill="${brandDark}">Québec</text>
</svg>`;

const illustration = `
<svg xmlns="http://www.w3.org/2000/svg" width="3000" height="2000" viewBox="0 0 3000 2000">
  <defs>
    <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#dfe8f7"/><stop offset="1" stop-color="#f7f9fc"/>
    </linearGradient>
  </defs>
  <rect width="3000" height="2000" fill="url(#sky)"/>
  <!-- Mixed reality: a headset. -->
  <g transform="translate(250 700)">
    <rect width="700" height="360" rx="160" fill="${brand}"/>
    <circle cx="210" cy="180" r="110" fill="#9ec1ff"/>
    <circle cx="490" cy="180" r="110" fill="#9ec1ff"/>
    <rect x="-60" y="140" width="60" height="80" rx="20" fill="${brandDark}"/>
    <rect x="700" y="140" width="60" height="80" rx="20" fill="${brandDark}"/>
  </g>
  <!-- Cybersecurity: a shield with a lock. -->
  <g transform="translate(1200 520)">
    <path d="M300 0 L600 110 L600 420 C600 650 440 820 300 900 C160 820 0 650 0 420 L0 110 Z" fill="${brandDark}"/>
    <rect x="180" y="400" width="240" height="200" rx="24" fill="${accent}"/>
    <path d="M220 400 V330 a80 80 0 0 1 160 0 V400" fill="none" stroke="${accent}" stroke-width="36"/>
  </g>
  <!-- Blockchain: linked blocks. -->
  <g transform="translate(2050 650)">
    <rect x="0" y="0" width="260" height="260" rx="30" fill="${brand}"/>
    <rect x="380" y="220" width="260" height="260" rx="30" fill="${brand}"/>
    <rect x="40" y="440" width="260" height="260" rx="30" fill="${brand}"/>
    <line x1="260" y1="130" x2="380" y2="350" stroke="${accent}" stroke-width="30"/>
    <line x1="380" y1="350" x2="300" y2="570" stroke="${accent}" stroke-width="30"/>
  </g>
  <rect y="1760" width="3000" height="240" fill="${brand}"/>
</svg>`;

await mkdir('src/assets/share', { recursive: true });
await mkdir('content/media', { recursive: true });
await sharp(Buffer.from(share)).png({ compressionLevel: 9 }).toFile('src/assets/share/default-source.png');
await sharp(Buffer.from(logo)).png({ compressionLevel: 9 }).toFile('content/media/logo-programme.png');
await sharp(Buffer.from(illustration)).jpeg({ quality: 88, mozjpeg: true }).toFile('content/media/illustration-trois-domaines.jpg');
console.log('Images written.');
