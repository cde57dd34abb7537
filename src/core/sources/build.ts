// Builds the source index: word ids, positions and trigram postings of every document.
import { detectLanguage } from '../language';
import { lineAt, lineStarts } from '../positions';
import type { SourceDocument } from '../types';
import { words } from './tokens';
import type { IndexedSource, SourceIndex } from './types';

const BITS = 2 ** 17;

/** Key of the word trigram (a, b, c); exact below 131,072 distinct words, a hash above. */
export const trigramKey = (a: number, b: number, c: number): number => ((a % BITS) * BITS + (b % BITS)) * BITS + (c % BITS);


export function buildSourceIndex(documents: readonly SourceDocument[]): SourceIndex {
  const vocabulary = new Map<string, number>();
  const ids: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const docs: IndexedSource[] = [];
  for (const d of documents) {
    const firstWord = ids.length;
    for (const w of words(d.text)) {
      let id = vocabulary.get(w.key);
      if (id === undefined) vocabulary.set(w.key, (id = vocabulary.size));
      ids.push(id);
      starts.push(w.start);
      ends.push(w.end);
    }
    docs.push({ path: d.path, text: d.text, language: detectLanguage(d.text), lineStarts: lineStarts(d.text), firstWord, endWord: ids.length });
  }
  const shingles = new Map<number, number[]>();
  for (const d of docs) {
    for (let i = d.firstWord; i + 2 < d.endWord; i++) {
      const key = trigramKey(ids[i], ids[i + 1], ids[i + 2]);
      const list = shingles.get(key);
      if (list) list.push(i);
      else shingles.set(key, [i]);
    }
  }
  return { docs, words: Int32Array.from(ids), wordStarts: Int32Array.from(starts), wordEnds: Int32Array.from(ends), vocabulary, shingles };
}

/** The document holding word `pos`. */
export function docOf(index: SourceIndex, pos: number): IndexedSource | undefined {
  let lo = 0;
  let hi = index.docs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const d = index.docs[mid];
    if (pos < d.firstWord) hi = mid - 1;
    else if (pos >= d.endWord) lo = mid + 1;
    else return d;
  }
  return undefined;
}

/** 1-based line of a character offset in a source document. */
export function lineOf(doc: IndexedSource, offset: number): number {
  return lineAt(doc.lineStarts, offset) + 1;
}
