/** How the benchmarks write numbers and tables into docs/benchmarks.md. */

/** Milliseconds: two decimals under 10 ms (none for a whole number, as Lighthouse's TBT often is), none under a second, then seconds. */
export const ms = (value: number): string =>
  Number.isNaN(value) ? 'n/a' : value < 10 ? `${Number.isInteger(value) ? value : value.toFixed(2)} ms` : value < 1000 ? `${value.toFixed(0)} ms` : `${(value / 1000).toFixed(2)} s`;

/** Bytes as KB (1,024 bytes), one decimal. */
export const kb = (bytes: number): string => (Number.isNaN(bytes) ? 'n/a' : `${(bytes / 1024).toFixed(1)} KB`);

/** A count with thousands separators (`5,000`). */
export const int = (value: number): string => value.toLocaleString('en');

/** Load averages or other small decimals, `1.3 / 2.5 / 3.5`. */
export const loads = (values: readonly number[]): string => values.map((value) => value.toFixed(1)).join(' / ');

/** A goal's verdict: `yes`, or a bold `no` with the reason when there is one. */
export const met = (ok: boolean, why = ''): string => (ok ? 'yes' : `**no**${why ? `: ${why}` : ''}`);

/**
 * A Markdown table: `align` has one letter per column (`l`eft, `r`ight,
 * `c`entre); cells are escaped so a `|` or a newline in a value cannot break it.
 */
export function table(columns: readonly string[], align: string, rows: readonly (readonly string[])[]): string[] {
  const rule = { l: '---', r: '---:', c: ':---:' } as const;
  const line = (cells: readonly string[]) => `| ${cells.map((cell) => cell.replace(/\|/g, '\\|').replace(/\n/g, ' ')).join(' | ')} |`;
  return [line(columns), `| ${[...align].map((letter) => rule[letter as keyof typeof rule] ?? '---').join(' | ')} |`, ...rows.map(line)];
}
