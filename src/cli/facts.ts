// copydesk facts: each draft's fact sheet, with the states the editor saved in VS Code
// (.copydesk/factsheet/<draft path>.json under the folder that holds .copydesk/).
import { existsSync, readFileSync } from 'fs';
import { dirname, join, relative, resolve } from 'path';
import { buildFactSheet, factSheetMarkdown, parseSavedFactSheet, stateOf, type SavedFactSheet } from '../core/factsheet';
import { lineAt, lineStarts } from '../core/positions';
import type { Checked } from './format';

/** The folder that holds .copydesk/ above a draft, or undefined. */
function projectRoot(path: string): string | undefined {
  let dir = dirname(resolve(path));
  for (;;) {
    if (existsSync(join(dir, '.copydesk'))) return dir;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

/** Where the editor saves a draft's fact sheet states: <root>/.copydesk/factsheet/<draft path>.json. */
export function savedFactSheetPath(root: string, draft: string): string {
  return join(root, '.copydesk', 'factsheet', `${relative(root, resolve(draft))}.json`);
}

function loadSaved(path: string, err: (s: string) => void): SavedFactSheet | undefined {
  if (path === '-') return undefined;
  const root = projectRoot(path);
  const file = root && savedFactSheetPath(root, path);
  if (!file || !existsSync(file)) return undefined;
  const { sheet, error } = parseSavedFactSheet(readFileSync(file, 'utf8'));
  if (error) err(`copydesk: ${relative(process.cwd(), file)}: ${error}; its states are ignored\n`);
  return sheet;
}

export function printFacts(checked: Checked[], format: 'md' | 'json', out: (s: string) => void, err: (s: string) => void): void {
  const files = checked.map((c) => {
    const sheet = buildFactSheet(c.analysis, c.text);
    return { c, sheet, saved: loadSaved(c.path, err) };
  });
  if (format === 'md') {
    out(
      files
        .map(({ c, sheet, saved }) => {
          const starts = lineStarts(c.text);
          return factSheetMarkdown(sheet, saved, c.path, (o) => lineAt(starts, o));
        })
        .join('\n'),
    );
    return;
  }
  const json = {
    version: 1,
    files: files.map(({ c, sheet, saved }) => {
      const items = (list: typeof sheet.names) => list.map((i) => ({ ...i, ...stateOf(i, saved) }));
      return { path: c.path, language: sheet.language, names: items(sheet.names), figures: items(sheet.figures), quotes: items(sheet.quotes) };
    }),
  };
  out(JSON.stringify(json, null, 2) + '\n');
}
