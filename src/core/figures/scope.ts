// What part of a quantity a sentence speaks of, beyond its year and place: a quarter, a half
// or semester, a subgroup (men, women, young people, urban or rural areas). Two values of
// one quantity conflict only when their scopes agree ("12 % in the first quarter" and "15 %
// in the second quarter" are two true figures).

const SCOPES: [string, RegExp][] = [
  ['q1', /(?<![\p{L}\d])(?:Q1|T1|1er trimestre|premier trimestre|first quarter|first-quarter|1st quarter|january-march|janvier-mars)(?![\p{L}\d])/iu],
  ['q2', /(?<![\p{L}\d])(?:Q2|T2|2e trimestre|2ème trimestre|deuxième trimestre|second trimestre|second quarter|second-quarter|2nd quarter|april-june|avril-juin)(?![\p{L}\d])/iu],
  ['q3', /(?<![\p{L}\d])(?:Q3|T3|3e trimestre|3ème trimestre|troisième trimestre|third quarter|third-quarter|3rd quarter|july-september|juillet-septembre)(?![\p{L}\d])/iu],
  ['q4', /(?<![\p{L}\d])(?:Q4|T4|4e trimestre|4ème trimestre|quatrième trimestre|dernier trimestre|fourth quarter|fourth-quarter|4th quarter|final quarter|last quarter|october-december|octobre-décembre)(?![\p{L}\d])/iu],
  ['h1', /(?<![\p{L}\d])(?:H1|S1|1er semestre|premier semestre|first half|first-half|first six months|six premiers mois)(?![\p{L}\d])/iu],
  ['h2', /(?<![\p{L}\d])(?:H2|S2|2e semestre|second semestre|deuxième semestre|second half|second-half|last six months|six derniers mois)(?![\p{L}\d])/iu],
  ['men', /(?<![\p{L}])(?:men|males?|hommes|masculin\p{L}*|boys|garçons)(?![\p{L}])/iu],
  ['women', /(?<![\p{L}])(?:women|females?|femmes|féminin\p{L}*|girls|filles)(?![\p{L}])/iu],
  ['young', /(?<![\p{L}])(?:young people|youth|jeunes|under[- ]\d+s?|moins de \d+ ans)(?![\p{L}])/iu],
  ['old', /(?<![\p{L}])(?:seniors|older people|elderly|plus de \d+ ans|over[- ]\d+s?)(?![\p{L}])/iu],
  ['urban', /(?<![\p{L}])(?:urban|urbaine?s?|in cities|en ville|villes)(?![\p{L}])/iu],
  ['rural', /(?<![\p{L}])(?:rural|rurale?s?|rurales|campagnes?|countryside)(?![\p{L}])/iu],
  ['north', /(?<![\p{L}])(?:north|northern|nord)(?![\p{L}])/iu],
  ['south', /(?<![\p{L}])(?:south|southern|sud)(?![\p{L}])/iu],
  ['east', /(?<![\p{L}])(?:eastern|est du pays|l['’]est)(?![\p{L}])/iu],
  ['west', /(?<![\p{L}])(?:west|western|ouest)(?![\p{L}])/iu],
];

/** A cheap pre-test: most sentences name none of these. */
const HINT = /Q[1-4]|H[12]|[TS][1-4]|trimestre|quarter|semestre|half|six|months|mois|men|male|homme|femme|fille|girl|boy|garçon|masculin|féminin|young|youth|jeune|under|moins de|senior|older|elderly|plus de|over|urba|ville|cities|rura|campagne|countryside|north|nord|south|sud|east|est|west|ouest/iu;

/** The scopes a sentence names, in a fixed order. */
export function scopesIn(sentence: string): string[] {
  if (!HINT.test(sentence)) return [];
  const out: string[] = [];
  for (const [name, re] of SCOPES) if (re.test(sentence)) out.push(name);
  return out;
}
