/**
 * `<program-status>`: re-checks the program status in the reader's browser.
 * The page was built with the status of its build day; if the deadline has
 * passed since, the matching pre-rendered variant (kept in a `<template>`)
 * replaces the stale one. Nothing is fetched; the timeline is in the markup.
 */
import { programStatus, programStatuses, type ProgramStatus, type StatusTimeline } from '../domain/status';

/** Reads the timeline the build embedded; `null` when the markup is not as expected. */
function readTimeline(element: HTMLElement): StatusTimeline | null {
  try {
    const value: unknown = JSON.parse(element.dataset['timeline'] ?? '');
    if (typeof value !== 'object' || value === null) return null;
    const record = value as Record<string, unknown>;
    const instant = (key: string) => (typeof record[key] === 'number' ? (record[key] as number) : null);
    return { opensAt: instant('opensAt'), closingSoonAt: instant('closingSoonAt'), closesAt: instant('closesAt'), resultsAt: instant('resultsAt') };
  } catch {
    return null;
  }
}

class ProgramStatusElement extends HTMLElement {
  connectedCallback(): void {
    const timeline = readTimeline(this);
    if (!timeline) return;
    const status: ProgramStatus = programStatus(timeline, Date.now());
    if (status === this.dataset['status'] || !programStatuses.includes(status)) return;
    const template = this.querySelector<HTMLTemplateElement>(`template[data-variant="${status}"]`);
    const current = this.querySelector(':scope > [data-variant]:not(template)');
    if (!template || !current) return;
    current.replaceWith(template.content.cloneNode(true));
    this.dataset['status'] = status;
  }
}

if (!customElements.get('program-status')) customElements.define('program-status', ProgramStatusElement);
