/**
 * The problems the pre-publish check found in the entry being edited, kept so
 * each field can show its own, in its own language pane, until it is fixed.
 * Decap checks only the default language's fields (decaporg/decap-cms#5653)
 * and shows the rest in a notice that goes away; here every issue of
 * `validateCmsEntry` (any rule, any language) is anchored to its field by its
 * label path (`Image › Texte de remplacement`), so rules added to the check
 * show on their field without changes here.
 *
 * After a refused publish, every edit checks the entry again (debounced), so
 * a message goes away as soon as the field is fixed.
 */
import type { CmsEntryIssue } from '../src/cms/validation';

/** What Decap's store holds for an entry, as far as the check needs it. */
export interface DecapEntry {
  get(key: string): unknown;
  getIn(path: readonly string[]): unknown;
}

/** Separates the parts of a field's key; label paths use ` › `, never this. */
const keySeparator = '\u0000';

/** Key of a field in a language pane. */
function fieldKey(locale: string, labelPath: string): string {
  return `${locale}${keySeparator}${labelPath}`;
}

/** Identity of an entry: its collection and file, `new` before its first save. */
export function entryKey(entry: DecapEntry): string {
  return `${String(entry.get('collection'))}/${String(entry.get('slug') ?? 'new')}`;
}

/** The check whose issues are shown: the pre-publish check of `admin/cms.ts`. */
export type EntryCheck = (entry: DecapEntry) => CmsEntryIssue[];

/** The issues on display and the fields that can show them. */
class FieldIssues {
  private entry: string | undefined;
  private check: EntryCheck | undefined;
  private issues: readonly CmsEntryIssue[] = [];
  /** Fields on screen, by pane and label path, with how many controls show each. */
  private readonly mounted = new Map<string, number>();
  private readonly listeners = new Set<() => void>();
  private recheck: ReturnType<typeof setTimeout> | undefined;

  /** Shows the issues `check` found in `entry` on their fields (after a refused publish); edits run `check` again. */
  show(entry: DecapEntry, issues: readonly CmsEntryIssue[], check: EntryCheck): void {
    this.entry = entryKey(entry);
    this.check = check;
    this.issues = issues;
    this.notify();
  }

  /** Hides everything (another entry is opened). */
  clear(): void {
    if (this.entry === undefined) return;
    this.entry = undefined;
    this.check = undefined;
    this.issues = [];
    this.notify();
  }

  /** After an edit of `entry` (read live by `current`): once issues were shown for it, checks it again shortly. */
  edited(current: () => DecapEntry | undefined): void {
    const entry = current();
    if (this.entry === undefined || !entry || this.entry !== entryKey(entry)) return;
    clearTimeout(this.recheck);
    this.recheck = setTimeout(() => {
      const latest = current();
      if (latest && this.check && this.entry === entryKey(latest)) this.show(latest, this.check(latest), this.check);
    }, 250);
  }

  /** A field's control appeared in a pane; returns what to call when it goes away. */
  mount(locale: string, labelPath: string): () => void {
    const key = fieldKey(locale, labelPath);
    this.mounted.set(key, (this.mounted.get(key) ?? 0) + 1);
    this.notify();
    return () => {
      const count = (this.mounted.get(key) ?? 1) - 1;
      if (count > 0) this.mounted.set(key, count);
      else this.mounted.delete(key);
      this.notify();
    };
  }

  /**
   * The issues the field at `labelPath` in pane `locale` shows: its own, and
   * those of fields below it that have no control on screen (a folded
   * object, the items of a list). Each issue shows on exactly one field.
   */
  issuesOf(locale: string, labelPath: string): CmsEntryIssue[] {
    return this.issues.filter((issue) => issue.locale === locale && this.ownerOf(issue) === labelPath);
  }

  /** The deepest field on screen whose label path starts `issue`'s. */
  private ownerOf(issue: CmsEntryIssue): string | undefined {
    const segments = issue.field.split(' › ');
    for (let length = segments.length; length > 0; length -= 1) {
      const candidate = segments.slice(0, length).join(' › ');
      if (this.mounted.has(fieldKey(issue.locale, candidate))) return candidate;
    }
    return undefined;
  }

  /** Calls `listener` whenever what is shown may change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private pending = false;

  /** Tells listeners once per tick: opening an entry mounts dozens of fields at once. */
  private notify(): void {
    if (this.pending) return;
    this.pending = true;
    queueMicrotask(() => {
      this.pending = false;
      for (const listener of this.listeners) listener();
    });
  }
}

/** The one store of the admin. */
export const fieldIssues = new FieldIssues();

// Another entry or screen: its fields start clean.
if (typeof window !== 'undefined') window.addEventListener('hashchange', () => fieldIssues.clear());
