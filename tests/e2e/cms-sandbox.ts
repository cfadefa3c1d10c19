/**
 * A throwaway copy of the site for the CMS tests: the real `content/` is never
 * touched. The copy gets its own `decap-server` (the local proxy the admin
 * writes through) and a build of the site served by `astro preview`, both on
 * 127.0.0.1, or runs `npm start` itself (dev server and proxy); `close()`
 * stops them and deletes the copy.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { createHash } from 'node:crypto';

/** Top-level entries never copied: dependencies, outputs, caches, history. */
const skipped = new Set(['node_modules', 'dist', '.astro', '.cache', '.git', 'test-results', 'playwright-report', '.tmp']);

/** Where the sandbox listens. */
export interface SandboxPorts {
  /** `astro preview` of the copy. */
  readonly site: number;
  /** `decap-server` (the admin's `local_backend`). */
  readonly proxy: number;
}

/** A running process and what it printed. */
export interface Running {
  readonly child: ChildProcess;
  readonly output: () => string;
}

/** Starts `node <script> …args` in its own process group, so stopping it stops its children too. */
function start(script: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv): Running {
  return startCommand(process.execPath, [script, ...args], cwd, env);
}

/** Starts `command …args` in its own process group. */
function startCommand(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv): Running {
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output.slice(-4000) };
}

/** Stops a process group and waits for it to exit. */
export async function stop(running: Running | undefined): Promise<void> {
  const { child } = running ?? {};
  if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return;
  }
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
  if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid, 'SIGKILL');
}

/** Runs a process to completion; throws with its output if it fails. */
async function run(script: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv): Promise<void> {
  const running = start(script, args, cwd, env);
  const code = await new Promise<number | null>((resolve) => running.child.once('exit', resolve));
  if (code !== 0) throw new Error(`${relative(cwd, script)} ${args.join(' ')} failed (${code}):\n${running.output()}`);
}

/** Waits until `check` resolves true, or throws after `timeout` ms with the server's output. */
async function waitFor(what: string, check: () => Promise<boolean>, running: Running, timeout = 30_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (running.child.exitCode !== null) break;
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${what} did not start:\n${running.output()}`);
}

/** Throws when something already answers on `port`: the tests would otherwise talk to it. */
async function assertFree(port: number, what: string): Promise<void> {
  const answered = await fetch(`http://127.0.0.1:${port}/`).then(
    () => true,
    () => false,
  );
  if (answered) throw new Error(`port ${port} (${what}) is already in use; set CMS_E2E_PORT / CMS_E2E_PROXY_PORT`);
}

/** A copy of the repository with its servers. */
export class CmsSandbox {
  /** Root of the copy. */
  readonly root: string;
  readonly ports: SandboxPorts;
  private proxy: Running | undefined;
  private preview: Running | undefined;
  private dev: Running | undefined;

  private constructor(root: string, ports: SandboxPorts) {
    this.root = root;
    this.ports = ports;
  }

  /** Copies `repoRoot` (without dependencies or outputs) and links its `node_modules`. */
  static create(repoRoot: string, ports: SandboxPorts): CmsSandbox {
    const root = mkdtempSync(join(tmpdir(), 'cms-e2e-'));
    for (const entry of readdirSync(repoRoot)) {
      if (!skipped.has(entry)) cpSync(join(repoRoot, entry), join(root, entry), { recursive: true });
    }
    symlinkSync(realpathSync(join(repoRoot, 'node_modules')), join(root, 'node_modules'), 'dir');
    return new CmsSandbox(root, ports);
  }

  /** Address of the copy's site. */
  get url(): string {
    return `http://127.0.0.1:${this.ports.site}`;
  }

  /** A path inside the copy. */
  path(...segments: string[]): string {
    return join(this.root, ...segments);
  }

  /**
   * Starts `decap-server` on the copy, bound to loopback, replacing a running one.
   * `fs` writes files directly (what `npm start` does); `git` commits and offers
   * Decap's editorial workflow (branches per draft), like the production backends.
   */
  async startProxy(mode: 'fs' | 'git' = 'fs'): Promise<void> {
    await stop(this.proxy);
    await assertFree(this.ports.proxy, 'decap-server');
    const script = this.path('node_modules', 'decap-server', 'dist', 'index.js');
    this.proxy = start(script, [], this.root, { BIND_HOST: '127.0.0.1', PORT: String(this.ports.proxy), MODE: mode, LOG_LEVEL: 'warn' });
    const url = `http://127.0.0.1:${this.ports.proxy}/api/v1`;
    await waitFor('decap-server', async () => (await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"action":"info"}' })).ok, this.proxy);
  }

  /** Builds the copy, its admin served locally and pointed at the sandbox's proxy; `env` adds variables such as `BUILD_NOW`. */
  async build(env: NodeJS.ProcessEnv = {}): Promise<void> {
    const astro = this.path('node_modules', 'astro', 'bin', 'astro.mjs');
    await run(astro, ['build'], this.root, { ...env, CMS_PROXY_PORT: String(this.ports.proxy), CMS_LOCAL_BACKEND: 'true' });
  }

  /** Builds the copy (its admin pointed at the sandbox's proxy) and serves it; stops a previous preview first. */
  async buildAndServe(env: NodeJS.ProcessEnv = {}): Promise<void> {
    await stop(this.preview);
    const astro = this.path('node_modules', 'astro', 'bin', 'astro.mjs');
    await this.build(env);
    await assertFree(this.ports.site, 'astro preview');
    this.preview = start(astro, ['preview', '--host', '127.0.0.1', '--port', String(this.ports.site)], this.root, {});
    await waitFor('astro preview', async () => (await fetch(`${this.url}/admin/`)).ok, this.preview);
  }

  /** Runs `npm start` in the copy with `env` (its ports), as an editor would; the caller stops it. */
  npmStart(env: NodeJS.ProcessEnv): Running {
    return startCommand('npm', ['start', '--silent'], this.root, env);
  }

  /** Runs `npm start` on the sandbox's ports and waits until the site answers; `stopDev()` or `close()` stops it. */
  async startDev(): Promise<Running> {
    await stop(this.dev);
    await assertFree(this.ports.site, 'npm start (site)');
    await assertFree(this.ports.proxy, 'npm start (CMS proxy)');
    const dev = this.npmStart({ SITE_PORT: String(this.ports.site), CMS_PROXY_PORT: String(this.ports.proxy) });
    this.dev = dev;
    await waitFor('npm start', async () => (await fetch(`${this.url}/fr/`)).ok, dev, 120_000);
    return dev;
  }

  /** Stops `npm start`. */
  async stopDev(): Promise<void> {
    await stop(this.dev);
  }

  /** Runs git in the copy (with a throwaway identity) and returns its output. */
  git(...args: string[]): string {
    return execFileSync('git', ['-c', 'user.name=CMS test', '-c', 'user.email=cms-test@example.invalid', ...args], { cwd: this.root, encoding: 'utf8' });
  }

  /** Makes the copy a git repository with everything committed on `main` (for the `git` proxy). */
  initGit(): void {
    this.git('init', '--quiet', '--initial-branch=main');
    // The linked node_modules is a symlink, which `.gitignore`'s `node_modules/` does not match.
    appendFileSync(this.path('.git', 'info', 'exclude'), '\nnode_modules\n');
    this.git('add', '--all');
    this.git('commit', '--quiet', '--message', 'Site as the CMS tests left it');
  }

  /** Reads a file of the copy. */
  read(...segments: string[]): string {
    return readFileSync(this.path(...segments), 'utf8');
  }

  /** A fingerprint of every file under `content/`: equal fingerprints mean nothing was written. */
  contentFingerprint(): Record<string, string> {
    const base = this.path('content');
    const files = readdirSync(base, { recursive: true, encoding: 'utf8' });
    return Object.fromEntries(
      files
        .map((file) => join(base, file))
        .filter((file) => statSync(file).isFile())
        .sort()
        .map((file) => [relative(base, file), createHash('sha256').update(readFileSync(file)).digest('hex')]),
    );
  }

  /** Stops both servers and deletes the copy. */
  async close(): Promise<void> {
    await Promise.all([stop(this.preview), stop(this.proxy), stop(this.dev)]);
    rmSync(this.root, { recursive: true, force: true });
  }
}
