// Which files to check, and reading them safely: a binary or unreadable file is reported
// by name and skipped, never a crash.
import { readdirSync, readFileSync, statSync } from 'fs';
import { extname, join } from 'path';

export const DRAFT_EXTENSIONS = new Set(['.md', '.markdown', '.mdown', '.txt', '.text']);
const SKIPPED_DIRS = new Set(['node_modules', '.git', '.vscode-test', 'dist', 'out']);

export interface Input {
  path: string;
  format: 'markdown' | 'plaintext';
  text?: string;
  error?: string;
}

export const formatOf = (path: string): 'markdown' | 'plaintext' => (/\.(txt|text)$/i.test(path) ? 'plaintext' : 'markdown');

/** Expands folders into their drafts (sorted, so output is stable); files are taken as given. */
export function discover(paths: string[]): { files: string[]; errors: Input[] } {
  const files: string[] = [];
  const errors: Input[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) {
        if (!SKIPPED_DIRS.has(e.name) && !e.name.startsWith('.')) walk(p);
      } else if (e.isFile() && DRAFT_EXTENSIONS.has(extname(e.name).toLowerCase())) files.push(p);
    }
  };
  for (const p of paths) {
    if (p === '-') {
      files.push(p);
      continue;
    }
    try {
      if (statSync(p).isDirectory()) walk(p);
      else files.push(p);
    } catch (err) {
      errors.push({ path: p, format: 'markdown', error: describe(err) });
    }
  }
  return { files, errors };
}

function describe(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e.code === 'ENOENT') return 'no such file or folder';
  if (e.code === 'EACCES') return 'permission denied';
  if (e.code === 'EISDIR') return 'is a folder';
  return e.message ?? String(err);
}

/** Decodes a draft: refuses binary content (NUL bytes) and text that is not UTF-8. */
export function decode(bytes: Buffer): { text?: string; error?: string } {
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return { error: 'binary file, not a text draft' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch {
    return { error: 'not valid UTF-8 text' };
  }
}

export function readInput(path: string): Input {
  const format = formatOf(path);
  try {
    const bytes = path === '-' ? readFileSync(0) : readFileSync(path);
    return { path: path === '-' ? '<stdin>' : path, format: path === '-' ? 'markdown' : format, ...decode(bytes) };
  } catch (err) {
    return { path, format, error: describe(err) };
  }
}
