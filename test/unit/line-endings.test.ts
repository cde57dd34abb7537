// Lines end at \n, \r\n or a lone \r (old Mac files), as in VS Code and markdown-it: the prose
// keeps the text's length, and every stage sees the same lines.
import { strict as assert } from 'assert';
import fc from 'fast-check';
import { analyze } from '../../src/core/analyze';
import { lineIndex, lineStarts } from '../../src/core/positions';
import { extractProse } from '../../src/core/prose';

const DRAFT = ['# Titre', '', '« Nous partirons », a dit la maire.', '', '| Pays | Chef |', '|---|---|', '| Chine | Xi |', '', 'Fin `code` du texte.'];

describe('line endings', () => {
  for (const [name, eol] of [['LF', '\n'], ['CRLF', '\r\n'], ['lone CR', '\r']] as const) {
    it(`${name}: prose has the text's length, keeps the breaks, and finds the same paragraphs`, () => {
      const text = DRAFT.join(eol);
      const prose = extractProse(text);
      assert.equal(prose.text.length, text.length);
      for (let i = 0; i < text.length; i++) if (text[i] === '\r' || text[i] === '\n') assert.equal(prose.text[i], text[i], `break kept at ${i}`);
      const lf = extractProse(DRAFT.join('\n'));
      assert.deepEqual(prose.paragraphs.map((p) => [p.kind, text.slice(p.start, p.end).replace(/\r\n?/g, '\n')]), lf.paragraphs.map((p) => [p.kind, DRAFT.join('\n').slice(p.start, p.end)]));
      assert.ok(!prose.text.includes('`'), 'code is blanked');
      assert.ok(!/\|/.test(prose.text), 'table pipes are blanked');
    });
  }

  it('counts a lone CR as a line break, and CRLF as one', () => {
    assert.deepEqual(lineStarts('a\rb\r\nc\nd'), [0, 2, 5, 7]);
    assert.deepEqual(lineIndex('a\rb\r\nc')(5), { line: 2, character: 0, offset: 5 });
  });

  it('analyses a long old-Mac file in one pass (prose length = text length, findings inside the text)', () => {
    const text = Array.from({ length: 4000 }, (_, i) => `Ligne ${i} : le maire a parlé.`).join('\r');
    const a = analyze(text, { language: 'fr' });
    assert.equal(a.prose.text.length, text.length);
    for (const f of a.findings) assert.ok(f.start >= 0 && f.end <= text.length);
  });

  it('keeps the invariant for any mix of breaks and Markdown (property)', () => {
    const piece = fc.constantFrom('\n', '\r', '\r\n', '# ', '> ', '- ', '| a | b |', '|---|', '`x`', '**', '«', '»', 'mot', ' ', '1,5 %', '---', '```');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const prose = extractProse(text);
        return prose.text.length === text.length && prose.paragraphs.every((p) => p.start >= 0 && p.end <= text.length && p.start < p.end);
      }),
      { numRuns: 500 },
    );
  });
});
