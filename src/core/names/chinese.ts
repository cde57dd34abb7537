// Chinese names in pinyin and in Wade-Giles (or the postal spellings that follow it):
// each syllable is mapped onto a coarse form where the initials that the two systems write
// differently fall together (pinyin b/p ~ WG p/p', d/t ~ t/t', g/k ~ k/k', j/q/zh/ch/z/c ~
// ch/ch'/ts/tz, x/sh/s ~ hs/sh/ss/sz, r ~ j) and the WG finals are rewritten as pinyin
// (-ih → -i, -ieh → -ie, -ien → -ian, -ung → -ong, -üeh → -ue, ê → e, ko/ho → ge/he, -erh → -er).

const INITIALS = ['zh', 'ch', 'sh', 'b', 'p', 'm', 'f', 'd', 't', 'n', 'l', 'g', 'k', 'h', 'j', 'q', 'x', 'r', 'z', 'c', 's', 'y', 'w', ''];
const FINALS = new Set(
  'a o e i u v ai ei ao ou an en ang eng ong er ia ie iao iu ian in iang ing iong ua uo uai ui uan un uang ue ve van vn io'.split(' '),
);

/** Pinyin syllables (over-generated from initials × finals; enough for segmentation). */
function isPinyin(s: string): boolean {
  for (const ini of INITIALS) {
    if (!s.startsWith(ini)) continue;
    const fin = s.slice(ini.length);
    if (!fin) continue;
    if (FINALS.has(fin)) {
      if (ini === '' && !/^[aoe]/.test(fin)) return false;
      if ((ini === 'y' || ini === 'w') && /^[iv]/.test(fin) && ini === 'w') return false;
      if (/^[jqx]$/.test(ini) && !/^[iuv]/.test(fin)) return false;
      if (/^(?:zh|ch|sh|z|c|s|r|g|k|h)$/.test(ini) && /^(?:i[aeou]|in|v)/.test(fin)) return false;
      return true;
    }
  }
  return false;
}

const WG_INITIALS = ['ch', 'ts', 'tz', 'hs', 'sh', 'ss', 'sz', 'p', 'm', 'f', 't', 'n', 'l', 'k', 'h', 'j', 's', 'y', 'w', ''];

/** One Wade-Giles syllable (apostrophes already removed) rewritten as pinyin-like, or undefined. */
function wadeToPinyinLike(s: string): string | undefined {
  const special: Record<string, string> = { shih: 'shi', chih: 'zhi', jih: 'ri', ssu: 'si', szu: 'si', tzu: 'zi', erh: 'er', i: 'yi', yeh: 'ye', yen: 'yan', yung: 'yong', yu: 'you' };
  if (special[s]) return special[s];
  for (const ini of WG_INITIALS) {
    if (!s.startsWith(ini)) continue;
    let fin = s.slice(ini.length);
    if (!fin) continue;
    fin = fin
      .replace(/ieh$/, 'ie')
      .replace(/ien$/, 'ian')
      .replace(/iung$/, 'iong')
      .replace(/ung$/, 'ong')
      .replace(/[uv]eh$/, 've')
      .replace(/uei$/, 'ui')
      .replace(/ih$/, 'i')
      .replace(/^eh$/, 'e');
    if ((ini === 'k' || ini === 'h') && fin === 'o') fin = 'e';
    if (!FINALS.has(fin)) continue;
    const pin = { ch: 'zh', ts: 'z', tz: 'z', hs: 'x', ss: 's', sz: 's', j: 'r' }[ini] ?? ini;
    return pin + fin;
  }
  return undefined;
}

function coarse(pinyin: string): string {
  return pinyin
    .replace(/^(zh|ch|j|q|z|c)/, 'C')
    .replace(/^(sh|x|s)/, 'S')
    .replace(/^[bp]/, 'P')
    .replace(/^[dt]/, 'T')
    .replace(/^[gk]/, 'K')
    .replace(/v/g, 'u')
    .replace(/^yi/, 'i')
    .replace(/^wu/, 'u');
}

/** Splits a joined pinyin word (Xiaoping, Zedong) into syllables; fewest syllables wins. */
function segment(word: string): string[] | undefined {
  const n = word.length;
  const best: (string[] | undefined)[] = new Array(n + 1);
  best[0] = [];
  for (let i = 0; i < n; i++) {
    const cur = best[i];
    if (!cur) continue;
    for (let len = 1; len <= 6 && i + len <= n; len++) {
      const syl = word.slice(i, i + len);
      if (!isPinyin(syl)) continue;
      const cand = [...cur, syl];
      const prev = best[i + len];
      if (!prev || prev.length > cand.length) best[i + len] = cand;
    }
  }
  return best[n];
}

function plain(token: string): string {
  return token
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ü/g, 'v');
}

/** Coarse Chinese keys of one token ("Tse-tung", "Zedong", "Hsiao-p'ing"), or [] if not Chinese. */
export function chineseKeys(token: string): string[] {
  const t = plain(token).replace(/[’'ʼ‘`]/g, '');
  if (!/^[a-z-]+$/.test(t)) return [];
  const keys = new Set<string>();
  const parts = t.split('-').filter(Boolean);
  // Wade-Giles: syllables separated by hyphens
  const wg = parts.map(wadeToPinyinLike);
  if (wg.every((x): x is string => !!x)) keys.add(wg.map(coarse).join(''));
  // pinyin: joined or hyphenated
  const py = segment(parts.join(''));
  if (py && py.length <= 3) keys.add(py.map(coarse).join(''));
  const pyParts = parts.every(isPinyin) ? parts : undefined;
  if (pyParts) keys.add(pyParts.map(coarse).join(''));
  return [...keys];
}

/** Spellings that only one of the two systems produces: the sign that the pinyin path applies. */
export function chineseMarker(token: string): boolean {
  const t = plain(token);
  return /[’'ʼ‘]|-|hs|ts|tz|ih$|ieh|ien$|ung$|x|q|zh|ong$/.test(t);
}

/**
 * Conventional Cantonese (Hong Kong) and Taiwanese surname spellings and the pinyin of the same
 * character (Cheung 張 / Zhang, Leung 梁 / Liang). They are also distinct common surnames of
 * different families, so a pair is only ever a question. Not derivable by rule: Cantonese
 * romanization follows another pronunciation.
 */
const CANTONESE: Record<string, string[]> = {
  cheung: ['zhang'], leung: ['liang'], wong: ['huang', 'wang'], chan: ['chen'], lau: ['liu'], ng: ['wu'],
  tsang: ['zeng'], tse: ['xie'], lam: ['lin'], kwok: ['guo'], yeung: ['yang'], chow: ['zhou'], chiu: ['zhao'],
  tang: ['deng'], fung: ['feng'], mak: ['mai'], lai: ['li'], lo: ['luo'], law: ['luo'], kwan: ['guan'], yip: ['ye'],
  tsui: ['xu'], choi: ['cai'], hui: ['xu'], siu: ['xiao'], au: ['ou'], yuen: ['yuan'], tam: ['tan'], poon: ['pan'],
  pang: ['peng'], koo: ['gu'], szeto: ['situ'], cheng: ['zheng'], chung: ['zhong'], kong: ['jiang'], ho: ['he'],
};

/** Whether two one-word surnames are a Cantonese or Taiwanese spelling and the pinyin of one character. */
export function cantonesePair(a: string, b: string): boolean {
  const x = plain(a);
  const y = plain(b);
  return (CANTONESE[x]?.includes(y) ?? false) || (CANTONESE[y]?.includes(x) ?? false);
}

/** Bucket keys that bring a Cantonese surname and its pinyin together ("yue:zhang" for Cheung and Zhang). */
export function cantoneseKeys(token: string): string[] {
  const x = plain(token);
  const out = (CANTONESE[x] ?? []).map((p) => 'yue:' + p);
  if (PINYIN_OF_CANTONESE.has(x)) out.push('yue:' + x);
  return out;
}
const PINYIN_OF_CANTONESE: ReadonlySet<string> = new Set(Object.values(CANTONESE).flat());
