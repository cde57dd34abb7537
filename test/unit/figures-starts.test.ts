import { strict as assert } from 'assert';
import fc from 'fast-check';
import { SCAN } from '../../src/core/figures/scan';
import { nextStart } from '../../src/core/figures/starts';

/** Offsets where the scanner's regex matches when tried there. */
function matchOffsets(text: string): number[] {
  const out: number[] = [];
  for (let p = 0; p < text.length; p++) {
    SCAN.lastIndex = p;
    if (SCAN.exec(text)) out.push(p);
  }
  return out;
}

/**
 * From any offset, asking nextStart again after each offset where the regex fails (as the
 * scanner does) must reach the first offset where it matches: the regex is tried nowhere else.
 */
function assertCovers(text: string): void {
  const matches = new Set(matchOffsets(text));
  for (let from = 0; from <= text.length; from++) {
    let expected = -1;
    for (let p = from; p < text.length; p++) if (matches.has(p)) {
      expected = p;
      break;
    }
    let q = nextStart(text, from);
    while (q >= 0 && !matches.has(q)) q = nextStart(text, q + 1);
    assert.equal(q, expected, `${JSON.stringify(text)} from ${from}`);
  }
}

const TOKENS = [
  'often', 'ten', 'two', 'deux', 'Deux', 'DEUX', 'a', 'A', 'an', 'un', 'une', 'one', 'hundred', 'thousand', 'mille', 'millions', 'dozen',
  'January', 'Jan.', 'Sept.', 'Sep.', 'May', 'third', 'troisième', 'Twelfth', 'vingt', 'vingts', 'cent', 'cents', 'percent', 'famille',
  'quatre-vingt', 'et', 'and', '-', ' ', ' ', '\u00a0', '3', '12', '2023', '1,5', '+33', '(555)', '2024-01-05', '12/03/2024', 'é', 'zéro',
  'ᵉ', 'σ', 'Ā', 'ß', '.', ',', '\n', 'billions', 'trillion', 'centaines', 'douzaines', 'dizaines', 'milliers', 'milliards', 'One', 'Une', 'An',
];

describe('figures: first pass of the scanner (starts.ts)', () => {
  it('stops wherever the regex matches, glued words included', () => {
    for (const t of [
      'It was often ten days; written three times.',
      'La famille et deux enfants, un million, une centaine, one hundred and five.',
      'On January 5, 2024, the twelfth; Sept. 3 and Sep. 4; le 1er mars.',
      'Call +33 1 23 45 67 89 or (555) 123-4567; ZÉRO, Zéro, zéro.',
      'adeux-trois, xvingt et un, Ātwo, σthree, ßfour',
    ])
      assertCovers(t);
  });

  it('stops wherever the regex matches (random token soup)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TOKENS), { maxLength: 20 }), fc.array(fc.boolean(), { maxLength: 20 }), (tokens, spaces) => {
        assertCovers(tokens.map((t, i) => (spaces[i] ? `${t} ` : t)).join(''));
      }),
      { numRuns: 500 },
    );
  });
});
