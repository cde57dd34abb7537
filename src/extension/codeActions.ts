// Finding fixes → quick fixes, and source.fixAll.copydesk for the document-wide ones.
import * as vscode from 'vscode';
import type { Analysis, Finding, Fix, TextEdit } from '../core/types';
import type { Analyses } from './analyses';
import { range } from './convert';

export const FIX_ALL = vscode.CodeActionKind.SourceFixAll.append('copydesk');

/** Extra actions a rule's adapter adds beside the engine's own fixes (workspace-wide edits, list updates). */
export type ActionContributor = (doc: vscode.TextDocument, finding: Finding, diagnostic: vscode.Diagnostic | undefined) => vscode.CodeAction[];

export class CopydeskCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix, FIX_ALL];

  constructor(
    private readonly analyses: Analyses,
    private readonly contributors: ActionContributor[] = [],
  ) {}

  provideCodeActions(doc: vscode.TextDocument, r: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    try {
      return this.actions(doc, r, context);
    } catch (err) {
      console.error(`Copydesk: code actions failed for ${doc.uri.toString()}:`, err);
      return [];
    }
  }

  private actions(doc: vscode.TextDocument, r: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const analysis = this.analyses.get(doc);
    if (!analysis) return [];
    // Fix All asks for source.fixAll, Source Action… for source, codeActionsOnSave for either or for ours
    if (context.only && (FIX_ALL.contains(context.only) || context.only.contains(FIX_ALL))) return fixAllAction(doc, analysis);
    if (context.only && !context.only.contains(vscode.CodeActionKind.QuickFix) && !vscode.CodeActionKind.QuickFix.contains(context.only)) return [];
    const actions: vscode.CodeAction[] = [];
    for (const f of analysis.findings) {
      const fr = range(doc, f);
      if (!fr.intersection(r)) continue;
      const diagnostic = context.diagnostics.find((d) => d.source === 'Copydesk' && codeOf(d) === f.rule && d.range.isEqual(fr));
      for (const fix of f.fixes ?? []) actions.push(quickFix(doc, fix, diagnostic));
      for (const c of this.contributors) actions.push(...c(doc, f, diagnostic));
    }
    return actions;
  }
}

const codeOf = (d: vscode.Diagnostic): string | undefined => (typeof d.code === 'object' ? String(d.code.value) : d.code === undefined ? undefined : String(d.code));

function toWorkspaceEdit(doc: vscode.TextDocument, edits: TextEdit[]): vscode.WorkspaceEdit {
  const we = new vscode.WorkspaceEdit();
  we.set(
    doc.uri,
    edits.map((e) => vscode.TextEdit.replace(range(doc, e), e.newText)),
  );
  return we;
}

function quickFix(doc: vscode.TextDocument, fix: Fix, diagnostic: vscode.Diagnostic | undefined): vscode.CodeAction {
  const a = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
  a.edit = toWorkspaceEdit(doc, fix.edits);
  if (diagnostic) a.diagnostics = [diagnostic];
  a.isPreferred = fix.preferred;
  return a;
}

/** Every document-wide fix at once, skipping edits that overlap one already taken. */
export function fixAllEdits(analysis: Analysis): TextEdit[] {
  const taken: TextEdit[] = [];
  const seen = new Set<string>();
  for (const f of analysis.findings) {
    for (const fix of f.fixes ?? []) {
      if (!fix.fixAll) continue;
      for (const e of fix.edits) {
        const k = `${e.start}:${e.end}:${e.newText}`;
        if (seen.has(k)) continue;
        if (taken.some((t) => e.start < t.end && t.start < e.end)) continue;
        seen.add(k);
        taken.push(e);
      }
    }
  }
  return taken;
}

function fixAllAction(doc: vscode.TextDocument, analysis: Analysis): vscode.CodeAction[] {
  const edits = fixAllEdits(analysis);
  if (!edits.length) return [];
  const a = new vscode.CodeAction(vscode.l10n.t('Copydesk: fix all consistency problems'), FIX_ALL);
  a.edit = toWorkspaceEdit(doc, edits);
  return [a];
}
