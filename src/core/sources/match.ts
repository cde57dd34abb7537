// Looks a quotation up in the source index: candidate places come from shared word
// trigrams (votes per alignment), the best few are aligned word by word, and the verdict
// is verbatim, altered (with the diff and the passage), not found, or other language.
import { detectLanguage } from '../language';
import { diffParts, diffWords, trimContext } from '../quotes/diff';
import type { Language, QuoteSource } from '../types';
import { docOf, lineOf, trigramKey } from './build';
import { quotationWords, type Word } from './tokens';
import type { SourceIndex } from './types';

/** Trigrams found more often than this are too common to point anywhere. */
const COMMON = 400;
const CANDIDATES = 3;

interface Verdict {
  source: QuoteSource;
  matched: number;
}

export function lookupQuote(index: SourceIndex, quotation: string, language: Language, speaker?: string): QuoteSource {
  const searched = index.docs.length;
  if (!searched) return { status: 'unchecked' };
  const found = find(index, quotation, quotationWords(quotation));
  if (found) return { ...found, searched };
  // [words] in brackets are usually the writer's, but may be the speaker's own, clarified
  const again = quotation.includes('[') ? find(index, quotation, quotationWords(quotation, true)) : undefined;
  if (again) return { ...again, searched };
  if (quotationWords(quotation).length < 3) return { status: 'unchecked', searched };
  return otherLanguage(index, quotation, language, speaker) ?? { status: 'not-found', searched };
}

function find(index: SourceIndex, quotation: string, qw: Word[]): QuoteSource | undefined {
  if (qw.length < 3) return undefined;
  const ids = qw.map((w) => index.vocabulary.get(w.key) ?? -1);
  const votes = new Map<number, number>();
  // Alignments voted for by the words before the first cut: they place the quotation's start.
  const heads = new Set<number>();
  let head = true;
  for (let i = 0; i + 2 < qw.length; i++) {
    if (qw[i + 1].gapBefore || qw[i + 2].gapBefore) head = false;
    if (ids[i] < 0 || ids[i + 1] < 0 || ids[i + 2] < 0 || qw[i + 1].gapBefore || qw[i + 2].gapBefore) continue;
    const list = index.shingles.get(trigramKey(ids[i], ids[i + 1], ids[i + 2]));
    if (!list || list.length > COMMON) continue;
    for (const p of list) {
      votes.set(p - i, (votes.get(p - i) ?? 0) + 1);
      if (head) heads.add(p - i);
    }
  }
  const ranked = [...votes].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  let best: Verdict | undefined;
  const tried: number[] = [];
  for (const [diag] of ranked) {
    if (tried.length >= CANDIDATES) break;
    if (tried.some((t) => Math.abs(t - diag) < qw.length + 20)) continue;
    tried.push(diag);
    let start = diag;
    if (qw.some((w) => w.gapBefore)) {
      let closest = -Infinity;
      for (const h of heads) if (h <= diag && h >= diag - 250 && h > closest) closest = h;
      start = Number.isFinite(closest) ? closest : diag - 3;
    }
    const v = align(index, qw, quotation, start);
    if (v && (!best || v.matched > best.matched || (v.matched === best.matched && v.source.status === 'verbatim'))) best = v;
    if (best?.source.status === 'verbatim') break;
  }
  return best && best.matched >= Math.max(2, qw.length * 0.5) ? best.source : undefined;
}

function align(index: SourceIndex, qw: Word[], quotation: string, diag: number): Verdict | undefined {
  const anchor = Math.max(0, diag);
  const doc = docOf(index, anchor);
  if (!doc) return undefined;
  const gaps = qw.some((w) => w.gapBefore);
  // the votes place the quotation's first word at `diag`: the window starts there
  const from = Math.max(doc.firstWord, diag);
  const to = Math.min(doc.endWord, diag + qw.length + (gaps ? 200 : 5));
  const srcKeys: string[] = [];
  for (let p = from; p < to; p++) srcKeys.push(String(index.words[p]));
  const qKeys = qw.map((w) => String(index.vocabulary.get(w.key) ?? `?${w.key}`));
  // Source words around the quotation are context, not differences.
  const ops = trimContext(diffWords(srcKeys, qKeys));
  if (!ops.some((o) => o.op === 'equal')) return undefined;
  let matched = 0;
  let altered = false;
  for (const o of ops) {
    if (o.op === 'equal') matched += o.a[1] - o.a[0];
    else if (o.op === 'insert') altered = true;
    else if (!qw[o.b[0]]?.gapBefore) altered = true; // words dropped without an ellipsis
  }
  const first = from + Math.min(...ops.filter((o) => o.op !== 'insert').map((o) => o.a[0]));
  const last = from + Math.max(...ops.filter((o) => o.op !== 'insert').map((o) => o.a[1])) - 1;
  if (!Number.isFinite(first) || !Number.isFinite(last)) return undefined;
  const startChar = index.wordStarts[first];
  const endChar = index.wordEnds[last];
  const line = lineOf(doc, startChar);
  if (!altered) return { matched, source: { status: 'verbatim', path: doc.path, line } };
  const srcWords: string[] = [];
  for (let p = from; p < to; p++) srcWords.push(doc.text.slice(index.wordStarts[p], index.wordEnds[p]));
  const qWords = qw.map((w) => quotation.slice(w.start, w.end));
  return {
    matched,
    source: { status: 'altered', path: doc.path, line, passage: doc.text.slice(startChar, endChar), diff: diffParts(ops, srcWords, qWords) },
  };
}

/** Not found, but a source in another language may hold it in translation. */
function otherLanguage(index: SourceIndex, quotation: string, language: Language, speaker?: string): QuoteSource | undefined {
  const lang = detectLanguage(quotation, language);
  const others = index.docs.filter((d) => d.language !== lang);
  if (!others.length) return undefined;
  const surname = speaker?.split(/[\s\u00a0]+/).pop()?.toLowerCase();
  const mentioning = surname && surname.length > 2 ? others.find((d) => d.text.toLowerCase().includes(surname)) : undefined;
  if (mentioning) return { status: 'other-language', path: mentioning.path, searched: index.docs.length };
  if (others.length === index.docs.length) return { status: 'other-language', path: others[0].path, searched: index.docs.length };
  return undefined;
}
