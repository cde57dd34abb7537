// French accented capitals. The Académie française and the Lexique des règles typographiques
// en usage à l'Imprimerie nationale ask for accents on capitals (« État », « À Paris »); a bare
// « A » or « Etat » is a left-over of typewriters and of keyboards without « À » or « É ».
//
// Two certain cases only:
// * a word that French never writes without its accent when capitalised, wherever it stands
//   (État, États-Unis, Égypte, Élysée, Économie, Île-de-France…): a closed list, because
//   « Europe » or « Eric » (a name) carry none and only a lexicon knows which do;
// * at a sentence start, the preposition « A » (« A lire aussi », « A Paris, … ») and « Ca »,
//   « Etre ». The verb « a » cannot open a sentence except inverted (« A-t-il … »), which a
//   hyphen joins and so never matches; an initial (« A. Dupont ») or « A380 » is not the word.
import { g, original, type Problem, type Scan } from './problem';

// Unaccented capitalised form → accented. Each is a French word or name that always takes the
// accent and is not an English word (so « Education », « Election », « Energy » are not here).
const ALWAYS: Record<string, string> = {
  Etat: 'État', Etats: 'États', 'Etats-Unis': 'États-Unis', Egypte: 'Égypte', Egyptien: 'Égyptien', Egyptienne: 'Égyptienne',
  Elysée: 'Élysée', Equateur: 'Équateur', Ethiopie: 'Éthiopie', Erythrée: 'Érythrée', Emirats: 'Émirats', Ecosse: 'Écosse',
  Eglise: 'Église', Ecole: 'École', Economie: 'Économie', Energie: 'Énergie', Etude: 'Étude', Etudes: 'Études',
  Etudiant: 'Étudiant', Etudiants: 'Étudiants', Evénement: 'Événement', Evènement: 'Évènement', Ile: 'Île', Iles: 'Îles',
  'Ile-de-France': 'Île-de-France', Eté: 'Été', Elections: 'Élections', Electricité: 'Électricité', Etienne: 'Étienne', Eric: 'Éric',
};
// Eric is both (Éric in French usage, Eric in English): remove it to stay certain.
delete ALWAYS.Eric;

// At a sentence start only: « A » the preposition, « Ca », « Etre ».
const OPENERS: Record<string, string> = { A: 'À', Ca: 'Ça', Etre: 'Être' };

const WORD = /(?<![\p{L}\p{N}-])(?:[AEIC][\p{L}]*(?:-[\p{L}]+)*)(?![\p{L}\p{N}])/gu;
// Words that follow the English article « A » and never the French preposition: an English
// headline quoted in a French draft (« A New Hope ») stays as it is.
const ENGLISH_AFTER_A = new Set(['new', 'good', 'great', 'few', 'lot', 'man', 'woman', 'year', 'day', 'way', 'little', 'long', 'big', 'small', 'very', 'senior', 'former', 'second', 'third', 'single', 'number']);

/** True when `at` opens a sentence: the prose start, a line start, or after . ! ? … (and a dash or «). */
function sentenceStart(prose: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /[ \t\u00a0\u202f«—–-]/.test(prose[i])) i--;
  return i < 0 || /[\n.!?…]/.test(prose[i]);
}

export function accentedCapitals(s: Scan): Problem[] {
  if (s.language !== 'fr') return [];
  const out: Problem[] = [];
  const { prose } = s;
  for (const m of prose.matchAll(WORD)) {
    const at = m.index;
    const word = m[0];
    let want = ALWAYS[word];
    if (!want && OPENERS[word] && sentenceStart(prose, at)) {
      const rest = prose.slice(at + word.length, at + word.length + 40);
      // the preposition is followed by a space and a word; « A » before an English word is the article
      const next = /^[ \u00a0\u202f]+([\p{L}\p{N}’']+)/u.exec(rest)?.[1];
      // « A Star Is Born », « A New Hope »: a title in English Title Case, not the preposition
      const titleCase = /^[ \u00a0\u202f]+\p{Lu}[\p{L}’']*[ \u00a0\u202f]+\p{Lu}/u.test(rest);
      if (next && !(word === 'A' && (ENGLISH_AFTER_A.has(next.toLowerCase()) || titleCase))) want = OPENERS[word];
    }
    if (!want) continue;
    let ok = true;
    for (let i = at; i < at + word.length && ok; i++) ok = original(s, i);
    if (!ok) continue;
    out.push({
      convention: 'accented-capitals',
      start: at,
      end: at + word.length,
      edit: { start: at, end: at + 1, newText: want[0] },
      en: `“${word}”: French keeps the accent on capitals (“${want}”)`,
      fr: `${g(word)} s’écrit ${g(want)} (les capitales gardent leur accent)`,
      title: { en: `Write “${want}”`, fr: `Écrire ${g(want)}` },
    });
  }
  return out;
}
