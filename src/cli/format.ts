// Output formats: the familiar compiler-style text, the JSON contract, and SARIF 2.1.0.
import { lineIndex, type Position } from '../core/positions';
import { RULES } from '../core/rules';
import type { Analysis, Finding, Span } from '../core/types';

export interface Checked {
  path: string;
  text: string;
  analysis: Analysis;
}

export function formatText(files: Checked[]): string {
  const lines: string[] = [];
  for (const f of files) {
    const at = lineIndex(f.text);
    for (const x of f.analysis.findings) {
      const p = at(x.start);
      lines.push(`${f.path}:${p.line + 1}:${p.character + 1} ${x.severity} ${x.rule} ${x.message}`);
    }
  }
  const n = files.reduce((s, f) => s + f.analysis.findings.length, 0);
  lines.push(`${n} finding${n === 1 ? '' : 's'} in ${files.length} file${files.length === 1 ? '' : 's'}`);
  return lines.join('\n') + '\n';
}

const span = (at: (o: number) => Position, s: Span): { start: Position; end: Position } => ({ start: at(s.start), end: at(s.end) });

function findingJson(at: (o: number) => Position, f: Finding): object {
  return {
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    ...span(at, f),
    ...(f.related?.length ? { related: f.related.map((r) => ({ ...span(at, r), message: r.message })) } : {}),
    ...(f.fixes?.length ? { fixes: f.fixes.map((x) => ({ title: x.title, edits: x.edits.map((e) => ({ ...span(at, e), newText: e.newText })) })) } : {}),
    ...(f.data ? { data: f.data } : {}),
  };
}

function factsJson(at: (o: number) => Position, c: Checked): Record<string, object[]> {
  const { names, figures, quotes } = c.analysis.facts;
  return {
    names: names.map(({ start, end, ...rest }) => ({ ...rest, ...span(at, { start, end }) })),
    figures: figures.map(({ start, end, ...rest }) => ({ ...rest, ...span(at, { start, end }) })),
    // the contract's `entity`: the names entity of the speaker (speakerEntity in the core)
    quotes: quotes.map(({ start, end, inner, open, close, ...rest }) => ({ ...rest, ...(rest.speakerEntity ? { entity: rest.speakerEntity } : {}), ...span(at, { start, end }) })),
  };
}

/**
 * The JSON report of the contract, written piece by piece with one finding or fact per line:
 * a 10 MB draft can hold hundreds of thousands of findings, more than one string may hold.
 */
export function writeJson(files: Checked[], out: (s: string) => void): void {
  const list = (items: readonly object[], indent: string): string =>
    items.length ? `[\n${items.map((x) => indent + '  ' + JSON.stringify(x)).join(',\n')}\n${indent}]` : '[]';
  out('{\n  "version": 1,\n  "files": [');
  files.forEach((f, i) => {
    const at = lineIndex(f.text);
    out(`${i ? ',' : ''}\n    {\n      "path": ${JSON.stringify(f.path)},\n      "language": ${JSON.stringify(f.analysis.language)},\n      "findings": [`);
    f.analysis.findings.forEach((x, k) => out(`${k ? ',' : ''}\n        ${JSON.stringify(findingJson(at, x))}`));
    out(`${f.analysis.findings.length ? '\n      ' : ''}],\n      "facts": {`);
    const facts = Object.entries(factsJson(at, f));
    facts.forEach(([key, items], k) => out(`${k ? ',' : ''}\n        ${JSON.stringify(key)}: ${list(items, '        ')}`));
    out('\n      }\n    }');
  });
  out(`${files.length ? '\n  ' : ''}]\n}\n`);
}

const SARIF_LEVEL = { error: 'error', warning: 'warning', information: 'note', hint: 'note' } as const;

export function toSarif(files: Checked[], version: string): object {
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Copydesk',
            version,
            rules: RULES.map((r) => ({ id: r.id, shortDescription: { text: r.description.en }, defaultConfiguration: { level: SARIF_LEVEL[r.defaultSeverity] } })),
          },
        },
        results: files.flatMap((f) => {
          const at = lineIndex(f.text);
          return f.analysis.findings.map((x) => {
            const s = at(x.start);
            const e = at(x.end);
            return {
              ruleId: x.rule,
              level: SARIF_LEVEL[x.severity],
              message: { text: x.message },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: f.path.replace(/\\/g, '/') },
                    region: { startLine: s.line + 1, startColumn: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1 },
                  },
                },
              ],
            };
          });
        }),
      },
    ],
  };
}
