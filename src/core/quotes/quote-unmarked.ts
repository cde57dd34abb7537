// quote-unmarked: direct speech without quotation marks (found by the quotes stage, facts
// with unmarked: true), fixed by wrapping it in the language's marks; and the punctuation
// a lost quotation leaves before an attribution (« tonnes. , a déclaré X »).
import { say, type Rule, type Draft } from '../rule';
import type { Language, QuoteFact, Span, TextEdit } from '../types';
import { closingAttribution, maskQuotedWords, residueBefore, speaksInPerson } from './unmarked';

/** The comma after an unmarked speech (past spaces and lost punctuation). */
function commaAfter(text: string, from: number): number {
  let i = from;
  while (i < text.length && /[\s\u00a0.!?…]/.test(text[i])) i++;
  return text[i] === ',' ? i : -1;
}

/** After a colon, the whole sentence is quoted: its final punctuation goes inside the marks. */
function colonWrap(text: string, q: QuoteFact, language: Language): TextEdit[] {
  let end = q.end;
  while (end < text.length && /[.!?…]/.test(text[end])) end++;
  return language === 'fr'
    ? [{ start: q.start, end: q.start, newText: '«\u00a0' }, ...nestedEdits(text, q, language), { start: end, end, newText: '\u00a0»' }]
    : [{ start: q.start, end: q.start, newText: '“' }, ...nestedEdits(text, q, language), { start: end, end, newText: '”' }];
}

/** Whether the speech follows a colon (« a prévenu : Nous… »). */
function afterColon(text: string, q: QuoteFact): boolean {
  let i = q.start - 1;
  while (i >= 0 && /[\s\u00a0\u202f]/.test(text[i])) i--;
  return text[i] === ':';
}

export function wrapEdits(text: string, q: QuoteFact, language: Language): TextEdit[] {
  if (afterColon(text, q)) return colonWrap(text, q, language);
  const comma = commaAfter(text, q.end);
  if (comma < 0) return [];
  const residue = residueBefore(text, comma, q.start);
  const strong = residue && /[!?]/.test(text.slice(residue.start, residue.end)) ? text.slice(residue.start, residue.end) : '';
  const nested = nestedEdits(text, q, language);
  if (language === 'fr') {
    return [
      { start: q.start, end: q.start, newText: '«\u00a0' },
      ...nested,
      { start: q.end, end: comma + 1, newText: strong ? `\u00a0${strong}\u00a0»` : '\u00a0»,' },
    ];
  }
  return [
    { start: q.start, end: q.start, newText: '“' },
    ...nested,
    { start: q.end, end: comma + 1, newText: strong ? `${strong}”` : ',”' },
  ];
}

/**
 * Quoted words inside the speech take the second-level marks once it is wrapped
 * (« l’initiative “la Ceinture et la Route” », "the so-called ‘reform’"), as French and
 * English house styles nest them.
 */
function nestedEdits(text: string, q: QuoteFact, language: Language): TextEdit[] {
  const out: TextEdit[] = [];
  const re = language === 'fr' ? /«[\s\u00a0\u202f]*([^«»]*?)[\s\u00a0\u202f]*»/g : /[“"]([^“”"]*)[”"]/g;
  const [open, close] = language === 'fr' ? ['“', '”'] : ['‘', '’'];
  const body = text.slice(q.start, q.end);
  let m: RegExpExecArray | null;
  while ((m = re.exec(body))) {
    const at = q.start + m.index;
    const innerAt = at + m[0].indexOf(m[1]);
    out.push({ start: at, end: innerAt, newText: open }, { start: innerAt + m[1].length, end: at + m[0].length, newText: close });
  }
  return out;
}

/** Lost punctuation before an attribution anywhere in the prose. */
export function residues(text: string, paragraphs: readonly Span[]): { residue: Span; comma: number }[] {
  const out: { residue: Span; comma: number }[] = [];
  const re = /[.!?…][ \t\u00a0]*,/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const comma = m.index + m[0].length - 1;
    const p = paragraphs.find((x) => x.start <= comma && comma < x.end);
    if (!p) continue;
    const residue = residueBefore(text, comma, p.start);
    if (!residue) continue;
    let end = text.indexOf('.', comma + 1);
    if (end < 0 || end > p.end) end = p.end;
    if (!closingAttribution(text, comma, end)) continue;
    out.push({ residue, comma });
  }
  return out;
}

export const quoteUnmarked: Rule = {
  id: 'quote-unmarked',
  defaultSeverity: 'warning',
  description: {
    en: 'Direct speech without quotation marks, or the punctuation a lost quotation left behind.',
    fr: 'Discours direct sans guillemets, ou ponctuation laissée par des guillemets perdus.',
  },
  check({ facts, language, prose }) {
    const drafts: Draft[] = [];
    for (const q of facts.quotes) {
      if (!q.unmarked) continue;
      const edits = wrapEdits(prose.text, q, language);
      const who = q.speaker ? say(language, ` (${q.speaker})`, ` (${q.speaker})`) : '';
      const said = prose.text.slice(q.start, q.end);
      if (!speaksInPerson(maskQuotedWords(said) ?? said, language)) {
        // a third-person statement in the present (« La situation est grave, a déclaré Anne
        // Morel »): the wire's paraphrase as often as lost marks, so a question with no preferred fix
        drafts.push({
          start: q.start,
          end: q.end,
          message: say(
            language,
            `Speech or paraphrase${who}? If these are the speaker’s own words, put them in quotation marks.`,
            `Propos ou paraphrase${who}\u00a0? S’il s’agit des mots mêmes de la personne, mettez-les entre guillemets.`,
          ),
          severity: 'information',
          ...(q.attribution ? { related: [{ ...q.attribution, message: say(language, 'The attribution', 'L’attribution') }] } : {}),
          fixes: edits.length ? [{ title: say(language, 'Put the speech in quotation marks', 'Mettre les propos entre guillemets'), edits }] : [],
          data: { kind: 'unmarked', speaker: q.speaker, thirdPerson: true },
        });
        continue;
      }
      drafts.push({
        start: q.start,
        end: q.end,
        message: say(language, `Direct speech without quotation marks${who}.`, `Discours direct sans guillemets${who}.`),
        ...(q.attribution ? { related: [{ ...q.attribution, message: say(language, 'The attribution', 'L’attribution') }] } : {}),
        fixes: edits.length
          ? [{ title: say(language, 'Put the speech in quotation marks', 'Mettre les propos entre guillemets'), edits, preferred: true }]
          : [],
        data: { kind: 'unmarked', speaker: q.speaker },
      });
    }
    for (const { residue, comma } of residues(prose.text, prose.paragraphs)) {
      const strong = /[!?]/.test(prose.text.slice(residue.start, residue.end));
      // « . , » loses the full stop; « ! , » keeps the mark and loses the comma
      const edit: TextEdit = strong ? { start: residue.end, end: comma + 1, newText: '' } : { start: residue.start, end: comma, newText: '' };
      drafts.push({
        start: residue.start,
        end: strong ? comma + 1 : residue.end,
        message: say(
          language,
          'Punctuation left by a lost quotation before the attribution.',
          'Ponctuation laissée par une citation sans guillemets avant l’attribution.',
        ),
        fixes: [{ title: say(language, 'Remove the stray punctuation', 'Supprimer la ponctuation en trop'), edits: [edit], preferred: true, fixAll: true }],
        data: { kind: 'residue' },
      });
    }
    return drafts;
  },
};
