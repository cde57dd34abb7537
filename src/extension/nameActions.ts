// Name fixes that reach beyond the document: the preferred spelling in every draft of the
// workspace, and updates to the house name list (add an entity, mark two spellings as
// different people). All go through WorkspaceEdit, so they are undoable and respect
// unsaved editors.
import * as vscode from 'vscode';
import { analyze } from '../core/analyze';
import type { Finding, Language } from '../core/types';
import type { ActionContributor } from './codeActions';
import type { Analyses } from './analyses';
import type { HouseNamesStore } from './houseNames';
import type { SourcesStore } from './sources';

interface NameData {
  entity: string;
  preferred: string;
  preferredFull?: string;
  variant: string;
  variants?: string[];
  reason?: string;
}

/** Word → preferred word, read off the finding's document-wide fix (Nourchev → Nuryshev). */
function replacements(doc: vscode.TextDocument, f: Finding): Record<string, string> {
  const map: Record<string, string> = {};
  const all = f.fixes?.find((x) => x.fixAll) ?? f.fixes?.[0];
  for (const e of all?.edits ?? []) {
    const from = doc.getText(new vscode.Range(doc.positionAt(e.start), doc.positionAt(e.end)));
    if (from && from !== e.newText) map[from] = e.newText;
  }
  return map;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Edits that apply `map` to the name mentions of one draft (prose only, whole words). */
export function workspaceNameEdits(text: string, format: 'markdown' | 'plaintext', map: Record<string, string>, houseNames: unknown): { start: number; end: number; newText: string }[] {
  const keys = Object.keys(map);
  if (!keys.length || !keys.some((k) => text.includes(k))) return [];
  const word = new RegExp(`(?<![\\p{L}\\p{M}])(?:${keys.map(escape).join('|')})(?![\\p{L}\\p{M}])`, 'gu');
  const out: { start: number; end: number; newText: string }[] = [];
  for (const n of analyze(text, { format, houseNames }).facts.names) {
    for (const m of n.text.matchAll(word)) out.push({ start: n.start + m.index!, end: n.start + m.index! + m[0].length, newText: map[m[0]] });
  }
  return out;
}

const SECTION = { person: 'people', place: 'places', organisation: 'organisations', unknown: 'people' } as const;

export function nameActionContributor(houseNames: HouseNamesStore, analyses: Analyses): ActionContributor {
  return (doc, f, diagnostic) => {
    if ((f.rule !== 'name-variant' && f.rule !== 'name-style') || !f.data) return [];
    const data = f.data as unknown as NameData;
    const analysis = analyses.peek(doc);
    const lang: Language = analysis?.language ?? 'en';
    const entity = analysis?.facts.entities.find((e) => e.id === data.entity);
    const t = (en: string, fr: string): string => (lang === 'fr' ? fr : en);
    const map = replacements(doc, f);
    const actions: vscode.CodeAction[] = [];
    const make = (title: string, command: string, arg: unknown): void => {
      const a = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
      a.command = { title, command, arguments: [arg] };
      if (diagnostic) a.diagnostics = [diagnostic];
      actions.push(a);
    };
    if (Object.keys(map).length) {
      make(t(`Use ${data.preferred} in every draft of the workspace`, `Écrire ${data.preferred} dans tous les textes de l’espace de travail`), 'copydesk.applyNameInWorkspace', { map });
    }
    const file = houseNames.fileFor(doc);
    if (file) {
      const full = data.preferredFull ?? data.preferred;
      const spelled = Object.entries(map).reduce((s, [from, to]) => s.split(to).join(from), full);
      const type = SECTION[entity?.type ?? 'unknown'];
      make(t(`Add ${full} to the house name list (preferred)`, `Ajouter ${full} à la liste maison (graphie retenue)`), 'copydesk.addToHouseList', {
        file: file.toString(),
        section: type,
        entry: { name: full, variants: spelled !== full ? [spelled] : [] },
      });
      if (spelled !== full) {
        make(t(`Add ${full} to the house name list with ${spelled} preferred in English drafts`, `Ajouter ${full} à la liste maison avec ${spelled} retenu dans les textes en français`), 'copydesk.addToHouseList', {
          file: file.toString(),
          section: type,
          entry: { name: full, [lang]: spelled, variants: [] },
        });
      }
      make(t(`${data.variant} and ${data.preferred} are different people`, `${data.variant} et ${data.preferred} sont deux personnes différentes`), 'copydesk.markDifferentPeople', {
        file: file.toString(),
        pair: [data.variant, data.preferred],
      });
    }
    return actions;
  };
}

export function registerNameCommands(houseNames: HouseNamesStore, sources: SourcesStore): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('copydesk.applyNameInWorkspace', async (arg?: { map: Record<string, string> }) => {
      if (!arg?.map) return;
      const edit = new vscode.WorkspaceEdit();
      let changes = 0;
      let files = 0;
      // the draft in front of the editor changes at once; every other draft waits, unchecked, in VS
      // Code's refactor preview until the editor ticks it (needsConfirmation)
      const here = vscode.window.activeTextEditor?.document.uri.toString();
      let elsewhere = 0;
      const metadata: vscode.WorkspaceEditEntryMetadata = {
        needsConfirmation: true,
        label: vscode.l10n.t('Copydesk: one spelling per name'),
        description: Object.entries(arg.map).map(([from, to]) => `${from} → ${to}`).join(', '),
      };
      const uris = await vscode.workspace.findFiles('**/*.{md,markdown,txt}', '{**/node_modules/**,**/.git/**}');
      for (const uri of uris) {
        const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
        if (open && sources.isSource(open)) continue; // never rewrite a source document
        let text: string;
        try {
          text = open ? open.getText() : new TextDecoder('utf-8', { fatal: true }).decode(await vscode.workspace.fs.readFile(uri));
        } catch {
          continue; // binary or unreadable: not a draft
        }
        const format = /\.txt$/i.test(uri.path) ? 'plaintext' : 'markdown';
        const house = open ? houseNames.forDocument(open) : undefined;
        const edits = workspaceNameEdits(text, format, arg.map, house);
        if (!edits.length) continue;
        const doc = open ?? (await vscode.workspace.openTextDocument(uri));
        if (!open && sources.isSource(doc)) continue;
        const confirm = uri.toString() !== here;
        if (confirm) elsewhere += edits.length;
        for (const e of edits) edit.replace(uri, new vscode.Range(doc.positionAt(e.start), doc.positionAt(e.end)), e.newText, confirm ? metadata : undefined);
        changes += edits.length;
        files++;
      }
      if (!changes) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Copydesk found no other spelling to change in the workspace.'));
        return;
      }
      const ok = await vscode.workspace.applyEdit(edit, { isRefactoring: true });
      if (ok && elsewhere) void vscode.window.showInformationMessage(vscode.l10n.t('Copydesk proposed {0} spelling change(s) in {1} draft(s) in the refactor preview. Undo with Edit › Undo in each file.', changes, files));
    }),
    vscode.commands.registerCommand('copydesk.addToHouseList', (arg?: { file: string; section: string; entry: Record<string, unknown> }) =>
      arg ? updateList(vscode.Uri.parse(arg.file), (list) => pushUnique(list, arg.section, arg.entry)) : undefined,
    ),
    vscode.commands.registerCommand('copydesk.markDifferentPeople', (arg?: { file: string; pair: [string, string] }) =>
      arg ? updateList(vscode.Uri.parse(arg.file), (list) => pushUnique(list, 'different', arg.pair)) : undefined,
    ),
  ];
}

function pushUnique(list: Record<string, unknown>, key: string, item: unknown): void {
  const arr = Array.isArray(list[key]) ? (list[key] as unknown[]) : [];
  if (!arr.some((x) => JSON.stringify(x) === JSON.stringify(item))) arr.push(item);
  list[key] = arr;
}

/**
 * Rewrites the house list through a WorkspaceEdit (undoable), creating it if needed, then saves
 * it so it takes effect. Unsaved edits of the list in an editor are kept: they are the base.
 */
async function updateList(uri: vscode.Uri, change: (list: Record<string, unknown>) => void): Promise<void> {
  const label = vscode.workspace.asRelativePath(uri);
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  const exists = await vscode.workspace.fs.stat(uri).then(() => true, () => false);
  let text = '';
  if (open?.isDirty) text = open.getText();
  else if (exists) text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
  let list: Record<string, unknown> = {};
  try {
    if (text.trim()) list = JSON.parse(text);
    if (!list || typeof list !== 'object' || Array.isArray(list)) throw new Error(vscode.l10n.t('the list is not a JSON object'));
  } catch (err) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Copydesk cannot update {0}: fix its JSON first ({1}).', label, String((err as Error).message ?? err)));
    return;
  }
  change(list);
  const json = JSON.stringify(list, null, 2) + '\n';
  const edit = new vscode.WorkspaceEdit();
  if (exists || open) {
    // an editor may still hold a list deleted on disk: rewrite its text, the save recreates the file
    const doc = open ?? (await vscode.workspace.openTextDocument(uri));
    edit.replace(uri, new vscode.Range(0, 0, doc.lineCount, 0), json);
  } else {
    edit.createFile(uri, { ignoreIfExists: true });
    edit.insert(uri, new vscode.Position(0, 0), json);
  }
  if (!(await vscode.workspace.applyEdit(edit))) return;
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  await doc?.save();
}
