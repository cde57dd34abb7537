// Engine offsets → editor ranges and severities.
import * as vscode from 'vscode';
import type { Severity, Span } from '../core/types';

export const range = (doc: vscode.TextDocument, s: Span): vscode.Range => new vscode.Range(doc.positionAt(s.start), doc.positionAt(s.end));

export const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};
