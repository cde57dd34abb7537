// Kinds found silent-or-wrong on correct news copy: a duration written "4 h 36 min", a
// multiplier and a rate each read against the from/to of their own clause, a rate per
// 100 000 inhabitants whose denominator is no value. Clean cases must stay below warning;
// the flagged ones must still be found.
import { strict as assert } from 'assert';
import { findings } from './helpers';
import type { Language } from '../../src/core/types';

const warnings = (text: string, language: Language): string[] =>
  ['number-conflict', 'number-arithmetic']
    .flatMap((r) => findings(text, r as 'number-conflict', { language }))
    .filter((f) => f.severity === 'warning' || f.severity === 'error')
    .map((f) => `${f.rule}: ${text.slice(f.start, f.end)}`);

describe('figures: kinds from correct news copy', () => {
  const clean: [string, Language, string][] = [
    ['hours and minutes (fr)', 'fr', 'Le vainqueur a bouclé les 198 kilomètres en 4 h 36 min, soit une moyenne de 43 km/h.'],
    ['heures et minutes en toutes lettres', 'fr', 'Le convoi a parcouru 310 km en 5 heures et 10 minutes, à une moyenne de 60 km/h.'],
    ['hours and minutes (en)', 'en', 'The ferry covered 87 miles in 2 hours 30 minutes at an average of 35 mph.'],
    ['h and min (en)', 'en', 'She rode the 150 km in 3 h 45 min, an average speed of 40 km/h.'],
  ];
  for (const [name, lang, text] of clean) it(`clean: ${name}`, () => assert.deepEqual(warnings(text, lang), []));

  const flagged: [string, Language, string, RegExp][] = [
    ['hours and minutes, wrong distance', 'fr', 'Le vainqueur a bouclé les 250 kilomètres en 4 h 36 min, soit une moyenne de 43 km/h.', /4 h 36 min/],
    ['hours and minutes, wrong speed (en)', 'en', 'She rode the 150 km in 3 h 45 min, an average speed of 55 km/h.', /3 h 45 min/],
  ];
  for (const [name, lang, text, msg] of flagged)
    it(`flagged: ${name}`, () => {
      const f = findings(text, 'number-arithmetic', { language: lang });
      assert.ok(f.some((x) => msg.test(x.message)), f.map((x) => x.message).join(' | '));
    });
});
