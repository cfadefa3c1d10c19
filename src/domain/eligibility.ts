/**
 * The eligibility self-check (« Suis-je admissible ? »): which criteria are
 * asked, and what the reader's answers mean against the criteria in force.
 * Pure and dependency-free, because the same evaluation runs in the reader's
 * browser as they answer (`src/scripts/eligibility-check.ts`), with nothing
 * fetched, stored or sent.
 */
import type { Criterion } from '../content/schemas/criteria';

/** A « Oui » / « Non » answer. */
export type SelfCheckAnswer = Criterion['satisfiedBy'];

/** What the evaluation reads of a criterion. */
export type SelfCheckCriterion = Pick<Criterion, 'id' | 'kind' | 'satisfiedBy'> & { readonly question?: string | undefined };

/** The criteria of a document, sorted by what the self-check does with them. */
export interface SelfCheckPlan<T extends SelfCheckCriterion> {
  /** Eligibility criteria with a question: asked, in document order. */
  readonly asked: T[];
  /** Eligibility criteria without a question: listed for the reader to check themselves. */
  readonly toCheck: T[];
  /** Selection criteria: never asked, assessed by the jury. */
  readonly jury: T[];
}

/** Splits criteria into asked, to check yourself, and assessed by the jury, keeping their order. */
export function selfCheckPlan<T extends SelfCheckCriterion>(items: readonly T[]): SelfCheckPlan<T> {
  return {
    asked: items.filter((item) => item.kind === 'eligibility' && item.question !== undefined),
    toCheck: items.filter((item) => item.kind === 'eligibility' && item.question === undefined),
    jury: items.filter((item) => item.kind === 'selection'),
  };
}

/**
 * Where the reader stands: `eligible` once every question is answered and
 * every answer meets its criterion; `not-eligible` as soon as one answer does
 * not (the others may still be unanswered); `incomplete` otherwise.
 */
export type SelfCheckOutcome = 'incomplete' | 'eligible' | 'not-eligible';

/** The evaluation of a set of answers. */
export interface SelfCheckResult {
  readonly outcome: SelfCheckOutcome;
  /** Ids of asked criteria whose answer does not meet them, in document order. */
  readonly unmet: string[];
  /** Ids of asked criteria not answered yet, in document order. */
  readonly unanswered: string[];
  /** Number of questions asked. */
  readonly total: number;
  /** Ids of eligibility criteria without a question, which the reader checks themselves. */
  readonly toCheck: string[];
}

/**
 * Evaluates `answers` (by criterion id) against the criteria in force. Only
 * the criteria given count: an answer to a criterion that no longer exists is
 * ignored, and a criterion added since is unanswered, so a result never rests
 * on another version of the criteria than the one the page states.
 */
export function evaluateSelfCheck(items: readonly SelfCheckCriterion[], answers: Readonly<Record<string, SelfCheckAnswer | undefined>>): SelfCheckResult {
  const { asked, toCheck } = selfCheckPlan(items);
  const unanswered = asked.filter((item) => answers[item.id] === undefined).map((item) => item.id);
  const unmet = asked.filter((item) => answers[item.id] !== undefined && answers[item.id] !== item.satisfiedBy).map((item) => item.id);
  const outcome: SelfCheckOutcome = unmet.length > 0 ? 'not-eligible' : unanswered.length > 0 ? 'incomplete' : 'eligible';
  return { outcome, unmet, unanswered, total: asked.length, toCheck: toCheck.map((item) => item.id) };
}
