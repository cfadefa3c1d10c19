import { describe, expect, test } from 'vitest';
import { chooseCmsBackend } from '../../../src/cms/backend';
import { buildCmsConfig, type CmsConfigOptions } from '../../../src/cms/config';

const production = chooseCmsBackend({});

describe('buildCmsConfig', () => {
  test.each<[string, Partial<CmsConfigOptions>, Record<string, unknown>]>([
    ['served locally: decap-server’s default port', { localBackend: true }, { local_backend: { url: 'http://127.0.0.1:8081/api/v1', allowed_hosts: ['127.0.0.1', 'localhost'] } }],
    ['served locally: follows CMS_PROXY_PORT', { localBackend: true, proxyPort: 8090 }, { local_backend: { url: 'http://127.0.0.1:8090/api/v1', allowed_hosts: ['127.0.0.1', 'localhost'] } }],
    ['links the public site when known', { siteUrl: 'https://programme.example.ca/' }, { site_url: 'https://programme.example.ca/', display_url: 'https://programme.example.ca/' }],
    ['keeps the production backend and review', {}, { backend: production.backend, publish_mode: 'editorial_workflow' }],
  ])('%s', (_, options, expected) => {
    expect(buildCmsConfig({ ...production, ...options })).toMatchObject(expected);
  });

  test.each([0, 70_000, 80.5, Number.NaN])('refuses port %s', (proxyPort) => {
    expect(() => buildCmsConfig({ ...production, proxyPort })).toThrow(/port/);
  });

  test('the production admin has no local proxy', () => {
    expect(buildCmsConfig(production)).not.toHaveProperty('local_backend');
    expect(buildCmsConfig({ ...production, localBackend: false, proxyPort: 8090 })).not.toHaveProperty('local_backend');
  });

  test('shows the program’s name on the sign-in page, not Decap’s', () => {
    const { logo } = buildCmsConfig({ ...production, programName: 'Jeunes pousses <Québec>' });
    expect(logo?.show_in_header).toBe(false);
    expect(decodeURIComponent(logo?.src ?? '')).toMatch(/^data:image\/svg\+xml,<svg .*>Jeunes pousses &lt;Québec&gt;<\/text>.*Gestion du contenu/);
  });

  test('has no site link when the address is unknown', () => {
    expect(buildCmsConfig(production)).not.toHaveProperty('site_url');
  });
});

test('every Markdown body tells editors how to mark a passage in the other language and caption a table', () => {
  const config = buildCmsConfig(production) as unknown as { collections: { name: string; fields?: { name: string; widget: string; hint?: string }[]; files?: { fields: { name: string; widget: string; hint?: string }[] }[] }[] };
  const bodies = config.collections.flatMap((collection) => [...(collection.fields ?? []), ...(collection.files ?? []).flatMap((file) => file.fields)].filter((field) => field.widget === 'markdown' && field.name === 'body'));
  expect(bodies.length).toBeGreaterThan(3);
  for (const body of bodies) {
    expect(body.hint).toContain('<span lang="en">');
    expect(body.hint).toContain('**gras**');
  }
});
