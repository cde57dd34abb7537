// Settings → engine options. Read per document (resource scope), like other linters' settings.
import * as vscode from 'vscode';
import { RULE_IDS } from '../core/rules';
import type { AnalyzeOptions, LanguageSetting, RuleSetting, Severity } from '../core/types';

export interface DocumentConfig {
  enabled: boolean;
  debounce: number;
  maxSize: number;
  options: AnalyzeOptions;
  highlight: { names: boolean; figures: boolean; quotes: boolean };
  namesFile: string;
  sources: string[];
}

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint']);
/** Drafts live in files, unsaved buffers and virtual workspaces; not in diff views or output panels. */
const SCHEMES = new Set(['file', 'untitled', 'vscode-vfs', 'vscode-remote', 'memfs']);

export function readConfig(doc: vscode.TextDocument): DocumentConfig {
  const c = vscode.workspace.getConfiguration('copydesk', doc.uri);
  const rules: Record<string, RuleSetting> = {};
  for (const id of RULE_IDS) {
    const v = c.get<string>(`rules.${id}`, 'default');
    if (v === 'off') rules[id] = { enabled: false };
    else if (SEVERITIES.has(v)) rules[id] = { severity: v as Severity };
  }
  const languages = c.get<string[]>('languages', ['markdown', 'plaintext']);
  return {
    enabled: c.get<boolean>('enable', true) && languages.includes(doc.languageId) && SCHEMES.has(doc.uri.scheme),
    debounce: Math.max(0, c.get<number>('debounce', 150)),
    maxSize: c.get<number>('maxDocumentSize', 1_000_000),
    options: {
      format: doc.languageId === 'markdown' ? 'markdown' : 'plaintext',
      language: c.get<LanguageSetting>('documentLanguage', 'auto'),
      rules,
      typography: {
        off: c.get<string[]>('typography.off', []),
        highSpace: c.get<string>('typography.noBreakSpace', 'U+202F') === 'U+00A0' ? 'U+00A0' : 'U+202F',
      },
    },
    highlight: {
      names: c.get<boolean>('highlight.names', true),
      figures: c.get<boolean>('highlight.figures', true),
      quotes: c.get<boolean>('highlight.quotes', true),
    },
    namesFile: c.get<string>('namesFile', '.copydesk/names.json'),
    sources: c.get<string[]>('sources', []),
  };
}
