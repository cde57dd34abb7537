// Currencies (ISO 4217 codes) and units of measure, as written before or after a number.

/** Written form (lower case) → ISO code. */
export const CURRENCY_WORDS: [string, string][] = [
  ['dollars américains', 'USD'],
  ['dollars us', 'USD'],
  ['dollars canadiens', 'CAD'],
  ['dollars', 'USD'],
  ['dollar', 'USD'],
  ['us dollars', 'USD'],
  ['euros', 'EUR'],
  ['euro', 'EUR'],
  ['yuans', 'CNY'],
  ['yuan', 'CNY'],
  ['renminbi', 'CNY'],
  ['rmb', 'CNY'],
  ['tenges', 'KZT'],
  ['tenge', 'KZT'],
  ['roubles', 'RUB'],
  ['rouble', 'RUB'],
  ['rubles', 'RUB'],
  ['ruble', 'RUB'],
  ['livres sterling', 'GBP'],
  ['livre sterling', 'GBP'],
  ['pounds sterling', 'GBP'],
  ['pounds', 'GBP'],
  ['pound', 'GBP'],
  ['francs suisses', 'CHF'],
  ['yens', 'JPY'],
  ['yen', 'JPY'],
  ['roupies', 'INR'],
  ['rupees', 'INR'],
  ['usd', 'USD'],
  ['eur', 'EUR'],
  ['cny', 'CNY'],
  ['kzt', 'KZT'],
  ['rub', 'RUB'],
  ['gbp', 'GBP'],
  ['chf', 'CHF'],
  ['jpy', 'JPY'],
  ['inr', 'INR'],
];

const SYMBOLS: Record<string, string> = {
  $: 'USD',
  us$: 'USD',
  $us: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  '₸': 'KZT',
  '₽': 'RUB',
  '₹': 'INR',
};

const CURRENCY_MAP = new Map<string, string>([...CURRENCY_WORDS, ...Object.entries(SYMBOLS)]);

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** After a number: "dollars", "€", "USD"… (case-insensitive; longest first). */
export const CURRENCY_AFTER_SOURCE = [...CURRENCY_WORDS.map(([w]) => w.replace(' ', '[ \\u00a0]')), 'US\\$', '\\$US', '\\$', '€', '£', '¥', '₸', '₽', '₹'].join('|');

/** Before a number: "$", "US$", "€", "USD "… */
export const CURRENCY_BEFORE = /(?:US\$|\$US|C\$|A\$|\$|€|£|¥|₸|₽|₹|(?<![\p{L}])(?:USD|EUR|GBP|CNY|KZT|RUB|JPY|CHF|INR)[ \u00a0\u202f])[ \u00a0\u202f]?$/u;

export function currencyCode(written: string): string | undefined {
  const w = written.toLowerCase().replace(/\u00a0/g, ' ').trim();
  if (w === 'c$') return 'CAD';
  if (w === 'a$') return 'AUD';
  return CURRENCY_MAP.get(w);
}

export interface UnitInfo {
  unit: string;
  kind: 'quantity' | 'count';
}

export const UNITS: [string, string, 'quantity' | 'count'][] = [
  ['tonnes', 't', 'quantity'],
  ['tonne', 't', 'quantity'],
  ['tons', 't', 'quantity'],
  ['ton', 't', 'quantity'],
  ['t', 't', 'quantity'],
  ['kilomètres carrés', 'km2', 'quantity'],
  ['square kilometres', 'km2', 'quantity'],
  ['square kilometers', 'km2', 'quantity'],
  ['km²', 'km2', 'quantity'],
  ['km2', 'km2', 'quantity'],
  ['kilomètres', 'km', 'quantity'],
  ['kilomètre', 'km', 'quantity'],
  ['kilometres', 'km', 'quantity'],
  ['kilometers', 'km', 'quantity'],
  ['kilometre', 'km', 'quantity'],
  ['kilometer', 'km', 'quantity'],
  ['km', 'km', 'quantity'],
  ['mètres', 'm', 'quantity'],
  ['mètre', 'm', 'quantity'],
  ['metres', 'm', 'quantity'],
  ['meters', 'm', 'quantity'],
  ['metre', 'm', 'quantity'],
  ['meter', 'm', 'quantity'],
  ['kilogrammes', 'kg', 'quantity'],
  ['kilograms', 'kg', 'quantity'],
  ['kilos', 'kg', 'quantity'],
  ['kg', 'kg', 'quantity'],
  ['litres', 'l', 'quantity'],
  ['liters', 'l', 'quantity'],
  ['barils', 'bbl', 'quantity'],
  ['barrels', 'bbl', 'quantity'],
  ['hectares', 'ha', 'quantity'],
  ['ha', 'ha', 'quantity'],
  ['miles', 'mi', 'quantity'],
  ['mégawatts', 'MW', 'quantity'],
  ['megawatts', 'MW', 'quantity'],
  ['MW', 'MW', 'quantity'],
  ['GW', 'GW', 'quantity'],
  ['kWh', 'kWh', 'quantity'],
  ['TWh', 'TWh', 'quantity'],
  ['habitants', 'inhabitants', 'count'],
  ['inhabitants', 'inhabitants', 'count'],
  ['residents', 'inhabitants', 'count'],
  ['résidents', 'inhabitants', 'count'],
  ['personnes', 'people', 'count'],
  ['people', 'people', 'count'],
  ['persons', 'people', 'count'],
  ['passagers', 'passengers', 'count'],
  ['passengers', 'passengers', 'count'],
  ['voyageurs', 'passengers', 'count'],
];

const UNIT_MAP = new Map<string, UnitInfo>(UNITS.map(([w, unit, kind]) => [w.toLowerCase(), { unit, kind }]));

export const UNIT_SOURCE = UNITS.map(([w]) => esc(w).replace(' ', '[ \\u00a0]')).join('|');

export function unitInfo(written: string): UnitInfo | undefined {
  return UNIT_MAP.get(written.toLowerCase().replace(/\u00a0/g, ' '));
}
