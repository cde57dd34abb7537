// The fact sheet of a draft: what a copy desk verifies by hand, one item per name entity,
// figure and quotation, each with the findings that concern it and the state an editor gives
// it (to check, verified, disputed) with a note. Pure functions: the adapters read and write
// the saved states (.copydesk/factsheet/<draft>.json) and show the sheet.
//
// Keys survive edits elsewhere in the draft: an item is keyed by its kind, its text and its
// rank among items with the same text; its fingerprint (the text and what it is about) tells
// whether a saved state still applies. An item whose fingerprint changed goes back to "to check".
import { formatValue } from './figures/format';
import { say } from './rule';
import type { Analysis, Language, Severity, Span } from './types';

export type FactKind = 'name' | 'figure' | 'quote';
export type FactState = 'to-check' | 'verified' | 'disputed';
export const FACT_STATES: FactState[] = ['to-check', 'verified', 'disputed'];

export interface FactItem {
  /** Stable across edits elsewhere in the draft: kind, text and rank among equal texts. */
  key: string;
  /** What the state was given for; a saved state whose fingerprint differs no longer applies. */
  fingerprint: string;
  kind: FactKind;
  /** One line: the name, the figure as printed, the quotation's opening words. */
  label: string;
  /** One line: spellings and counts, the value written out and what it qualifies, the speaker. */
  detail: string;
  /** Where the item stands in the draft (UTF-16 offsets), first occurrence first. */
  spans: Span[];
  /** The findings whose span overlaps the item's. */
  findings: { rule: string; severity: Severity; message: string }[];
}

export interface FactSheet {
  language: Language;
  names: FactItem[];
  figures: FactItem[];
  quotes: FactItem[];
}

/** A state an editor gave an item, as saved in .copydesk/factsheet/<draft>.json. */
export interface SavedFact {
  state: FactState;
  note?: string;
  fingerprint: string;
}

/** The saved file: `{ "version": 1, "facts": { "<key>": SavedFact } }`. */
export interface SavedFactSheet {
  version: 1;
  facts: Record<string, SavedFact>;
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();
const clip = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function ranked(kind: FactKind, texts: string[]): string[] {
  const seen = new Map<string, number>();
  return texts.map((t) => {
    const n = seen.get(t) ?? 0;
    seen.set(t, n + 1);
    return `${kind}:${t}#${n}`;
  });
}

/** The fact sheet of an analysed draft. `text` is the draft the analysis was made of. */
export function buildFactSheet(analysis: Analysis, text: string): FactSheet {
  const lang = analysis.language;
  const t = (en: string, fr: string): string => say(lang, en, fr);
  const findingsOn = (spans: Span[]): FactItem['findings'] =>
    analysis.findings.filter((f) => spans.some((s) => overlaps(s, f))).map((f) => ({ rule: f.rule, severity: f.severity, message: f.message }));

  const entities = analysis.facts.entities.filter((e) => e.type !== 'place' || e.conflict || e.spellings.length > 1 || e.house);
  const nameKeys = ranked('name', entities.map((e) => e.preferred));
  const names: FactItem[] = entities.map((e, i) => {
    const spans = analysis.facts.names.filter((n) => n.entity === e.id).map((n) => ({ start: n.start, end: n.end }));
    const spellings = e.spellings.map((s) => `${s.text} ×${s.count}`).join(', ');
    const type = { person: t('person', 'personne'), place: t('place', 'lieu'), organisation: t('organisation', 'organisation'), unknown: t('name', 'nom') }[e.type];
    return {
      key: nameKeys[i],
      fingerprint: e.spellings.map((s) => s.text).sort().join('|'),
      kind: 'name',
      label: e.preferred,
      detail: `${type} — ${spellings}`,
      spans,
      findings: findingsOn(spans),
    };
  });

  const figures = analysis.facts.figures.filter((f) => f.kind !== 'ordinal' && f.kind !== 'year' && f.kind !== 'date');
  const figureKeys = ranked('figure', figures.map((f) => oneLine(f.text)));
  const figureItems: FactItem[] = figures.map((f, i) => {
    // a count is read as printed (« trois habitants »): its unit words are the draft's
    const parts = f.kind === 'count' ? [`${f.approximate ? '≈ ' : ''}${f.value}`] : [`${f.approximate ? '≈ ' : ''}${formatValue(f, lang)}`];
    if (f.qualifies) parts.push(f.qualifies);
    const previous = f.derived?.previousText;
    if (typeof previous === 'string') parts.push(`${t('before', 'avant')} ${previous}`);
    const spans = [{ start: f.start, end: f.end }];
    return {
      key: figureKeys[i],
      fingerprint: `${oneLine(f.text)}|${f.qualifies ?? ''}`,
      kind: 'figure',
      label: oneLine(f.text),
      detail: parts.join(' — '),
      spans,
      findings: findingsOn(spans),
    };
  });

  const quotes = analysis.facts.quotes.filter((q) => q.kind !== 'words');
  const quoteKeys = ranked('quote', quotes.map((q) => clip(oneLine(text.slice(q.inner.start, q.inner.end)), 60)));
  const quoteItems: FactItem[] = quotes.map((q, i) => {
    const inner = oneLine(text.slice(q.inner.start, q.inner.end));
    const parts = [q.speaker ? `${t('speaker', 'locuteur')} ${q.speaker}` : t('no speaker found', 'locuteur introuvable')];
    if (q.unmarked) parts.push(t('without quotation marks', 'sans guillemets'));
    if (q.source && q.source.status !== 'unchecked') parts.push(`${t('source', 'source')} ${q.source.status}`);
    const spans = [{ start: q.start, end: q.end }];
    return {
      key: quoteKeys[i],
      fingerprint: `${inner}|${q.speaker ?? ''}`,
      kind: 'quote',
      label: clip(inner, 80),
      detail: parts.join(' — '),
      spans,
      findings: findingsOn(spans),
    };
  });

  return { language: lang, names, figures: figureItems, quotes: quoteItems };
}

/** The state of an item: the saved one while the item is unchanged, else "to check". */
export function stateOf(item: FactItem, saved: SavedFactSheet | undefined): { state: FactState; note?: string; changed: boolean } {
  const s = saved?.facts[item.key];
  if (!s) return { state: 'to-check', changed: false };
  if (s.fingerprint !== item.fingerprint) return { state: 'to-check', note: s.note, changed: true };
  return { state: s.state, note: s.note, changed: false };
}

/**
 * Reads a saved fact sheet; anything malformed gives an empty sheet and a reason, never a throw.
 * Source of the shape: this module (SavedFactSheet).
 */
export function parseSavedFactSheet(json: string): { sheet: SavedFactSheet; error?: string } {
  const empty: SavedFactSheet = { version: 1, facts: {} };
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    return { sheet: empty, error: `not JSON (${(e as Error).message})` };
  }
  if (!data || typeof data !== 'object' || (data as { version?: unknown }).version !== 1 || typeof (data as { facts?: unknown }).facts !== 'object' || !(data as { facts?: unknown }).facts) {
    return { sheet: empty, error: 'expected { "version": 1, "facts": { … } }' };
  }
  const facts: Record<string, SavedFact> = {};
  for (const [k, v] of Object.entries((data as SavedFactSheet).facts)) {
    if (v && typeof v === 'object' && FACT_STATES.includes(v.state) && typeof v.fingerprint === 'string') {
      facts[k] = { state: v.state, fingerprint: v.fingerprint, ...(typeof v.note === 'string' && v.note ? { note: v.note } : {}) };
    }
  }
  return { sheet: { version: 1, facts } };
}

/** The saved sheet with one item's state set (a new object; the old one is left as it was). */
export function withState(saved: SavedFactSheet | undefined, item: FactItem, state: FactState, note?: string): SavedFactSheet {
  const facts = { ...(saved?.facts ?? {}) };
  const old = facts[item.key];
  const keepNote = note === undefined ? old?.note : note || undefined;
  facts[item.key] = { state, fingerprint: item.fingerprint, ...(keepNote ? { note: keepNote } : {}) };
  return { version: 1, facts };
}

const STATE_NAMES: Record<FactState, [string, string]> = {
  'to-check': ['to check', 'à vérifier'],
  verified: ['verified', 'vérifié'],
  disputed: ['disputed', 'contesté'],
};

/** The name of a state in the sheet's language. */
export const stateName = (state: FactState, lang: Language): string => say(lang, ...STATE_NAMES[state]);

/** The fact sheet as Markdown for the desk chief: one section per kind, one line per item. */
export function factSheetMarkdown(sheet: FactSheet, saved: SavedFactSheet | undefined, title: string, lineOf: (offset: number) => number): string {
  const lang = sheet.language;
  const t = (en: string, fr: string): string => say(lang, en, fr);
  const colon = lang === 'fr' ? '\u00a0:' : ':';
  const out = [`# ${t('Fact sheet', 'Fiche de vérification')}${colon} ${title}`, ''];
  const sections: [string, FactItem[]][] = [
    [t('Names', 'Noms'), sheet.names],
    [t('Figures', 'Chiffres'), sheet.figures],
    [t('Quotations', 'Citations'), sheet.quotes],
  ];
  for (const [name, items] of sections) {
    out.push(`## ${name} (${items.length})`, '');
    if (!items.length) out.push(t('_None._', '_Aucun._'), '');
    for (const item of items) {
      const s = stateOf(item, saved);
      const box = s.state === 'verified' ? '[x]' : '[ ]';
      const where = item.spans.length ? ` (${t('line', 'ligne')} ${lineOf(item.spans[0].start) + 1})` : '';
      const mark = s.state === 'disputed' ? ` **${stateName('disputed', lang)}**` : '';
      out.push(`- ${box} **${item.label.replace(/[*_`]/g, '\\$&')}**${where} — ${item.detail}${mark}`);
      if (s.note) out.push(`  - ${t('Note', 'Note')}${colon} ${s.note}`);
      if (s.changed) out.push(`  - ${t('Changed since it was marked: check again.', 'Modifié depuis son marquage\u00a0: à revérifier.')}`);
      for (const f of item.findings) out.push(`  - ${f.rule} (${f.severity})${colon} ${f.message}`);
    }
    out.push('');
  }
  return out.join('\n');
}
