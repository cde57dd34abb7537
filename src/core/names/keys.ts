// Transliteration-aware keys. A spelling is reduced to a small set of "readings": strings in a
// coarse alphabet where the letters on which the published romanization tables disagree fall
// together. Two spellings of one name share at least one reading.
//
// Grounding (Russian, Ukrainian, Kazakh Cyrillic): BGN/PCGN and ICAO 9303 (zh, kh, ts, ch, sh,
// shch, ya/ia, yu/iu, -iy/-ii/-y), the French convention (j, kh, ts, tch, ch, chtch, ia, iou, ou,
// ï, final -e after n), the German Duden convention (sch, ch, z, tsch, schtsch, ja, ju, jo, w, -ij),
// the Spanish one (j for х, y for й), Polish and Czech diacritics (sz, cz, š, ž, č), the Dutch
// one (sj, tsj, zj, oe), the Hungarian one (cs, zs, scs), Baltic case endings (-as, -s), and
// BGN/PCGN's ye after a vowel (Alekseyev / Alekseev).
// Arabic: q/k/g, dh/th/d, kh, gh, al-/el-/ad-/as- articles, double consonants.
// Chinese: see chinese.ts (pinyin vs Wade-Giles syllables).

/** Letters with diacritics that are not plain accents: each gives one or more spellings. */
const SPECIAL: Record<string, string[]> = {
  š: ['sh', 's'], ş: ['sh', 's'], ś: ['sh', 's'], ș: ['sh', 's'],
  ž: ['zh', 'z'], ź: ['zh', 'z'], ż: ['zh', 'z'],
  č: ['tch', 'c'], ć: ['tch', 'c'], ç: ['tch', 'c', 's'],
  ł: ['l'], ø: ['o'], đ: ['dj'], ð: ['d'], þ: ['th'], ß: ['ss'], æ: ['ae'], œ: ['oe'], ı: ['i'], ħ: ['h'], ə: ['a', 'e'],
};

// Cyrillic → Latin (BGN/PCGN-like, with the Ukrainian and Kazakh letters), so that a name
// written in Cyrillic inside a Latin draft compares with its romanizations.
const CYR: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh',
  щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', і: 'i', ї: 'yi', є: 'ye', ґ: 'g',
  ә: 'a', ғ: 'gh', қ: 'q', ң: 'ng', ө: 'o', ұ: 'u', ү: 'u', һ: 'h', ў: 'u',
};
const CYRILLIC = /[\u0400-\u04ff]/;

export function hasCyrillic(s: string): boolean {
  return CYRILLIC.test(s);
}

function romanizeCyrillic(s: string): string {
  let out = '';
  for (const ch of s) {
    const lower = ch.toLowerCase();
    const r = CYR[lower];
    out += r === undefined ? lower : r;
  }
  return out;
}

/** Lower case, Cyrillic romanized, apostrophes and soft/hard signs dropped; special letters kept. */
export function baseForm(s: string): string {
  let t = s.normalize('NFC').toLowerCase();
  if (CYRILLIC.test(t)) t = romanizeCyrillic(t);
  return t.replace(/[’'ʼʹʻ`´‘]/g, '');
}

/** Diacritics folded to plain letters (é→e, š→s, ł→l): the "kept or dropped" comparison. */
export function foldDiacritics(s: string): string {
  let out = '';
  for (const ch of baseForm(s).normalize('NFD')) {
    if (/\p{M}/u.test(ch)) continue;
    const sp = SPECIAL[ch];
    out += sp ? sp[sp.length - 1] : ch;
  }
  return out;
}

type RuleTable = [string, string[]][];

// Longest first. Upper-case letters are classes: S = ш/ж (sh, zh, sch, j in French),
// C = ч/дж (ch, tch, tsch, cz, j in English), X = х (kh, ch in German, j in Spanish, h),
// Z = ц (ts, tz, z in German, c in Polish/Czech).
const RULES: RuleTable = [
  ['schtsch', ['SC']], ['chtch', ['SC']], ['shtch', ['SC']], ['shch', ['SC']], ['szcz', ['SC']],
  ['tsch', ['C']], ['dsch', ['C']], ['dzh', ['C']], ['tch', ['C']], ['tsj', ['C']], ['scs', ['SC']],
  ['sch', ['S']], ['zh', ['S']], ['sh', ['S']], ['sz', ['S', 's']], ['gy', ['d', 'gi']], ['cz', ['C']], ['dj', ['C']],
  ['sj', ['S', 'si']], ['zj', ['S', 'si', 'Zi']], ['cs', ['C']], ['zs', ['S']], ['oe', ['u', 'oe']], ['ow', ['ov', 'u']],
  ['ch', ['C', 'S', 'X']], ['kh', ['X']], ['gh', ['g', 'X']], ['ph', ['f']], ['th', ['t', 's']], ['dh', ['d', 's']],
  ['ts', ['Z']], ['tz', ['Z']], ['ck', ['k']], ['gu', ['g', 'gu']], ['qu', ['k', 'ku', 'kv']],
  ['ou', ['u']], ['oo', ['u']],
  ['j', ['i', 'S', 'X', 'C']], ['y', ['i']], ['x', ['ks', 'X']], ['q', ['k']], ['w', ['v']],
  ['z', ['s', 'Z']], ['c', ['k', 'Z', 's']], ['h', ['X', 'g']],
];

const MAX_READINGS = 48;

function expand(word: string): string[] {
  let outs: string[] = [''];
  const turkic = /[əığ]/.test(word);
  let i = 0;
  while (i < word.length) {
    let opts: string[] | undefined;
    let len = 1;
    const c = word[i];
    const sp = SPECIAL[c];
    if (sp) {
      // a letter with a háček may be written with its digraph or without the mark
      const sub = sp.flatMap(expandPiece);
      opts = [...new Set(sub)];
    } else {
      for (const [pat, rep] of RULES) {
        if (word.startsWith(pat, i)) {
          opts = rep;
          len = pat.length;
          break;
        }
      }
    }
    if (!opts) opts = [c];
    // Azerbaijani and Turkish Latin (a word with ə, ı or ğ): c is the sound of English j (Rəcəbov / Rajabov)
    if (c === 'c' && len === 1 && turkic) opts = ['C', ...opts];
    // French ou before a vowel stands for w (Anouar / Anwar, Oualid / Walid)
    if (len === 2 && c === 'o' && word[i + 1] === 'u' && /[aeiï]/.test(word[i + 2] ?? '')) opts = ['u', 'v'];
    // h after a vowel at the end (Arabic -ah) may be silent
    if (c === 'h' && len === 1 && (i === word.length - 1 || /[aeiou]/.test(word[i - 1] ?? ''))) opts = [...opts, ''];
    const next: string[] = [];
    for (const o of outs) for (const p of opts) if (next.length < MAX_READINGS) next.push(o + p);
    outs = next;
    i += len;
  }
  return outs;
}

function expandPiece(p: string): string[] {
  for (const [pat, rep] of RULES) if (p === pat) return rep;
  return [p];
}

/** Vowel and ending conventions applied after the consonant classes. */
function canon(r: string): string {
  let t = r
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-zSCXZ]/g, '');
  t = t.replace(/([a-zSCXZ])\1+/g, '$1'); // double letters (ss, dd, ff) and repeated classes
  t = t.replace(/i+/g, 'i'); // y/j/i glides: Yuliia, Dmitrii
  t = t.replace(/^ie/, 'e'); // Yeltsin / Jelzin / Eltsine
  t = t.replace(/io/g, 'e').replace(/(S|C|SC|Z)o/g, '$1e'); // ё written e or yo / o after sibilants
  // BGN/PCGN writes е after a vowel as ye (Alekseyev, Sergeyev); others write e (Alekseev)
  t = t.replace(/([aeou])ie/g, '$1e').replace(/([aeou])\1+/g, '$1');
  // French final -e after -in and -dr/-tr (Poutine, Eltsine, Alexandre); not Jeanne, Louise, Simone
  t = t.replace(/(in|dr|tr)e$/, '$1');
  t = t.replace(/ski$/, 'ski');
  // the old French and English -off/-eff for final -ов/-ев (Rachmaninoff, Smirnoff, Prokofieff)
  t = t.replace(/([oe])f$/, '$1v');
  return t;
}

/** All readings of one word (hyphens and apostrophes ignored), de-duplicated. */
export function readings(word: string, cache?: Map<string, string[]>): string[] {
  const hit = cache?.get(word);
  if (hit) return hit;
  let base = '';
  for (const ch of baseForm(word)) {
    if (SPECIAL[ch]) base += ch;
    else if (/[a-z]/.test(ch)) base += ch;
    else base += ch.normalize('NFD').replace(/[^\p{L}]/gu, '');
  }
  // Baltic case endings on Slavic names: Lithuanian Putinas, Lavrovas, Gorbačiovas; Latvian Lavrovs
  base = base.replace(/(ov|ev|iov)(?:as|s)$|(in|yn)as$/, '$1$2');
  const out = [...new Set(expand(base).map(canon))];
  cache?.set(word, out);
  return out;
}

/** The reading with i and e removed: near spellings (a dropped ы or ь) share it. */
export function skeleton(reading: string): string {
  return reading.replace(/[ie]/g, '');
}

/** Arabic cues that allow q/k/g and dh/d to fall together. */
export function arabicCue(word: string): boolean {
  return /q|dh|kh|gh|^(?:al|el|ad|as|ash|ar|at|az|an)[-‐]/i.test(baseForm(word));
}
