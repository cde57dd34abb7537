// The relations of one sentence that go through `Stated`: conversions, computations, a part
// larger than its whole, a fall of more than 100 % of what cannot go negative.
import type { FigureFact, Span } from '../types';
import { annualRate, percentOf, speedTimeDistance } from './computations';
import { conversionBetween } from './conversions';
import { wordShares } from './fractions';
import { bi, lazy, shown, type Stated } from './stated';

/** A value that cannot be (a fall of more than 100 %, a share above 100 %): one stated relation, its figure alone. */
const impossible = (k: number, note: Stated['note'], message: Stated['message']): Stated => ({ type: 'stated', kind: 'impossible-fall', target: k, inputs: [], ok: false, note, message });

const SKIP = new Set(['year', 'date', 'ordinal']);

export function statedInSentence(text: string, F: FigureFact[], idx: number[], sentence: Span, out: Stated[] | { push(r: Stated): void }): void {
  const seq = idx.filter((k) => !SKIP.has(F[k].kind));
  const found: Stated[] = [];
  for (let a = 0; a + 1 < seq.length; a++) {
    const st = conversionBetween(text, F, seq[a], seq[a + 1]);
    if (st) found.push(st);
  }
  percentOf(text, F, seq, found);
  annualRate(text, F, seq, sentence, found);
  speedTimeDistance(text, F, seq, found);
  wordShares(text, F, seq, sentence, found);
  for (const k of seq) {
    const st = impossibleFall(text, F, k, sentence) ?? shareAbove(text, F, k, sentence);
    if (st) found.push(st);
  }
  for (let a = 0; a + 1 < seq.length; a++) {
    const st = partOverWhole(text, F, seq[a], seq[a + 1]) ?? partsOverWhole(text, F, seq, a);
    if (st) found.push(st);
  }
  for (const st of found) out.push(st);
}

/** Quantities that can go below zero: a fall of more than 100 % of them is possible. */
const CAN_GO_NEGATIVE =
  /(?<![\p{L}])(?:bénéfices?|résultats?|profits?|earnings|income|revenu net|net income|soldes?|balances?|marges?|margins?|cash[- ]flow|trésorerie|excédents?|surplus|déficits?|deficits?|températures?|temperatures?|taux|rates?|rendements?|yields?|croissance|growth|inflation|prix négatifs|negative prices|valeur nette|net worth|capitaux propres|equity|gains?|plus-values?|EBITDA|EBIT|ebitda|return)(?![\p{L}])/iu;
const FALL_BEFORE = /(?<![\p{L}])(?:perdu|perd|perdent|perdaient|lost|lose|loses|losing|fondu|fondre|shed|wiped out|amputé\p{L}*|réduit\p{L}*|cut|baiss\p{L}*|chut\p{L}*|recul\p{L}*|diminu\p{L}*|fell|fallen|dropped|declined|decreased|plunged|plongé|effondr\p{L}*|shrunk|shrank|contracted|down|en baisse de)[^.;!?\d]{0,45}$/iu;

/** "les ménages ont perdu 250 % de leur épargne": more than all of a quantity that cannot go negative. */
function impossibleFall(text: string, F: FigureFact[], k: number, sentence: Span): Stated | undefined {
  const P = F[k];
  if (P.kind !== 'percent' || P.value <= 100) return undefined;
  const before = text.slice(Math.max(sentence.start, P.start - 60), P.start);
  if (!FALL_BEFORE.test(before)) return undefined;
  // "cut its workforce by 150%": the fall verb, its object, then "by"
  if (P.derived?.direction !== -1 && !(P.derived?.direction === undefined && /(?<![\p{L}])(?:by|de)[ \u00a0]*$/iu.test(before))) return undefined;
  if (CAN_GO_NEGATIVE.test(text.slice(sentence.start, sentence.end))) return undefined;
  return impossible(k, lazy((l) => (l === 'fr' ? 'Une baisse de plus de 100\u00a0% : impossible pour une quantité positive' : 'A fall of more than 100%: impossible for a positive quantity')), bi((l) =>
      l === 'fr'
        ? `Une baisse de ${shown(P)} est impossible : une quantité qui ne peut devenir négative perd au plus 100\u00a0%. Le chiffre est-il une hausse, ou le niveau atteint ?`
        : `A fall of ${shown(P)} is impossible: a quantity that cannot go negative loses at most 100%. Is the figure a rise, or the level reached?`,
    ));
}

/** "a market share of 110%", "la part des jeunes atteint 104 %": a share cannot exceed 100 %. */
const SHARE_BEFORE =
  /(?<![\p{L}])(?:part|parts|share|shares|proportion|turnout|participation|taux de participation|taux de (?:réussite|scolarisation|vaccination|pauvreté|chômage|syndicalisation)|(?:pass|success|literacy|vaccination|poverty|unemployment|graduation) rate)(?![\p{L}])(?:[^.;!?\d%]{0,70})$/iu;
/** Rates that may exceed 100 %: occupancy (1 120 inmates for 800 places), debt to GDP, growth. */
const NOT_SHARE = /(?:occupation|occupancy|remplissage|surpopulation|overcrowd\p{L}*|capacit\p{L}*|croissance|growth|hausse|rise|increase|augment\p{L}*|progress\p{L}*|rose|grew|jumped|bondi|variation|change|du PIB|of GDP|of (?:its|their) (?:level|value)|de (?:son|leur) niveau)/iu;

function shareAbove(text: string, F: FigureFact[], k: number, sentence: Span): Stated | undefined {
  const P = F[k];
  if (P.kind !== 'percent' || P.value <= 100 || P.role === 'change') return undefined;
  const before = text.slice(Math.max(sentence.start, P.start - 80), P.start);
  if (!SHARE_BEFORE.test(before) || NOT_SHARE.test(before) || NOT_SHARE.test(text.slice(P.end, P.end + 20))) return undefined;
  return impossible(k, lazy((l) => (l === 'fr' ? 'Une part de plus de 100 % : impossible' : 'A share above 100%: impossible')), bi((l) =>
      l === 'fr' ? `Une part de ${shown(P)} est impossible : une part ne peut dépasser 100\u00a0%.` : `A share of ${shown(P)} is impossible: a share cannot exceed 100%.`,
    ));
}

/** "45 morts, dont 30 civils et 20 militaires": the parts listed after a total. */
const INCLUDING = /^[^.;!?\d]{0,30}?(?:,|\(|—|–)?[ \u00a0]*(?:dont|including|of whom|of which|among them|parmi lesquels|parmi lesquelles|among whom)[ \u00a0]+(?:(?:some|about|environ|près de|quelque)[ \u00a0]+)?$/iu;
const PART_GAP = /^[ \u00a0]*[\p{L}’'-]*(?:[ \u00a0]+[\p{L}’'-]+){0,2}[ \u00a0]*(?:,|et|and)[ \u00a0]+(?:(?:some|about|environ|près de|quelque)[ \u00a0]+)?$/iu;

function partsOverWhole(text: string, F: FigureFact[], seq: number[], a: number): Stated | undefined {
  const W = F[seq[a]];
  if (!(W.kind === 'count' || W.kind === 'money' || W.kind === 'quantity') || W.role === 'change' || W.value <= 0) return undefined;
  const first = seq[a + 1];
  if (first === undefined || !INCLUDING.test(text.slice(W.end, F[first].start))) return undefined;
  const parts = [first];
  for (let b = a + 2; b < seq.length && PART_GAP.test(text.slice(F[seq[b - 1]].end, F[seq[b]].start)); b++) parts.push(seq[b]);
  // counts of people under a count of people ("120 people, including 70 passengers"); sums in the total's currency
  const fits = (f: FigureFact): boolean => f.role !== 'change' && (W.kind === 'count' ? f.kind === 'count' : f.kind === W.kind ? f.unit === W.unit || !f.unit : f.kind === 'count' && !f.unit);
  if (parts.length < 2 || !parts.every((k) => fits(F[k]))) return undefined;
  const sum = parts.reduce((t, k) => t + F[k].value, 0);
  const slack = (W.approximate ? W.value * 0.1 : 0) + parts.reduce((t, k) => t + (F[k].approximate ? F[k].value * 0.1 : 0), 0);
  if (sum <= W.value + slack + 1e-9) return undefined;
  const list = parts.map((k) => shown(F[k])).join(' + ');
  return {
    type: 'stated',
    kind: 'part-whole',
    target: seq[a],
    inputs: parts.map((k) => ({ index: k, role: { en: 'A part', fr: 'Une partie' } })),
    ok: false,
    note: lazy((l) => `${list} = ${sum} > ${shown(W)}`),
    message: bi((l) =>
      l === 'fr'
        ? `Les parties (${list}) font ${sum}, plus que le total ${shown(W)} : l’un des chiffres est faux.`
        : `The parts (${list}) add up to ${sum}, more than the total ${shown(W)}: one of the figures is wrong.`,
    ),
  };
}

/** "A sur B", "A out of B", "A parmi les B", "A among the B": the part first, then its whole. */
const STRONG_OF = /^[ \u00a0]+(?:sur|out of|parmi|among)(?:[ \u00a0]+(?:the|les|ses|leurs|their|its|nos|ces|these|those|all|tous les|toutes les))?(?:[ \u00a0]+[\p{L}’'-]+(?:’s|'s))?[ \u00a0]*$/iu;

/** "450 joueurs sur 400 inscrits": the part's noun between. */
const NOUN_STRONG_OF = /^[ \u00a0]+[\p{L}-]+[ \u00a0]+(?:sur|out of|parmi|among)(?:[ \u00a0]+(?:the|les|ses|leurs|their|its))?[ \u00a0]*$/iu;

function partOverWhole(text: string, F: FigureFact[], a: number, b: number): Stated | undefined {
  const A = F[a];
  const B = F[b];
  if (A.kind !== B.kind || !(A.kind === 'count' || A.kind === 'quantity' || A.kind === 'money') || A.value <= B.value || B.value <= 0) return undefined;
  if (A.unit !== B.unit && !(A.kind === 'count' && (!A.unit || !B.unit))) return undefined;
  const gap = text.slice(A.end, B.start);
  if (!STRONG_OF.test(gap) && !NOUN_STRONG_OF.test(gap)) return undefined;
  // "3 sur 4", "20 sur 20": a mark, not a part; a score "21 out of 20" is still wrong
  return {
    type: 'stated',
    kind: 'part-whole',
    target: a,
    inputs: [{ index: b, role: { en: 'The whole', fr: 'Le total' } }],
    ok: false,
    note: lazy((l) => (l === 'fr' ? `${shown(A)} sur ${shown(B)} : la partie dépasse le total` : `${shown(A)} out of ${shown(B)}: the part exceeds the whole`)),
    message: bi((l) => (l === 'fr' ? `${shown(A)} ne peut être une partie de ${shown(B)} : la partie dépasse le total.` : `${shown(A)} cannot be part of ${shown(B)}: the part is larger than the whole.`)),
  };
}
