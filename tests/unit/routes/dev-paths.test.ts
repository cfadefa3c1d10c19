// If this fails, `npm start` answers 404 where the built site serves a file (search index, press kit downloads).
import { expect, test } from 'vitest';
import { devEndpointPath } from '../../../src/routes/dev-paths';

/** Endpoint patterns as Astro builds them with `trailingSlash: 'always'`. */
const endpoints = [
  /^\/search(?:\/(.*?))?\/$/, // src/pages/search/[...file].ts
  /^\/([^/]+?)\/([^/]+?)\/([^/]+?)\/$/, // src/pages/[lang]/[media]/[download].ts
  /^\/([^/]+?)\/rss\.xml$/, // src/pages/[lang]/rss.xml.ts: the extension is in the route, no slash needed
];

test.each<[string, string | undefined]>([
  ['/search/fr/index.json', '/search/fr/index.json/'],
  ['/search/en/a1b2/p-0.json', '/search/en/a1b2/p-0.json/'],
  ['/en/media/logo-programme-web.png', '/en/media/logo-programme-web.png/'],
  ['/fr/medias/illustration-trois-domaines-original.jpg', '/fr/medias/illustration-trois-domaines-original.jpg/'],
  ['/fr/rss.xml', undefined], // already matches as is
  ['/search/fr/index.json/', undefined], // already has its slash
  ['/fr/faq/', undefined], // a page, no file name
  ['/fr/faq', undefined], // no file name: Astro's own trailing-slash handling applies
  ['/favicon.svg', undefined], // matches no endpoint with a slash either
])('%s → %s', (path, expected) => {
  expect(devEndpointPath(path, endpoints)).toBe(expected);
});
