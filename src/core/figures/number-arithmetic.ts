// number-arithmetic: figures that contradict each other arithmetically — a growth rate that
// does not fit the two values, a change between two percentages given in % for points (or
// points for %), a multiplier ("doubled", "multiplié par 3", "three times as many") or its
// restatement as a percentage, a part that does not fit its whole or exceeds it, shares of one
// whole past 100 %, a share above 100 % or a fall of more than 100 % of what cannot go
// negative, a conversion stated in the text (units through js-quantities, francs and marks at
// the euro's fixed legacy rates), x % of y, an annual rate against its total (compounded),
// speed × time = distance. The relations are found per sentence (derive.ts, sentence-checks.ts)
// and between neighbouring sentences of one paragraph (paragraph.ts). Tolerances follow the
// rounding of the figures as printed (23,6 % allows ±0,05); a fix is offered only on the
// figure that is derived from the others (a rate from its two values, a converted value).
import { say, type Draft, type Rule } from '../rule';
import type { FigureFact, Fix, Language, Related, Span } from '../types';
import { EVERY_ANSWER } from './breakdowns';
import { findRelations, sentenceOf } from './derive';
import { formatNumber, formatPercent } from './format';
import { frenchTypography, pick } from './stated';

const half = (f: FigureFact): number => (f.numeral && f.numeral.frac ? (f.step ?? 0) / 2 : 0);

/** Interval of (b − a) / a when a and b are known to their printed rounding. */
function growthInterval(a: FigureFact, b: FigureFact): [number, number] {
  const [alo, ahi] = [a.value - half(a), a.value + half(a)];
  const [blo, bhi] = [b.value - half(b), b.value + half(b)];
  const cands = [(blo - ahi) / ahi, (bhi - alo) / alo, (blo - alo) / alo, (bhi - ahi) / ahi].filter(Number.isFinite);
  return [Math.min(...cands), Math.max(...cands)];
}

/** The figures of a breakdown for a message: all of them up to eight, else the first ones. */
const listed = (items: FigureFact[]): string => (items.length <= 8 ? items.map((f) => f.text).join(' + ') : `${items.slice(0, 3).map((f) => f.text).join(' + ')} + … (${items.length})`);

/**
 * Whether the shares of the sentence before (same paragraph) complete a breakdown "the rest
 * included" to 100 %: "Le NFP arrive en tête avec 31,5 %. Ensemble 29,1 %, …, les restants 6,1 %."
 */
function completedBefore(text: string, F: FigureFact[], sentences: Span[], items: number[], sum: number, tol: number): boolean {
  const sid = sentenceOf(F, sentences);
  const s = sid[items[0]];
  if (s <= 0 || /\n/.test(text.slice(sentences[s - 1].end, sentences[s].start))) return false;
  let more = 0;
  let n = 0;
  for (let k = items[0] - 1; k >= 0 && sid[k] >= s - 1; k--) {
    if (sid[k] !== s - 1 || F[k].kind !== 'percent' || F[k].role === 'change' || F[k].value > 100) continue;
    more += F[k].value;
    n++;
    if (Math.abs(sum + more - 100) <= tol + n * ((F[k].step ?? 1) / 2) + 1) return true;
  }
  return false;
}

const rel = (f: FigureFact, message: string): Related => ({ start: f.start, end: f.end, message });

function rewritePercent(f: FigureFact, ratio: number, lang: Language, original: string, prose: string): Fix[] {
  const n = f.numeral;
  if (!n || original.slice(n.start, n.end) !== prose.slice(n.start, n.end)) return [];
  const decimals = n.frac.length;
  const newText = formatNumber(Math.abs(ratio) * 100, lang, decimals, true);
  const shown = lang === 'fr' ? `${newText}\u202f%` : `${newText}%`;
  return [{ title: say(lang, `Write ${shown}`, `Écrire ${shown}`), edits: [{ start: n.start, end: n.end, newText }] }];
}

export const numberArithmetic: Rule = {
  id: 'number-arithmetic',
  defaultSeverity: 'warning',
  description: {
    en: 'Figures that contradict each other arithmetically (a growth rate vs the two values, points vs percent, multipliers, shares over 100 %, conversions, stated computations).',
    fr: 'Des chiffres qui se contredisent arithmétiquement (un taux et ses deux valeurs, points et pourcentages, multiplicateurs, parts au-delà de 100 %, conversions, calculs énoncés).',
  },
  check({ facts, prose, language: lang, text: original }) {
    const F = facts.figures;
    const text = prose.text;
    const out: Draft[] = [];
    for (const r of findRelations(text, F, facts.sentences)) {
      if (r.type === 'growth' && r.from !== undefined) {
        const P = F[r.rate];
        const A = F[r.from];
        const B = F[r.to];
        if (A.value <= 0) continue;
        const given = (r.dir * P.value) / 100;
        // "nearly 20%", "près de 30 %": an approximate rate allows a tenth of itself, at least 2 points
        const tol = (P.step ?? 1) / 200 + 1e-9 + (P.approximate ? Math.max(0.02, Math.abs(given) * 0.1) : 0);
        const [lo, hi] = growthInterval(A, B);
        if (given >= lo - tol && given <= hi + tol) continue;
        const actual = (B.value - A.value) / A.value;
        out.push({
          start: P.start,
          end: P.end,
          message: say(
            lang,
            `${P.text} does not fit ${A.text} → ${B.text}, which is ${actual >= 0 ? '+' : ''}${formatPercent(actual, lang)}.`,
            `${P.text} ne correspond pas à ${A.text} → ${B.text}, soit ${actual >= 0 ? '+' : ''}${formatPercent(actual, lang)}.`,
          ),
          related: [rel(A, say(lang, 'Starting value', 'Valeur de départ')), rel(B, say(lang, 'Final value', 'Valeur d’arrivée'))],
          fixes: Math.sign(actual) === r.dir ? rewritePercent(P, actual, lang, original, text) : [],
          data: { expected: actual, given },
        });
      } else if (r.type === 'stated') {
        if (r.ok || !r.message) continue;
        const T = F[r.target];
        const at = r.word ?? { start: T.start, end: T.end };
        const fixText = r.fix ? pick(r.fix.text, lang) : undefined;
        const canFix = r.fix && fixText !== undefined && original.slice(r.fix.span.start, r.fix.span.end) === text.slice(r.fix.span.start, r.fix.span.end);
        out.push({
          start: at.start,
          end: at.end,
          message: pick(r.message, lang),
          ...(r.soft ? { severity: 'information' as const } : {}),
          related: r.inputs.map((x) => rel(F[x.index], pick(x.role, lang))),
          fixes: canFix ? [{ title: say(lang, `Write ${fixText}`, `Écrire ${fixText}`), edits: [{ start: r.fix!.span.start, end: r.fix!.span.end, newText: fixText! }] }] : [],
          data: { kind: r.kind },
        });
      } else if (r.type === 'share' && r.pct !== undefined) {
        const P = F[r.pct];
        const share = F[r.part].value / F[r.whole].value;
        const tol = (P.step ?? 1) / 2 + 1e-6 + (P.approximate ? Math.max(2, P.value * 0.1) : 0);
        if (Math.abs(share * 100 - P.value) <= tol) continue;
        out.push({
          start: P.start,
          end: P.end,
          message: say(lang, `${P.text} does not fit ${F[r.part].text} of ${F[r.whole].text} (${formatPercent(share, lang, 2)}).`, `${P.text} ne correspond pas à ${F[r.part].text} sur ${F[r.whole].text} (${formatPercent(share, lang, 2)}).`),
          related: [rel(F[r.part], say(lang, 'The part', 'La partie')), rel(F[r.whole], say(lang, 'The whole', 'Le total'))],
          fixes: rewritePercent(P, share, lang, original, text),
          data: { expected: share },
        });
      } else if (r.type === 'shares') {
        const items = r.items.map((k) => F[k]);
        const sum = items.reduce((s, f) => s + f.value, 0);
        const tol = items.reduce((s, f) => s + (f.step ?? 1) / 2, 0) + 1e-6;
        const last = items[items.length - 1];
        const sumText = formatPercent(sum / 100, lang);
        if (sum > 100 + tol) {
          out.push({
            start: last.start,
            end: last.end,
            message: say(
              lang,
              `These shares of one whole (${listed(items)}) add up to ${sumText}, more than 100%: one of them is wrong, or they are not shares of the same whole.`,
              `Ces parts d’un même total (${listed(items)}) font ${sumText}, plus de 100\u202f% : l’une d’elles est fausse, ou elles ne portent pas sur le même total.`,
            ),
            related: items.slice(0, -1).slice(0, 8).map((f) => rel(f, say(lang, 'Another share', 'Une autre part'))),
            data: { sum },
          });
        } else if (!r.rest && items.length >= 3 && sum < 100 - tol - 1 && EVERY_ANSWER.test(text.slice(items[0].start, Math.min(text.length, last.end + 60)))) {
          // yes, no and "don't know" listed: every answer is there, they should make 100 %
          out.push({
            start: last.start,
            end: last.end,
            severity: 'information',
            message: say(
              lang,
              `These answers (${listed(items)}) add up to ${sumText}, not 100%: is one of them wrong, or an answer missing?`,
              `Ces réponses (${listed(items)}) font ${sumText} et non 100\u202f% : l’une est-elle fausse, ou manque-t-il une réponse\u00a0?`,
            ),
            related: items.slice(0, -1).slice(0, 8).map((f) => rel(f, say(lang, 'Another answer', 'Une autre réponse'))),
            data: { sum },
          });
        } else if (r.complete && !r.rest && sum < 100 - tol - 1) {
          out.push({
            start: last.start,
            end: last.end,
            message: say(lang, `The shares of this breakdown (${listed(items)}) add up to ${sumText}, not 100%.`, `Les parts de cette répartition (${listed(items)}) font ${sumText} et non 100 %.`),
            related: items.slice(0, -1).slice(0, 8).map((f) => rel(f, say(lang, 'Another share', 'Une autre part'))),
            data: { sum },
          });
        } else if (r.rest && sum < 100 - tol - 1 && !completedBefore(text, F, facts.sentences, r.items, sum, tol)) {
          out.push({
            start: last.start,
            end: last.end,
            message: say(lang, `The shares, the rest included, add up to ${sumText}, not 100%.`, `Les parts, reste compris, font ${sumText} et non 100\u202f%.`),
            related: items.slice(0, -1).slice(0, 8).map((f) => rel(f, say(lang, 'Another share', 'Une autre part'))),
            data: { sum },
          });
        }
      } else if (r.type === 'impossible') {
        const P = F[r.pct];
        out.push({
          start: P.start,
          end: P.end,
          message: say(lang, `${P.text} of a whole is impossible: a share cannot exceed 100%.`, `${P.text} d’un total est impossible : une part ne peut dépasser 100\u202f%.`),
          data: { value: P.value },
        });
      }
    }
    if (lang === 'fr') for (const d of out) d.message = frenchTypography(d.message);
    return out;
  },
};
