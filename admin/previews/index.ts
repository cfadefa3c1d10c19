/**
 * The preview template of every collection, keyed like the collections
 * table: a collection added without its preview fails the type check.
 */
import type { ComponentType } from 'react';
import type { CollectionName } from '../../src/content/collections';
import { AnnouncementPreview } from './announcements';
import { CriteriaPreview } from './criteria';
import { FaqPreview } from './faq';
import { KeyDatePreview } from './key-dates';
import { PagePreview } from './pages';
import { PressKitPreview } from './press-kit';
import { SettingsPreview } from './settings';
import type { PreviewProps } from './shared';

/** Preview template of each collection. */
export const previewTemplates: Readonly<Record<CollectionName, ComponentType<PreviewProps>>> = {
  announcements: AnnouncementPreview,
  criteria: CriteriaPreview,
  keyDates: KeyDatePreview,
  faq: FaqPreview,
  pages: PagePreview,
  pressKit: PressKitPreview,
  settings: SettingsPreview,
};
