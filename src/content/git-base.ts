/**
 * The published version of content files, from git, for the "no silent
 * change" rule (`history-check.ts`). The base is `CONTENT_BASE_REF` when set
 * (a branch, a tag, a commit: what the site was last published from);
 * otherwise, for each file, its previous committed version: the last commit
 * when the working copy has uncommitted edits, else the version before the
 * last commit that touched it. In a shallow clone (or outside git) the history
 * is not there: the reader says so instead of pretending every file is new.
 *
 * Node only (runs git): used by `npm run check:content` and tests, never by
 * the build or the admin.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { FileVersions } from './history-files';

/** The base versions, or why there are none. */
export type BaseVersions =
  | { readonly available: true; readonly base: string; readonly files: readonly FileVersions[] }
  | { readonly available: false; readonly reason: string };

/** Runs git in `cwd`; `undefined` when it fails (a missing file at a revision, no repository). */
function git(cwd: string, args: readonly string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
  } catch {
    return undefined;
  }
}

/** True when `git` exits with 0. */
function succeeds(cwd: string, args: readonly string[]): boolean {
  return git(cwd, args) !== undefined;
}

/** A file's previous committed version, as the default base reads it; `undefined` for a file new in its last commit. */
function previousVersion(cwd: string, path: string): string | undefined {
  const tracked = succeeds(cwd, ['ls-files', '--error-unmatch', '--', path]);
  if (!tracked) return undefined;
  if (!succeeds(cwd, ['diff', '--quiet', 'HEAD', '--', path])) return git(cwd, ['show', `HEAD:${path}`]);
  const last = git(cwd, ['log', '-n', '1', '--format=%H', '--', path])?.trim();
  if (!last) return undefined;
  return git(cwd, ['show', `${last}^:${path}`]);
}

/**
 * The base and current text of each file (paths relative to `root`, the
 * project's root). `baseRef` is `CONTENT_BASE_REF`; empty means the default.
 */
export function readBaseVersions(root: string, paths: readonly string[], baseRef?: string | undefined): BaseVersions {
  const top = git(root, ['rev-parse', '--show-toplevel'])?.trim();
  if (top === undefined) return { available: false, reason: 'pas de dépôt git ici : l’historique des fichiers est introuvable (not a git repository)' };
  if (git(root, ['rev-parse', '--is-shallow-repository'])?.trim() === 'true') {
    return { available: false, reason: 'clone superficiel (shallow clone) : l’historique n’est pas disponible ; cloner avec tout l’historique (git fetch --unshallow) pour vérifier cette règle' };
  }
  const prefix = relative(top, root);
  const inRepo = (path: string) => (prefix ? `${prefix}/${path}` : path);
  const ref = baseRef?.trim();
  if (ref && !succeeds(top, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])) {
    return { available: false, reason: `CONTENT_BASE_REF « ${ref} » introuvable dans ce dépôt (unknown base ref)` };
  }
  const files = paths.map((path) => ({
    path,
    base: ref ? git(top, ['show', `${ref}:${inRepo(path)}`]) : previousVersion(top, inRepo(path)),
    head: readFileSync(join(root, path), 'utf8'),
  }));
  return { available: true, base: ref || 'version précédente de chaque fichier (previous commit of each file)', files };
}
