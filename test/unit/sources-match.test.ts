import { strict as assert } from 'assert';
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import { analyze } from '../../src/core/analyze';
import { buildSourceIndex, lookupQuote } from '../../src/core/sources';
import { quoteHover } from '../../src/core/quotes/hover';

const transcript = {
  path: 'transcript.md',
  text: 'Opening remarks.\n\nHelena Brask: We have heard the residents, and we will cut the night shifts by a third before the summer.\nThe report will be published in full, with every measurement, by the end of April.\n',
};
const index = buildSourceIndex([transcript, { path: 'other.txt', text: 'The weather was fine and the meeting ended on time.' }]);

describe('sources: lookup', () => {
  it('finds a verbatim quotation with path and line', () => {
    const s = lookupQuote(index, 'We have heard the residents, and we will cut the night shifts', 'en');
    assert.equal(s.status, 'verbatim');
    assert.equal(s.path, 'transcript.md');
    assert.equal(s.line, 3);
  });
  it('tolerates case, quote marks, apostrophes, spaces, ellipses and bracketed insertions', () => {
    assert.equal(lookupQuote(index, 'WE HAVE  heard the residents,   and we will cut', 'en').status, 'verbatim');
    assert.equal(lookupQuote(index, 'We have heard the residents […] we will cut the night shifts by a third', 'en').status, 'verbatim');
    assert.equal(lookupQuote(index, 'the report will be published in full ... by the end of April', 'en').status, 'verbatim');
    assert.equal(lookupQuote(index, '[The port] will cut the night shifts by a third before the summer', 'en').status, 'verbatim');
  });
  it('reports one changed word with a word diff and the passage', () => {
    const s = lookupQuote(index, 'The report will be published in full, with every measurement, by the end of March', 'en');
    assert.equal(s.status, 'altered');
    assert.deepEqual(s.diff?.filter((p) => p.op !== 'equal'), [
      { op: 'delete', text: 'April' },
      { op: 'insert', text: 'March' },
    ]);
    assert.match(s.passage!, /^The report will be published in full, with every measurement, by the end of April$/);
  });
  it('does not accept dropped words without an ellipsis', () => {
    assert.equal(lookupQuote(index, 'We have heard the residents and we will cut the shifts by a third', 'en').status, 'altered');
  });
  it('reports a quotation absent from the sources', () => {
    const s = lookupQuote(index, 'Nobody on this council wants to see the dockers pay for it', 'en');
    assert.equal(s.status, 'not-found');
    assert.equal(s.searched, 2);
  });
  it('says when the only source is in another language', () => {
    const fr = buildSourceIndex([{ path: 'entretien.md', text: 'Helena Brask : Nous avons entendu les riverains et nous réduirons les équipes de nuit.' }]);
    assert.equal(lookupQuote(fr, 'We have heard the residents and we will cut the night shifts', 'en', 'Helena Brask').status, 'other-language');
  });
  it('finds every verbatim slice of a source (property)', () => {
    const words = transcript.text.split(/\s+/).filter((w) => /\w/.test(w));
    fc.assert(
      fc.property(fc.integer({ min: 2, max: words.length - 6 }), fc.integer({ min: 4, max: 10 }), (from, len) => {
        const slice = words.slice(from, Math.min(words.length, from + len)).join(' ');
        assert.equal(lookupQuote(index, slice, 'en').status, 'verbatim', slice);
      }),
      { numRuns: 60 },
    );
  });
});

describe('sources: through analyze', () => {
  const dir = join(__dirname, '..', '..', 'samples', 'with-sources');
  const text = readFileSync(join(dir, 'article.md'), 'utf8');
  const sources = readdirSync(join(dir, 'sources')).map((f) => ({ path: `sources/${f}`, text: readFileSync(join(dir, 'sources', f), 'utf8') }));

  for (const [what, options] of [
    ['options.sources', { sources }],
    ['options.sourceIndex', { sourceIndex: buildSourceIndex(sources) }],
  ] as const) {
    it(`with-sources sample: verbatim, altered and absent (${what})`, () => {
      const a = analyze(text, options);
      const speech = a.facts.quotes.filter((q) => q.kind === 'speech');
      assert.deepEqual(speech.map((q) => q.source?.status), ['verbatim', 'altered', 'not-found']);
      assert.equal(speech[0].source?.path, 'sources/transcript.md');
      const f = a.findings.filter((x) => x.rule === 'quote-source');
      assert.deepEqual(f.map((x) => x.severity), ['warning', 'information']);
      assert.match(f[0].message, /\[-April-\] \[\+March\+\]/);
      assert.match(f[1].message, /Not found in the 2 source documents/);
      const h = quoteHover(a, speech[1].start + 3)!;
      assert.match(h, /~~April~~ \*\*March\*\*/);
      assert.match(h, /sources\/transcript\.md:\d+/);
      assert.match(quoteHover(a, speech[0].start + 3)!, /Found word for word in `sources\/transcript\.md:5`/);
    });
  }

  it('a configured severity still wins over the graded one', () => {
    const a = analyze(text, { sources, rules: { 'quote-source': { severity: 'hint' } } });
    assert.ok(a.findings.filter((x) => x.rule === 'quote-source').every((x) => x.severity === 'hint'));
  });

  it('flags a quotation repeated in the draft with different words (drift)', () => {
    const draft = '“We will cut the night shifts by a third,” said Helena Brask.\n\nLater she repeated: “We will cut the night shifts by a half.”\n';
    const f = analyze(draft).findings.filter((x) => x.rule === 'quote-source');
    assert.equal(f.length, 1);
    assert.match(f[0].message, /\[-third-\] \[\+half\+\]/);
    assert.equal(f[0].related?.length, 1);
  });
  it('a shorter fragment of a quotation is not drift (French)', () => {
    const draft = '« Nous réduirons les équipes de nuit d’un tiers avant l’été », a dit Helena Brask.\n\nElle a promis de réduire les équipes « d’un tiers avant l’été ».\n';
    assert.deepEqual(analyze(draft).findings.filter((x) => x.rule === 'quote-source'), []);
  });
});
