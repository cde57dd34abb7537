// Command-line arguments, per the contract in DESIGN.md.
import type { LanguageSetting } from '../core/types';

export interface CheckArgs {
  command: 'check';
  lang: LanguageSetting;
  format: 'text' | 'json' | 'sarif';
  names?: string;
  sources: string[];
  paths: string[];
}

export type Parsed = CheckArgs | { command: 'help' } | { command: 'version' } | { command: 'error'; message: string };

export const USAGE = `Usage: copydesk check [--lang auto|fr|en] [--format text|json|sarif] [--names FILE] [--sources GLOB] PATH...

Checks the names, figures and quotations of Markdown and text drafts.
PATH may be files or folders (their .md, .markdown and .txt files are checked); - reads stdin.
Exit code: 0 without error-severity findings, 1 with, 2 on bad usage or unreadable input.`;

export function parseArgs(argv: string[]): Parsed {
  if (argv.includes('--help') || argv.includes('-h') || argv.length === 0) return { command: 'help' };
  if (argv.includes('--version') || argv.includes('-v')) return { command: 'version' };
  const [command, ...rest] = argv;
  if (command !== 'check') return { command: 'error', message: `unknown command "${command}" (expected "check")` };
  const out: CheckArgs = { command: 'check', lang: 'auto', format: 'text', sources: [], paths: [] };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const eq = a.indexOf('=');
    const [flag, inline] = a.startsWith('--') && eq > 0 ? [a.slice(0, eq), a.slice(eq + 1)] : [a, undefined];
    const value = (): string | undefined => inline ?? rest[++i];
    switch (flag) {
      case '--lang': {
        const v = value();
        if (v !== 'auto' && v !== 'fr' && v !== 'en') return { command: 'error', message: `--lang takes auto, fr or en (got ${v ?? 'nothing'})` };
        out.lang = v;
        break;
      }
      case '--format': {
        const v = value();
        if (v !== 'text' && v !== 'json' && v !== 'sarif') return { command: 'error', message: `--format takes text, json or sarif (got ${v ?? 'nothing'})` };
        out.format = v;
        break;
      }
      case '--names': {
        const v = value();
        if (!v) return { command: 'error', message: '--names takes a file' };
        out.names = v;
        break;
      }
      case '--sources': {
        const v = value();
        if (!v) return { command: 'error', message: '--sources takes a glob pattern' };
        out.sources.push(v);
        break;
      }
      default:
        if (a.startsWith('-') && a !== '-') return { command: 'error', message: `unknown option ${a}` };
        out.paths.push(a);
    }
  }
  if (!out.paths.length) return { command: 'error', message: 'no PATH to check' };
  return out;
}
