// Sentence spans inside paragraphs. Full stops after abbreviations, initials and inside
// numbers do not end a sentence.
import type { Paragraph, Span } from './types';

const ABBREVIATIONS = new Set(
  'm mm mme mmes mlle dr pr me st ste mr mrs ms prof gen gén col lt sgt capt gov sen rep rev jr sr co corp inc ltd etc cf vs ex env art p pp no nos vol fig ch av bd jan feb fév févr mar apr avr aug sept sep oct nov dec déc i.e e.g'.split(
    ' ',
  ),
);

// A sentence ends at . ! ? or … (possibly followed by closing quotes or brackets) when
// blank space and an opening character follow.
const END = /([.!?…]+)([»”"’)\]]*)(?=\s+[«“"‘(\[\p{Lu}\p{N}¿¡—–-]|\s*$)/gu;

export function splitSentences(text: string, paragraphs: Paragraph[]): Span[] {
  const out: Span[] = [];
  for (const p of paragraphs) {
    const body = text.slice(p.start, p.end);
    let start = 0;
    END.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = END.exec(body))) {
      if (m[1] === '.' && isAbbreviation(body, m.index)) continue;
      const end = m.index + m[0].length;
      pushTrimmed(out, body, p.start, start, end);
      start = end;
    }
    pushTrimmed(out, body, p.start, start, body.length);
  }
  return out;
}

function isAbbreviation(body: string, dot: number): boolean {
  const before = /([\p{L}.]+)$/u.exec(body.slice(Math.max(0, dot - 12), dot));
  if (!before) return false;
  const word = before[1];
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: J. Smith
  return ABBREVIATIONS.has(word.toLowerCase());
}

/**
 * No real sentence runs past a few hundred words; text without full stops (a pasted table, a
 * 10 MB single line) is cut into pieces of at most this many characters, at a space, so that
 * every per-sentence check stays bounded.
 */
export const MAX_SENTENCE = 2000;

function pushTrimmed(out: Span[], body: string, base: number, s: number, e: number): void {
  while (s < e && /\s/.test(body[s])) s++;
  while (e > s && /\s/.test(body[e - 1])) e--;
  while (e - s > MAX_SENTENCE) {
    const space = body.lastIndexOf(' ', s + MAX_SENTENCE);
    const cut = space > s + MAX_SENTENCE / 2 ? space : s + MAX_SENTENCE;
    out.push({ start: base + s, end: base + cut });
    s = cut;
    while (s < e && /\s/.test(body[s])) s++;
  }
  if (e > s) out.push({ start: base + s, end: base + e });
}
