/**
 * Runs `ensureAdminBundle` in a worker thread for `astro build`, so that
 * esbuild's own process (with its memory) ends as soon as the bundle is made
 * and is collected by this thread: the rest of the build neither shares
 * esbuild with it nor carries its memory.
 * Loaded by Node itself (type stripping), hence the `.ts` import.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { stop } from 'esbuild';
import { ensureAdminBundle, type AdminBundleOptions } from './bundler.ts';

/** Names of this process's child processes, from `/proc` (none where there is no `/proc`). */
function childProcessNames(): string[] {
  try {
    const tasks = readdirSync(`/proc/${process.pid}/task`);
    const children = tasks.flatMap((task) => readFileSync(`/proc/${process.pid}/task/${task}/children`, 'utf8').split(/\s+/).filter(Boolean));
    return children.map((pid) => readFileSync(`/proc/${pid}/comm`, 'utf8').trim());
  } catch {
    return [];
  }
}

const bundle = await ensureAdminBundle(workerData as AdminBundleOptions);
// esbuild keeps its process until Node exits: stopping it frees its memory now. This thread then waits (up
// to 2 s) until its event loop has collected the process, so the build's CPU time includes esbuild's.
await stop();
for (let wait = 0; wait < 40 && childProcessNames().includes('esbuild'); wait += 1) await new Promise((resolve) => setTimeout(resolve, 50));
parentPort?.postMessage(bundle);
