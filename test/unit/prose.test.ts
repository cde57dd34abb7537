import { strict as assert } from 'assert';
import fc from 'fast-check';
import { extractProse } from '../../src/core/prose';
import { detectLanguage } from '../../src/core/language';
import { analyze } from '../../src/core/analyze';

const visible = (text: string): string => extractProse(text).text.replace(/\s+/g, ' ').trim();

describe('prose extraction', () => {
  it('keeps offsets and line breaks: the masked text has the original length', () => {
    const text = '---\ntitle: x\n---\n# Titre\n\nUn `code` et [un lien](http://a.b/c) ici.\n';
    const p = extractProse(text);
    assert.equal(p.text.length, text.length);
    assert.equal(p.text.split('\n').length, text.split('\n').length);
  });

  it('blanks front matter, fenced and inline code, HTML, URLs and link targets', () => {
    const text = [
      '---',
      'title: "unclosed',
      '---',
      '# Le « titre »',
      '',
      'Texte avec `code "x` et <span class="a">balise</span>.',
      '',
      '```js',
      'const s = "never closed;',
      '```',
      '',
      'Voir [le rapport](https://example.org/a?b="c) et https://example.org/x"y.',
      '',
      '<div>',
      '« html block',
      '</div>',
      '',
      '![une image "alt](img.png)',
    ].join('\n');
    assert.equal(visible(text), 'Le « titre » Texte avec et balise . Voir le rapport et .');
  });

  it('keeps list items, block quotes and table cells as prose, without their markers', () => {
    const text = '- premier « point »\n- second\n\n> cité **fort**\n\n| a | b |\n|---|---|\n| c | d |\n';
    assert.equal(visible(text), 'premier « point » second cité fort a b c d');
    const kinds = extractProse(text).paragraphs.map((p) => p.kind);
    assert.deepEqual(kinds, ['paragraph', 'paragraph', 'paragraph', 'table']);
  });

  it('treats plain text as all prose, paragraphs split on blank lines', () => {
    const p = extractProse('Un `mot`.\n\nDeux *étoiles*.\n', 'plaintext');
    assert.equal(p.text, 'Un `mot`.\n\nDeux *étoiles*.\n');
    assert.equal(p.paragraphs.length, 2);
  });

  it('survives unbalanced Markdown of every kind (property)', () => {
    const piece = fc.constantFrom('`', '```', '*', '_', '[', ']', '(', ')', '<', '>', '"', '«', '»', '\n', '\n\n', '# ', '- ', '> ', '|', 'mot', ' ', '---\n', 'http://');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        const a = analyze(text);
        assert.equal(a.prose.text.length, text.length);
        for (const f of a.findings) assert.ok(f.start >= 0 && f.end <= text.length && f.start <= f.end);
      }),
      { numRuns: 300 },
    );
  });

  it('reuses cached blocks after an edit and gives the same result', () => {
    const cache = { blocks: new Map<string, string>() };
    const text = '# Titre\n\nPremier « paragraphe.\n\nSecond paragraphe.\n';
    analyze(text, { cache });
    assert.equal(cache.blocks.size, 3);
    const edited = text.replace('Second', 'Deuxième');
    assert.deepEqual(analyze(edited, { cache }).findings, analyze(edited).findings);
  });

  it('handles a 2 MB single-line document', () => {
    const text = 'mot « ouvert '.repeat(160000);
    const a = analyze(text);
    assert.equal(a.prose.text.length, text.length);
  });
});

describe('language detection', () => {
  it('tells French from English', () => {
    assert.equal(detectLanguage('L’ambassadeur a déclaré que les échanges entre les deux pays ont augmenté.'), 'fr');
    assert.equal(detectLanguage('The ambassador said that trade between the two countries has grown.'), 'en');
  });
  it('is part of the result and can be forced', () => {
    assert.equal(analyze('Le ministre est dans la salle.').language, 'fr');
    assert.equal(analyze('Le ministre est dans la salle.', { language: 'en' }).language, 'en');
  });
});
