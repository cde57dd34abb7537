// name-variant: one entity spelled two or more ways in the draft. Reported at each mention
// whose spelling is not the preferred one, with each other spelling once as a related location
// (with its count), a fix for this mention and one fix that aligns every variant of the entity
// (one undo step). The message names the kind of variant when it is known; a pair only a
// doubled letter apart (Kaufman / Kaufmann) is a question at information severity, with no fix.
import { say, type Draft, type Rule } from '../rule';
import type { EntityFact, Language, NameFact, TextEdit } from '../types';
import { doubledLetterOnly, kindLabel, typoOnly, variantKind } from './kinds';

const WHY: Record<EntityFact['reason'], [string, string]> = {
  house: ['the house name list', 'la liste maison'],
  'first-full': ['the first full-name mention', 'la première mention du nom complet'],
  majority: ['the most frequent spelling', 'la graphie la plus fréquente'],
};

/** Related locations: one per other spelling, so a finding never floods the Problems panel. */
const MAX_RELATED = 5;
const MAX_SHARED_FIX = 50;

export function reasonText(lang: Language, reason: EntityFact['reason']): string {
  return say(lang, WHY[reason][0], WHY[reason][1]);
}

export function times(lang: Language, n: number): string {
  if (lang === 'fr') return n === 1 ? 'une fois' : `${n} fois`;
  return n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`;
}

/** Findings for the variant mentions of entities in `pick`, shared by name-variant and name-style. */
export function variantDrafts(names: NameFact[], entities: EntityFact[], lang: Language, pick: (e: EntityFact) => boolean, text: string): Draft[] {
  const byEntity = new Map<string, NameFact[]>();
  for (const n of names) {
    const arr = byEntity.get(n.entity);
    if (arr) arr.push(n);
    else byEntity.set(n.entity, [n]);
  }
  const out: Draft[] = [];
  for (const e of entities) {
    if (!pick(e)) continue;
    const mentions = byEntity.get(e.id) ?? [];
    // a gloss in another script or spelling right after the name (« Alexei Navalny (Алексей Навальный) ») is not a variant
    const gloss = (m: NameFact): boolean => {
      const open = text.lastIndexOf('(', m.start);
      return open >= 0 && /^\(\s*$/.test(text.slice(open, m.start)) && mentions.some((o) => o !== m && o.end <= open && /^\s*$/.test(text.slice(o.end, open)));
    };
    const variants = mentions.filter((m) => m.variant && m.edits?.length && !gloss(m));
    if (!variants.length) continue;
    // a pair only a doubled letter apart (Kaufman / Kaufmann) is a question, never a correction
    // and so is a keyboard slip (Merkle / Merkel) unless the mention's given name matches too
    const doubtful = (m: NameFact): boolean =>
      e.reason !== 'house' &&
      (m.edits!.every((x) => typoOnly(text.slice(x.start, x.end), x.newText))
        ? m.edits!.length >= m.text.split(/\s+/).length
        : m.edits!.every((x) => doubledLetterOnly(text.slice(x.start, x.end), x.newText)));
    const sure = variants.filter((m) => !doubtful(m));
    const sureEdits: TextEdit[] = sure.flatMap((m) => m.edits!);
    // the whole names the fix writes (« Mohamed bin Salman »), not the pieces its edits replace
    const allTargets = [...new Set(sure.map((m) => m.edits!.map((x) => x.newText).join(' ')))].join(', ');
    // One fix object shared by every finding of the entity: copies would grow with the square of the variants.
    const fixAll = sureEdits.length
      ? {
          title: say(lang, `Change every variant in this document to ${allTargets}`, `Remplacer toutes les variantes de ce texte par ${allTargets}`),
          edits: sureEdits,
          fixAll: true,
        }
      : undefined;
    // the other spellings, each once (its first mention) with its count: a handful of related locations
    const bySpelling = new Map<string, NameFact[]>();
    for (const o of mentions) {
      const arr = bySpelling.get(o.text);
      if (arr) arr.push(o);
      else bySpelling.set(o.text, [o]);
    }
    const sameCount = new Map<string, number>();
    variants.forEach((m, k) => {
      const edits = m.edits!;
      const start = edits[0].start;
      const end = edits[edits.length - 1].end;
      const spelled = text.slice(start, end);
      const target = edits.map((x) => x.newText).join(' ');
      let n = sameCount.get(target);
      if (n === undefined) {
        const words = ` ${target.toLowerCase()} `;
        n = mentions.filter((o) => !o.variant && ` ${o.text.toLowerCase().replace(/[’']s$/, '')} `.includes(words)).length;
        sameCount.set(target, n);
      }
      const question = doubtful(m);
      const kind = question ? undefined : variantKind(spelled, target);
      const why = kind ? say(lang, ` (${kindLabel(kind)[0]})`, ` (${kindLabel(kind)[1]})`) : '';
      const message = question
        ? say(lang, `${spelled} / ${target}: same person?`, `${spelled} / ${target}\u00a0: même personne\u00a0?`)
        : e.reason === 'house' && n === 0
          ? say(lang, `${spelled} is spelled ${target} in the house name list; this draft spells it two ways.`, `${spelled} s’écrit ${target} selon la liste maison\u202f; ce texte l’écrit de deux façons.`)
          : say(lang, `${spelled} is spelled ${target} ${times(lang, n)} elsewhere in this draft${why}.`, `${spelled} est écrit ${target} ${times(lang, n)} ailleurs dans ce texte${why}.`);
      const related = [...bySpelling.entries()]
        .map(([spelling, ms]) => [spelling, ms.filter((o) => o !== m)] as const)
        .filter(([, ms]) => ms.length > 0)
        .slice(0, MAX_RELATED)
        .map(([spelling, ms]) => {
          const o = ms[0];
          const count = ms.length > 1 ? say(lang, ` (${times(lang, ms.length)} in this draft)`, ` (${times(lang, ms.length)} dans ce texte)`) : '';
          return {
            start: o.start,
            end: o.end,
            message: o.variant ? say(lang, `Also spelled ${spelling} here${count}`, `Aussi écrit ${spelling} ici${count}`) : say(lang, `Spelled ${spelling} here${count}`, `Écrit ${spelling} ici${count}`),
          };
        });
      out.push({
        start,
        end,
        message,
        related,
        ...(question ? { severity: 'information' as const } : {}),
        fixes: question
          ? []
          : [
              { title: say(lang, `Change to ${target}`, `Remplacer par ${target}`), edits: edits.map((x) => ({ ...x })), preferred: true },
              // Past MAX_SHARED_FIX variants only the first finding carries the document-wide fix
              // (source.fixAll still applies it): serialised findings would otherwise grow with the square.
              ...(fixAll && (k === 0 || variants.length <= MAX_SHARED_FIX) ? [fixAll] : []),
            ],
        data: {
          entity: e.id,
          preferred: target,
          preferredFull: e.preferred,
          variant: spelled,
          variants: e.variants ?? [],
          reason: e.reason,
          ...(kind ? { kind } : {}),
          ...(question ? { question: true } : {}),
          ...(e.house ? { house: e.house.id } : {}),
        },
      });
    });
  }
  return out;
}

export const nameVariant: Rule = {
  id: 'name-variant',
  defaultSeverity: 'warning',
  description: {
    en: 'One name spelled two or more ways in a document (transliteration, diacritics, typo).',
    fr: 'Un même nom écrit de deux façons ou plus dans un texte (translittération, accents, coquille).',
  },
  check({ facts, language, text }) {
    return variantDrafts(facts.names, facts.entities, language, (e) => !!e.conflict, text);
  },
};
