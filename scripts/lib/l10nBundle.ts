// The English bundle (l10n/bundle.l10n.json), found in the sources with the TypeScript compiler API: every
// call of `vscode.l10n.t(...)` (adapters) or `l10n.t(...)` from `@vscode/l10n` (pure modules) under src/.
import * as fs from 'fs';
import * as path from 'path';
import * as prettier from 'prettier';
import * as ts from 'typescript';

/** A bundle entry: the message, or the message with the comments a translator reads (key "message/comment"). */
export type BundleEntry = string | { readonly message: string; readonly comment: readonly string[] };

export interface Extraction {
  /** Key → entry, keys sorted. */
  readonly bundle: Readonly<Record<string, BundleEntry>>;
  /** Calls whose message cannot be read from the source, as "file:line: why" (file relative to the root). */
  readonly errors: readonly string[];
  /** How many calls were read. */
  readonly calls: number;
}

/** The bundle file, relative to the project root (package.json's "l10n" folder). */
export const BUNDLE_FILE = path.join('l10n', 'bundle.l10n.json');

/** Every .ts file under `dir`, sorted (so the errors come in a stable order). */
function sourceFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter(file => file.endsWith('.ts') && !file.endsWith('.d.ts'))
    .sort()
    .map(file => path.join(dir, file));
}

/** The text of a string literal or a template without substitutions, else undefined. */
function literalText(node: ts.Node): string | undefined {
  return ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) ? node.text : undefined;
}

/** The names `@vscode/l10n` is imported under in `file`; a named import (`{ t }`) is reported, since its calls are not recognisable. */
function l10nNamespaces(file: ts.SourceFile, report: (node: ts.Node, why: string) => void): { l10n: Set<string>; vscode: Set<string> } {
  const names = { l10n: new Set<string>(), vscode: new Set<string>() };
  for (const statement of file.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const from = statement.moduleSpecifier.text;
    if (from !== '@vscode/l10n' && from !== 'vscode') continue;
    const bindings = statement.importClause?.namedBindings;
    if (bindings && ts.isNamespaceImport(bindings)) names[from === 'vscode' ? 'vscode' : 'l10n'].add(bindings.name.text);
    else if (from === '@vscode/l10n') report(statement, "import @vscode/l10n as a namespace (import * as l10n from '@vscode/l10n')");
  }
  return names;
}

/** Whether `callee` is `l10n.t` (a namespace of @vscode/l10n) or `vscode.l10n.t`. */
function isTranslateCall(callee: ts.Expression, names: { l10n: Set<string>; vscode: Set<string> }): boolean {
  if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== 't') return false;
  const owner = callee.expression;
  if (ts.isIdentifier(owner)) return names.l10n.has(owner.text);
  return ts.isPropertyAccessExpression(owner) && owner.name.text === 'l10n' && ts.isIdentifier(owner.expression) && names.vscode.has(owner.expression.text);
}

/** The bundle entry of a call's first argument: a literal message, or `{ message, comment }` with literals. */
function entryOf(argument: ts.Expression | undefined): { key: string; entry: BundleEntry } | string {
  if (!argument) return 'l10n.t() needs a message';
  const message = literalText(argument);
  if (message !== undefined) return { key: message, entry: message };
  if (!ts.isObjectLiteralExpression(argument)) return 'the message of l10n.t must be a string literal, with {0} placeholders for what varies';
  const property = (name: string) =>
    argument.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === name)?.initializer;
  const text = property('message');
  const commentNode = property('comment');
  const literal = text && literalText(text);
  if (literal === undefined) return 'the message of l10n.t({ message }) must be a string literal';
  if (!commentNode) return { key: literal, entry: literal };
  const comments = ts.isArrayLiteralExpression(commentNode) ? commentNode.elements.map(literalText) : [literalText(commentNode)];
  if (comments.some(c => c === undefined)) return 'the comment of l10n.t({ comment }) must be a string literal or an array of them';
  const comment = comments as string[];
  // @vscode/l10n and VS Code look a commented message up under "message/comment".
  return { key: `${literal}/${comment.join('')}`, entry: { message: literal, comment } };
}

/** Reads every translated message under `root`/src. The same message may be used in several places. */
export function extractMessages(root: string): Extraction {
  const entries = new Map<string, BundleEntry>();
  const errors: string[] = [];
  let calls = 0;
  for (const file of sourceFiles(path.join(root, 'src'))) {
    const text = fs.readFileSync(file, 'utf8');
    // Both ways to translate spell "l10n" (vscode.l10n, '@vscode/l10n'): other files need no parsing.
    if (!text.includes('l10n')) continue;
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const report = (node: ts.Node, why: string) =>
      errors.push(`${path.relative(root, file)}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}: ${why}`);
    const names = l10nNamespaces(source, report);
    if (names.l10n.size === 0 && names.vscode.size === 0) continue;
    const visit = (node: ts.Node): void => {
      if (ts.isTaggedTemplateExpression(node) && isTranslateCall(node.tag, names)) {
        report(node, "write l10n.t('… {0} …', value), not a tagged template");
      } else if (ts.isCallExpression(node) && isTranslateCall(node.expression, names)) {
        calls++;
        const found = entryOf(node.arguments[0]);
        if (typeof found === 'string') report(node, found);
        else entries.set(found.key, found.entry);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  const keys = [...entries.keys()].sort();
  return { bundle: Object.fromEntries(keys.map(key => [key, entries.get(key)!])), errors, calls };
}

/** The bundle file's text, laid out by Prettier with the project's settings (so `npm run lint` accepts the generated file). */
export async function bundleText(root: string, bundle: Readonly<Record<string, BundleEntry>>): Promise<string> {
  const file = path.join(root, BUNDLE_FILE);
  const options = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(JSON.stringify(bundle, null, 2), { ...options, filepath: file });
}
