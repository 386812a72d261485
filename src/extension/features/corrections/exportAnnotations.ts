import * as vscode from 'vscode';
import { EXPORT_FORMATS, toBratAnn, toConll, toJsonl, toW3c, type ExportFormat, type ExportSeed } from '../../../core';
import { COMMANDS } from '../../commands';
import { nameOf } from '../../services/seedDocuments';
import type { FeatureContext } from '../featureContext';

const FORMAT_WORDS: Readonly<Record<ExportFormat, () => { label: string; detail: string; ext: string }>> = {
  jsonl: () => ({ label: 'JSON Lines', detail: vscode.l10n.t('One line a seed: text and spans, as Prodigy and doccano read'), ext: 'jsonl' }),
  brat: () => ({ label: 'brat', detail: vscode.l10n.t('A .txt and an .ann file a seed, in a folder'), ext: '' }),
  w3c: () => ({ label: 'W3C Web Annotation', detail: vscode.l10n.t('An AnnotationPage with quote and position selectors'), ext: 'json' }),
  conll: () => ({ label: 'CoNLL-2003', detail: vscode.l10n.t('IOB columns, one token a line (lossy: dates and overlaps are simplified)'), ext: 'conll' }),
};

/**
 * Seed Reader: Export Annotations…: the corrected names and dates of the active seed, or of every seed of
 * the workspace index, in jsonl, brat, w3c or conll (the core's export functions, as the CLI's `export`).
 * Arguments, for tests: the format, the target URI, and `'all'` for every seed. Resolves with how many seeds were written.
 */
export function registerExportAnnotations({ extension: context, output, service, active, workspace, corrections }: FeatureContext): void {
  const seedsOf = async (all: boolean): Promise<ExportSeed[]> => {
    const uris = all ? workspace.current.files.map(f => vscode.Uri.parse(f.file)) : active.document ? [active.document.uri] : [];
    const seeds: ExportSeed[] = [];
    for (const uri of uris) {
      try {
        const document = await vscode.workspace.openTextDocument(uri);
        const analysis = await service.analysisOf(document);
        if (analysis && !analysis.problem) seeds.push({ file: corrections.seedPath(uri) ?? nameOf(uri), text: document.getText(), analysis });
        else output.appendLine(`export: ${uri.toString()}: not analysed, left out`);
      } catch (error) {
        output.appendLine(`export: ${uri.toString()}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    return seeds;
  };

  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.exportAnnotations, async (givenFormat?: unknown, givenTarget?: unknown, givenScope?: unknown): Promise<number> => {
      try {
        const all = givenScope === 'all' || (givenScope === undefined && (await pickScope(active.document !== undefined, workspace.current.files.length)));
        if (all === undefined) return 0;
        const format = EXPORT_FORMATS.includes(givenFormat as ExportFormat) ? (givenFormat as ExportFormat) : await pickFormat();
        if (!format) return 0;
        const target =
          givenTarget instanceof vscode.Uri ? givenTarget : typeof givenTarget === 'string' ? vscode.Uri.parse(givenTarget) : await pickTarget(format);
        if (!target) return 0;
        const seeds = await seedsOf(all);
        if (seeds.length === 0) {
          void vscode.window.showInformationMessage(vscode.l10n.t('Seed Reader: no analysed seed to export.'));
          return 0;
        }
        await write(format, target, seeds);
        output.appendLine(`export: ${seeds.length} seeds as ${format} to ${target.toString()}`);
        void vscode.window.showInformationMessage(vscode.l10n.t('Seed Reader: exported {0} seeds as {1}.', seeds.length, FORMAT_WORDS[format]().label));
        return seeds.length;
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        output.appendLine(`export failed: ${detail}`);
        void vscode.window.showErrorMessage(vscode.l10n.t('Seed Reader: the export failed: {0}', detail));
        return 0;
      }
    }),
  );
}

async function write(format: ExportFormat, target: vscode.Uri, seeds: readonly ExportSeed[]): Promise<void> {
  const encode = (text: string) => new TextEncoder().encode(text);
  if (format !== 'brat') {
    const text = format === 'jsonl' ? toJsonl(seeds) : format === 'w3c' ? toW3c(seeds) : toConll(seeds);
    await vscode.workspace.fs.writeFile(target, encode(text));
    return;
  }
  for (const seed of seeds) {
    const base = seed.file.replace(/\.txt$/, '').split('/');
    const last = base.pop()!;
    const folder = vscode.Uri.joinPath(target, ...base);
    await vscode.workspace.fs.createDirectory(folder);
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, `${last}.txt`), encode(seed.text));
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, `${last}.ann`), encode(toBratAnn(seed)));
  }
}

/** True for every seed of the workspace, false for the active seed; undefined when dismissed. */
async function pickScope(hasActive: boolean, indexed: number): Promise<boolean | undefined> {
  const picks = [
    ...(hasActive ? [{ label: vscode.l10n.t('This seed'), all: false }] : []),
    { label: vscode.l10n.t('Every seed of the workspace ({0})', indexed), all: true },
  ];
  const picked = await vscode.window.showQuickPick(picks, { title: vscode.l10n.t('Export the annotations of…') });
  return picked?.all;
}

async function pickFormat(): Promise<ExportFormat | undefined> {
  const picks = EXPORT_FORMATS.map(format => ({ ...FORMAT_WORDS[format](), format }));
  const picked = await vscode.window.showQuickPick(picks, { title: vscode.l10n.t('Export annotations as…') });
  return picked?.format;
}

async function pickTarget(format: ExportFormat): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (format === 'brat') {
    const picked = await vscode.window.showOpenDialog({
      canSelectFolders: true,
      canSelectFiles: false,
      defaultUri: folder,
      openLabel: vscode.l10n.t('Export Here'),
      title: vscode.l10n.t('The folder for the .txt and .ann files'),
    });
    return picked?.[0];
  }
  const ext = FORMAT_WORDS[format]().ext;
  return vscode.window.showSaveDialog({
    defaultUri: folder && vscode.Uri.joinPath(folder, `annotations.${ext}`),
    filters: { [FORMAT_WORDS[format]().label]: [ext] },
    saveLabel: vscode.l10n.t('Export'),
  });
}
