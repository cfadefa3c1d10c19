/**
 * Build-time variables the site reads. The `PUBLIC_CMS_*` ones choose the
 * CMS's production backend (src/cms/backend.ts, docs/deploy.md); all are
 * optional and end up in the public admin page, so none may hold a secret.
 */
interface ImportMetaEnv {
  readonly PUBLIC_CMS_BACKEND?: string;
  readonly PUBLIC_CMS_REPO?: string;
  readonly PUBLIC_CMS_BRANCH?: string;
  readonly PUBLIC_CMS_BASE_URL?: string;
  readonly PUBLIC_CMS_APP_ID?: string;
  readonly PUBLIC_CMS_AUTH_ENDPOINT?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
