// What a figure is about: the noun phrase it qualifies ("le volume des échanges", "trade
// between China and Kazakhstan"), whether it is an amount of change, and its period.
import type { Language, Span } from '../types';
import { endingAt, Lookbehind } from './lookback';

const VERB_WORDS: Record<Language, string> = {
  fr: String.raw`(?:a|ont|est|sont|était|étaient|sera|seront|avait|avaient|aurait|auraient|s['’]élève|s['’]élevait|s['’]établit|s['’]établissait|atteint|atteignait|représente|représentait|totalise|compte|comptait|dépasse|dépassent|dépassait|progresse|augmente|recule|baisse|chute|grimpe|se sont|pèse|pesait)(?![\p{L}])`,
  en: String.raw`(?:is|are|was|were|has|have|had|will|would|rose|rises|fell|falls|grew|grows|reached|reaches|hit|hits|totalled|totaled|totals|stood|stands|climbed|jumped|dropped|declined|increased|decreased|amounted|came|carried|carries|exceeded|doubled|tripled|topped|surged|slumped|shrank|gained|lost|killed|left)(?![\p{L}])`,
};
/** Verbs as whole words (not inside l’a, qu’a, “hiss”). */
const VERBS: Record<Language, Lookbehind> = {
  fr: Lookbehind.leading(String.raw`(?<![\p{L}’'])`, VERB_WORDS.fr, 'u'),
  en: Lookbehind.leading(String.raw`(?<![\p{L}’'])`, VERB_WORDS.en, 'u'),
};

const INTRO =
  /^(?:(?:selon|d['’]après|according to|in|en|au|aux|last|l['’]an|this|cette|depuis|since|for|pour|dans|with|avec|at|par|by|after|après|before|avant|however|pourtant|cependant|meanwhile|yet|but|mais|et|and|sur|over|during|pendant|lors|as|comme|overall|au total|in total)(?![\p{L}])[^,;:]{0,70},[ \u00a0]*)+/iu;

const STOP = new Set(
  'le la les l un une des du de d au aux et ou en à a the an of and or in on to at for by with from this that these those its their his her our ses son sa leur leurs nos notre cet cette ces entre between lui aussi also même same'.split(' '),
);

const EDGE = ' \t\n\r\u00a0\u202f«»“”"‘’\'(—–-:,;.';

function clean(s: string): string | undefined {
  let a = 0;
  let b = s.length;
  while (a < b && EDGE.includes(s[a])) a++;
  while (b > a && EDGE.includes(s[b - 1])) b--;
  let t = s.slice(a, b).replace(/\s+/g, ' ');
  t = t.replace(/^(?:and|but|et|mais|or|ou|so|donc|then|puis)\s+/i, '');
  const words = t.split(' ');
  if (!t || words.length > 10) return undefined;
  if (!words.some((w) => !STOP.has(w.toLowerCase().replace(/^[ld]['’]/, '')))) return undefined;
  return t;
}

/**
 * The subject of the clause a figure sits in, found before its verb. Returns a finder that
 * remembers each sentence's intro and verbs (one call per extractFigures run).
 */
const BOUNDARY = new Lookbehind(
  String.raw`(?<![\p{L}])(?:que|qu['’]|that|whereas|while|tandis que|alors que)[ \u00a0]+|[,;:][ \u00a0]+`,
  String.raw`(?:que|qu['’]|that|whereas|while|tandis que|alors que)[ \u00a0]+|[,;:][ \u00a0]+`,
  'u',
);

interface SentenceInfo {
  from: number;
  verbs: number[];
  whole: string;
  subjects: Map<string, string | undefined>;
  /** Last clause boundary before each verb offset (-1: none). */
  boundaries: Map<number, number>;
}

/**
 * clean() of a slice of the sentence, remembered by offsets in the sentence and by text
 * across sentences (`cleaned`: a draft repeats its subjects, and clean runs several regexes).
 */
function memoClean(info: SentenceInfo, a: number, b: number, cut: boolean, cleaned: Map<string, string | undefined>): string | undefined {
  const key = `${a}:${b}:${cut}`;
  if (!info.subjects.has(key)) {
    let raw = info.whole.slice(a, b);
    if (cut) raw = raw.split(/[;:—(]/).pop()!;
    let t = cleaned.get(raw);
    if (t === undefined && !cleaned.has(raw)) cleaned.set(raw, (t = clean(raw)));
    info.subjects.set(key, t);
  }
  return info.subjects.get(key);
}

/** End of the last clause boundary in whole[from, to), or -1 (relative to from). */
function lastBoundary(info: SentenceInfo, to: number): number {
  let b = info.boundaries.get(to);
  if (b === undefined) {
    b = -1;
    const chunk = info.whole.slice(info.from, to);
    for (let m = BOUNDARY.exec(chunk); m; m = BOUNDARY.exec(chunk, m.index + m[0].length)) b = m.index + m[0].length;
    info.boundaries.set(to, b);
  }
  return b;
}

export function subjectFinder(text: string, lang: Language): (sentence: Span, at: number) => string | undefined {
  const memo = new Map<number, SentenceInfo>();
  // what the sentence's text alone decides, by that text: drafts repeat sentences
  const byText = new Map<string, SentenceInfo>();
  const cleaned = new Map<string, string | undefined>();
  const verbs = VERBS[lang];
  return (sentence, at) => {
    let info = memo.get(sentence.start);
    if (!info) {
      const whole = text.slice(sentence.start, sentence.end);
      info = byText.get(whole);
      if (!info) {
        const intro = INTRO.exec(whole);
        const from = intro ? intro[0].length : 0;
        const vs: number[] = [];
        for (let m = verbs.exec(whole, from); m; m = verbs.exec(whole, m.index + m[0].length)) vs.push(m.index);
        info = { from, verbs: vs, whole, subjects: new Map(), boundaries: new Map() };
        byText.set(whole, info);
      }
      memo.set(sentence.start, info);
    }
    const rel = at - sentence.start;
    // the last verb before the figure, with its subject from the clause boundary before it
    let last = -1;
    for (const x of info.verbs) if (x > info.from && x < rel) last = x;
    if (last >= 0) {
      const b = lastBoundary(info, last);
      if (b >= 0) {
        const subj = memoClean(info, info.from + b, last, false, cleaned);
        if (subj) return subj;
      }
    }
    // the first verb of the sentence
    let v = -1;
    for (const x of info.verbs) if (x > info.from) {
      v = x;
      break;
    }
    if (v < 0 || v > rel) return undefined;
    if (v < rel) {
      const subj = memoClean(info, info.from, v, true, cleaned);
      if (subj) return subj;
    }
    // The figure opens its clause ("…progressé : 23 millions de tonnes ont transité"): the
    // sentence's own subject is what it is about.
    return memoClean(info, info.from, v, false, cleaned);
  };
}

const OF_AFTER = /[ \u00a0]+(?:de la |de l['’]|des |du |de |d['’]|of the |of |of their |of its )((?:[\p{L}’'-]+)(?:[ \u00a0](?:de |d['’]|of |du |des |and |et )?[\p{Ll}’'-]+){0,2})/uy;
const NOUN_AFTER = /[ \u00a0]+((?:[\p{Ll}’'-]{3,})(?:[ \u00a0][\p{Ll}’'-]{3,}){0,2})/uy;

const VERBISH = /^(?:ont|sont|a|est|were|was|are|is|have|has|had|said|et|and|ou|or|en|in|on|sur|pour|for|to|à|par|by|from|depuis|since|dans|qui|que|which|that|who|soit|of|de|du|des|après|after|avant|before|contre|against|than|que|sur|over|with|avec|last|this|next|year|years|dernier|dernière|an|année|prochain|prochaine|ago)$/;

/** "23 millions de tonnes de céréales" → "céréales"; "five people killed" → "people killed". */
export function phraseAfter(text: string, at: number, limit: number, count: boolean): string | undefined {
  OF_AFTER.lastIndex = at;
  let m = OF_AFTER.exec(text);
  if (!m && count) {
    NOUN_AFTER.lastIndex = at;
    m = NOUN_AFTER.exec(text);
  }
  if (!m || at + m[0].length > limit) return undefined;
  const words = m[1].split(/[ \u00a0]/);
  const kept: string[] = [];
  for (const w of words) {
    if (VERBISH.test(w.toLowerCase()) && kept.length) break;
    if (VERBISH.test(w.toLowerCase())) return undefined;
    kept.push(w);
  }
  while (kept.length && STOP.has(kept[kept.length - 1].toLowerCase())) kept.pop();
  return kept.length ? kept.join(' ') : undefined;
}

const UP = '(?:a[ \\u00a0])?(?:augment\\p{L}*|progress\\p{L}*|hausse|croissance|accroissement|bond\\p{L}*|grimp\\p{L}*|cr[ûu]|rose|risen|rise|rises|rising|increas\\p{L}*|grew|grow\\p{L}*|climb\\p{L}*|jump\\p{L}*|up|gain\\p{L}*|soar\\p{L}*|surg\\p{L}*|gonfl\\p{L}*)';
const DOWN = '(?:a[ \\u00a0])?(?:baiss\\p{L}*|recul\\p{L}*|diminu\\p{L}*|chut\\p{L}*|repli\\p{L}*|fell|fall\\p{L}*|declin\\p{L}*|decreas\\p{L}*|drop\\p{L}*|down|slump\\p{L}*|shr[iau]nk\\p{L}*|contract\\p{L}*|lost|los[ei]\\p{L}*|perdu|slid|plong\\p{L}*|plung\\p{L}*|tumbl\\p{L}*|cut|cuts|slash\\p{L}*|rédui\\p{L}*|sank|sunk|crash\\p{L}*|collaps\\p{L}*|effondr\\p{L}*)';
const LINK = '(?:[ \\u00a0]+(?:de|by|of|d[\'’]environ|d[\'’]|about|nearly|some|près de|plus de|more than|almost|around|presque|environ))*[ \\u00a0]*(?:US\\$|\\$|€|£)?';
const CHANGE_BEFORE = new RegExp(`(?:(${UP})|(${DOWN}))${LINK}`, 'uy');
const CHANGE_AFTER = new RegExp(
  `[ \\u00a0]*(?:(?:d['’]|de[ \\u00a0])?(?:(increase|rise|jump|gain|growth|hausse|augmentation|croissance|progression|more|de plus|higher)|(decrease|decline|drop|fall|loss|baisse|diminution|recul|repli|less|de moins|lower)))`,
  'uy',
);

const CHANGE_FROM =
  /(?<![\p{L}])(?:augment\p{L}*|progress\p{L}*|grimp\p{L}*|rose|risen|rises?|increased|grew|grown|climbed|jumped|gained|soared|surged|baiss\p{L}*|recul\p{L}*|diminu\p{L}*|chut\p{L}*|fell|fallen|declined|decreased|dropped|slumped|shrank|pass\p{L}*|went|gone|moved|changed|doubl\p{L}*|tripl\p{L}*|quadrupl\p{L}*|évolu\p{L}*|multipli\p{L}*|quintupl\p{L}*|décupl\p{L}*|sextupl\p{L}*|divis\p{L}*|halved|réduit\p{L}*)(?:[ \u00a0]+(?:by|de|par)?[ \u00a0]*(?:[\d.,]+(?:[ \u00a0\u202f]?(?:%|pour ?cent|per ?cent|percent|fois|times))?|\p{L}+-?fold))?(?:[ \u00a0]+(?:by a factor of|d['’]un facteur(?: de)?)[ \u00a0]+[\p{L}\d.,]+)?(?:[ \u00a0]+(?:en|in|over|sur|depuis|since)[ \u00a0]+[\p{L}\d]+(?:[ \u00a0]+[\p{L}\d]+){0,2}[ \u00a0]*,)?[ \u00a0,]+(?:de|from|d['’])[ \u00a0]*(?:US\$|\$|€|£)?$/u;

/** "rose from 20 to 25", "est passé de 20 à 25": a change between two values, not a range. */
export function changeFrom(text: string, start: number): boolean {
  return CHANGE_FROM.test(text.slice(Math.max(0, start - 60), start));
}

/** Last words of CHANGE_BEFORE's LINK phrases ("près de" → de, "d’environ" → environ). */
const LINK_LAST = new Set('de by of environ about nearly some than almost around presque'.split(' '));
/** How UP and DOWN words begin (each word, or the part before its \p{L}*), by first letter. */
const CHANGE_STEMS = new Map<string, string[]>();
for (const w of 'augment progress hausse croissance accroissement bond grimp crû cru rose risen rise rising increas grew grow climb jump up gain soar surg gonfl baiss recul diminu chut repli fell fall declin decreas drop down slump shr contract lost los perdu slid plong plung cut slash rédui tumbl sank sunk crash collaps effondr'.split(' '))
  CHANGE_STEMS.set(w[0], [...(CHANGE_STEMS.get(w[0]) ?? []), w]);
const isLatin = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 192 && c <= 0x24f && c !== 215 && c !== 247);

/**
 * Whether CHANGE_BEFORE can end at `pos`: read backwards, the text must end (spaces aside)
 * with a link word or a change word. Rules out most figures without running the regex;
 * lets through anything unusual (a currency sign, an apostrophe, non-Latin letters).
 */
function mayEndChange(text: string, pos: number): boolean {
  let i = pos;
  const last = text[i - 1];
  if (last === '$' || last === '€' || last === '£') return true;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\u00a0')) i--;
  const end = i;
  while (i > 0 && isLatin(text.charCodeAt(i - 1))) i--;
  if (i === end) return text[end - 1] === '’' || text[end - 1] === "'" || /\p{L}/u.test(text[end - 1] ?? ' ');
  if (i > 0 && (text[i - 1] === '°' || /\p{L}/u.test(text[i - 1]))) return true;
  const w = text.slice(i, end).toLowerCase();
  return LINK_LAST.has(w) || !!CHANGE_STEMS.get(w[0])?.some((s) => w.startsWith(s));
}

/** +1 for an increase, -1 for a decrease, 0 when the figure is no amount of change. */
export function changeDirection(text: string, sentenceStart: number, start: number, end: number): number {
  const b = mayEndChange(text, start) ? endingAt(CHANGE_BEFORE, text, start, 5, Math.max(sentenceStart, start - 50)) : null;
  if (b) return b[1] ? 1 : -1;
  CHANGE_AFTER.lastIndex = end;
  const a = CHANGE_AFTER.exec(text);
  if (a) return a[1] ? 1 : -1;
  return 0;
}

const RELATIVE = Lookbehind.leading(
  String.raw`(?<!rapport à |compared (?:with|to) |than |over |sur |from |depuis )(?<![\p{L}])`,
  String.raw`(last year|l['’]an dernier|l['’]année dernière|l['’]an passé|the previous year|l['’]année précédente|this year|cette année|next year|l['’]an prochain|l['’]année prochaine)`,
  'iu',
);

export function relativePeriod(sentence: string): string | undefined {
  const m = RELATIVE.exec(sentence);
  if (!m) return undefined;
  const w = m[1].toLowerCase();
  if (/last|dernière|dernier|passé|previous|précédente/.test(w)) return 'previous-year';
  if (/next|prochain/.test(w)) return 'next-year';
  return 'this-year';
}

/** Words that name the same thing in different ways: the count of dead, injured, arrested. */
const CONCEPT_NAMES = ['deaths', 'injured', 'arrests', 'missing'];
const CONCEPT_WORDS = [
  'killed|dead|deaths?|died|fatalities|death toll|morts?|tués?|tuées|décès|décédés?|ont péri|ont trouvé la mort|victimes? mortelles?',
  'injured|wounded|hurt|injuries|blessés?|blessées?',
  'arrested|arrests|detained|interpellés?|interpellations?|arrêtés?|arrestations?|gardes? à vue',
  'missing|disparus?',
];
const CONCEPTS = new Lookbehind(
  CONCEPT_WORDS.map((a) => `(?<![\\p{L}])(${a})(?![\\p{L}])`).join('|'),
  CONCEPT_WORDS.map((a) => `(${a})(?![\\p{L}])`).join('|'),
  'u',
);

/** The casualty-like concept a count names, from the words right after it. */
export function conceptAfter(text: string, end: number, limit: number): string | undefined {
  const window = text.slice(end, Math.min(limit, end + 40));
  const m = CONCEPTS.exec(window);
  if (!m || /[.;:!?]/.test(window.slice(0, m.index))) return undefined;
  for (let g = 1; g <= 4; g++) if (m[g] !== undefined) return CONCEPT_NAMES[g - 1];
  return undefined;
}

/** Capitalised words after "in/à/en" that look like places ("in Almaty", "à Pékin"). */
const PLACE = Lookbehind.leading(String.raw`(?<![\p{L}])`, String.raw`(?:in|at|à|au|en|dans)[ \u00a0]+(\p{Lu}[\p{L}’'-]+)`, 'u');

export function placesIn(sentence: string): string[] {
  const out: string[] = [];
  for (let m = PLACE.exec(sentence); m; m = PLACE.exec(sentence, m.index + m[0].length)) out.push(m[1]);
  return out;
}
