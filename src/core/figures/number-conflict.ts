// number-conflict: the same quantity given two different values in one draft (the lede says
// 31,17 milliards, the body 31,7 milliards; "five killed" then "six dead").
import { say, type Draft, type Rule } from '../rule';
import type { FigureFact } from '../types';
import { findRelations, sentenceOf } from './derive';
import { lineFinder } from './format';
import { placesIn } from './phrases';
import { differentValues, quantityKey, sameQuantity, type QuantityKey, type Words } from './quantity';

const MEASURED = new Set(['money', 'quantity', 'count', 'percent', 'percentage-points']);
const MEASURE_AFTER =
  /^[^.;!?]{0,20}?(?<![\p{L}])(per capita|par habitant|par personne|on average|en moyenne|average|moyen(?:ne)?|median|médian(?:e)?|per day|par jour|per month|par mois|a year|per year|par an|annual|annuel(?:le)?|monthly|mensuel(?:le)?)(?![\p{L}])/iu;
const MEASURE_BEFORE = /(?<![\p{L}])(per capita|par habitant|average|moyenne|moyen|median|médian|médiane|annual|annuel|monthly|mensuel|daily|quotidien)(?![\p{L}])/iu;

export const numberConflict: Rule = {
  id: 'number-conflict',
  defaultSeverity: 'warning',
  description: {
    en: 'The same quantity given two different values in one document.',
    fr: 'Une même quantité donnée avec deux valeurs différentes dans le document.',
  },
  check({ facts, prose, language, text: original }) {
    const text = prose.text;
    const F = facts.figures;
    const sid = sentenceOf(F, facts.sentences);
    const excluded = new Set<number>();
    for (const r of findRelations(text, F, facts.sentences)) {
      if (r.type === 'growth' && r.from !== undefined) excluded.add(r.from).add(r.to);
      if (r.type === 'multiple') excluded.add(r.from).add(r.to);
    }
    const memo = new Map<string, Words>();
    const placesBySentence = new Map<number, string[]>();
    // by noun phrase: a draft repeats them
    const measureBefore = new Map<string, string>();
    const pool = new ConflictPool(F, sid);
    const line = lineFinder(text);
    const out: Draft[] = [];
    for (let j = 0; j < F.length; j++) {
      const f = F[j];
      if (!MEASURED.has(f.kind) || excluded.has(j)) continue;
      const key = quantityKey(text, f, memo);
      if (!key) continue;
      let places: string[] = [];
      if (sid[j] >= 0) {
        places = placesBySentence.get(sid[j]) ?? placesIn(text.slice(facts.sentences[sid[j]].start, facts.sentences[sid[j]].end));
        placesBySentence.set(sid[j], places);
      }
      const i = pool.firstConflict(j, key, measureOf(text, f, measureBefore), places);
      if (i >= 0) out.push(finding(F[i], f, text, original, language, line));
    }
    return out;
  },
};

/** Earlier figures whose values compare the same way with any later one. */
interface ValueGroup {
  /** The first member: `conflicts` reads only what all members share. */
  figure: FigureFact;
  places: string[];
  /** In document order. */
  members: number[];
}

/** Earlier figures whose quantities compare the same way with any later one. */
interface QuantityClass {
  /** The first member: sameQuantity reads only what all members share. */
  figure: FigureFact;
  key: QuantityKey;
  measure: string;
  /** sameQuantity and the same measure, by the other class. */
  same: Map<QuantityClass, boolean>;
  /** Value groups by value. */
  groups: Map<number, ValueGroup[]>;
  /** The classes sameQuantity may accept (same kind, role, concept or unit), itself included. */
  bucket: QuantityClass[];
}

/**
 * The earlier figures, grouped so that a new figure is compared once per distinct quantity
 * and value rather than once per figure: a 10,000-word draft repeats the same few figures,
 * and comparing every pair made the rule quadratic.
 */
class ConflictPool {
  /** Classes by their key's word set (shared by the figures of one noun phrase). */
  private classes = new Map<ReadonlySet<string>, QuantityClass[]>();
  /** kind|role|concept-or-unit → classes: sameQuantity needs these equal. */
  private buckets = new Map<string, QuantityClass[]>();

  constructor(
    private F: FigureFact[],
    private sid: number[],
  ) {}

  /**
   * The first earlier figure (lowest index) that gives the quantity of figure `j` another
   * value, or -1; then adds `j` to the pool. Same answer as trying every earlier figure in order.
   */
  firstConflict(j: number, key: QuantityKey, measure: string, places: string[]): number {
    const b = this.F[j];
    const own = this.classOf(b, key, measure);
    let best = -1;
    for (const cls of own.bucket) {
      if (!this.sameQuantity(cls, own)) continue;
      for (const groups of cls.groups.values()) {
        for (const g of groups) {
          const i = this.firstOutsideSentence(g.members, j);
          if (i < 0 || (best >= 0 && i >= best)) continue;
          if (conflicts(g.figure, g.places, b, places)) best = i;
        }
      }
    }
    // j joins the pool after the search: only earlier figures are compared
    const same = own.groups.get(b.value);
    const group = same?.find((g) => sameValue(g.figure, b) && samePlaces(g.places, places));
    if (group) group.members.push(j);
    else if (same) same.push({ figure: b, places, members: [j] });
    else own.groups.set(b.value, [{ figure: b, places, members: [j] }]);
    return best;
  }

  private classOf(b: FigureFact, key: QuantityKey, measure: string): QuantityClass {
    let list = this.classes.get(key.words);
    if (!list) this.classes.set(key.words, (list = []));
    const role = b.role ?? 'level';
    let own = list.find((c) => c.figure.kind === b.kind && (c.figure.role ?? 'level') === role && c.key.concept === key.concept && c.figure.unit === b.unit && c.measure === measure);
    if (!own) {
      const bucketKey = `${b.kind}\u0001${role}\u0001${key.concept !== undefined ? `c+${key.concept}` : b.unit === undefined ? 'u-' : `u+${b.unit}`}`;
      let bucket = this.buckets.get(bucketKey);
      if (!bucket) this.buckets.set(bucketKey, (bucket = []));
      own = { figure: b, key, measure, same: new Map(), groups: new Map(), bucket };
      bucket.push(own);
      list.push(own);
    }
    return own;
  }

  private sameQuantity(a: QuantityClass, b: QuantityClass): boolean {
    let same = b.same.get(a);
    if (same === undefined) {
      same = sameQuantity(a.figure, a.key, b.figure, b.key) && a.measure === b.measure;
      b.same.set(a, same);
    }
    return same;
  }

  /** The first member in another sentence than figure `j` (figures of one sentence never conflict). */
  private firstOutsideSentence(members: number[], j: number): number {
    for (const i of members) if (this.sid[i] !== this.sid[j]) return i;
    return -1;
  }
}

/** Same of everything `conflicts` reads of the earlier figure but its places. */
function sameValue(a: FigureFact, b: FigureFact): boolean {
  if (a.value !== b.value || a.step !== b.step || !!a.approximate !== !!b.approximate || a.period !== b.period) return false;
  if (!a.range || !b.range) return !a.range && !b.range;
  return a.range[0] === b.range[0] && a.range[1] === b.range[1];
}

function samePlaces(a: string[], b: string[]): boolean {
  return a === b || (a.length === b.length && a.every((p, k) => p === b[k]));
}

/** Two figures of the same quantity that give it different values for the same period and place. */
function conflicts(a: FigureFact, aPlaces: string[], b: FigureFact, bPlaces: string[]): boolean {
  if (a.period && b.period && a.period !== b.period) return false;
  if (aPlaces.length && bPlaces.length && !aPlaces.some((p) => bPlaces.includes(p))) return false;
  return differentValues(a, b);
}

/** A word every MEASURE_AFTER phrase contains: most figures have none, and this test is cheap. */
const MEASURE_HINT = /capita|habitant|personne|average|moyen|dian|day|jour|month|mois|year|par an|annu|mensuel/iu;

/** `before`: measures named in each noun phrase, shared by the figures of a draft. */
function measureOf(text: string, f: FigureFact, before: Map<string, string>): string {
  const after = text.slice(f.end, f.end + 40);
  const m = MEASURE_HINT.test(after) ? MEASURE_AFTER.exec(after) : null;
  if (m) return measureName(m[1]);
  const q = f.qualifies ?? '';
  let b = before.get(q);
  if (b === undefined) {
    const mb = MEASURE_BEFORE.exec(q);
    before.set(q, (b = mb ? measureName(mb[1]) : ''));
  }
  return b;
}

const measureName = (w: string): string => w.toLowerCase().replace(/^(?:moyenne?|on average|en moyenne)$/, 'average');

function finding(a: FigureFact, b: FigureFact, text: string, original: string, lang: 'fr' | 'en', lineOf: (offset: number) => number): Draft {
  const line = lineOf(a.start);
  const what = b.qualifies ?? a.qualifies ?? '';
  const message = say(
    lang,
    `${b.text} contradicts ${a.text} given on line ${line}${what ? ` for “${what}”` : ''}.`,
    `${b.text} contredit ${a.text} donné à la ligne ${line}${what ? ` pour « ${what} »` : ''}.`,
  );
  const fixes = [];
  if (original.slice(b.start, b.end) === b.text && original.slice(a.start, a.end) === a.text) {
    fixes.push({ title: say(lang, `Use ${a.text} (as on line ${line})`, `Écrire ${a.text} (comme à la ligne ${line})`), edits: [{ start: b.start, end: b.end, newText: a.text }] });
    fixes.push({
      title: say(lang, `Use ${b.text} on line ${line} too`, `Écrire aussi ${b.text} à la ligne ${line}`),
      edits: [{ start: a.start, end: a.end, newText: b.text }],
    });
  }
  return {
    start: b.start,
    end: b.end,
    message,
    related: [{ start: a.start, end: a.end, message: say(lang, `First given as ${a.text}`, `Donné d’abord comme ${a.text}`) }],
    ...(fixes.length ? { fixes } : {}),
    data: { values: [a.value, b.value], unit: b.unit ?? null },
  };
}
