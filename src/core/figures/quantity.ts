// When two figures are the same quantity: same kind, unit and role, and noun phrases that
// name the same thing (one's content words within the other's, same proper nouns), or the
// same casualty concept ("five killed" / "six dead").
import type { FigureFact } from '../types';
import { conceptAfter } from './phrases';

export interface QuantityKey {
  words: ReadonlySet<string>;
  proper: ReadonlySet<string>;
  concept?: string;
}

const STOP = new Set(
  'les des une aux dans pour sur par avec entre the and for from with between its their this that these those into over under than lui aussi also year years année années ans it they them she elle elles ils eux celle celles celui ceux cela ceci'.split(' '),
);

const fold = (w: string): string => w.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/(?:s|x)$/, '');

export type Words = Pick<QuantityKey, 'words' | 'proper'>;

/** Content words and proper nouns of a noun phrase (folded: no accents, case or plural). */
function wordsOf(qualifies: string): Words {
  const words = new Set<string>();
  const proper = new Set<string>();
  const tokens = qualifies.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  tokens.forEach((t, i) => {
    if (t.length < 3 && !/^\p{Lu}/u.test(t)) return;
    if (STOP.has(t.toLowerCase())) return;
    const k = fold(t);
    words.add(k);
    if (i > 0 && /^\p{Lu}/u.test(t)) proper.add(k);
  });
  return { words, proper };
}

/**
 * The key of a figure's quantity. Pass one `memo` map for all the figures of a document:
 * drafts repeat their noun phrases, and folding them (normalize) is the costly part.
 */
export function quantityKey(text: string, f: FigureFact, memo?: Map<string, Words>): QuantityKey | undefined {
  const concept = f.kind === 'count' ? conceptAfter(text, f.end, f.end + 40) : undefined;
  if (!f.qualifies && !concept) return undefined;
  const q = f.qualifies ?? '';
  let w = memo?.get(q);
  if (!w) {
    w = wordsOf(q);
    memo?.set(q, w);
  }
  // the sets are shared by the figures of one phrase (number-conflict groups figures by
  // them): keys are read-only
  const key: QuantityKey = { words: w.words, proper: w.proper };
  if (concept) key.concept = concept;
  return key;
}

const subset = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => {
  for (const x of a) if (!b.has(x)) return false;
  return true;
};

export function sameQuantity(a: FigureFact, ka: QuantityKey, b: FigureFact, kb: QuantityKey): boolean {
  return quantityMatch(a, ka, b, kb) === 'same';
}

/**
 * 'same' when two figures are the same quantity; 'head' when they are counts of the same
 * one-word noun ("2,400 patients" / "2,900 patients"), the same quantity only if their
 * contexts (day, month, year, place) say so; false otherwise.
 */
export function quantityMatch(a: FigureFact, ka: QuantityKey, b: FigureFact, kb: QuantityKey): 'same' | 'head' | false {
  if (a.kind !== b.kind || (a.role ?? 'level') !== (b.role ?? 'level')) return false;
  if (ka.concept || kb.concept) return ka.concept === kb.concept && 'same';
  if (a.unit !== b.unit) return false;
  if (!ka.words.size || !kb.words.size) return false;
  if (ka.proper.size && kb.proper.size && !(subset(ka.proper, kb.proper) && subset(kb.proper, ka.proper))) return false;
  if (!subset(ka.words, kb.words) && !subset(kb.words, ka.words)) return false;
  return a.kind === 'count' && Math.min(ka.words.size, kb.words.size) < 2 ? 'head' : 'same';
}

/** True when two printed values cannot be the same number rounded two ways. */
export function differentValues(a: FigureFact, b: FigureFact): boolean {
  const diff = Math.abs(a.value - b.value);
  const tol = ((a.step ?? 0) + (b.step ?? 0)) / 2 + 1e-9 * Math.max(Math.abs(a.value), Math.abs(b.value));
  if (a.approximate || b.approximate || a.range || b.range) {
    const lo = (f: FigureFact): number => (f.range ? f.range[0] : f.value);
    const hi = (f: FigureFact): number => (f.range ? f.range[1] : f.value);
    if (a.range || b.range) return hi(a) < lo(b) - tol || hi(b) < lo(a) - tol;
    return diff > tol + 0.1 * Math.max(Math.abs(a.value), Math.abs(b.value));
  }
  return diff > 0 && diff >= tol * 0.999;
}
