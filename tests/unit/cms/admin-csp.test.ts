// If this fails, the admin's Content Security Policy lets in more than its backend needs, or CSP Evaluator / the HTTP Observatory would flag it.
import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { adminCsp, adminCspDirectives } from '../../../src/cms/admin-csp';
import { adminLoader, strictAdminPage } from '../../../src/cms/admin-page';
import { chooseCmsBackend, type CmsBackendEnv } from '../../../src/cms/backend';
import { cspFindings, parseCsp, seriousFindings } from '../../support/csp-rules';

const hash = (script: string) => `sha256-${createHash('sha256').update(script).digest('base64')}`;
const loaderHash = hash(adminLoader('/_astro/index.js'));

/** The deployments docs/deploy.md describes. */
const deployments: [string, CmsBackendEnv, readonly string[]][] = [
  ['GitHub through Netlify’s OAuth', {}, ['https://api.github.com', 'https://api.netlify.com']],
  ['GitHub through its own OAuth proxy', { PUBLIC_CMS_BASE_URL: 'https://auth.camp.example.ca' }, ['https://api.github.com', 'https://auth.camp.example.ca']],
  ['GitLab.com', { PUBLIC_CMS_BACKEND: 'gitlab', PUBLIC_CMS_APP_ID: 'abc' }, ['https://gitlab.com']],
  ['a GitLab instance', { PUBLIC_CMS_BACKEND: 'gitlab', PUBLIC_CMS_APP_ID: 'abc', PUBLIC_CMS_BASE_URL: 'https://gitlab.camp.example.ca' }, ['https://gitlab.camp.example.ca']],
  ['Forgejo', { PUBLIC_CMS_BACKEND: 'forgejo', PUBLIC_CMS_APP_ID: 'abc', PUBLIC_CMS_BASE_URL: 'https://code.camp.example.ca' }, ['https://code.camp.example.ca']],
  ['Gitea', { PUBLIC_CMS_BACKEND: 'gitea', PUBLIC_CMS_APP_ID: 'abc', PUBLIC_CMS_BASE_URL: 'https://git.camp.example.ca' }, ['https://git.camp.example.ca']],
];

describe.each(deployments)('the production admin on %s', (_, env, hosts) => {
  const { backend } = chooseCmsBackend(env);
  const policy = adminCsp({ backend, scriptHashes: [loaderHash] });
  const csp = parseCsp(policy);

  test('has nothing above « info » for CSP Evaluator and the Observatory, except the unsafe-eval Decap requires', () => {
    expect(seriousFindings(policy).map((finding) => finding.check)).toEqual(['evaluator:unsafe-eval', 'observatory:unsafe-eval']);
  });

  test('connects only to the site, this host’s API and sign-in service, and local blobs', () => {
    const connect = csp.get('connect-src') ?? [];
    for (const host of hosts) expect(connect).toContain(host);
    const others = connect.filter((source) => !["'self'", 'blob:', 'data:', ...hosts].includes(source));
    expect(others.every((source) => /^https:\/\/[a-z0-9.-]+$/.test(source)), `${others.join(' ')}`).toBe(true);
    expect(connect.join(' ')).not.toMatch(/127\.0\.0\.1|localhost|\*|(?:^| )https:(?: |$)/);
  });

  test('runs only the hashed loader and what it loads', () => {
    expect(csp.get('script-src')).toEqual([`'${loaderHash}'`, "'strict-dynamic'", "'unsafe-eval'", "'self'"]);
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('img-src')?.join(' ')).not.toMatch(/(?:^| )https:(?: |$)|\*/);
  });
});

test('served locally, the admin may also reach its proxy on loopback, and only there', () => {
  const { backend } = chooseCmsBackend({});
  const policy = adminCsp({ backend, localProxy: 'http://127.0.0.1:8090/api/v1', scriptHashes: [loaderHash] });
  expect(parseCsp(policy).get('connect-src')).toContain('http://127.0.0.1:8090');
  expect(policy).not.toMatch(/127\.0\.0\.1:\*|localhost/);
  expect(seriousFindings(policy).map((finding) => finding.check)).toEqual(['evaluator:http-source', 'evaluator:unsafe-eval', 'observatory:insecure-scheme', 'observatory:unsafe-eval']);
});

test('every directive is one CSP 3 knows, written once', () => {
  const names = adminCspDirectives({ backend: chooseCmsBackend({}).backend, scriptHashes: [] }).map(([name]) => name);
  expect(new Set(names).size).toBe(names.length);
  expect(cspFindings(adminCsp({ backend: chooseCmsBackend({}).backend, scriptHashes: [loaderHash] })).filter((finding) => finding.severity === 'syntax')).toEqual([]);
});

describe('the rules catch what they are written for', () => {
  test.each<[string, string, string[]]>([
    [
      'the admin’s former policy',
      "default-src 'self';img-src 'self' data: blob: https:;connect-src 'self' http://127.0.0.1:* http://localhost:* https: blob: data:;object-src 'none';base-uri 'self';form-action 'self'; script-src 'self' 'unsafe-eval' 'sha256-abc='; style-src 'self' 'unsafe-inline'",
      ['evaluator:http-source', 'evaluator:unsafe-eval', 'evaluator:self-in-script-src', 'observatory:insecure-scheme'],
    ],
    ['inline scripts', "script-src 'unsafe-inline'; object-src 'none'", ['evaluator:unsafe-inline', 'observatory:unsafe-inline']],
    ['no object-src', "script-src 'sha256-abc='", ['evaluator:missing-object-src', 'observatory:unsafe-inline']],
    ['a script scheme', "script-src https:; object-src 'none'", ['evaluator:plain-url-scheme', 'observatory:unsafe-inline']],
    ['strict-dynamic without base-uri', "script-src 'sha256-abc=' 'strict-dynamic'; object-src 'none'", ['evaluator:missing-base-uri']],
    ['an unquoted keyword', "script-src self; object-src 'none'", ['evaluator:unquoted-keyword']],
  ])('%s', (_, policy, checks) => {
    const found = seriousFindings(policy).map((finding) => finding.check);
    for (const check of checks) expect(found).toContain(check);
  });
});

describe('strictAdminPage', () => {
  const config = { backend: { name: 'gitlab', repo: 'camp/site', branch: 'main', base_url: 'https://gitlab.camp.example.ca', api_root: 'https://gitlab.camp.example.ca/api/v4' } };
  const page = `<!DOCTYPE html><html><head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self'"></head><body><script id="cms-config" type="application/json">${JSON.stringify(config)}</script><script type="module" src="/_astro/index.X1.js"></script></body></html>`;

  test('loads the bundle from a hashed inline loader, under the policy of the page’s own backend', () => {
    const html = strictAdminPage(page, hash);
    const loader = adminLoader('/_astro/index.X1.js');
    expect(html).toContain(`<script>${loader}</script>`);
    expect(loader).toContain('"/_astro/index.X1.js"');
    expect(html).not.toContain('<script type="module" src=');
    const policy = /content-security-policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
    expect(policy).toBe(adminCsp({ backend: config.backend as never, scriptHashes: [hash(loader)] }));
    expect(policy).toContain('https://gitlab.camp.example.ca');
    expect(html.match(/content-security-policy/g)).toHaveLength(1);
  });

  test('refuses a page that is not the admin’s', () => {
    expect(() => strictAdminPage(page.replace('</body>', '<script type="module" src="/_astro/other.js"></script></body>'), hash)).toThrow(/inattendue/);
    expect(() => strictAdminPage('<html><head></head><body></body></html>', hash)).toThrow(/inattendue/);
  });
});
