// What the CLI reads beside the drafts: the house name list (--names, or the nearest
// .copydesk/names.json above each draft) and the source documents (--sources GLOB).
import { existsSync, readFileSync } from 'fs';
import { dirname, join, resolve, relative } from 'path';
import { globSync } from 'tinyglobby';
import { parseHouseNames, type HouseNames } from '../core/names/house';
import { buildSourceIndex, type SourceIndex } from '../core/sources';
import { decode } from './files';

export class HouseLists {
  private readonly byFile = new Map<string, HouseNames | undefined>();
  private readonly byDir = new Map<string, string | undefined>();
  readonly errors: string[] = [];

  constructor(private readonly explicit?: string) {}

  /** The list that applies to a draft: --names, else the nearest .copydesk/names.json. */
  forDraft(path: string): HouseNames | undefined {
    const file = this.explicit ?? (path === '-' ? this.find(process.cwd()) : this.find(dirname(resolve(path))));
    return file ? this.load(file) : undefined;
  }

  private find(dir: string): string | undefined {
    if (this.byDir.has(dir)) return this.byDir.get(dir);
    const candidate = join(dir, '.copydesk', 'names.json');
    const parent = dirname(dir);
    const found = existsSync(candidate) ? candidate : parent !== dir ? this.find(parent) : undefined;
    this.byDir.set(dir, found);
    return found;
  }

  private load(file: string): HouseNames | undefined {
    if (this.byFile.has(file)) return this.byFile.get(file);
    let list: HouseNames | undefined;
    const label = relative(process.cwd(), file) || file;
    try {
      const { text, error } = decode(readFileSync(file));
      if (text === undefined) throw new Error(error);
      const res = parseHouseNames(text, label);
      list = res.list;
      for (const e of res.errors) this.errors.push(e.message);
    } catch (err) {
      this.errors.push(`${label}: ${(err as Error).message}`);
    }
    this.byFile.set(file, list);
    return list;
  }
}

/** Reads and indexes the source documents the globs name; unreadable ones are reported. */
export function loadSources(globs: string[]): { index?: SourceIndex; paths: Set<string>; errors: string[] } {
  const errors: string[] = [];
  const paths = new Set<string>();
  if (!globs.length) return { paths, errors };
  const files = globSync(globs, { cwd: process.cwd(), onlyFiles: true, ignore: ['**/node_modules/**'] }).sort();
  const docs = [];
  for (const f of files) {
    paths.add(resolve(f));
    try {
      const { text, error } = decode(readFileSync(f));
      if (text === undefined) errors.push(`${f}: ${error} (source skipped)`);
      else docs.push({ path: f, text });
    } catch (err) {
      errors.push(`${f}: ${(err as Error).message} (source skipped)`);
    }
  }
  if (!files.length) errors.push(`--sources ${globs.join(' ')}: no file matches`);
  return { index: docs.length ? buildSourceIndex(docs) : undefined, paths, errors };
}
