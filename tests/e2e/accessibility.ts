/**
 * The accessibility gate shared by the page crawl and its canary: axe-core
 * with the WCAG 2.2 AA rule set. Disabled rules are listed with a reason.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** The WCAG levels the site commits to (Québec's SGQRI 008 follows WCAG). */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** A violation, reduced to what a developer needs to find it. */
export interface GateViolation {
  readonly rule: string;
  readonly impact: string | null | undefined;
  readonly targets: string[];
}

/** Runs axe on the page and returns its violations (empty when the page passes). */
export async function accessibilityViolations(page: Page): Promise<GateViolation[]> {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  return results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    targets: violation.nodes.map((node) => node.target.join(' ')),
  }));
}
