import { describe, expect, test } from 'vitest';
import { chooseCmsBackend, defaultCmsBranch, defaultCmsRepo, type CmsBackendEnv } from '../../../src/cms/backend';

describe('chooseCmsBackend', () => {
  test.each<[string, CmsBackendEnv, ReturnType<typeof chooseCmsBackend>]>([
    ['defaults to GitHub with review', {}, { backend: { name: 'github', repo: defaultCmsRepo, branch: defaultCmsBranch }, publishMode: 'editorial_workflow' }],
    [
      'GitHub through an OAuth proxy',
      { PUBLIC_CMS_REPO: 'camp/site', PUBLIC_CMS_BRANCH: 'prod', PUBLIC_CMS_BASE_URL: 'https://oauth.example.ca/', PUBLIC_CMS_AUTH_ENDPOINT: 'login' },
      { backend: { name: 'github', repo: 'camp/site', branch: 'prod', base_url: 'https://oauth.example.ca', auth_endpoint: 'login' }, publishMode: 'editorial_workflow' },
    ],
    [
      'GitLab.com with PKCE',
      { PUBLIC_CMS_BACKEND: 'gitlab', PUBLIC_CMS_REPO: 'camp/site', PUBLIC_CMS_APP_ID: 'abc123' },
      {
        backend: { name: 'gitlab', repo: 'camp/site', branch: 'main', auth_type: 'pkce', app_id: 'abc123', base_url: 'https://gitlab.com', api_root: 'https://gitlab.com/api/v4' },
        publishMode: 'editorial_workflow',
      },
    ],
    [
      'self-hosted GitLab',
      { PUBLIC_CMS_BACKEND: 'gitlab', PUBLIC_CMS_APP_ID: 'abc', PUBLIC_CMS_BASE_URL: 'https://git.example.ca' },
      {
        backend: { name: 'gitlab', repo: defaultCmsRepo, branch: 'main', auth_type: 'pkce', app_id: 'abc', base_url: 'https://git.example.ca', api_root: 'https://git.example.ca/api/v4' },
        publishMode: 'editorial_workflow',
      },
    ],
    [
      'Forgejo (Codeberg) with review',
      { PUBLIC_CMS_BACKEND: 'forgejo', PUBLIC_CMS_APP_ID: 'id', PUBLIC_CMS_BASE_URL: 'https://codeberg.org' },
      { backend: { name: 'forgejo', repo: defaultCmsRepo, branch: 'main', app_id: 'id', api_root: 'https://codeberg.org/api/v1' }, publishMode: 'editorial_workflow' },
    ],
    [
      'Gitea commits to its branch (no editorial workflow in Decap)',
      { PUBLIC_CMS_BACKEND: 'gitea', PUBLIC_CMS_APP_ID: 'id', PUBLIC_CMS_BASE_URL: 'https://gitea.example.ca', PUBLIC_CMS_BRANCH: 'cms' },
      {
        backend: { name: 'gitea', repo: defaultCmsRepo, branch: 'cms', app_id: 'id', base_url: 'https://gitea.example.ca', api_root: 'https://gitea.example.ca/api/v1' },
        publishMode: 'simple',
      },
    ],
    ['blank variables count as unset', { PUBLIC_CMS_BACKEND: ' ', PUBLIC_CMS_REPO: '' }, { backend: { name: 'github', repo: defaultCmsRepo, branch: 'main' }, publishMode: 'editorial_workflow' }],
  ])('%s', (_, env, expected) => {
    expect(chooseCmsBackend(env)).toEqual(expected);
  });

  test.each<[string, CmsBackendEnv, RegExp]>([
    ['an unknown backend', { PUBLIC_CMS_BACKEND: 'bitbucket' }, /PUBLIC_CMS_BACKEND/],
    ['a repository without owner', { PUBLIC_CMS_REPO: 'site' }, /PUBLIC_CMS_REPO/],
    ['GitLab without an application id', { PUBLIC_CMS_BACKEND: 'gitlab' }, /PUBLIC_CMS_APP_ID/],
    ['Forgejo without its address', { PUBLIC_CMS_BACKEND: 'forgejo', PUBLIC_CMS_APP_ID: 'id' }, /PUBLIC_CMS_BASE_URL/],
    ['an http:// sign-in address', { PUBLIC_CMS_BASE_URL: 'http://oauth.example.ca' }, /https/],
    ['a malformed address', { PUBLIC_CMS_BACKEND: 'gitlab', PUBLIC_CMS_APP_ID: 'id', PUBLIC_CMS_BASE_URL: 'gitlab' }, /PUBLIC_CMS_BASE_URL/],
  ])('refuses %s, naming the variable', (_, env, message) => {
    expect(() => chooseCmsBackend(env)).toThrow(message);
  });
});
