// Numbers written in words (deux, vingt-trois, trois cents; two, twenty-three, a dozen) and
// ordinal words (troisième, third).

type Cls = 'unit' | 'teen' | 'tens' | 'hundred' | 'thousand' | 'one';

const VALUES: Record<string, [number, Cls]> = {
  un: [1, 'one'], une: [1, 'one'], a: [1, 'one'], an: [1, 'one'], one: [1, 'one'],
  zéro: [0, 'unit'], deux: [2, 'unit'], trois: [3, 'unit'], quatre: [4, 'unit'], cinq: [5, 'unit'], six: [6, 'unit'],
  sept: [7, 'unit'], huit: [8, 'unit'], neuf: [9, 'unit'], dix: [10, 'teen'], onze: [11, 'teen'], douze: [12, 'teen'],
  treize: [13, 'teen'], quatorze: [14, 'teen'], quinze: [15, 'teen'], seize: [16, 'teen'], vingt: [20, 'tens'],
  vingts: [20, 'tens'], trente: [30, 'tens'], quarante: [40, 'tens'], cinquante: [50, 'tens'], soixante: [60, 'tens'],
  cent: [100, 'hundred'], cents: [100, 'hundred'], mille: [1000, 'thousand'],
  two: [2, 'unit'], three: [3, 'unit'], four: [4, 'unit'], five: [5, 'unit'], seven: [7, 'unit'], eight: [8, 'unit'],
  nine: [9, 'unit'], ten: [10, 'teen'], eleven: [11, 'teen'], twelve: [12, 'teen'], thirteen: [13, 'teen'],
  fourteen: [14, 'teen'], fifteen: [15, 'teen'], sixteen: [16, 'teen'], seventeen: [17, 'teen'], eighteen: [18, 'teen'],
  nineteen: [19, 'teen'], twenty: [20, 'tens'], thirty: [30, 'tens'], forty: [40, 'tens'], fifty: [50, 'tens'],
  sixty: [60, 'tens'], seventy: [70, 'tens'], eighty: [80, 'tens'], ninety: [90, 'tens'], hundred: [100, 'hundred'],
  thousand: [1000, 'thousand'],
};

/**
 * An alternation factored by first letter, case-insensitive on that letter only:
 * [Dd](?:eux|ix|ouze)|[Tt](?:rois|…) — several times faster to scan than a flat list.
 */
export function factor(words: string[]): string {
  const by = new Map<string, string[]>();
  for (const w of words) by.set(w[0].toLowerCase(), [...(by.get(w[0].toLowerCase()) ?? []), w.slice(1)]);
  return [...by]
    .map(([c, rest]) => `[${c.toUpperCase()}${c}](?:${rest.sort((a, b) => b.length - a.length).join('|')})`)
    .join('|');
}

const WORD_LIST = (
  'zéro deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize vingts? trente quarante cinquante soixante cents? mille ' +
  'two three four five seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand'
).split(' ');
const WORD = factor(WORD_LIST);
const LEAD_LIST = ['un', 'une', 'a', 'an', 'one'];
const LEAD = `(?:${LEAD_LIST.map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`).join('|')})(?=[ \\u00a0](?:hundred|thousand|mille|dozen|douzaines?|dizaines?|centaines?|milliers|millions?|milliards?|billions?|trillions?)(?![\\p{L}]))`;
const JOIN = '(?:-et-|[ \\u00a0]et[ \\u00a0]|[ \\u00a0]and[ \\u00a0]|[- \\u00a0])';

/** Scanner alternative for numbers in words (u flag; the caller checks the character before). */
export const WORDS_SOURCE = `(?:${LEAD}|(?:${WORD})(?:${JOIN}(?:${WORD}|un|une|onze))*)(?![\\p{L}])`;

const ORDINALS: Record<string, number> = {
  deuxième: 2, troisième: 3, quatrième: 4, cinquième: 5, sixième: 6, septième: 7, huitième: 8, neuvième: 9, dixième: 10,
  onzième: 11, douzième: 12, vingtième: 20, centième: 100, millième: 1000,
  third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12,
  twentieth: 20, hundredth: 100, thousandth: 1000,
};
export const ORDINAL_WORDS_SOURCE = `(?:${factor(Object.keys(ORDINALS))})(?![\\p{L}])`;

/** "vingts?" → vingt, vingts. */
const expand = (w: string): string[] => (w.endsWith('?') ? [w.slice(0, -2), w.slice(0, -1)] : [w]);

/**
 * The first word of every match of WORDS_SOURCE and ORDINAL_WORDS_SOURCE, in lower case (for
 * the scanner's cheap first pass); `lead` ones only count before "hundred", "mille"…
 */
export const FIRST_WORDS: { words: string[]; lead: string[] } = {
  words: [...WORD_LIST.flatMap(expand), ...Object.keys(ORDINALS)],
  lead: LEAD_LIST,
};

export const ordinalWordValue = (w: string): number | undefined => ORDINALS[w.toLowerCase()];

export interface WordsReading {
  value: number;
  /** Characters of the match that form one valid number (a prefix of it). */
  length: number;
}

const ALLOWED: Record<Cls | 'start', Cls[]> = {
  start: ['one', 'unit', 'teen', 'tens', 'hundred', 'thousand'],
  one: ['hundred', 'thousand'],
  unit: ['hundred', 'thousand'],
  teen: ['hundred', 'thousand', 'unit'],
  tens: ['unit', 'teen', 'thousand', 'one'],
  hundred: ['unit', 'teen', 'tens', 'thousand', 'one'],
  thousand: ['unit', 'teen', 'tens', 'hundred', 'one'],
};

/** Reads the longest valid number at the start of a words match ("vingt-trois", "two hundred and five"). */
export function readNumberWords(match: string): WordsReading | undefined {
  const re = /([\p{L}]+)([- \u00a0]*(?:(?:et|and)[- \u00a0]+)?)/gu;
  let total = 0;
  let current = 0;
  let prev: Cls | 'start' = 'start';
  let prevValue = 0;
  let length = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(match))) {
    const w = m[1].toLowerCase();
    const entry = VALUES[w];
    if (!entry) break;
    const [v, cls] = entry;
    const joiner = m[2].trim();
    const quatreVingt = cls === 'tens' && v === 20 && prev === 'unit' && prevValue === 4;
    if (!quatreVingt && !ALLOWED[prev].includes(cls)) break;
    if (prev === 'teen' && cls === 'unit' && prevValue !== 10) break;
    if (cls === 'one' && prev !== 'start' && !/et/.test(match.slice(m.index - 4, m.index))) break;
    if (quatreVingt) current += 76;
    else if (cls === 'hundred') current = (current || 1) * 100;
    else if (cls === 'thousand') {
      total += (current || 1) * 1000;
      current = 0;
    } else current += v;
    prev = cls;
    prevValue = v;
    length = m.index + m[1].length;
    if (joiner === 'and' && cls !== 'hundred' && cls !== 'thousand') break;
  }
  if (length === 0) return undefined;
  return { value: total + current, length };
}
