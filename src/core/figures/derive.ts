// How the figures of one sentence relate: a growth rate and the value it led to, a value
// "from A to B", "doubled", "X of Y", shares of one whole. The hover shows what follows
// from them; number-arithmetic checks that they agree.
import type { FigureFact, Language, Span } from '../types';
import { formatPercent, formatScaled } from './format';
import { Lookbehind } from './lookback';
import { nearestPair, rateBase } from './pairs';
import { multipleFits, multiplePercent, multipliersIn } from './multipliers';
import { pointsRelation } from './points';
import type { Stated } from './stated';
import { statedInSentence } from './sentence-checks';
import { paragraphRelations, pollAcrossSentences } from './paragraph';
import { AIM_BEFORE, BREAKDOWN, COMPARED_GAP, EVERY_ANSWER, OWN_WHOLE, PLACE_IN_GAP, SEVERAL_ANSWERS, listedShares } from './breakdowns';

export type Relation =
  | { type: 'growth'; rate: number; from?: number; to: number; dir: number }
  | { type: 'share'; part: number; whole: number; pct?: number }
  /** `complete`: the sentence announces a breakdown of one whole ("se répartit ainsi"), so the items should make 100 %. */
  | { type: 'shares'; items: number[]; rest: boolean; complete?: boolean }
  | { type: 'impossible'; pct: number }
  | Stated;

const VALUE_KINDS = new Set(['money', 'quantity', 'count']);
const FROM_BEFORE = /(?<![\p{L}])(?:from|de|d['’]|passant de|passé de)[ \u00a0]*$/iu;
/** Between A and B of "from A to B"; a year of A may come between ("de A en 2022 à B"). */
const TO_GAP = /^(?:[ \u00a0]+(?:en|in)[ \u00a0]+(?:\d{4}|(?:January|February|March|April|May|June|July|August|September|October|November|December|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)(?:[ \u00a0]+\d{4})?),?)?[ \u00a0]*(?:à|to|a|en|jusqu['’]à)[ \u00a0]*$/iu;
/** "to B from A", "à B contre A", "to B, up from A". */
const FROM_GAP = /^(?:[ \u00a0]+(?:in|en)[ \u00a0]+(?:\d{4}|January|February|March|April|May|June|July|August|September|October|November|December|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)(?:[ \u00a0]+\d{4})?)?[ \u00a0]*,?[ \u00a0]*(?:(?:up|down)[ \u00a0]+)?(?:from|contre|against|compared (?:with|to)|versus|vs\.?)[ \u00a0]*(?:US\$|\$|€|£)?[ \u00a0]*$/iu;
const TO_BEFORE = /(?<![\p{L}])(?:to|à)[ \u00a0]*(?:US\$|\$|€|£)?[ \u00a0]*$/iu;
const TARGET_BEFORE =
  /(?:(?:pour atteindre|atteignant|pour s['’]établir|pour s['’]élever|pour se fixer|pour culminer|to reach|reaching|hitting|and reached|et atteint|to hit|to stand|to a record|to an all-time)(?:[ \u00a0]+(?:un|une|le|la|a|an|the|new|nouveau|nouvel|nouvelle|niveau|level|record|historique|all-time|high|sommet|plus haut|total|montant|sum|of|de|à|at)){0,5}|à|to|at)[ \u00a0]*(?:US\$|\$|€|£)?[ \u00a0]*$/iu;
const SOIT_GAP = /(?:soit|up|down|en hausse|en baisse|an? (?:increase|rise|drop|decline|jump|fall)|,)/iu;
const OF_GAP = /^(?:[ \u00a0]+(?:of|sur|des|d['’])|,?[ \u00a0]+(?:out of|parmi|among))(?:[ \u00a0]+(?:the|les|ses|their|its|nos|leurs|ces|these|all|tous les|toutes les))?(?:[ \u00a0]+[\p{L}-]+(?:’s|'s))?[ \u00a0]*$/iu;
/** "three million farmers among the country's 48 million people": the part's noun, then its whole. */
const NOUN_AMONG_GAP = /^[ \u00a0]+(?:[\p{L}’'-]+[ \u00a0]+){0,3}[\p{L}’'-]+,?[ \u00a0]+(?:out of|sur|parmi|among)(?:[ \u00a0]+(?:the|les|ses|their|its|nos|leurs|ces|these|all|tous les|toutes les))?(?:[ \u00a0]+[\p{L}-]+(?:’s|'s))?[ \u00a0]*$/iu;
/** "Of the 800 …", "Sur 1 250 …", "Parmi les 40 …" opening the sentence or a clause. */
const WHOLE_FIRST = /(?:^|[,;:(][ \u00a0]*|^[ \u00a0]*)(?:of|out of|among|sur|parmi)[ \u00a0]+(?:(?:the|les|ses|their|its|ces|these|those)[ \u00a0]+)?$/iu;
const PCT_AFTER_WHOLE = /^[^.;!?]{0,40}?(?:soit|or|i\.e\.|that is|c['’]est-à-dire|\(|,)[^.;!?]{0,30}$/iu;
const SHARE_CUE = Lookbehind.leading(String.raw`(?<![\p{L}])`, String.raw`(?:of|des|du|part|parts|share|voted|ont voté|votes?|voix|said|répondu|answered|oui|non|yes|no|pour|contre|against|favou?r|reste|rest|remaining|remainder|restants?|undecided|indécis|abstenus?|abstained)(?![\p{L}])`, 'iu');
const REST = Lookbehind.leading(String.raw`(?<![\p{L}])`, String.raw`(?:le reste|the rest|remaining|remainder|restants?|restantes?)(?![\p{L}])`, 'iu');
/** "112 % des nouveaux inscrits", "115% of the district's teachers": a share of a population (one adjective or possessive allowed). */
const WHOLE_OF =
  /^[ \u00a0]+(?:of|des|du|de la|de l['’])[ \u00a0]*(?:the[ \u00a0]+|les[ \u00a0]+|ses[ \u00a0]+|leurs[ \u00a0]+|its[ \u00a0]+|their[ \u00a0]+|all[ \u00a0]+)?(?:[\p{L}-]+(?:['’]s)?[ \u00a0]+)?(?:voters|people|population|respondents|members|students|pupils|teachers|nurses|doctors|households|homes|employees|staff|workers|adults|children|residents|applicants|graduates|vote|votes|électeurs|électrices|habitants|personnes|sondés|membres|élèves|étudiants|enseignants|professeurs|médecins|infirmiers|ménages|foyers|salariés|agents|adultes|enfants|résidents|candidats|diplômés|voix|suffrages|inscrits|participants)(?![\p{L}])(?!['’]|[ \u00a0]+(?:wages?|salar\p{L}*|income|pay|earnings|revenus?|salaires?)(?![\p{L}]))/iu;
const OF_TARGET = /^[ \u00a0]+(?:of|des|du|de la|de l['’]|de)[ \u00a0]*(?:the[ \u00a0]+|les[ \u00a0]+)?([\p{L}’'-]+)/iu;

/** After "down 10%": "from", "on", "compared with" and the earlier value. */
const RATE_FROM = /^[ \u00a0]*(?:from|on|over|compared (?:with|to)|par rapport à|sur|contre|vs\.?)[ \u00a0]+(?:(?:the|a|an|le|la|les)[ \u00a0]+)?(?:[\p{L}’'-]+[ \u00a0]+){0,2}?(?:US\$|\$|€|£)?[ \u00a0]*$/iu;
const ADDED = /^[ \u00a0]*(?:[\p{L}’'-]+[ \u00a0]+){0,2}?(?:supplémentaires?|additional|extra|more|de plus|new|nouveaux|nouvelles|en plus)(?![\p{L}])/iu;
const DURATION_AFTER = /^[ \u00a0]*(?:years?|ans|années|mois|months?|weeks?|semaines?|days?|jours?|hours?|heures?|minutes?|decades?|décennies?|siècles?|centuries)(?![\p{L}])/iu;

/** Another clause between a rate and the values: "…from $300 to $600, and diesel prices rose 40%". */
const CLAUSE_BREAK = /;|,[ \u00a0]*(?:and|et|while|whereas|but|mais|tandis|alors|whilst)(?![\p{L}])|(?<![\p{L}])(?:while|whereas|tandis que|alors que)(?![\p{L}])/iu;

/** Whether a rate is written with the two values of its change (not in another clause). */
function nearPair(text: string, R: Span, A: FigureFact, B: FigureFact): boolean {
  const lo = Math.min(A.start, B.start);
  const hi = Math.max(A.end, B.end);
  const gap = R.start >= hi ? text.slice(hi, R.start) : R.end <= lo ? text.slice(R.end, lo) : '';
  return gap.length <= 80 && !CLAUSE_BREAK.test(gap);
}

/** "from 200,000 units to 260,000 units": A's noun, then "to", and B followed by the same noun (or by nothing). */
function sameNounTo(text: string, gap: string, bEnd: number): boolean {
  const m = /^[ \u00a0]+([\p{L}-]{2,})[ \u00a0]+(?:to|à)[ \u00a0]*$/iu.exec(gap);
  if (!m) return false;
  const after = text.slice(bEnd, bEnd + m[1].length + 2).trimStart();
  // "de 900 000 visiteurs à 450 000.": the second value without its noun, ending the clause
  return after.toLowerCase().startsWith(m[1].toLowerCase()) || /^[ \u00a0]*(?:[.,;:)!?]|$)/u.test(text.slice(bEnd, bEnd + 3));
}

/** "to 500 units, from 300.": A's noun, then "from", and B with the same noun or none. */
function nounThenFrom(text: string, gap: string, bEnd: number): boolean {
  const m = /^[ \u00a0]+([\p{L}-]{2,})[ \u00a0]*,?[ \u00a0]*(?:(?:up|down)[ \u00a0]+)?(?:from|contre|against)[ \u00a0]*$/iu.exec(gap);
  if (!m) return false;
  const after = text.slice(bEnd, bEnd + m[1].length + 2).trimStart();
  return after.toLowerCase().startsWith(m[1].toLowerCase()) || /^[ \u00a0]*(?:[.,;:)!?]|$)/u.test(text.slice(bEnd, bEnd + 3));
}

/** Index of the sentence holding each figure (-1 outside every sentence). */
export function sentenceOf(figures: Span[], sentences: Span[]): number[] {
  const out: number[] = [];
  let s = 0;
  for (const f of figures) {
    while (s < sentences.length && sentences[s].end <= f.start) s++;
    out.push(s < sentences.length && sentences[s].start <= f.start ? s : -1);
  }
  return out;
}

/**
 * Relations already found, by figures array: extractFigures finds them, then number-conflict
 * and number-arithmetic ask again for the same array. A cache of a pure function, checked
 * against the other two arguments; the figures of an analysis are not changed afterwards
 * (only `derived`, which relations do not read but for the direction set before).
 */
const found = new WeakMap<FigureFact[], { text: string; sentences: Span[]; relations: readonly Relation[] }>();

/** Every relation between the figures of each sentence (shared: do not modify). */
export function findRelations(text: string, figures: FigureFact[], sentences: Span[]): readonly Relation[] {
  const hit = found.get(figures);
  if (hit && hit.text === text && hit.sentences === sentences) return hit.relations;
  const relations = computeRelations(text, figures, sentences);
  found.set(figures, { text, sentences, relations });
  return relations;
}

function computeRelations(text: string, figures: FigureFact[], sentences: Span[]): Relation[] {
  const out: Relation[] = [];
  const sid = sentenceOf(figures, sentences);
  const groups: { from: number; to: number; sentence: Span }[] = [];
  let i = 0;
  while (i < figures.length) {
    let j = i;
    while (j < figures.length && sid[j] === sid[i]) j++;
    if (sid[i] >= 0 && j - i >= 1) {
      sentenceRelations(text, figures, i, j, sentences[sid[i]], out);
      groups.push({ from: i, to: j, sentence: sentences[sid[i]] });
    }
    i = j;
  }
  // rates whose values are in the next or previous sentence of the paragraph
  const attached = new Set<number>();
  for (const r of out) {
    if (r.type === 'growth') attached.add(r.rate);
    else if (r.type === 'stated') attached.add(r.target);
  }
  paragraphRelations(text, figures, groups, attached, out);
  const inShares = new Set<number>();
  for (const r of out) if (r.type === 'shares') for (const k of r.items) inShares.add(k);
  pollAcrossSentences(text, figures, groups, inShares, out);
  return out;
}

function sentenceRelations(text: string, F: FigureFact[], from: number, to: number, sentence: Span, out: Relation[]): void {
  const idx: number[] = [];
  for (let k = from; k < to; k++) idx.push(k);
  const sText = text.slice(sentence.start, sentence.end);
  // "three years", "12 hours": durations are no level a rate leads to
  const levels = idx.filter((k) => VALUE_KINDS.has(F[k].kind) && F[k].role !== 'change' && !(F[k].kind === 'count' && !F[k].unit && DURATION_AFTER.test(text.slice(F[k].end, F[k].end + 14))));
  const rates = idx.filter((k) => F[k].kind === 'percent' && F[k].role === 'change');
  const pcts = idx.filter((k) => F[k].kind === 'percent' && F[k].role !== 'change');

  // from A to B ("de A en 2022 à B en 2023": the years between are skipped), or to B from A
  let pair: [number, number] | undefined;
  // every from/to of the sentence: a multiplier or a rate belongs to the nearest one of its clause
  const pairs: [number, number][] = [];
  const pctPairs: [number, number][] = [];
  const inPair = new Set<number>();
  const seq = idx.filter((k) => F[k].kind !== 'year' && F[k].kind !== 'date' && F[k].kind !== 'ordinal' && !rateBase(text, F[k]));
  for (let a = 0; a + 1 < seq.length; a++) {
    const A = F[seq[a]];
    const B = F[seq[a + 1]];
    // "12,000 people, up from 10,000": a bare count takes the other's unit
    const bareCount = (x: FigureFact, y: FigureFact): boolean => x.kind === 'count' && !x.unit && y.kind === 'count';
    // "de 410 000 euros en 2022 à 1,18 million": the second value takes the first one's unit
    const bareTo = B.kind === 'count' && !B.unit && (A.kind === 'money' || A.kind === 'quantity') && TO_GAP.test(text.slice(A.end, B.start)) && /(?:à|to)[ \u00a0]*$/iu.test(text.slice(A.end, B.start)) && !DURATION_AFTER.test(text.slice(B.end, B.end + 14));
    if (!((A.unit === B.unit && A.kind === B.kind) || bareCount(A, B) || bareCount(B, A) || bareTo)) continue;
    const gap = text.slice(A.end, B.start);
    const before = text.slice(Math.max(sentence.start, A.start - 16), A.start);
    let p: [number, number] | undefined;
    if ((TO_GAP.test(gap) || sameNounTo(text, gap, B.end)) && FROM_BEFORE.test(before)) p = [seq[a], seq[a + 1]];
    else if ((FROM_GAP.test(gap) || nounThenFrom(text, gap, B.end)) && (TO_BEFORE.test(before) || /(?:up|down|contre|against)[ \u00a0]/iu.test(gap))) p = [seq[a + 1], seq[a]];
    if (!p) continue;
    inPair.add(p[0]).add(p[1]);
    if (A.kind === 'percent') pctPairs.push(p);
    else {
      pairs.push(p);
      if (!pair) pair = p;
    }
  }
  const allPairs = [...pairs, ...pctPairs];
  for (const p of pctPairs) {
    // "from 20% to 25%, an increase of 5%": the change stated for two percentages, unless it
    // stands nearer another from/to ("grew by 11%, from 3.82 million to 4.24 million, so prevalence rose from 8.3% to 9.7%")
    const c = idx.find(
      (k) => !inPair.has(k) && (F[k].kind === 'percentage-points' || (F[k].kind === 'percent' && F[k].role === 'change')) && nearestPair(F, F[k], allPairs) === p,
    );
    const rel = c !== undefined ? pointsRelation(F, p[0], p[1], c) : undefined;
    if (rel) out.push(rel);
  }
  // "685,000 last year, down 10% from 764,000": the value, its rate, then the value it came from
  if (!pair) {
    for (let a = 0; a + 2 < seq.length; a++) {
      const [A, R, B] = [F[seq[a]], F[seq[a + 1]], F[seq[a + 2]]];
      if (R.kind !== 'percent' || R.role !== 'change' || !VALUE_KINDS.has(A.kind) || A.role === 'change' || B.role === 'change') continue;
      if (!((A.kind === B.kind && A.unit === B.unit) || (B.kind === 'count' && !B.unit && A.kind === 'count'))) continue;
      if (!RATE_FROM.test(text.slice(R.end, B.start)) || !/^[^.;!?\d]{0,40}$/u.test(text.slice(A.end, R.start))) continue;
      out.push({ type: 'growth', rate: seq[a + 1], from: seq[a + 2], to: seq[a], dir: growthDir(R) });
      rates.splice(rates.indexOf(seq[a + 1]), 1);
    }
  }
  const mults = multipliersIn(text, sentence);
  for (const m of mults) {
    // the from/to of the multiplier's own clause ("a presque triplé, passant de A à B"), not another one of the sentence
    const mp = nearestPair(F, m.word, pairs);
    if (mp) {
      if (nearPair(text, m.word, F[mp[0]], F[mp[1]])) {
        const st = multipleFits(text, m, F, mp[0], mp[1]);
        if (st) out.push(st);
      }
    } else if (m.compare) {
      // "1,2 million d’euros, trois fois plus qu’en 2014 (400 000 euros)": the value, then its base
      const a = [...levels].reverse().find((k) => F[k].end <= m.word.start && m.word.start - F[k].end < 60);
      const b = levels.find((k) => F[k].start >= m.word.end && F[k].start - m.word.end < 40);
      if (a !== undefined && b !== undefined && F[a].kind === F[b].kind && F[a].unit === F[b].unit) {
        const st = multipleFits(text, m, F, b, a);
        if (st) out.push(st);
      }
    }
    for (const k of idx) {
      const st = multiplePercent(text, m, F, k);
      if (st) {
        out.push(st);
        break;
      }
    }
  }
  if (pair) {
    for (const r of rates) {
      if (mults.length && out.some((x) => x.type === 'stated' && x.kind === 'multiple-percent' && x.target === r)) continue;
      const rp = nearestPair(F, F[r], allPairs)!;
      if (pctPairs.includes(rp) || !nearPair(text, F[r], F[rp[0]], F[rp[1]])) continue;
      out.push({ type: 'growth', rate: r, from: rp[0], to: rp[1], dir: growthDir(F[r]) });
    }
  } else {
    for (const r of rates) {
      const R = F[r];
      const after = levels.find((k) => F[k].start > R.end && F[k].start - R.end < 100 && TARGET_BEFORE.test(text.slice(R.end, F[k].start)));
      const before = [...levels].reverse().find((k) => F[k].end <= R.start);
      let target: number | undefined = after;
      if (target === undefined && before !== undefined) {
        const gap = text.slice(F[before].end, R.start);
        // "1 500 lits supplémentaires, soit une hausse de 2,5 %": an amount added, not the level reached
        if (gap.length < 80 && SOIT_GAP.test(gap) && !CLAUSE_BREAK.test(gap) && !ADDED.test(gap)) target = before;
      }
      if (target !== undefined) out.push({ type: 'growth', rate: r, to: target, dir: growthDir(R) });
    }
  }

  // X of Y (, soit P %); "Of the Y …, X …, or P %" (the whole first)
  for (let a = 0; a + 1 < idx.length; a++) {
    const A = F[idx[a]];
    const B = F[idx[a + 1]];
    if (!partOf(A, B)) continue;
    const gapAB = text.slice(A.end, B.start);
    if (!OF_GAP.test(gapAB) && !NOUN_AMONG_GAP.test(gapAB)) continue;
    const P = idx[a + 2] !== undefined ? F[idx[a + 2]] : undefined;
    const pct = P && P.kind === 'percent' && PCT_AFTER_WHOLE.test(text.slice(B.end, P.start)) ? idx[a + 2] : undefined;
    out.push({ type: 'share', part: idx[a], whole: idx[a + 1], ...(pct !== undefined ? { pct } : {}) });
  }
  for (let a = 0; a + 2 < idx.length; a++) {
    const W = F[idx[a]];
    const X = F[idx[a + 1]];
    const P = F[idx[a + 2]];
    if (P.kind !== 'percent' || P.role === 'change' || !partOf(X, W)) continue;
    const from = Math.max(sentence.start, W.start - 20);
    if (!WHOLE_FIRST.test((from > sentence.start ? '\u0000' : '') + text.slice(from, W.start))) continue;
    const gap = text.slice(W.end, X.start);
    if (gap.length > 60 || !/[,:]/.test(gap) || /[.;!?]/.test(gap)) continue;
    // "312 said they opposed the plan, or 45%" and the bare "20, soit 30 %" alike: the
    // percentage restates the part of the whole just named
    const tail = text.slice(X.end, P.start);
    if (!PCT_AFTER_WHOLE.test(tail)) continue;
    out.push({ type: 'share', part: idx[a + 1], whole: idx[a], pct: idx[a + 2] });
  }

  // shares of one whole, grouped by what they are shares of
  // "se partagent", "se répartit ainsi :", "came 45% from nuclear, 30% from…": every share
  // listed after the announcement is a part of one whole, whatever its complement
  const announced = pcts.length >= 2 && rates.length === 0 ? BREAKDOWN.exec(sText) : null;
  let listedAll = announced ? listedShares(text, F, pcts, sentence.start + announced.index, inPair) : [];
  // "44 % des électeurs…, 38 % pour son adversaire et 24 % restent indécis": the answers of one
  // question, "undecided" included, as long as no later item names a whole or place of its own
  if (!announced && pcts.length >= 3 && rates.length === 0 && EVERY_ANSWER.test(sText)) {
    const items = listedShares(text, F, pcts, sentence.start, inPair);
    const own = items.slice(1).some((k, n) => OWN_WHOLE.test(text.slice(F[k].end, F[k].end + 40)) || PLACE_IN_GAP.test(text.slice(F[items[n]].end, F[k].start)));
    if (!own && items.length === pcts.length) listedAll = items;
  }
  if (listedAll.length >= 2) {
    out.push({ type: 'shares', items: listedAll, rest: REST.test(sText), complete: true });
    for (const k of pcts) if (F[k].value > 100 && WHOLE_OF.test(text.slice(F[k].end, F[k].end + 40))) out.push({ type: 'impossible', pct: k });
    statedInSentence(text, F, idx, sentence, out);
    return;
  }
  // "respondents could name several": answers of a multiple-answer question make more than 100 %
  const lead = text.slice(Math.max(0, sentence.start - 160), sentence.start);
  if (pcts.length >= 2 && rates.length === 0 && SHARE_CUE.test(sText) && !SEVERAL_ANSWERS.test(sText) && !SEVERAL_ANSWERS.test(lead)) {
    const groups = new Map<string, number[]>();
    // what the last share named its whole ("46 % des voix"), for the bare shares listed after it
    let named: string | undefined;
    let prev: FigureFact | undefined;
    for (const k of pcts) {
      if (inPair.has(k) || F[k].value > 100 || F[k].value < 0) continue;
      const after = text.slice(F[k].end, F[k].end + 40);
      const m = OF_TARGET.exec(after);
      let key = m ? m[1].toLowerCase() : '';
      if (AIM_BEFORE.test(text.slice(Math.max(sentence.start, F[k].start - 40), F[k].start))) {
        // "loin de l'objectif de 75 %", "the target of 80% of pupils": an aim or a threshold, no share of the whole
        key = `own:${k}`;
        named = undefined;
      } else if (m) named = key;
      else if (OWN_COMPLEMENT.test(after)) {
        // "62 % à Lyon", "71% in the suburbs": a share of its own whole
        key = `own:${k}`;
        named = undefined;
      } else if (prev && (COMPARED_GAP.test(text.slice(prev.end, F[k].start)) || PLACE_IN_GAP.test(text.slice(prev.end, F[k].start)))) {
        // "80,1 % des TGV…, contre 81,4 % un an plus tôt": the same share at another time;
        // "…, in the south 65%": the share of another place
        key = `own:${k}`;
        named = undefined;
      } else if (named !== undefined && prev && listedAfter(text, prev, F[k]) && !OWN_COMPLEMENT.test(after)) key = named;
      else named = undefined;
      prev = F[k];
      groups.set(key, [...(groups.get(key) ?? []), k]);
    }
    const rest = REST.test(sText);
    for (const items of groups.values()) if (items.length >= 2) out.push({ type: 'shares', items, rest });
  }

  for (const k of pcts) if (F[k].value > 100 && WHOLE_OF.test(text.slice(F[k].end, F[k].end + 40))) out.push({ type: 'impossible', pct: k });
  statedInSentence(text, F, idx, sentence, out);
}

/**
 * Whether A can be a part of B: same kind of value and unit, A ≤ B. A count without a unit
 * takes its whole's ("312 of 800 residents": residents are counted as inhabitants).
 */
function partOf(A: FigureFact, B: FigureFact): boolean {
  if (!VALUE_KINDS.has(A.kind) || A.kind !== B.kind || B.value <= 0 || A.value > B.value) return false;
  return A.unit === B.unit || (A.kind === 'count' && A.unit === undefined);
}

/** After a bare share: a complement of its own ("62 % à Lyon", "71% in the suburbs") names another whole. */
const OWN_COMPLEMENT = /^[ \u00a0]*(?:à|au|aux|en|dans|chez|parmi|pour|sur|in|at|among|for|on|across|within)(?![\p{L}])/iu;
/** "…, son adversaire 41 %", "… and the Greens 19%": the next item of a list, no figure nor clause between. */
const LIST_GAP = /^[^.;:!?()\d]{0,60}$/u;
const LIST_SEP = /^(?:[^,]*,|[^]*?(?<![\p{L}])(?:et|and)(?![\p{L}]))/u;

function listedAfter(text: string, prev: FigureFact, f: FigureFact): boolean {
  const gap = text.slice(prev.end, f.start);
  return LIST_GAP.test(gap) && LIST_SEP.test(gap);
}

function growthDir(rate: FigureFact): number {
  const d = rate.derived?.direction;
  return typeof d === 'number' ? d : 1;
}

/** Decimals and scale multiplier of a figure as printed. */
export function printed(f: FigureFact): { decimals: number; mult: number } {
  const decimals = f.numeral?.frac.length ?? 0;
  const mult = f.step ? Math.round(f.step * Math.pow(10, decimals) * 1e6) / 1e6 : 1;
  return { decimals, mult: mult || 1 };
}

const COMPARED_WITH = /(?:since|depuis|par rapport à|compared (?:with|to)|from|than in|than|sur|vs\.?|versus|contre|qu['’]en|over)[ \u00a0]*$/iu;

/**
 * The period of the value a growth rate implies: the year before the target's ("En 2022, … a
 * augmenté de 23,6 %" → 2021), or the year it is compared with ("since 2019", "par rapport à
 * 2019"); none when the target has no year (a date without a year never gets one).
 */
function previousPeriod(text: string, F: FigureFact[], rate: number, to: number): string | undefined {
  const T = F[to];
  if (!T.period || !/^\d{4}$/.test(T.period)) return undefined;
  const year = Number(T.period);
  const lo = Math.min(F[rate].start, T.start) - 200;
  const hi = Math.max(F[rate].end, T.end) + 120;
  let other: number | undefined;
  for (let k = Math.max(0, Math.min(rate, to) - 8); k < F.length && F[k].start < hi; k++) {
    if (F[k].kind === 'year' && F[k].start >= lo && F[k].value < year && COMPARED_WITH.test(text.slice(Math.max(0, F[k].start - 24), F[k].start))) other = Math.max(other ?? 0, F[k].value);
  }
  return String(other ?? year - 1);
}

/** Plain data for each figure's `derived` key, from the relations. */
export function attachDerived(F: FigureFact[], relations: readonly Relation[], lang: Language, text: string): void {
  // Same keys in the same order as { ...derived, ...data }, without copying: each figure's
  // `derived` and each `data` are fresh objects of this analysis.
  const put = (k: number, data: Record<string, unknown>): void => {
    const d = F[k].derived;
    F[k].derived = d ? Object.assign(d, data) : data;
  };
  const note = (k: number, n: string): void => {
    const notes = (F[k].derived?.notes as string[] | undefined) ?? [];
    if (!notes.includes(n)) put(k, { notes: [...notes, n] });
  };
  const one = (f: FigureFact): string => f.text.replace(/\s+/g, ' ');
  const colon = lang === 'fr' ? '\u00a0:' : ':';
  for (const r of relations) {
    if (r.type === 'growth') {
      const rate = Math.round(r.dir * F[r.rate].value * 1e10) / 1e12;
      // the rate and the values of the change show it on hover, each of them
      if (r.from !== undefined && F[r.from].value !== 0) {
        const g = (F[r.to].value - F[r.from].value) / F[r.from].value;
        const n = `${one(F[r.from])} → ${one(F[r.to])}${colon} ${g >= 0 ? '+' : ''}${formatPercent(g, lang)}`;
        for (const k of [r.from, r.to, r.rate]) note(k, n);
      }
      const T = F[r.to];
      const { decimals, mult } = printed(T);
      if (r.from === undefined) {
        if (rate <= -1) continue;
        const previous = T.value / (1 + rate);
        const period = previousPeriod(text, F, r.rate, r.to);
        put(r.to, { previous, previousText: `≈ ${formatScaled(previous, mult, lang, decimals)}`, growth: rate, ...(period ? { previousPeriod: period } : {}) });
        put(r.rate, { appliesTo: { start: T.start, end: T.end } });
      } else {
        const A = F[r.from];
        if (A.value === 0) continue;
        const actual = (T.value - A.value) / A.value;
        put(r.to, { previous: A.value, growth: actual, growthText: formatPercent(actual, lang) });
        put(r.rate, { expected: actual, expectedText: formatPercent(actual, lang), from: { start: A.start, end: A.end }, to: { start: T.start, end: T.end } });
      }
    } else if (r.type === 'share') {
      const share = F[r.part].value / F[r.whole].value;
      put(r.part, { share, shareText: formatPercent(share, lang), whole: { start: F[r.whole].start, end: F[r.whole].end } });
      const n = `${one(F[r.part])} / ${one(F[r.whole])} = ${formatPercent(share, lang, 2)}`;
      for (const k of [r.part, r.whole, ...(r.pct !== undefined ? [r.pct] : [])]) note(k, n);
    } else if (r.type === 'shares') {
      const sum = r.items.reduce((a, k) => a + F[k].value, 0);
      // a long list is summed, not spelled out (the note is copied on every item)
      const list = r.items.length <= 8 ? r.items.map((k) => one(F[k])).join(' + ') : lang === 'fr' ? `${r.items.length} parts` : `${r.items.length} shares`;
      const n = `${list} = ${formatPercent(sum / 100, lang)}`;
      for (const k of r.items) note(k, n);
    } else if (r.type === 'stated') {
      // every figure of the relation shows it on hover
      const n = r.note(lang);
      for (const k of [r.target, ...r.inputs.map((x) => x.index)]) note(k, n);
      if (r.kind === 'multiple' && r.inputs.length === 2 && F[r.inputs[0].index].value !== 0)
        put(r.target, { factor: F[r.target].value / F[r.inputs[0].index].value, previous: F[r.inputs[0].index].value });
    }
  }
}
