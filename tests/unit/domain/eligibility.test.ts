import { describe, expect, test } from 'vitest';
import { evaluateSelfCheck, selfCheckPlan, type SelfCheckAnswer, type SelfCheckCriterion, type SelfCheckResult } from '../../../src/domain/eligibility';

/** An eligibility criterion asked with a question, met by `satisfiedBy`. */
const asked = (id: string, satisfiedBy: SelfCheckAnswer = 'yes'): SelfCheckCriterion => ({ id, kind: 'eligibility', question: `${id} ?`, satisfiedBy });
/** An eligibility criterion without a question. */
const unasked = (id: string): SelfCheckCriterion => ({ id, kind: 'eligibility', satisfiedBy: 'yes' });
/** A selection criterion. */
const selection = (id: string): SelfCheckCriterion => ({ id, kind: 'selection', satisfiedBy: 'yes' });

// Version 1.0: three questions (the third asked in the negative), one criterion to check yourself, one for the jury.
const v1: readonly SelfCheckCriterion[] = [asked('quebec'), asked('domaine'), asked('crypto', 'no'), unasked('dossier'), selection('innovation')];
// Version 1.1: « domaine » removed, « prototype » added, « crypto » now asked in the positive.
const v11: readonly SelfCheckCriterion[] = [asked('quebec'), asked('crypto', 'yes'), asked('prototype'), unasked('dossier'), selection('innovation')];

type Answers = Readonly<Record<string, SelfCheckAnswer | undefined>>;

describe('evaluateSelfCheck', () => {
  test.each<[string, readonly SelfCheckCriterion[], Answers, Partial<SelfCheckResult>]>([
    ['nothing answered yet', v1, {}, { outcome: 'incomplete', unmet: [], unanswered: ['quebec', 'domaine', 'crypto'], total: 3 }],
    ['some answered, all met so far', v1, { quebec: 'yes', crypto: 'no' }, { outcome: 'incomplete', unmet: [], unanswered: ['domaine'] }],
    ['all satisfied (« Non » meets the question asked in the negative)', v1, { quebec: 'yes', domaine: 'yes', crypto: 'no' }, { outcome: 'eligible', unmet: [], unanswered: [] }],
    ['one unmet, the others met', v1, { quebec: 'yes', domaine: 'no', crypto: 'no' }, { outcome: 'not-eligible', unmet: ['domaine'], unanswered: [] }],
    ['one unmet is enough, before the rest is answered', v1, { crypto: 'yes' }, { outcome: 'not-eligible', unmet: ['crypto'], unanswered: ['quebec', 'domaine'] }],
    ['every unmet criterion, in document order', v1, { crypto: 'yes', quebec: 'no', domaine: 'yes' }, { outcome: 'not-eligible', unmet: ['quebec', 'crypto'] }],
    // A criterion without a question is never asked nor counted: it is listed to check yourself.
    ['a criterion without a question', v1, { quebec: 'yes', domaine: 'yes', crypto: 'no', dossier: 'no' }, { outcome: 'eligible', total: 3, toCheck: ['dossier'] }],
    ['selection criteria are not asked', [selection('innovation')], {}, { outcome: 'eligible', total: 0, unmet: [], toCheck: [] }],
    // The criteria changed after version 1.0: answers given against 1.0 are read against 1.1 only.
    ['criteria changed after a version: a removed criterion’s answer is ignored, an added one is unanswered', v11, { quebec: 'yes', domaine: 'yes', crypto: 'yes' }, { outcome: 'incomplete', unmet: [], unanswered: ['prototype'], total: 3 }],
    ['criteria changed after a version: the answer that meets a criterion is the current one', v11, { quebec: 'yes', domaine: 'yes', crypto: 'no', prototype: 'yes' }, { outcome: 'not-eligible', unmet: ['crypto'] }],
  ])('%s', (_name, items, answers, expected) => {
    expect(evaluateSelfCheck(items, answers)).toMatchObject(expected);
  });

  test('the same answers give opposite outcomes under the two versions', () => {
    const answers = { quebec: 'yes', domaine: 'yes', crypto: 'no', prototype: 'yes' } as const;
    expect(evaluateSelfCheck(v1, answers).outcome).toBe('eligible');
    expect(evaluateSelfCheck(v11, answers).outcome).toBe('not-eligible');
  });
});

describe('selfCheckPlan', () => {
  test.each<[string, readonly SelfCheckCriterion[], { asked: string[]; toCheck: string[]; jury: string[] }]>([
    ['version 1.0', v1, { asked: ['quebec', 'domaine', 'crypto'], toCheck: ['dossier'], jury: ['innovation'] }],
    ['no question at all', [unasked('a'), unasked('b')], { asked: [], toCheck: ['a', 'b'], jury: [] }],
    ['selection criteria only', [selection('a')], { asked: [], toCheck: [], jury: ['a'] }],
  ])('%s', (_name, items, expected) => {
    const plan = selfCheckPlan(items);
    expect({ asked: plan.asked.map((item) => item.id), toCheck: plan.toCheck.map((item) => item.id), jury: plan.jury.map((item) => item.id) }).toEqual(expected);
  });
});
