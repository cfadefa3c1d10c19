import { describe, expect, test } from 'vitest';
import { addAssetReferences, unreferencedImages } from '../../../src/integrations/unreferenced-images';
import { packSearchFiles } from '../../../src/search/build/pack';

/** The images of `assets` that none of `texts` refers to, as the integration finds them. */
function unreferencedIn(assets: readonly string[], texts: readonly string[], assetsFolder: string): string[] {
  const referenced = new Set<string>();
  for (const text of texts) addAssetReferences(referenced, text, assetsFolder);
  return unreferencedImages(assets, referenced);
}

describe('unreferencedImages', () => {
  const assets = ['calqueo.Bx3k.png', 'logo.Aa1_Zz9.webp', 'photo.Cc2.jpg', 'page.D4.js', 'hero.E5.avif', 'icon.F6.svg'];
  test.each([
    { label: 'nothing refers to any image', texts: ['<p>rien</p>'], expected: ['calqueo.Bx3k.png', 'logo.Aa1_Zz9.webp', 'photo.Cc2.jpg', 'hero.E5.avif', 'icon.F6.svg'] },
    {
      label: 'an <img>, a srcset, a CSS url(), a JSON-LD string and an absolute URL keep theirs',
      texts: [
        '<img src="/_astro/photo.Cc2.jpg" srcset="/_astro/hero.E5.avif 400w, /x.png 800w">',
        '.a{background:url(/_astro/icon.F6.svg)}',
        '{"logo":"https://site.example/_astro/logo.Aa1_Zz9.webp"}',
      ],
      expected: ['calqueo.Bx3k.png'],
    },
    { label: 'a query or a fragment after the name still counts', texts: ["'/_astro/calqueo.Bx3k.png?v=1'"], expected: ['logo.Aa1_Zz9.webp', 'photo.Cc2.jpg', 'hero.E5.avif', 'icon.F6.svg'] },
    {
      // The check runs before the search index's pack is written out (astro.config.mjs): a body serialised twice still names its image.
      label: 'a reference inside the search index pack counts',
      texts: [packSearchFiles([{ path: 'fr/h/d-0.json', text: JSON.stringify({ i: '<img src="/_astro/calqueo.Bx3k.png">' }) }])],
      expected: ['logo.Aa1_Zz9.webp', 'photo.Cc2.jpg', 'hero.E5.avif', 'icon.F6.svg'],
    },
    { label: 'a name elsewhere than in the assets folder does not count', texts: ['/fr/medias/calqueo.Bx3k.png'], expected: ['calqueo.Bx3k.png', 'logo.Aa1_Zz9.webp', 'photo.Cc2.jpg', 'hero.E5.avif', 'icon.F6.svg'] },
  ])('$label', ({ texts, expected }) => {
    expect(unreferencedIn(assets, texts, '_astro')).toEqual(expected);
  });

  test('scripts and other files are never removed', () => {
    expect(unreferencedIn(['a.js', 'b.css', 'c.wasm'], [], '_astro')).toEqual([]);
  });
});
