// number-conflict: the same quantity given two different values in one draft (the lede says
// 31,17 milliards, the body 31,7 milliards; "five killed" then "six dead").
import { say, type Draft, type Rule } from '../rule';
import type { FigureFact } from '../types';
import { findRelations, sentenceOf } from './derive';
import { lineNumber } from './format';
import { placesIn } from './phrases';
import { differentValues, quantityKey, sameQuantity, type QuantityKey } from './quantity';

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
    const keys: (QuantityKey | undefined)[] = F.map((f, i) => (MEASURED.has(f.kind) && !excluded.has(i) ? quantityKey(text, f) : undefined));
    const measure = F.map((f, i) => (keys[i] ? measureOf(text, f) : ''));
    const places = F.map((f, i) => (keys[i] && sid[i] >= 0 ? placesIn(text.slice(facts.sentences[sid[i]].start, facts.sentences[sid[i]].end)) : []));
    const out: Draft[] = [];
    for (let j = 0; j < F.length; j++) {
      const kb = keys[j];
      if (!kb) continue;
      for (let i = 0; i < j; i++) {
        const ka = keys[i];
        if (!ka || sid[i] === sid[j]) continue;
        const a = F[i];
        const b = F[j];
        if (!sameQuantity(a, ka, b, kb) || measure[i] !== measure[j]) continue;
        if (a.period && b.period && a.period !== b.period) continue;
        if (places[i].length && places[j].length && !places[i].some((p) => places[j].includes(p))) continue;
        if (!differentValues(a, b)) continue;
        out.push(finding(a, b, text, original, language));
        break;
      }
    }
    return out;
  },
};

function measureOf(text: string, f: FigureFact): string {
  const m = MEASURE_AFTER.exec(text.slice(f.end, f.end + 40)) ?? MEASURE_BEFORE.exec(f.qualifies ?? '');
  if (!m) return '';
  return m[1].toLowerCase().replace(/^(?:moyenne?|on average|en moyenne)$/, 'average');
}

function finding(a: FigureFact, b: FigureFact, text: string, original: string, lang: 'fr' | 'en'): Draft {
  const line = lineNumber(text, a.start);
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
