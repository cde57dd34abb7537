// name-variant: one entity spelled two or more ways in the draft. Reported at each mention
// whose spelling is not the preferred one, with every other mention as related locations,
// a fix for this mention and one fix that aligns every variant of the entity (one undo step).
import { say, type Draft, type Rule } from '../rule';
import type { EntityFact, Language, NameFact, TextEdit } from '../types';

const WHY: Record<EntityFact['reason'], [string, string]> = {
  house: ['the house name list', 'la liste maison'],
  'first-full': ['the first full-name mention', 'la première mention du nom complet'],
  majority: ['the most frequent spelling', 'la graphie la plus fréquente'],
};

const MAX_RELATED = 50;
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
    const variants = mentions.filter((m) => m.variant && m.edits?.length);
    if (!variants.length) continue;
    const allEdits: TextEdit[] = variants.flatMap((m) => m.edits!);
    const allTargets = [...new Set(allEdits.map((x) => x.newText))].join(', ');
    // One fix object shared by every finding of the entity: copies would grow with the square of the variants.
    const fixAll = {
      title: say(lang, `Change every variant in this document to ${allTargets}`, `Remplacer toutes les variantes de ce texte par ${allTargets}`),
      edits: allEdits,
      fixAll: true,
    };
    const sameCount = new Map<string, number>();
    variants.forEach((m, k) => {
      const edits = m.edits!;
      const start = edits[0].start;
      const end = edits[edits.length - 1].end;
      const spelled = text.slice(start, end);
      const target = edits.map((x) => x.newText).join(' ');
      const targetWords = new Set(edits.map((x) => x.newText.toLowerCase()));
      const key = [...targetWords].join(' ');
      let n = sameCount.get(key);
      if (n === undefined) {
        n = mentions.filter((o) => !o.variant && o.text.split(/\s+/).some((w) => targetWords.has(w.replace(/[’']s$/i, '').toLowerCase()))).length;
        sameCount.set(key, n);
      }
      const message =
        e.reason === 'house' && n === 0
          ? say(lang, `${spelled} is spelled ${target} in the house name list; this draft spells it two ways.`, `${spelled} s’écrit ${target} selon la liste maison ; ce texte l’écrit de deux façons.`)
          : say(lang, `${spelled} is spelled ${target} ${times(lang, n)} elsewhere in this draft.`, `${spelled} est écrit ${target} ${times(lang, n)} ailleurs dans ce texte.`);
      // VS Code lists every related location under the problem: past a screenful they only slow it down.
      const related = mentions
        .slice(0, MAX_RELATED + 1)
        .filter((o) => o !== m)
        .slice(0, MAX_RELATED)
        .map((o) => ({
          start: o.start,
          end: o.end,
          message: o.variant ? say(lang, `Also spelled ${o.text} here`, `Aussi écrit ${o.text} ici`) : say(lang, `Spelled ${o.text} here`, `Écrit ${o.text} ici`),
        }));
      const preferredSpelling = target;
      out.push({
        start,
        end,
        message,
        related,
        fixes: [
          { title: say(lang, `Change to ${target}`, `Remplacer par ${target}`), edits: edits.map((x) => ({ ...x })), preferred: true },
          // Past MAX_SHARED_FIX variants only the first finding carries the document-wide fix
          // (source.fixAll still applies it): serialised findings would otherwise grow with the square.
          ...(k === 0 || variants.length <= MAX_SHARED_FIX ? [fixAll] : []),
        ],
        data: {
          entity: e.id,
          preferred: preferredSpelling,
          preferredFull: e.preferred,
          variant: spelled,
          variants: e.variants ?? [],
          reason: e.reason,
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
