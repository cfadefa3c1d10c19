/**
 * `<program-status>`: re-checks the program status in the reader's browser.
 * The page was built with the status of its build day; if the deadline has
 * passed since, the matching pre-rendered variant (kept in a `<template>`)
 * replaces the stale one. Nothing is fetched; the timeline is in the markup.
 */
import { parseStatusTimeline, programStatus, programStatuses, type ProgramStatus } from '../domain/status';

class ProgramStatusElement extends HTMLElement {
  connectedCallback(): void {
    const timeline = parseStatusTimeline(this.dataset['timeline']);
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
