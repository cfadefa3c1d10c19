// If these fail, the typography scan of the build (tests/e2e/typography.spec.ts) may pass a site full of faults.
import { describe, expect, test } from 'vitest';
import { fileFaults } from '../../support/typography-scan';

const rulesOf = (file: string, text: string) => fileFaults(file, text).map((fault) => `${fault.lang} ${fault.rule}`);

describe('finds each fault, in each format', () => {
  test.each([
    ['fr/a/index.html', '<html lang="fr-CA"><body><p>heure de l\'Est</p></body></html>', ['fr straight apostrophe']],
    ['fr/a/index.html', '<html lang="fr-CA"><body><p>Date limite : demain</p></body></html>', ['fr breakable space before : ; ? ! »']],
    ['fr/a/index.html', '<html lang="fr-CA"><body><p>« Oui\u00A0»</p></body></html>', ['fr breakable space after «']],
    ['fr/a/index.html', '<html lang="fr-CA"><body><p>à 23 h 59</p></body></html>', ['fr breakable space in a time']],
    ['fr/a/index.html', '<html lang="fr-CA"><body><p>120\u00A0000 $</p></body></html>', ['fr breakable space in an amount']],
    ['fr/a/index.html', '<html lang="fr-CA"><body><img alt="l\'Est" src="a.png"></body></html>', ['fr straight apostrophe']],
    ['fr/a/index.html', '<html lang="fr-CA"><head><meta name="description" content="Quoi ?"></head></html>', ['fr breakable space before : ; ? ! »']],
    ['fr/a/index.html', '<html lang="fr-CA"><body><template><p>Fermé ; oui</p></template></body></html>', ['fr breakable space before : ; ? ! »']],
    ['en/a/index.html', '<html lang="en-CA"><body><p>the program\'s</p></body></html>', ['en straight apostrophe']],
    ['en/a/index.html', '<html lang="en-CA"><body><p>He said <span lang="fr">« oui ! »</span></p></body></html>', ['fr breakable space before : ; ? ! »', 'fr breakable space before : ; ? ! »', 'fr breakable space after «']],
    ['fr/rss.xml', '<rss><channel><language>fr-ca</language><item><title>Date : x</title></item></channel></rss>', ['fr breakable space before : ; ? ! »']],
    ['en/rss.xml', '<rss><channel><language>en-ca</language><item><description><![CDATA[it\'s]]></description></item></channel></rss>', ['en straight apostrophe']],
    ['fr/dates.ics', 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:Date limite : 23 h 59\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n', ['fr breakable space before : ; ? ! »', 'fr breakable space in a time']],
    ['fr/programme.json', '{"title":"l\'Est","url":"https://x.ca/l\'a"}', ['fr straight apostrophe']],
    ['search/fr/h/d-0.json', '{"d":[["page","Qui ?","/fr/"]]}', ['fr breakable space before : ; ? ! »']],
  ])('%s: %s', (file, text, expected) => {
    expect(rulesOf(file, text)).toEqual(expected);
  });
});

describe('reads no fault into what is not text', () => {
  test.each([
    ['fr/a/index.html', '<html lang="fr-CA"><body><p><code>a : b</code> <a href="https://x.ca/?a=b">lien</a> https://x.ca/a:b</p><script>var a = \'x\';</script></body></html>'],
    ['fr/a/index.html', '<html lang="fr-CA"><body><p>Date limite\u00A0: 23\u00A0h\u00A059, 120\u00A0000\u00A0$, «\u00A0oui\u00A0», l’Est</p></body></html>'],
    ['fr/programme.json', '{"url":"https://x.ca/","id":"a\'b","inLanguage":"fr-CA","pattern":"[\'\\"]"}'],
    ['fr/a/index.html', '<html lang="fr-CA"><body><p>Appelez le +1 418 555-0100</p></body></html>'],
  ])('%s: %s', (file, text) => {
    expect(rulesOf(file, text)).toEqual([]);
  });
});
