/**
 * The admin entry, bundled apart from the site (src/integrations/admin-bundle/)
 * and loaded by `/admin/` only: registers the site's
 * stylesheet and preview templates, then starts Decap CMS with the
 * configuration the admin page assembled at build time (`src/cms/config.ts`).
 */
import CMS from 'decap-cms-app';
import type { CmsConfig } from 'decap-cms-core';
import siteStyles from '../src/styles/global.css?inline';
import type { DecapConfig } from '../src/cms/config';
import { formatCmsIssues, validateCmsEntry, type CmsEntryData } from '../src/cms/validation';
import { defaultLocale, localeCodes } from '../src/i18n/locales';
import { plainRecord } from './decap-data';
import { AnnouncementPreview, FaqPreview } from './previews';

/** The configuration serialised by `src/pages/admin/index.astro`. */
function readConfig(): DecapConfig {
  const element = document.getElementById('cms-config');
  if (!element?.textContent) throw new Error('Configuration du CMS introuvable (#cms-config missing)');
  return JSON.parse(element.textContent) as DecapConfig;
}

const config = readConfig();

/** A refused save; Decap shows `String(error)`, so the message alone, without "Error:". */
class RefusedSave extends Error {
  override toString(): string {
    return this.message;
  }
}

// Decap checks only the default language's fields. Before anything is published, every
// language goes through the site's own schemas; throwing makes Decap refuse and show the
// message. `prePublish` runs before the files are written when publishing directly (local
// editing) and before the merge in the editorial workflow, so drafts may stay unfinished
// (a translation still to come) but cannot go live.
CMS.registerEventListener({
  name: 'prePublish',
  handler: ({ entry }) => {
    const collection = config.collections.find((candidate) => candidate.name === entry.get('collection'));
    if (!collection) return undefined;
    const data: CmsEntryData = Object.fromEntries(
      localeCodes.map((locale) => [locale, plainRecord(locale === defaultLocale ? entry.get('data') : entry.getIn(['i18n', locale, 'data']))]),
    );
    const issues = validateCmsEntry(collection, data);
    if (issues.length > 0) throw new RefusedSave(formatCmsIssues(issues));
    return undefined;
  },
});

// Previews use the site's own CSS, inlined so the preview frame needs no extra request.
CMS.registerPreviewStyle(siteStyles, { raw: true });
CMS.registerPreviewTemplate('announcements', AnnouncementPreview);
CMS.registerPreviewTemplate('faq', FaqPreview);

// Decap's typings lack options it supports (`sanitize_preview`, `allowed_hosts`…) and want
// mutable arrays; the contract test checks the configuration itself.
CMS.init({ config: config as unknown as CmsConfig });
