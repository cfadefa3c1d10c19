/**
 * The program status: where applications stand at a given instant. Pure and
 * dependency-free, because the same function runs at build time and again in
 * the browser on page load, so a page built last week never says "open" after
 * the deadline.
 */

/** The five states the site can be in, in the order they happen. */
export const programStatuses = ['upcoming', 'open', 'closing-soon', 'closed', 'results-announced'] as const;

/** A program status. */
export type ProgramStatus = (typeof programStatuses)[number];

/**
 * The instants (milliseconds since the epoch, UTC) the status turns on.
 * `null` means the date is not confirmed yet ("to be announced").
 */
export interface StatusTimeline {
  /** Applications open. */
  readonly opensAt: number | null;
  /** "Closing soon" starts (a few calendar days before the deadline, in the program's zone). */
  readonly closingSoonAt: number | null;
  /** Deadline: applications are closed from this instant on. */
  readonly closesAt: number | null;
  /** Results are public. */
  readonly resultsAt: number | null;
}

/**
 * The status at `now`. Until the opening date is confirmed and reached the
 * program is `upcoming`; after the deadline it is `closed` until results.
 */
export function programStatus(timeline: StatusTimeline, now: number): ProgramStatus {
  const { opensAt, closingSoonAt, closesAt, resultsAt } = timeline;
  if (resultsAt !== null && now >= resultsAt) return 'results-announced';
  if (closesAt !== null && now >= closesAt) return 'closed';
  if (opensAt === null || now < opensAt) return 'upcoming';
  if (closingSoonAt !== null && now >= closingSoonAt) return 'closing-soon';
  return 'open';
}

/** True when the application form may be offered. */
export function acceptsApplications(status: ProgramStatus): boolean {
  return status === 'open' || status === 'closing-soon';
}

/**
 * Reads a timeline the build embedded in the markup as JSON (`data-timeline`);
 * `null` when the text is not one. Missing or non-numeric instants read as
 * "not confirmed", so a damaged attribute never invents a date.
 */
export function parseStatusTimeline(json: string | undefined): StatusTimeline | null {
  try {
    const value: unknown = JSON.parse(json ?? '');
    if (typeof value !== 'object' || value === null) return null;
    const record = value as Record<string, unknown>;
    const instant = (key: string) => (typeof record[key] === 'number' ? (record[key] as number) : null);
    return { opensAt: instant('opensAt'), closingSoonAt: instant('closingSoonAt'), closesAt: instant('closesAt'), resultsAt: instant('resultsAt') };
  } catch {
    return null;
  }
}

/** The milestones whose dates a reader needs in each status, in the order shown. */
const milestonesByStatus: Readonly<Record<ProgramStatus, readonly ('applications-open' | 'applications-close' | 'results')[]>> = {
  upcoming: ['applications-open', 'applications-close'],
  open: ['applications-close'],
  'closing-soon': ['applications-close'],
  closed: ['results'],
  'results-announced': [],
};

/**
 * The key dates the status block shows: before opening, when applications
 * open and the deadline; while open, the deadline; once closed, when results
 * come; after the results, none.
 */
export function statusMilestones(status: ProgramStatus): readonly ('applications-open' | 'applications-close' | 'results')[] {
  return milestonesByStatus[status];
}
