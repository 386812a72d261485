import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as l10n from '@vscode/l10n';
import { KIND_INFO } from '../../src/extension/analysisLookup';
import { legendEntries } from '../../src/extension/features/decorations/legend';
import { statusView } from '../../src/extension/features/statusBar/statusText';
import { actorRow } from '../../src/extension/features/views/treeRows';
import { BUNDLE_FILE, bundleText, extractMessages } from '../../scripts/lib/l10nBundle';

const root = path.resolve(__dirname, '../../..');
const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8')) as Record<string, unknown>;

/**
 * The manifest keys whose values a user reads (a string, or an array of strings as enumDescriptions).
 * Language aliases are not among them: "Seed" names the file format, and aliases are matched as
 * identifiers (a Markdown fence, the language picker's filter).
 */
const USER_FACING = new Set([
  'title',
  'shortTitle',
  'category',
  'name',
  'contextualTitle',
  'contents',
  'description',
  'markdownDescription',
  'enumDescriptions',
  'markdownEnumDescriptions',
  'enumItemLabels',
  'patternErrorMessage',
  'deprecationMessage',
  'markdownDeprecationMessage',
]);

/** Every user-facing string of the manifest that is not a %key% of `nls`, as "json.path: text". */
function hardCoded(manifest: Record<string, unknown>, nls: Record<string, unknown>): string[] {
  const found: string[] = [];
  const check = (where: string, value: unknown) => {
    const key = typeof value === 'string' ? /^%([^%]+)%$/.exec(value)?.[1] : undefined;
    if (key === undefined || typeof nls[key] !== 'string') found.push(`${where}: ${JSON.stringify(value)}`);
  };
  const walk = (where: string, node: unknown): void => {
    if (Array.isArray(node)) node.forEach((item, i) => walk(`${where}[${i}]`, item));
    else if (node !== null && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        const at = `${where}.${key}`;
        if (!USER_FACING.has(key) || (typeof value !== 'string' && !Array.isArray(value))) walk(at, value);
        else if (Array.isArray(value)) value.forEach((item, i) => check(`${at}[${i}]`, item));
        else check(at, value);
      }
    }
  };
  check('displayName', manifest.displayName);
  check('description', manifest.description);
  walk('contributes', manifest.contributes);
  return found;
}

/** The %key% references anywhere in the manifest. */
const references = (manifest: Record<string, unknown>) => [...JSON.stringify(manifest).matchAll(/"%([^%"]+)%"/g)].map(m => m[1]);

describe('localisation', () => {
  describe('package.json and package.nls.json', () => {
    const manifest = readJson('package.json');
    const nls = readJson('package.nls.json');

    it('has no hard-coded user-facing string: each is a %key% of package.nls.json', () => {
      assert.deepStrictEqual(hardCoded(manifest, nls), []);
    });

    it('reports a hard-coded title, description or enum description, and a %key% missing from package.nls.json', () => {
      const broken = JSON.parse(JSON.stringify(manifest)) as {
        contributes: {
          commands: { title: string }[];
          colors: { description: string }[];
          configuration: { properties: Record<string, { enumDescriptions?: string[] }> };
        };
      };
      broken.contributes.commands[2].title = 'Show Highlighting Legend';
      broken.contributes.colors[0].description = '%color.nowhere.description%';
      broken.contributes.configuration.properties['seedReader.hover.detail'].enumDescriptions![1] = 'Compact.';
      assert.deepStrictEqual(hardCoded(broken, nls), [
        'contributes.commands[2].title: "Show Highlighting Legend"',
        'contributes.configuration.properties.seedReader.hover.detail.enumDescriptions[1]: "Compact."',
        'contributes.colors[0].description: "%color.nowhere.description%"',
      ]);
    });

    it('uses every key of package.nls.json, each an English string', () => {
      const used = new Set(references(manifest));
      assert.deepStrictEqual(
        Object.keys(nls).filter(key => !used.has(key)),
        [],
      );
      assert.deepStrictEqual(
        Object.entries(nls).filter(([, text]) => typeof text !== 'string' || text.trim() === ''),
        [],
      );
    });

    it('names the bundle folder, and the command palette still reads "Seed Reader: Go to Event…"', () => {
      assert.strictEqual(manifest.l10n, './l10n');
      assert.ok(fs.existsSync(path.join(root, BUNDLE_FILE)));
      const goToEvent = (manifest.contributes as { commands: { command: string; title: string; category: string }[] }).commands.find(
        c => c.command === 'seedReader.goToEvent',
      )!;
      const english = (text: string) => nls[text.slice(1, -1)];
      assert.strictEqual(`${english(goToEvent.category)}: ${english(goToEvent.title)}`, 'Seed Reader: Go to Event…');
    });
  });

  describe('the runtime bundle (l10n/bundle.l10n.json)', () => {
    it('is what npm run l10n writes from the sources now, and every message is a literal', async () => {
      const { bundle, errors } = extractMessages(root);
      assert.deepStrictEqual(errors, []);
      assert.strictEqual(fs.readFileSync(path.join(root, BUNDLE_FILE), 'utf8'), await bundleText(root, bundle), 'run npm run l10n');
    });

    describe('the extraction, on sources written for the test', () => {
      let dir: string;
      before(() => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-l10n-'));
        fs.mkdirSync(path.join(dir, 'src', 'x'), { recursive: true });
        const write = (file: string, lines: string[]) => fs.writeFileSync(path.join(dir, 'src', file), lines.join('\n'));
        write('x/adapter.ts', [
          "import * as vscode from 'vscode';",
          "vscode.l10n.t('Open');",
          'vscode.l10n.t(`Line {0}`, 3);',
          'const word = "Close";',
          'vscode.l10n.t(word);',
          "other.l10n.t('Not ours');",
        ]);
        write('pure.ts', [
          "import * as words from '@vscode/l10n';",
          "words.t({ message: 'Other', comment: ['a plural', ' group'] });",
          "words.t('Open');",
          'words.t(`${1} items`);',
          'words.t`Tagged ${2}`;',
        ]);
        write('named.ts', ["import { t } from '@vscode/l10n';", "t('Hidden');"]);
        write('plain.ts', ['const l10n = { t: (s: string) => s };', "l10n.t('Not imported');"]);
      });
      after(() => fs.rmSync(dir, { recursive: true, force: true }));

      it('reads literal messages and the { message, comment } form, and reports the rest with file:line', () => {
        assert.deepStrictEqual(extractMessages(dir), {
          bundle: {
            'Line {0}': 'Line {0}',
            Open: 'Open',
            'Other/a plural group': { message: 'Other', comment: ['a plural', ' group'] },
          },
          errors: [
            "src/named.ts:1: import @vscode/l10n as a namespace (import * as l10n from '@vscode/l10n')",
            'src/pure.ts:4: the message of l10n.t must be a string literal, with {0} placeholders for what varies',
            "src/pure.ts:5: write l10n.t('… {0} …', value), not a tagged template",
            'src/x/adapter.ts:5: the message of l10n.t must be a string literal, with {0} placeholders for what varies',
          ],
          calls: 6,
        });
      });
    });
  });

  describe('the pure modules, with a bundle configured as activation does', () => {
    before(() =>
      l10n.config({
        contents: {
          People: 'Personnes',
          Other: 'Autre',
          'Other/The group of other named things (treaties, nationalities, products): a plural.': {
            message: 'Autres',
            comment: ['The group of other named things (treaties, nationalities, products): a plural.'],
          },
          shown: 'affiché',
          'Seed Reader: not analysed — {0}': 'Seed Reader : non analysé — {0}',
        },
      }),
    );
    after(() => l10n.config({ contents: {} }));

    it('translate the Actors view groups and the legend, read when used (KIND_INFO was built before the bundle)', () => {
      assert.deepStrictEqual(actorRow({ kind: 'group', group: 'person', actors: [] }).label, 'Personnes');
      assert.deepStrictEqual([KIND_INFO.misc.label, KIND_INFO.misc.plural, KIND_INFO.place.plural], ['Autre', 'Autres', 'Places']);
      assert.deepStrictEqual(
        legendEntries(kind => kind === 'person', undefined)
          .slice(0, 2)
          .map(e => [e.label, e.description]),
        [
          ['$(person) Personnes', 'affiché'],
          ['$(organization) Organisations', 'hidden'],
        ],
      );
    });

    it('fill the placeholders of a translated message', () => {
      assert.strictEqual(statusView(undefined, '10 MB, above the 5 MB limit')?.text, 'Seed Reader : non analysé — 10 MB, above the 5 MB limit');
    });
  });
});
