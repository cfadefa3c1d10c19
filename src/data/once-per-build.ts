/**
 * Answers that cannot change during one `astro build` (the content and the
 * build's "now" are fixed) are computed once and shared: pages, feeds, the
 * search index, the route table, the sitemap and the redirects ask the same
 * queries again and again, each a pass over every entry. `astro dev` keeps
 * nothing, since content changes while the server runs.
 */

const answers = new Map<string, Promise<unknown>>();

/**
 * `compute()`'s answer under `key`: the first call's promise for the rest of
 * a build (`keep`, true in production builds), a fresh call otherwise. A
 * failed computation is not kept, so the error shows where it happens. The
 * answer is shared: callers must not change it.
 */
export function oncePerBuild<T>(key: string, compute: () => Promise<T>, keep: boolean = import.meta.env.PROD): Promise<T> {
  if (!keep) return compute();
  const known = answers.get(key) as Promise<T> | undefined;
  if (known) return known;
  const answer = compute();
  answers.set(key, answer);
  answer.catch(() => answers.delete(key));
  return answer;
}
