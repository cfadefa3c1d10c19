/**
 * Throw-away copies of the project for tests that must build or edit content
 * without touching the real repository: copied source, shared node_modules,
 * removed afterwards. Plus a tiny static server for a copy's `dist/`.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';

/** The repository root. */
export const repoRoot = resolve(import.meta.dirname, '..', '..');

/** Top-level entries never copied: build output, caches, git, dependencies (linked instead). */
const skipped = new Set(['node_modules', 'dist', '.astro', '.cache', '.git', 'test-results', 'playwright-report', '.tmp']);

/** Copies the project to a new temporary folder and links its node_modules. */
export function copyProject(prefix = 'site-copy-'): string {
  const target = mkdtempSync(join(tmpdir(), prefix));
  cpSync(repoRoot, target, {
    recursive: true,
    filter: (source) => {
      const relative = source.slice(repoRoot.length + 1);
      return !skipped.has(relative.split('/')[0] ?? '');
    },
  });
  symlinkSync(join(repoRoot, 'node_modules'), join(target, 'node_modules'), 'dir');
  return target;
}

/** Removes a copy made by `copyProject`. */
export function removeCopy(path: string): void {
  if (path.startsWith(tmpdir())) rmSync(path, { recursive: true, force: true });
}

/** Result of a command: exit code and everything it printed. */
export interface CommandResult {
  readonly code: number | null;
  readonly output: string;
}

/** Runs `astro build` in a copy, with the project's own Node. */
export function buildCopy(root: string, env: NodeJS.ProcessEnv = {}): Promise<CommandResult> {
  return new Promise((resolvePromise) => {
    const child = spawn(join(repoRoot, 'node_modules', '.bin', 'astro'), ['build'], {
      cwd: root,
      env: { ...process.env, ...env, PATH: `${join(repoRoot, 'node_modules', '.bin')}:${process.env['PATH'] ?? ''}`, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => resolvePromise({ code, output }));
  });
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.avif': 'image/avif',
  '.webp': 'image/webp',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.xml': 'application/xml',
};

/** Serves a folder on 127.0.0.1 at `port`; resolves once listening. */
export function serveStatic(root: string, port: number): Promise<Server> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname));
    let file = join(root, path);
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': contentTypes[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  return new Promise((resolvePromise) => server.listen(port, '127.0.0.1', () => resolvePromise(server)));
}
