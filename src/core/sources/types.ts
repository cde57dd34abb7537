// The source index: every source document's words as integer ids, and word trigrams
// (shingles) pointing back to where they occur. Built once by the adapter, reused on
// every analysis; plain data, never mutated after buildSourceIndex returns it.
import type { Language } from '../types';

export interface IndexedSource {
  path: string;
  text: string;
  language: Language;
  /** Offsets of line starts, for 1-based line numbers. */
  lineStarts: number[];
  /** Index of this document's first word in SourceIndex.words. */
  firstWord: number;
  /** One past its last word. */
  endWord: number;
}

export interface SourceIndex {
  docs: IndexedSource[];
  /** Word ids of all documents, one after the other. */
  words: Int32Array;
  /** Character offsets of each word in its document (start, end). */
  wordStarts: Int32Array;
  wordEnds: Int32Array;
  /** Normalised word → id. */
  vocabulary: Map<string, number>;
  /** Trigram hash → positions (in `words`) where it starts. */
  shingles: Map<number, number[]>;
}
