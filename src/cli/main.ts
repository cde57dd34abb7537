// copydesk check: the engine in a terminal and in CI.
import { analyze } from '../core/analyze';
import { parseArgs, USAGE, type CheckArgs, type FactsArgs } from './args';
import { printFacts } from './facts';
import { discover, readInput } from './files';
import { formatText, writeJson, toSarif, type Checked } from './format';
import { HouseLists, loadSources } from './context';
import { resolve } from 'path';
import { writeSync } from 'fs';

declare const COPYDESK_VERSION: string | undefined;
const VERSION = typeof COPYDESK_VERSION === 'string' ? COPYDESK_VERSION : '0.1.0';

export function run(argv: string[], out: (s: string) => void, err: (s: string) => void): number {
  const args = parseArgs(argv);
  if (args.command === 'help') {
    out(USAGE + '\n');
    return argv.length === 0 ? 2 : 0;
  }
  if (args.command === 'version') {
    out(VERSION + '\n');
    return 0;
  }
  if (args.command === 'error') {
    err(`copydesk: ${args.message}\n${USAGE}\n`);
    return 2;
  }
  if (args.command === 'facts') {
    const { checked, unreadable } = readAndAnalyze(args, err);
    printFacts(checked, args.format, out, err);
    return unreadable ? 2 : 0;
  }
  return check(args, out, err);
}

/** Reads every draft the paths give and analyses it; unreadable inputs are reported on stderr. */
function readAndAnalyze(args: CheckArgs | FactsArgs, err: (s: string) => void): { checked: Checked[]; unreadable: number } {
  const { files, errors } = discover(args.paths);
  let unreadable = errors.length;
  for (const e of errors) err(`copydesk: ${e.path}: ${e.error}\n`);
  const sources = loadSources(args.sources);
  for (const e of sources.errors) err(`copydesk: ${e}\n`);
  const lists = new HouseLists(args.names);
  const checked: Checked[] = [];
  for (const path of files) {
    if (path !== '-' && sources.paths.has(resolve(path))) continue; // a source is evidence, not a draft
    const input = readInput(path);
    if (input.text === undefined) {
      unreadable++;
      err(`copydesk: ${input.path}: ${input.error}\n`);
      continue;
    }
    try {
      const options = { format: input.format, language: args.lang, houseNames: lists.forDraft(path), sourceIndex: sources.index };
      checked.push({ path: input.path, text: input.text, analysis: analyze(input.text, options) });
    } catch (e) {
      unreadable++;
      err(`copydesk: ${input.path}: could not be checked (${(e as Error).message})\n`);
    }
  }
  for (const e of new Set(lists.errors)) err(`copydesk: ${e}\n`);
  unreadable += lists.errors.length;
  return { checked, unreadable };
}

function check(args: CheckArgs, out: (s: string) => void, err: (s: string) => void): number {
  const { checked, unreadable } = readAndAnalyze(args, err);
  if (args.format === 'json') writeJson(checked, out);
  else if (args.format === 'sarif') out(JSON.stringify(toSarif(checked, VERSION), null, 2) + '\n');
  else out(formatText(checked));
  if (unreadable) return 2;
  return checked.some((c) => c.analysis.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

let closed = false;
function writeAll(fd: number, s: string): void {
  const buf = Buffer.from(s, 'utf8');
  for (let off = 0; off < buf.length && !closed; ) {
    try {
      off += writeSync(fd, buf, off);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') closed = true; // the reader left (copydesk check … | head): stop quietly
      else if (code !== 'EAGAIN') throw e; // EAGAIN: a non-blocking pipe that is full, try again
    }
  }
}

if (require.main === module) {
  // Written synchronously: a large report must not pile up in memory behind a slow pipe.
  const code = run(process.argv.slice(2), (s) => writeAll(1, s), (s) => writeAll(2, s));
  process.exitCode = code;
}
