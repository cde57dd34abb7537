// number-conflict: the same quantity given two different values in one draft (the lede says
// 31,17 milliards, the body 31,7 milliards; "five killed" then "six dead").
import { say, type Draft, type Rule } from '../rule';
import type { FigureFact } from '../types';
import { findRelations, sentenceOf } from './derive';
import { lineFinder } from './format';
import { placesIn } from './phrases';
import { scopesIn } from './scope';
import { frenchTypography } from './stated';
import { differentValues, quantityKey, quantityMatch, type QuantityKey, type Words } from './quantity';

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
      if (r.type === 'stated' && (r.kind === 'multiple' || r.kind === 'points' || r.kind === 'conversion' || r.kind === 'currency')) {
        excluded.add(r.target);
        for (const x of r.inputs) excluded.add(x.index);
      }
    }
    const memo = new Map<string, Words>();
    const placesBySentence = new Map<number, string[]>();
    const whenBySentence = new Map<number, string[]>();
    const scopeBySentence = new Map<number, string[]>();
    // by noun phrase: a draft repeats them
    const measureBefore = new Map<string, string>();
    const pool = new ConflictPool(F, sid);
    const line = lineFinder(text);
    const out: Draft[] = [];
    for (let j = 0; j < F.length; j++) {
      const f = F[j];
      if (!MEASURED.has(f.kind) || excluded.has(j)) continue;
      const cost = f.kind === 'money' && sid[j] >= 0 ? costOf(text, f, facts.sentences[sid[j]].start) : '';
      // "The stadium cost $310 million": a cost names its quantity without a noun phrase
      // "62% of respondents said…": the quantity is the answer, which the noun phrase does not
      // name; a phrase holding another figure ("62% of respondents said it") names none
      if (f.kind === 'percent' && f.qualifies && (ANSWER_SHARE.test(f.qualifies) || /\d/.test(f.qualifies))) continue;
      const key = quantityKey(text, f, memo) ?? (cost ? NO_WORDS : undefined);
      let places: string[] = [];
      let when: string[] = [];
      let scope: string[] = [];
      if (sid[j] >= 0) {
        const s = facts.sentences[sid[j]];
        places = placesBySentence.get(sid[j]) ?? placesIn(text.slice(s.start, s.end));
        placesBySentence.set(sid[j], places);
        when = whenBySentence.get(sid[j]) ?? daysIn(text.slice(s.start, s.end));
        whenBySentence.set(sid[j], when);
        scope = scopeBySentence.get(sid[j]) ?? scopesIn(text.slice(s.start, s.end));
        scopeBySentence.set(sid[j], scope);
      }
      const context = { places, when, scope };
      let i = key ? pool.firstConflict(j, key, measureOf(text, f, measureBefore), context, cost) : -1;
      // "Ces 1 500 hectares", "all 60,000 seats", "ce taux de 7,6 %": a demonstrative or
      // possessive restates the quantity last given in the same unit
      if (i < 0) i = restated(text, F, j, sid, excluded, facts.sentences, context);
      if (i >= 0) {
        const d = finding(F[i], f, text, original, language, line);
        // one of them dated in a comparison ("compared with March 2023, when exports stood
        // at…"), the other not: perhaps the earlier period's value, so the finding only asks
        const dated = F[i].period && !f.period ? i : f.period && !F[i].period ? j : -1;
        if (dated >= 0 && sid[dated] >= 0 && COMPARED.test(text.slice(facts.sentences[sid[dated]].start, F[dated].start))) {
          d.severity = 'information';
          delete d.fixes;
        }
        out.push(d);
      }
    }
    return out;
  },
};

/**
 * The people answering a poll or casting a vote: "X % of respondents" is the share giving one
 * answer, and two answers of one poll are different quantities.
 */
const ANSWER_SHARE =
  /(?<![\p{L}])(?:respondents?|those (?:polled|asked|surveyed)|people (?:polled|asked|surveyed)|voters|adults|sondés|personnes interrogées|interrogés|électeurs|électrices|participants|Français|Américains|Americans|Britons)(?![\p{L}])/iu;

/** A demonstrative, possessive or "all" right before a figure: it refers back to a quantity already given. */
const BACK_REF = /(?:^|[^\p{L}])(?:ces|cet|cette|ses|leurs|tous les|toutes les|all|all the|all of the|its|their|these|those|this|that)[ \u00a0]+$/iu;
/** "ce taux de", "cette enveloppe de", "this rate of": the noun of the quantity, then its figure. */
const BACK_NOUN = /(?:^|[^\p{L}])(?:ce|cet|cette|ces|this|that|these|those|its|their|ses|son|sa|leur)[ \u00a0]+([\p{L}-]{3,})[ \u00a0]+(?:de|d['’]|of)[ \u00a0]*$/iu;

/**
 * The earlier figure that a restatement ("Ces 1 500 hectares brûlés", "all 16 seats", "ce taux
 * de 7,6 %") refers back to, when it gives another value: the nearest figure of an earlier
 * sentence in the same paragraph or the one before, of the same kind and unit (counts without
 * a unit: the same noun after them), and the same period, place and scope. -1 when none.
 */
function restated(text: string, F: FigureFact[], j: number, sid: number[], excluded: Set<number>, sentences: { start: number; end: number }[], bc: Context): number {
  const b = F[j];
  if (sid[j] < 0) return -1;
  const lead = text.slice(Math.max(sentences[sid[j]].start, b.start - 30), b.start);
  const noun = BACK_NOUN.exec(lead);
  if (!noun && !BACK_REF.test(lead)) return -1;
  const head = (f: FigureFact): string => fold(/^[ \u00a0]*([\p{L}-]{3,})/u.exec(text.slice(f.end, f.end + 30))?.[1] ?? '');
  const same = (i: number): boolean => {
    const a = F[i];
    if (a.kind !== b.kind || (a.role ?? 'level') !== (b.role ?? 'level') || a.unit !== b.unit) return false;
    // "ce taux de 7,6 %": the noun in the earlier figure's phrase or before it in its sentence
    if (noun) return `${a.qualifies ?? ''} ${text.slice(sentences[sid[i]]?.start ?? a.start, a.start)}`.split(/[^\p{L}]+/u).some((w) => fold(w) === fold(noun[1]));
    return b.unit !== undefined || (head(a) !== '' && head(a) === head(b));
  };
  const floor = sentences[Math.max(0, sid[j] - 3)].start;
  let nearest = -1;
  for (let i = j - 1; i >= 0 && F[i].start >= floor; i--) {
    if (sid[i] === sid[j] || !same(i)) continue;
    // the draft gave this value already (« 12 millions, contre 10 millions … ces 12 millions »): a restatement
    if (F[i].value === b.value) return -1;
    if (nearest < 0 && !excluded.has(i)) nearest = i;
  }
  if (nearest < 0) return -1;
  const a = F[nearest];
  const s = sentences[sid[nearest]];
  const ac: Context = { places: placesIn(text.slice(s.start, s.end)), when: daysIn(text.slice(s.start, s.end)), scope: scopesIn(text.slice(s.start, s.end)) };
  return conflicts(a, ac, b, bc, false) ? nearest : -1;
}

const fold = (w: string): string => w.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/(?:s|x)$/, '');

/** Before a figure: the clause gives an earlier period's value for comparison. */
const COMPARED =
  /(?<![\p{L}])(?:compared (?:with|to)|versus|against|contre|par rapport à|comparé(?:e|s|es)? à|en comparaison|a year (?:earlier|before|ago)|un an plus tôt|l['’]année (?:précédente|d['’]avant)|previous year|prior year)(?![\p{L}])/iu;

/** What a figure's sentence says of where and when: places, months and days of the week. */
interface Context {
  places: string[];
  when: string[];
  /** Quarters, halves, subgroups (scope.ts): values of different scopes never conflict. */
  scope: string[];
}

/** Earlier figures whose values compare the same way with any later one. */
interface ValueGroup {
  /** The first member: `conflicts` reads only what all members share. */
  figure: FigureFact;
  context: Context;
  /** In document order. */
  members: number[];
}

/** Earlier figures whose quantities compare the same way with any later one. */
interface QuantityClass {
  /** The first member: sameQuantity reads only what all members share. */
  figure: FigureFact;
  key: QuantityKey;
  measure: string;
  cost: Cost;
  /** quantityMatch (or 'cost'), false unless the same measure, by the other class. */
  same: Map<QuantityClass, Match>;
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
  firstConflict(j: number, key: QuantityKey, measure: string, context: Context, cost: Cost): number {
    const b = this.F[j];
    const own = this.classOf(b, key, measure, cost);
    let best = -1;
    let restated = false;
    for (const cls of own.bucket) {
      const match = this.sameQuantity(cls, own);
      if (!match) continue;
      // the draft gave this very value of the quantity before (« rose to 4.1% from 3.9% … was
      // 4.1% »): a restatement of one of its values, never a conflict with the other
      if (cls.groups.get(b.value)?.length) restated = true;
      for (const groups of cls.groups.values()) {
        for (const g of groups) {
          // an anaphoric cost ("le coût total") refers to the cost of the sentence before
          const i = match === 'cost' ? this.inSentenceBefore(g.members, j) : this.firstOutsideSentence(g.members, j);
          if (i < 0 || (best >= 0 && i >= best)) continue;
          if (conflicts(g.figure, g.context, b, context, match === 'head')) best = i;
        }
      }
    }
    // j joins the pool after the search: only earlier figures are compared
    const same = own.groups.get(b.value);
    const group = same?.find((g) => sameValue(g.figure, b) && sameContext(g.context, context));
    if (group) group.members.push(j);
    else if (same) same.push({ figure: b, context, members: [j] });
    else own.groups.set(b.value, [{ figure: b, context, members: [j] }]);
    return restated ? -1 : best;
  }

  private classOf(b: FigureFact, key: QuantityKey, measure: string, cost: Cost): QuantityClass {
    let list = this.classes.get(key.words);
    if (!list) this.classes.set(key.words, (list = []));
    const role = b.role ?? 'level';
    let own = list.find((c) => c.figure.kind === b.kind && (c.figure.role ?? 'level') === role && c.key.concept === key.concept && c.figure.unit === b.unit && c.measure === measure && c.cost === cost);
    if (!own) {
      const bucketKey = `${b.kind}\u0001${role}\u0001${key.concept !== undefined ? `c+${key.concept}` : b.unit === undefined ? 'u-' : `u+${b.unit}`}`;
      let bucket = this.buckets.get(bucketKey);
      if (!bucket) this.buckets.set(bucketKey, (bucket = []));
      own = { figure: b, key, measure, cost, same: new Map(), groups: new Map(), bucket };
      bucket.push(own);
      list.push(own);
    }
    return own;
  }

  private sameQuantity(a: QuantityClass, b: QuantityClass): Match {
    let same = b.same.get(a);
    if (same === undefined) {
      same = a.measure === b.measure && quantityMatch(a.figure, a.key, b.figure, b.key);
      // the same currency (one bucket), both costs, one of them named by "le coût total" alone
      if (!same && a.measure === b.measure && a.cost && b.cost && (a.cost === 'anaphor' || b.cost === 'anaphor')) same = 'cost';
      b.same.set(a, same);
    }
    return same;
  }

  /** The first member in the sentence just before figure `j`'s, or -1. */
  private inSentenceBefore(members: number[], j: number): number {
    for (const i of members) if (this.sid[i] === this.sid[j] - 1) return i;
    return -1;
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

const sameList = (a: string[], b: string[]): boolean => a === b || (a.length === b.length && a.every((p, k) => p === b[k]));
const sameContext = (a: Context, b: Context): boolean => sameList(a.places, b.places) && sameList(a.when, b.when) && sameList(a.scope, b.scope);
const overlap = (a: string[], b: string[]): boolean => a.some((p) => b.includes(p));

/**
 * Two figures of the same quantity that give it different values for the same period, place
 * and day or month. `head`: counts of one shared noun ("patients"), which only a context
 * both sentences name (the same day, month, year or place) makes the same quantity.
 */
function conflicts(a: FigureFact, ac: Context, b: FigureFact, bc: Context, head: boolean): boolean {
  if (a.period && b.period && a.period !== b.period) return false;
  if (!sameList(ac.scope, bc.scope)) return false;
  if (ac.places.length && bc.places.length && !overlap(ac.places, bc.places)) return false;
  if (ac.when.length && bc.when.length && !overlap(ac.when, bc.when)) return false;
  if (head && !(overlap(ac.when, bc.when) || overlap(ac.places, bc.places) || (a.period && a.period === b.period))) return false;
  if (!comparableSize(a, b)) return false;
  return differentValues(a, b);
}

/**
 * Two values more than ten times apart are two quantities ("$182.40 a share" and "$10 billion
 * of shares"), unless they have the same digits: "$3 million" / "$3 billion" is a scale typo.
 */
function comparableSize(a: FigureFact, b: FigureFact): boolean {
  const x = Math.abs(a.value);
  const y = Math.abs(b.value);
  if (x === 0 || y === 0) return true;
  const r = Math.max(x, y) / Math.min(x, y);
  if (r <= 10) return true;
  const k = Math.log10(r);
  return Math.abs(k - Math.round(k)) < 1e-9;
}

const DAYS = [
  'January|janvier', 'February|février|fevrier', 'March|mars', 'April|avril', 'May|mai', 'June|juin', 'July|juillet', 'August|août|aout',
  'September|septembre', 'October|octobre', 'November|novembre', 'December|décembre|decembre',
  'Monday|lundi', 'Tuesday|mardi', 'Wednesday|mercredi', 'Thursday|jeudi', 'Friday|vendredi', 'Saturday|samedi', 'Sunday|dimanche',
];
/** English names as written (capitalised); French ones in lower case or opening a sentence. */
const capitalOrNot = (w: string): string => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`;
const DAY = new RegExp(
  `(?<![\\p{L}])(?:${DAYS.map((d) => `(${d.split('|').map((w, k) => (k ? capitalOrNot(w) : w)).join('|')})`).join('|')})(?![\\p{L}])`,
  'gu',
);
/** A cheap pre-test: most sentences name no month or day. */
const DAY_HINT = /uary|march|april|may|june|july|august|ber|day|janv|f[ée]v|mars|avril|mai|juin|juil|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre|di(?![\p{L}])/iu;

/** The months and days of the week a sentence names (English ones capitalised: "may", "march"). */
function daysIn(sentence: string): string[] {
  if (!DAY_HINT.test(sentence)) return [];
  const out: string[] = [];
  DAY.lastIndex = 0;
  for (let m = DAY.exec(sentence); m; m = DAY.exec(sentence)) {
    const k = m.slice(1).findIndex((g) => g !== undefined);
    if (!out.includes(DAYS[k])) out.push(DAYS[k]);
  }
  return out;
}

/** The key of a cost without a noun phrase (quantityMatch refuses empty word sets). */
const NO_WORDS: QuantityKey = { words: new Set(), proper: new Set() };

type Match = 'same' | 'head' | 'cost' | false;
/** '' (no cost), 'named' ("a coûté 48 millions", "the cost of the bridge"), 'anaphor' ("le coût total"). */
type Cost = '' | 'named' | 'anaphor';

const COST_VERB =
  /(?<![\p{L}])(?:a|ont|aura|auront|avait|avaient)?[ \u00a0]*(?:coûté|coûte|coûtent|coûtera|coûteront|coûtait|cost|costs|will cost|has cost|had cost)[ \u00a0]+(?:(?:about|some|nearly|around|près de|environ|plus de|more than)[ \u00a0]+)?(?:US\$|\$|€|£)?[ \u00a0]*$/iu;
const COST_NOUN = /(?<![\p{L}])(?:coûts?|costs?)(?![\p{L}])/iu;
/** A cost phrase that names nothing else: "dont le coût total", "its final cost". */
const COST_ALONE = /^(?:(?:dont|whose|and|et|but|mais)[ \u00a0]+)?(?:(?:le|son|leur|the|its|their|this|ce)[ \u00a0]+)?(?:(?:total|final|overall|global|réel|real|actual|estimated)[ \u00a0]+)?(?:coût|cost)(?:[ \u00a0]+(?:total|final|global|réel|estimé|définitif))?$/iu;
/** What "le coût total" may hang on: "l'ouvrage, dont le coût…", "the project, whose cost…". */
const GENERIC_BEFORE =
  /(?:^|(?<![\p{L}])(?:ouvrage|projet|chantier|travaux|opération|programme|équipement|bâtiment|structure|project|scheme|works|program|building|facility))$/iu;

function costOf(text: string, f: FigureFact, sentenceStart: number): Cost {
  const q = f.qualifies ?? '';
  const before = text.slice(Math.max(sentenceStart, f.start - 30), f.start);
  if (!/co[uû]t|cost/i.test(before) && !/co[uû]t|cost/i.test(q)) return '';
  if (q && COST_ALONE.test(q)) {
    const at = text.lastIndexOf(q, f.start);
    if (at >= sentenceStart) {
      const lead = text.slice(sentenceStart, at);
      // "Inauguré mardi, l'ouvrage, dont…": the clause before names a generic work or nothing
      const head = lead.replace(/[ \u00a0,]+$/u, '').split(/[,;:]/).pop()!.trim();
      if (GENERIC_BEFORE.test(head)) return 'anaphor';
    }
    return '';
  }
  return COST_VERB.test(before) || COST_NOUN.test(q) ? 'named' : '';
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
    `${b.text} contradicts ${a.text} given on line ${line}${what ? ` for “${what}”` : ''}: which one is right?`,
    `${b.text} contredit ${a.text} donné à la ligne ${line}${what ? ` pour « ${what} »` : ''}\u00a0: lequel est juste\u00a0?`,
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
    message: lang === 'fr' ? frenchTypography(message) : message,
    related: [{ start: a.start, end: a.end, message: say(lang, `First given as ${a.text}`, `Donné d’abord comme ${a.text}`) }],
    ...(fixes.length ? { fixes } : {}),
    data: { values: [a.value, b.value], unit: b.unit ?? null },
  };
}
