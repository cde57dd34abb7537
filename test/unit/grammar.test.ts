import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

// The injection grammar, tokenised by the same engines VS Code uses (vscode-textmate over
// Oniguruma), injected into a minimal host grammar standing in for Markdown.
describe('TextMate injection grammar', () => {
  let grammar: textmate.IGrammar;

  before(async () => {
    const wasm = readFileSync(join(require.resolve('vscode-oniguruma'), '..', 'onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const injection = JSON.parse(readFileSync(join(__dirname, '..', '..', 'syntaxes', 'copydesk.injection.tmLanguage.json'), 'utf8'));
    const registry = new textmate.Registry({
      onigLib: Promise.resolve({ createOnigScanner: (p: string[]) => new oniguruma.OnigScanner(p), createOnigString: (s: string) => new oniguruma.OnigString(s) }),
      loadGrammar: async (scope) => {
        if (scope === 'copydesk.injection') return textmate.parseRawGrammar(JSON.stringify(injection), 'injection.json');
        if (scope === 'text.plain') return textmate.parseRawGrammar(JSON.stringify({ scopeName: 'text.plain', patterns: [] }), 'plain.json');
        return null;
      },
      getInjections: (scope) => (scope === 'text.plain' ? ['copydesk.injection'] : undefined),
    });
    grammar = (await registry.loadGrammar('text.plain'))!;
  });

  const scopesOf = (line: string): [string, string][] => {
    const r = grammar.tokenizeLine(line, textmate.INITIAL);
    return r.tokens.map((t) => [line.slice(t.startIndex, t.endIndex), t.scopes[t.scopes.length - 1]]);
  };

  it('scopes French quotations, marks included', () => {
    const s = scopesOf('Il a dit « non » hier.');
    assert.deepEqual(s.find(([t]) => t === '«'), ['«', 'meta.quote.mark.begin.copydesk']);
    assert.deepEqual(s.find(([t]) => t === '»'), ['»', 'meta.quote.mark.end.copydesk']);
    assert.ok(s.some(([t, sc]) => t.includes('non') && sc === 'meta.quote.guillemets.copydesk'));
  });

  it('scopes English quotations and leaves apostrophes alone', () => {
    const s = scopesOf('“We don’t know,” she said of the ’90s.');
    assert.ok(s.some(([t, sc]) => t.includes('We don’t know') && sc === 'meta.quote.double.curly.copydesk'));
    assert.ok(!s.some(([, sc]) => sc === 'meta.quote.single.curly.copydesk'));
  });

  it('scopes numerals with their units and scale words', () => {
    const s = scopesOf('pour atteindre 31,17 milliards de dollars, soit 23,6 % de plus.');
    assert.deepEqual(s.find(([t]) => t === '31,17'), ['31,17', 'meta.figure.number.copydesk']);
    assert.ok(s.some(([t, sc]) => t.trim() === 'milliards' && sc === 'meta.figure.unit.scale.copydesk'));
    assert.ok(s.some(([t, sc]) => /dollars/.test(t) && sc === 'meta.figure.unit.copydesk'));
    assert.ok(s.some(([t, sc]) => /%/.test(t) && sc === 'meta.figure.unit.percent.copydesk'));
  });
});
