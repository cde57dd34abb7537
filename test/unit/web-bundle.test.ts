// The browser build (dist/web/extension.js, package.json "browser") runs where a web worker
// extension host runs it: no require of Node built-ins, no process, no Buffer. This test loads
// the bundle in a bare V8 context whose only module is a stand-in `vscode`, activates it, opens a
// draft and reads the diagnostics it publishes. (The real web worker host is not started here.)
import { strict as assert } from 'assert';
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import * as vm from 'vm';

const bundle = join(__dirname, '..', '..', 'dist', 'web', 'extension.js');

/** Any member not modelled below: a callable that returns a disposable, so activation can wire it. */
function loose(name: string): unknown {
  const fn = (): unknown => loose(`${name}()`);
  return new Proxy(fn, {
    get: (_t, p) => (p === 'dispose' ? () => undefined : p === Symbol.toPrimitive ? () => name : p === 'then' ? undefined : loose(`${name}.${String(p)}`)),
  });
}

function stubVscode(text: string) {
  const published = new Map<string, { message: string; severity: number; code: unknown }[]>();
  const errors: string[] = [];
  class Uri {
    constructor(readonly scheme: string, readonly path: string, readonly fragment = '') {}
    static parse(s: string): Uri { const m = /^(\w[\w+.-]*):\/\/[^/]*(\/[^#]*)?(?:#(.*))?$/.exec(s); return new Uri(m?.[1] ?? 'file', m?.[2] ?? '/', m?.[3] ?? ''); }
    static file(p: string): Uri { return new Uri('file', p); }
    static joinPath(u: Uri, ...parts: string[]): Uri { return new Uri(u.scheme, [u.path.replace(/\/$/, ''), ...parts].join('/')); }
    with(c: { fragment?: string; path?: string }): Uri { return new Uri(this.scheme, c.path ?? this.path, c.fragment ?? this.fragment); }
    toString(): string { return `${this.scheme}://${this.path}${this.fragment ? `#${this.fragment}` : ''}`; }
    get fsPath(): string { return this.path; }
  }
  class Position { constructor(readonly line: number, readonly character: number) {} }
  class Range {
    constructor(readonly start: Position, readonly end: Position) {}
    intersection(): Range { return this; }
    isEqual(o: Range): boolean { return o.start.line === this.start.line && o.start.character === this.start.character; }
  }
  class Diagnostic { source?: string; code?: unknown; relatedInformation?: unknown; constructor(readonly range: Range, readonly message: string, readonly severity: number) {} }
  class Kind {
    constructor(readonly value: string) {}
    append(s: string): Kind { return new Kind(`${this.value}.${s}`); }
    contains(o: Kind): boolean { return o.value === this.value || o.value.startsWith(`${this.value}.`); }
  }
  class EventEmitter { event = (): { dispose(): void } => ({ dispose() {} }); fire(): void {} dispose(): void {} }
  const lines = text.split('\n');
  const doc = {
    uri: Uri.parse('file:///drafts/brouillon.md'),
    languageId: 'markdown',
    version: 1,
    isClosed: false,
    isDirty: false,
    lineCount: lines.length,
    getText: () => text,
    offsetAt(p: Position): number {
      let o = 0;
      for (let i = 0; i < p.line; i++) o += lines[i].length + 1;
      return o + p.character;
    },
    lineAt(line: number): { text: string; range: Range } {
      return { text: lines[line], range: new Range(new Position(line, 0), new Position(line, lines[line].length)) };
    },
    positionAt(offset: number): Position {
      let line = 0;
      let rest = offset;
      while (line < lines.length - 1 && rest > lines[line].length) { rest -= lines[line].length + 1; line++; }
      return new Position(line, rest);
    },
  };
  const disposable = { dispose() {} };
  const event = (): typeof disposable => disposable;
  const api = {
    Uri, Position, Range, Diagnostic, EventEmitter,
    Location: class { constructor(readonly uri: Uri, readonly range: Range) {} },
    DiagnosticRelatedInformation: class { constructor(readonly location: unknown, readonly message: string) {} },
    DiagnosticSeverity: { Error: 0, Warning: 1, Information: 2, Hint: 3 },
    CodeActionKind: { QuickFix: new Kind('quickfix'), SourceFixAll: new Kind('source.fixAll'), Source: new Kind('source') },
    StatusBarAlignment: { Left: 1, Right: 2 },
    ThemeColor: class { constructor(readonly id: string) {} },
    TabInputText: class {},
    RelativePattern: class { constructor(readonly base: unknown, readonly pattern: string) {} },
    l10n: { t: (s: string, ...args: unknown[]) => s.replace(/\{(\d+)\}/g, (_m, i) => String(args[+i])) },
    languages: {
      createDiagnosticCollection: (name: string) => {
        // only Copydesk's own collection is read; the house list's problems have theirs
        const mine = name === 'copydesk' ? published : new Map<string, unknown>();
        return {
          set: (uri: Uri, ds: Diagnostic[]) => void mine.set(uri.toString(), ds),
          delete: (uri: Uri) => void mine.delete(uri.toString()),
          has: (uri: Uri) => mine.has(uri.toString()),
          clear: () => mine.clear(),
          dispose() {},
        };
      },
      registerCodeActionsProvider: () => disposable,
      registerHoverProvider: () => disposable,
    },
    workspace: {
      textDocuments: [doc],
      workspaceFolders: undefined,
      getConfiguration: () => ({ get: (_k: string, d: unknown) => d }),
      getWorkspaceFolder: () => undefined,
      asRelativePath: (u: Uri) => u.path,
      findFiles: async () => [],
      createFileSystemWatcher: () => ({ onDidChange: event, onDidCreate: event, onDidDelete: event, dispose() {} }),
      fs: { readFile: async () => { throw new Error('no file system here'); }, stat: async () => { throw new Error('no file system here'); } },
      onDidOpenTextDocument: event, onDidChangeTextDocument: event, onDidCloseTextDocument: event, onDidSaveTextDocument: event,
      onDidChangeConfiguration: event, onDidChangeWorkspaceFolders: event,
    },
    window: {
      activeTextEditor: undefined,
      visibleTextEditors: [],
      tabGroups: { all: [], onDidChangeTabs: event },
      createStatusBarItem: () => ({ show() {}, hide() {}, dispose() {} }),
      createTreeView: () => ({ selection: [], dispose() {} }),
      createTextEditorDecorationType: () => disposable,
      onDidChangeVisibleTextEditors: event, onDidChangeActiveTextEditor: event,
      showErrorMessage: async (m: string) => { errors.push(m); },
      showWarningMessage: async () => undefined, showInformationMessage: async () => undefined, setStatusBarMessage: () => disposable,
    },
    commands: { registerCommand: () => disposable, executeCommand: async () => undefined },
  };
  // every namespace falls back to loose members, so that new API calls of the extension need no stub
  const withFallback = (o: Record<string, unknown>, name: string): Record<string, unknown> =>
    new Proxy(o, { get: (t, p: string) => (p in t ? t[p] : loose(`${name}.${p}`)) });
  for (const ns of ['languages', 'workspace', 'window', 'commands'] as const) (api as Record<string, unknown>)[ns] = withFallback(api[ns] as Record<string, unknown>, `vscode.${ns}`);
  const vscode = withFallback(api as Record<string, unknown>, 'vscode');
  return { vscode, published, doc, Uri, errors };
}

describe('web bundle (dist/web/extension.js)', function () {
  before(function () {
    if (!existsSync(bundle)) this.skip(); // npm test builds before the unit tests
  });

  it('activates without Node globals and publishes diagnostics for an open draft', async () => {
    const draft = 'Shakhrat Nuryshev est arrivé lundi. Mardi, Nourchev a parlé aux journalistes.\n\n« Nous partirons, a-t-il dit.\n';
    const { vscode, published, Uri, errors } = stubVscode(draft);
    const required: string[] = [];
    const module = { exports: {} as Record<string, unknown> };
    const sandbox = {
      module,
      exports: module.exports,
      require: (id: string) => {
        required.push(id);
        if (id === 'vscode') return vscode;
        throw new Error(`the web bundle asked for "${id}", which a web worker does not have`);
      },
      console: { ...console, error: (...a: unknown[]) => void errors.push(a.map(String).join(' ')) }, setTimeout, clearTimeout, queueMicrotask, URL, TextEncoder, TextDecoder,
    };
    vm.runInNewContext(readFileSync(bundle, 'utf8'), sandbox, { filename: bundle });
    assert.equal(typeof (sandbox as unknown as { process?: unknown }).process, 'undefined');
    assert.deepEqual([...new Set(required)], ['vscode']);
    const activate = module.exports.activate as (ctx: unknown) => unknown;
    const ctx = { subscriptions: [] as unknown[], extensionUri: Uri.parse('file:///ext'), globalState: { get: () => undefined, update: async () => undefined } };
    await activate(ctx);
    assert.deepEqual(errors, []);
    const ds = published.get('file:///drafts/brouillon.md') ?? [];
    const rules = ds.map((d) => (d.code as { value: string }).value);
    assert.ok(rules.includes('name-variant'), `name-variant among ${rules.join(', ')}`);
    assert.ok(rules.includes('quote-unclosed'), `quote-unclosed among ${rules.join(', ')}`);
    assert.ok(ds.find((d) => (d.code as { value: string }).value === 'quote-unclosed')!.message.includes('jamais'), 'messages follow the French draft');
  });
});
