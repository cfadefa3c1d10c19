/**
 * The admin entry, bundled apart from the site (src/integrations/admin-bundle/)
 * and loaded by `/admin/` only. Before starting Decap CMS with the
 * configuration the admin page assembled at build time (`src/cms/config.ts`),
 * it registers what makes the admin the site's own: the pre-publish check of
 * every language, with problems shown on their fields; a complete French
 * locale; one file format per collection (clean diffs); day and time fields
 * typed the French way; upload checks; and a preview of every collection with
 * the site's stylesheet.
 */
import CMS from 'decap-cms-app';
import type { CmsConfig, CmsWidgetParam } from 'decap-cms-core';
import siteStyles from '../src/styles/global.css?inline';
import type { DecapConfig } from '../src/cms/config';
import { loadPublished, publishedChangeIssues } from '../src/cms/change-rule';
import { cmsFileFormatter, fileKindOf } from '../src/cms/file-format';
import { cmsEntrySchemas, formatCmsIssues, validateCmsEntry, type CmsEntryData, type CmsEntryIssue } from '../src/cms/validation';
import { defaultLocale, localeCodes } from '../src/i18n/locales';
import { plainRecord } from './decap-data';
import { declineDevReloads } from './dev-reload';
import { fieldIssues, type DecapEntry } from './field-issues';
import { wrapWidgets } from './field-wrapper';
import { guardUploads } from './media-guard';
import { frenchPageText } from './page-text';
import frenchPhrases from './locale/fr.json';
import { previewTemplates } from './previews';
import { DayControl, DayPreview } from './widgets/day';
import { TimeControl, TimePreview } from './widgets/time';

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

/** The data Decap holds for `entry`, one plain object per language. */
function entryData(entry: DecapEntry): CmsEntryData {
  return Object.fromEntries(localeCodes.map((locale) => [locale, plainRecord(locale === defaultLocale ? entry.get('data') : entry.getIn(['i18n', locale, 'data']))]));
}

/** Everything that would stop the build, in every language of `entry`, by the site's own schemas. */
function entryIssues(entry: DecapEntry): CmsEntryIssue[] {
  const collection = config.collections.find((candidate) => candidate.name === entry.get('collection'));
  return collection ? validateCmsEntry(collection, entryData(entry)) : [];
}

// Decap checks only the default language's fields. Before anything is published, every
// language goes through the site's own schemas; throwing makes Decap refuse and show the
// message, and each problem also shows under its field, in its pane, until fixed
// (field-issues.ts). `prePublish` runs before the files are written when publishing directly
// (local editing) and before the merge in the editorial workflow, so drafts may stay
// unfinished (a translation still to come) but cannot go live. A key date or the criteria are
// then compared with what the site published (its open data): a published date that moved, or
// a criterion that changed, needs a new change note (src/cms/change-rule.ts).
CMS.registerEventListener({
  name: 'prePublish',
  handler: async ({ entry }) => {
    const issues = entryIssues(entry);
    if (issues.length === 0 && !entry.get('newRecord')) {
      const published = await loadPublished((path) => fetch(path, { cache: 'no-store' }));
      issues.push(...publishedChangeIssues(String(entry.get('collection')), String(entry.get('slug')), entryData(entry), published));
    }
    if (issues.length === 0) return undefined;
    fieldIssues.show(entry, issues, entryIssues);
    requestAnimationFrame(() => document.querySelector('[data-field-issues]')?.scrollIntoView({ block: 'center' }));
    throw new RefusedSave(formatCmsIssues(issues));
  },
});

// Decap's own French is partial (English tooltips, « Fill in from another locale »…) and
// France's usage; this one is complete and Québec's (tests/unit/admin/locale-fr.test.ts).
CMS.registerLocale('fr', frenchPhrases);

// Under `npm start`, saving must not reload the admin under the editor (admin/dev-reload.ts).
void declineDevReloads();

// Decap's few hard-coded English texts, and uploads checked before they reach the repository.
frenchPageText(document.body.dataset['programName'] ?? '');
guardUploads();

// Files are written in the schema's key order and never folded, so a save is a clean diff
// and a save without changes rewrites the same bytes (src/cms/file-format.ts).
for (const collection of config.collections) {
  CMS.registerCustomFormat(collection.format, collection.extension, cmsFileFormatter(cmsEntrySchemas[collection.name], fileKindOf(collection)));
}

// Days and times typed the French way whatever the browser's language; then every field
// control is wrapped to show its problems and the right « facultatif » (field-wrapper.ts).
CMS.registerWidget({ name: 'day', controlComponent: DayControl, previewComponent: DayPreview } as unknown as CmsWidgetParam);
CMS.registerWidget({ name: 'time', controlComponent: TimeControl, previewComponent: TimePreview } as unknown as CmsWidgetParam);
wrapWidgets(CMS as unknown as Parameters<typeof wrapWidgets>[0], config);

// Previews use the site's own CSS, inlined so the preview frame needs no extra request.
CMS.registerPreviewStyle(siteStyles, { raw: true });
for (const [name, template] of Object.entries(previewTemplates)) CMS.registerPreviewTemplate(name, template);

// Decap's typings lack options it supports (`sanitize_preview`, `allowed_hosts`…) and want
// mutable arrays; the contract test checks the configuration itself.
CMS.init({ config: config as unknown as CmsConfig });
