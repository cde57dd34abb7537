// Hover text for a figure: its value written out in the document's language, its kind, what
// it qualifies, the values its sentence implies and every other mention of the same quantity.
import type { Analysis, FigureFact, Language } from '../types';
import { say } from '../rule';
import { formatNumber, formatPercent, formatValue, lineNumber } from './format';
import { quantityKey, sameQuantity } from './quantity';

const KIND_NAMES: Record<string, [string, string]> = {
  money: ['amount of money', 'montant'],
  percent: ['percentage', 'pourcentage'],
  'percentage-points': ['percentage points', 'points de pourcentage'],
  quantity: ['quantity', 'quantité'],
  count: ['count', 'effectif'],
  year: ['year', 'année'],
  date: ['date', 'date'],
  ordinal: ['ordinal', 'ordinal'],
};


function dateText(v: number, lang: Language): string {
  const y = Math.floor(v / 10000);
  const m = Math.floor(v / 100) % 100;
  const d = v % 100;
  const dd = String(d).padStart(2, '0');
  const mm = String(m).padStart(2, '0');
  if (!y) return lang === 'fr' ? `${dd}/${mm}` : `${mm}-${dd}`;
  return `${y}-${mm}-${dd}`;
}

export function figureHover(analysis: Analysis, offset: number): string | undefined {
  const figures = analysis.facts.figures;
  const f = figures.find((x) => x.start <= offset && offset < x.end) ?? figures.find((x) => x.end === offset);
  if (!f) return undefined;
  const lang = analysis.language;
  const text = analysis.prose.text;
  const t = (en: string, fr: string): string => say(lang, en, fr);
  const [kEn, kFr] = KIND_NAMES[f.kind] ?? [f.kind, f.kind];
  const out: string[] = [];
  const value = f.kind === 'date' ? dateText(f.value, lang) : formatValue(f, lang);
  out.push(`**${f.text.replace(/\s+/g, ' ')}** — ${t(kEn, kFr)}`);
  const lines: string[] = [];
  lines.push(`${t('Value', 'Valeur')} : ${f.approximate ? '≈ ' : ''}${value}`.replace(' :', lang === 'fr' ? '\u00a0:' : ':'));
  if (f.range) lines.push(`${t('Range', 'Fourchette')}${colon(lang)} ${formatValue({ ...f, value: f.range[0] }, lang)} – ${formatValue({ ...f, value: f.range[1] }, lang)}`);
  if (f.role === 'change') lines.push(t('An amount of change', 'Une variation'));
  if (f.qualifies) lines.push(`${t('Qualifies', 'Qualifie')}${colon(lang)} ${f.qualifies}`);
  if (f.period) lines.push(`${t('Period', 'Période')}${colon(lang)} ${periodText(f.period, lang)}`);
  const d = f.derived ?? {};
  if (typeof d.previousText === 'string') {
    // "≈ 25,22 milliards en 2021, +23,6 %"
    const when = typeof d.previousPeriod === 'string' ? ` ${t('in', 'en')} ${d.previousPeriod}` : '';
    const g = typeof d.growth === 'number' ? `, ${d.growth >= 0 ? '+' : ''}${formatPercent(d.growth, lang)}` : '';
    lines.push(`${t('Implied previous value', 'Valeur précédente implicite')}${colon(lang)} ${d.previousText}${when}${g}`);
  } else if (typeof d.growthText === 'string') lines.push(`${t('Growth from the previous value', 'Variation depuis la valeur précédente')}${colon(lang)} ${d.growthText}`);
  if (typeof d.expectedText === 'string') lines.push(`${t('The two values give', 'Les deux valeurs donnent')}${colon(lang)} ${d.expectedText}`);
  if (typeof d.shareText === 'string') lines.push(`${t('Share of the whole', 'Part du total')}${colon(lang)} ${d.shareText}`);
  if (typeof d.factor === 'number') lines.push(`${t('Ratio to the previous value', 'Rapport à la valeur précédente')}${colon(lang)} ×${formatNumber(d.factor, lang, 2)}`);
  if (Array.isArray(d.notes)) for (const n of d.notes as string[]) lines.push(`${t('Relation', 'Relation')}${colon(lang)} ${n}`);
  if (f.ambiguous) lines.push(t(`Ambiguous reading: ${f.ambiguous}`, `Lecture ambiguë : ${f.ambiguous}`));
  const others = otherMentions(text, figures, f);
  if (others.length) {
    lines.push(`${t('Other mentions', 'Autres mentions')}${colon(lang)}`);
    for (const o of others) lines.push(`  - ${t('line', 'ligne')} ${lineNumber(text, o.start)} : ${o.text.replace(/\s+/g, ' ')}`.replace(' :', lang === 'fr' ? '\u00a0:' : ':'));
  }
  return [out[0], '', ...lines.map((l) => (l.startsWith('  - ') ? l : `- ${l}`))].join('\n');
}

const colon = (lang: Language): string => (lang === 'fr' ? '\u00a0:' : ':');

function periodText(p: string, lang: Language): string {
  const names: Record<string, [string, string]> = {
    'previous-year': ['the previous year', 'l’année précédente'],
    'this-year': ['this year', 'cette année'],
    'next-year': ['next year', 'l’année prochaine'],
  };
  const n = names[p];
  return n ? say(lang, n[0], n[1]) : p;
}

function otherMentions(text: string, figures: FigureFact[], f: FigureFact): FigureFact[] {
  const kf = quantityKey(text, f);
  const out: FigureFact[] = [];
  for (const o of figures) {
    if (o === f) continue;
    if (kf) {
      const ko = quantityKey(text, o);
      if (ko && sameQuantity(f, kf, o, ko)) {
        out.push(o);
        continue;
      }
    }
    if (f.kind !== 'year' && f.kind !== 'date' && f.kind !== 'ordinal' && o.kind === f.kind && o.unit === f.unit && o.value === f.value && f.unit) out.push(o);
  }
  return out;
}
