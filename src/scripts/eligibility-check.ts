/**
 * `<eligibility-check>`: the self-check, enhanced. Hides the printable
 * checklist, shows the questions, and rewrites the result (a `role="status"`
 * region) each time an answer changes, in one replacement, and only when what
 * it says changes, so assistive technology announces it once per change.
 *
 * Private by construction: the criteria, the answer that meets each one, the
 * links and the next step for each program status are all in the markup.
 * This module fetches nothing, stores nothing and sends nothing; the answers
 * live in the radio buttons, outside any form, and are cleared when the page
 * starts, so none outlives the page (browsers restore form fields on reload).
 */
import { evaluateSelfCheck, type SelfCheckAnswer, type SelfCheckCriterion, type SelfCheckResult } from '../domain/eligibility';

/** Strings passed by the page in `data-strings`, with `{answered}` and `{count}` placeholders. */
interface Strings {
  progress: string;
  eligible: string;
  eligibleDetail: string;
  unmetOne: string;
  unmetMany: string;
  remaining: string;
  /** Empty when every eligibility criterion has a question. */
  toCheck: string;
}

/**
 * Fills the `{count}` and `{answered}` placeholders. Not `i18n/interpolate`:
 * a module shared with another page's script becomes a chunk of its own, one
 * more request for both pages, for one line of code.
 */
function fill(template: string, count: number, answered = 0): string {
  return template.replace('{count}', String(count)).replace('{answered}', String(answered));
}

/** A paragraph of text, in bold when `strong`. */
function paragraph(text: string, strong = false): HTMLParagraphElement {
  const element = document.createElement('p');
  if (strong) element.append(Object.assign(document.createElement('strong'), { textContent: text }));
  else element.textContent = text;
  return element;
}

class EligibilityCheck extends HTMLElement {
  private strings!: Strings;
  private region!: HTMLElement;
  private questions: HTMLFieldSetElement[] = [];
  private criteria: SelfCheckCriterion[] = [];
  /** What the result says now, to leave the region untouched when an answer changes nothing. */
  private shown = '';

  connectedCallback(): void {
    const region = this.querySelector<HTMLElement>('[role="status"]');
    this.questions = [...this.querySelectorAll<HTMLFieldSetElement>('fieldset[data-criterion]')];
    if (!region || this.questions.length === 0) return;
    this.region = region;
    this.strings = JSON.parse(this.dataset['strings'] ?? '{}') as Strings;
    this.criteria = this.questions.map((fieldset) => ({
      id: fieldset.dataset['criterion'] ?? '',
      kind: 'eligibility',
      question: fieldset.querySelector('legend')?.textContent ?? '',
      satisfiedBy: fieldset.dataset['satisfiedBy'] === 'no' ? 'no' : 'yes',
    }));
    this.querySelectorAll<HTMLInputElement>('input[type="radio"]').forEach((input) => (input.checked = false));
    this.querySelectorAll<HTMLElement>('[data-check-ui]').forEach((element) => (element.hidden = false));
    this.querySelectorAll<HTMLElement>('[data-check-fallback]').forEach((element) => (element.hidden = true));
    this.addEventListener('change', () => this.update());
    this.shown = this.key(this.evaluate());
  }

  /** The result for the answers checked now. */
  private evaluate(): SelfCheckResult {
    const answers: Record<string, SelfCheckAnswer | undefined> = {};
    this.questions.forEach((fieldset, index) => {
      const value = fieldset.querySelector<HTMLInputElement>('input:checked')?.value;
      answers[this.criteria[index]?.id ?? ''] = value === 'yes' || value === 'no' ? value : undefined;
    });
    return evaluateSelfCheck(this.criteria, answers);
  }

  /** What the result says, as a string: equal keys render the same text. */
  private key(result: SelfCheckResult): string {
    if (result.outcome === 'incomplete') return `incomplete ${result.total - result.unanswered.length}`;
    return result.outcome === 'eligible' ? 'eligible' : `unmet ${result.unmet.join(' ')} ${result.unanswered.length}`;
  }

  private update(): void {
    const result = this.evaluate();
    const key = this.key(result);
    if (key === this.shown) return;
    this.shown = key;
    this.region.replaceChildren(...this.render(result));
  }

  /** The result's content: progress, the unmet criteria with their links, or the eligible message and next step. */
  private render(result: SelfCheckResult): Node[] {
    const { strings } = this;
    if (result.outcome === 'incomplete') return [paragraph(fill(strings.progress, result.total, result.total - result.unanswered.length))];
    if (result.outcome === 'eligible') {
      // The variant <program-status> kept for the status at page load.
      const next = this.querySelector('[data-next-step] > [data-variant]:not(template)');
      return [
        paragraph(strings.eligible, true),
        paragraph(strings.eligibleDetail),
        ...(next ? [next.cloneNode(true)] : []),
        ...(strings.toCheck ? [paragraph(strings.toCheck)] : []),
      ];
    }
    const list = document.createElement('ul');
    for (const id of result.unmet) {
      const links = this.questions.find((fieldset) => fieldset.dataset['criterion'] === id)?.querySelector('[data-links]');
      const item = document.createElement('li');
      item.append(...[...(links?.childNodes ?? [])].map((node) => node.cloneNode(true)));
      list.append(item);
    }
    const heading = result.unmet.length === 1 ? strings.unmetOne : fill(strings.unmetMany, result.unmet.length);
    const remaining = result.unanswered.length > 0 ? [paragraph(fill(strings.remaining, result.unanswered.length))] : [];
    return [paragraph(heading, true), list, ...remaining];
  }
}

if (!customElements.get('eligibility-check')) customElements.define('eligibility-check', EligibilityCheck);
