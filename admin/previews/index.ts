/**
 * The preview template of every collection, keyed like the collections
 * table: a collection added without its preview fails the type check. Each
 * template, with the site's UI strings and formatting it needs, loads the
 * first time a preview is opened, not with the admin.
 */
import { createElement as h, lazy, Suspense, type ComponentType } from 'react';
import type { CollectionName } from '../../src/content/collections';
import type { PreviewProps } from './shared';

/** A template loaded on first use. */
function onDemand(load: () => Promise<ComponentType<PreviewProps>>): ComponentType<PreviewProps> {
  const Template = lazy(async () => ({ default: await load() }));
  return (props: PreviewProps) => h(Suspense, { fallback: null }, h(Template, props));
}

/** Preview template of each collection. */
export const previewTemplates: Readonly<Record<CollectionName, ComponentType<PreviewProps>>> = {
  announcements: onDemand(async () => (await import('./announcements')).AnnouncementPreview),
  criteria: onDemand(async () => (await import('./criteria')).CriteriaPreview),
  keyDates: onDemand(async () => (await import('./key-dates')).KeyDatePreview),
  faq: onDemand(async () => (await import('./faq')).FaqPreview),
  pages: onDemand(async () => (await import('./pages')).PagePreview),
  pressKit: onDemand(async () => (await import('./press-kit')).PressKitPreview),
  settings: onDemand(async () => (await import('./settings')).SettingsPreview),
  cohort: onDemand(async () => (await import('./cohort')).CohortPreview),
};
