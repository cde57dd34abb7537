// A value the draft already gave for a quantity is a restatement, never a conflict with the
// quantity's other value (the "from" of a change, the figure of a year before).
import { strict as assert } from 'assert';
import { covered } from './helpers';

describe('number-conflict: restatements', () => {
  const clean: [string, 'fr' | 'en'][] = [
    ['The unemployment rate rose to 4.1% in March from 3.9% in February. Economists had expected less. The unemployment rate was 4.1%, the highest since 2021.', 'en'],
    ['Le chômage était de 5,1 % en mars, contre 4,8 % un an plus tôt. Le chômage était de 5,1 % en mars.', 'fr'],
    ['Turnout was 77.4%, up from 67.5% in 2019. Officials said turnout was 77.4%, a record.', 'en'],
    ['Les ventes ont atteint 12 millions d’euros, contre 10 millions en 2022. Ces ventes de 12 millions d’euros dépassent les prévisions.', 'fr'],
    ['The city’s population grew to 412,000 from 398,000. A population of 412,000 makes it the third largest.', 'en'],
    ['La dette est passée de 90 % à 112 % du PIB. Une dette de 112 % du PIB inquiète Bruxelles.', 'fr'],
  ];
  for (const [text, language] of clean) it(`stays clean: ${text.slice(0, 60)}…`, () => assert.deepEqual(covered(text, 'number-conflict', { language }), []));

  it('still reports a third value of the quantity', () => {
    const text = 'The unemployment rate rose to 4.1% in March from 3.9% in February. The unemployment rate was 4.4%, the highest since 2021.';
    assert.deepEqual(covered(text, 'number-conflict', { language: 'en' }), ['4.4%']);
  });
});
