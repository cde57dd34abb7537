// number-conflict: the same quantity given two different values in one draft (the lede says
// 31,17 milliards, the body 31,7 milliards; "five killed" then "six dead").
import { say, type Draft, type Rule } from '../rule';
import type { FigureFact } from '../types';
import { findRelations, sentenceOf } from './derive';
import { lineFinder } from './format';
import { placesIn } from './phrases';
import { differentValues, quantityKey, quantitySignature, sameQuantity, type QuantityKey, type Words } from './quantity';

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
      const i = pool.firstConflict(j, key, measureOf(text, f), places);
      if (i >= 0) out.push(finding(F[i], f, text, original, language, line));
    }
    return out;
  },
};

/** Earlier figures whose values compare the same way with any later one. */
interface ValueGroup {
  places: string[];
  /** In document order. */
  members: number[];
}

/** Earlier figures whose quantities compare the same way with any later one. */
interface QuantityClass {
  signature: string;
  /** sameQuantity and the same measure, by the other class. */
  same: Map<QuantityClass, boolean>;
  /** A member: sameQuantity reads only what all members share. */
  first: number;
  key: QuantityKey;
  measure: string;
  groups: Map<string, ValueGroup>;
  /** The classes of its bucket (itself included). */
  bucket?: QuantityClass[];
}

/**
 * The earlier figures, grouped so that a new figure is compared once per distinct quantity
 * and value rather than once per figure: a 10,000-word draft repeats the same few figures,
 * and comparing every pair made the rule quadratic.
 */
class ConflictPool {
  /** kind|role|concept-or-unit → classes: sameQuantity needs these equal. */
  private buckets = new Map<string, QuantityClass[]>();
  private classes = new Map<string, QuantityClass>();

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
    const signature = `${quantitySignature(b, key)}\u0002${measure}`;
    let own = this.classes.get(signature);
    if (!own) {
      own = { signature, same: new Map(), first: j, key, measure, groups: new Map() };
      this.classes.set(signature, own);
      const bucketKey = `${b.kind}\u0001${b.role ?? 'level'}\u0001${key.concept !== undefined ? `c+${key.concept}` : b.unit === undefined ? 'u-' : `u+${b.unit}`}`;
      const bucket = this.buckets.get(bucketKey);
      if (bucket) bucket.push(own);
      else this.buckets.set(bucketKey, [own]);
      own.bucket = this.buckets.get(bucketKey)!;
    }
    let best = -1;
    for (const cls of own.bucket!) {
      if (!this.sameQuantity(cls, own)) continue;
      for (const g of cls.groups.values()) {
        const i = this.firstOutsideSentence(g.members, j);
        if (i < 0 || (best >= 0 && i >= best)) continue;
        if (conflicts(this.F[i], g.places, b, places)) best = i;
      }
    }
    // j joins the pool after the search: only earlier figures are compared
    const value = valueSignature(b, places);
    const group = own.groups.get(value);
    if (group) group.members.push(j);
    else own.groups.set(value, { places, members: [j] });
    return best;
  }

  private sameQuantity(a: QuantityClass, b: QuantityClass): boolean {
    let same = b.same.get(a);
    if (same === undefined) {
      same = sameQuantity(this.F[a.first], a.key, this.F[b.first], b.key) && a.measure === b.measure;
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

/** Everything `conflicts` reads of the earlier figure, as one string. */
function valueSignature(f: FigureFact, places: string[]): string {
  return [f.value, f.step, f.approximate ? 1 : 0, f.range ? f.range.join(',') : '', f.period === undefined ? '-' : `+${f.period}`, places.join('\u0001')].join('\u0002');
}

/** Two figures of the same quantity that give it different values for the same period and place. */
function conflicts(a: FigureFact, aPlaces: string[], b: FigureFact, bPlaces: string[]): boolean {
  if (a.period && b.period && a.period !== b.period) return false;
  if (aPlaces.length && bPlaces.length && !aPlaces.some((p) => bPlaces.includes(p))) return false;
  return differentValues(a, b);
}

/** A word every MEASURE_AFTER phrase contains: most figures have none, and this test is cheap. */
const MEASURE_HINT = /capita|habitant|personne|average|moyen|dian|day|jour|month|mois|year|par an|annu|mensuel/iu;

function measureOf(text: string, f: FigureFact): string {
  const after = text.slice(f.end, f.end + 40);
  const m = (MEASURE_HINT.test(after) ? MEASURE_AFTER.exec(after) : null) ?? MEASURE_BEFORE.exec(f.qualifies ?? '');
  if (!m) return '';
  return m[1].toLowerCase().replace(/^(?:moyenne?|on average|en moyenne)$/, 'average');
}

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
