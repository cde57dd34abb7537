// Shares written in words and restated as a percentage: "one in five people (25 %)" is 20 %,
// "two-thirds of members, or 75%" is ≈ 66.7 %. Fractions in prose are loose ("about a
// third"), so only a clear gap is flagged; "more than half", "nearly a third" are bounds.
import type { FigureFact, Span } from '../types';
import { bi, lazy, pct, rateHalf, shown, type Stated } from './stated';

const FRACTIONS: [RegExp, number][] = [
  [/(?<![\p{L}])(?:two[- ]thirds|deux[- ]tiers)(?![\p{L}])/iu, 200 / 3],
  [/(?<![\p{L}])(?:three[- ]quarters|trois[- ]quarts)(?![\p{L}])/iu, 75],
  [/(?<![\p{L}])(?:(?:a|one)[- ]third|un tiers)(?![\p{L}])/iu, 100 / 3],
  [/(?<![\p{L}])(?:(?:a|one)[- ]quarter|un quart)(?![\p{L}])/iu, 25],
  [/(?<![\p{L}])(?:(?:a|one)[- ]fifth|un cinquième)(?![\p{L}])/iu, 20],
  [/(?<![\p{L}])(?:(?:a|one)[- ]tenth|un dixième)(?![\p{L}])/iu, 10],
  [/(?<![\p{L}])(?:half|la moitié|moitié)(?![\p{L}])/iu, 50],
];
const MORE = /(?:more than|over|at least|plus de|plus d['’]|au moins|upwards of)[ \u00a0]*$/iu;
const LESS = /(?:nearly|almost|close to|less than|under|près de|presque|moins de|moins d['’]|quasiment|pas loin de)[ \u00a0]*$/iu;
const ABOUT = /(?:about|around|some|roughly|environ|quelque|approximately)[ \u00a0]*$/iu;
/** Between the words and the percentage: "(", ", soit", ", or", ", i.e.", " – ". */
const RESTATE = /^[^.;!?\d%]{0,40}?(?:\(|soit|or|i\.e\.|that is|c['’]est-à-dire|représentant|representing|[–—])[ \u00a0]*(?:(?:about|some|nearly|almost|environ|près de|quelque)[ \u00a0]*)?$/iu;
const ONE_IN = /(?<![\p{L}])(?:un|une|one|a|1)[ \u00a0]+(?:[\p{L}’'-]+[ \u00a0]+){0,3}?(?:sur|in|out of)[ \u00a0]+$/iu;

/** "one in five (25 %)", "two-thirds (75%)": the percentage restating a share in words. */
export function wordShares(text: string, F: FigureFact[], idx: number[], sentence: Span, out: Stated[]): void {
  for (const p of idx) {
    const P = F[p];
    if (P.kind !== 'percent' || P.role === 'change') continue;
    const from = Math.max(sentence.start, P.start - 80);
    const before = text.slice(from, P.start);
    // "one in five": a count N just before, with "un … sur" before it
    const prev = idx.filter((k) => F[k].end <= P.start && F[k].start >= from).pop();
    if (prev !== undefined && F[prev].kind === 'count' && F[prev].value >= 2 && F[prev].value <= 1000) {
      const N = F[prev];
      if (ONE_IN.test(text.slice(Math.max(sentence.start, N.start - 40), N.start)) && RESTATE.test(text.slice(N.end, P.start).replace(/^[ \u00a0]*[\p{L}’'-]+(?:[ \u00a0]+[\p{L}’'-]+){0,2}/u, ''))) {
        const expected = 100 / N.value;
        const lead = text.slice(Math.max(sentence.start, N.start - 60), N.start);
        const tol = Math.max(rateHalf(P), 0.5) + (ABOUT.test(lead.replace(ONE_IN, '')) ? 3 : 1);
        push(out, p, P, expected, Math.abs(P.value - expected) <= tol, bi((l) => (l === 'fr' ? `1 sur ${shown(N)}` : `one in ${shown(N)}`)));
        continue;
      }
    }
    for (const [re, frac] of FRACTIONS) {
      const m = re.exec(before);
      if (!m) continue;
      const gap = before.slice(m.index + m[0].length).replace(/^[ \u00a0]*(?:(?:of|des|du|de la|de l['’]|d['’])[ \u00a0]*)?(?:[\p{L}’'-]+[ \u00a0]*){0,3}/u, '');
      if (!RESTATE.test(gap)) continue;
      const lead = before.slice(0, m.index);
      const v = P.value;
      const h = rateHalf(P);
      const ok = MORE.test(lead) ? v >= frac - 1 - h : LESS.test(lead) ? v <= frac + 1 + h && v >= frac - 10 : Math.abs(v - frac) <= 5 + h;
      push(out, p, P, frac, ok, { en: m[0], fr: m[0] });
      break;
    }
  }
}

function push(out: Stated[], p: number, P: FigureFact, expected: number, ok: boolean, words: { en: string; fr: string }): void {
  out.push({
    type: 'stated',
    kind: 'part-whole',
    target: p,
    inputs: [],
    ok,
    note: lazy((l) => `« ${words[l]} » ≈ ${pct(expected, 1)[l]}`.replace('« ', l === 'fr' ? '« ' : '“').replace(' »', l === 'fr' ? ' »' : '”')),
    ...(ok
      ? {}
      : {
          message: bi((l) =>
            l === 'fr'
              ? `${shown(P)} ne correspond pas à « ${words.fr} », qui fait ≈ ${pct(expected, 1).fr}.`
              : `${shown(P)} does not fit “${words.en}”, which is ≈ ${pct(expected, 1).en}.`,
          ),
        }),
  });
}
