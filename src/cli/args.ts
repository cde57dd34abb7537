// Command-line arguments, per the contract in DESIGN.md, read with Node's util.parseArgs.
import { parseArgs as parseNodeArgs } from 'util';
import type { LanguageSetting } from '../core/types';

export interface CheckArgs {
  command: 'check';
  lang: LanguageSetting;
  format: 'text' | 'json' | 'sarif';
  names?: string;
  sources: string[];
  paths: string[];
}

/** `copydesk facts FILE…`: the fact sheet of each draft (Markdown for the desk chief, or JSON). */
export interface FactsArgs {
  command: 'facts';
  lang: LanguageSetting;
  format: 'md' | 'json';
  names?: string;
  sources: string[];
  paths: string[];
}

export type Parsed = CheckArgs | FactsArgs | { command: 'help' } | { command: 'version' } | { command: 'error'; message: string };

export const USAGE = `Usage: copydesk check [--lang auto|fr|en] [--format text|json|sarif] [--names FILE] [--sources GLOB] PATH...
       copydesk facts [--lang auto|fr|en] [--format md|json] [--names FILE] [--sources GLOB] PATH...

check: the names, figures and quotations of Markdown and text drafts.
facts: each draft's fact sheet (names, figures, quotations to verify), with the states saved by
       the editor in .copydesk/factsheet/ beside the drafts.
PATH may be files or folders (their .md, .markdown and .txt files are read); - reads stdin.
Exit code: 0 without error-severity findings, 1 with, 2 on bad usage or unreadable input.`;

const FORMATS = { check: ['text', 'json', 'sarif'], facts: ['md', 'json'] } as const;

export function parseArgs(argv: string[]): Parsed {
  if (argv.includes('--help') || argv.includes('-h') || argv.length === 0) return { command: 'help' };
  if (argv.includes('--version') || argv.includes('-v')) return { command: 'version' };
  const [command, ...rest] = argv;
  if (command !== 'check' && command !== 'facts') return { command: 'error', message: `unknown command "${command}" (expected "check" or "facts")` };
  let parsed;
  try {
    parsed = parseNodeArgs({
      args: rest,
      allowPositionals: true,
      strict: true,
      options: {
        lang: { type: 'string', default: 'auto' },
        format: { type: 'string', default: command === 'check' ? 'text' : 'md' },
        names: { type: 'string' },
        sources: { type: 'string', multiple: true, default: [] },
      },
    });
  } catch (e) {
    const m = /Unknown option '([^']+)'/.exec((e as Error).message);
    if (m) return { command: 'error', message: `unknown option ${m[1]}` };
    const v = /Option '(--\w+)[^']*' argument missing/.exec((e as Error).message);
    if (v) return { command: 'error', message: `${v[1]} takes a value` };
    return { command: 'error', message: (e as Error).message };
  }
  const { lang, format, names, sources } = parsed.values;
  if (lang !== 'auto' && lang !== 'fr' && lang !== 'en') return { command: 'error', message: `--lang takes auto, fr or en (got ${lang || 'nothing'})` };
  const formats: readonly string[] = FORMATS[command];
  if (!formats.includes(format as string)) return { command: 'error', message: `--format takes ${formats.join(', ')} for ${command} (got ${format || 'nothing'})` };
  if (names === '') return { command: 'error', message: '--names takes a file' };
  if ((sources as string[]).some((s) => !s)) return { command: 'error', message: '--sources takes a glob pattern' };
  const paths = parsed.positionals;
  if (!paths.length) return { command: 'error', message: `no PATH to ${command === 'check' ? 'check' : 'read'}` };
  return { command, lang, format, names, sources, paths } as CheckArgs | FactsArgs;
}
