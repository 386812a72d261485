import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { COMMANDS, UNLISTED_COMMANDS } from '../../src/extension/commands';

const root = path.resolve(__dirname, '../../..');
interface Contributes {
  commands: { command: string }[];
  menus: Record<string, { command?: string; submenu?: string }[]>;
  submenus: { id: string }[];
  keybindings: { command?: string; submenu?: string }[];
}
const contributes = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { contributes: Contributes }).contributes;

describe('extension: the command table', () => {
  it('lists exactly the commands package.json contributes, besides the unlisted ones', () => {
    const listed = Object.values(COMMANDS)
      .filter(id => !UNLISTED_COMMANDS.has(id))
      .sort();
    assert.deepStrictEqual(contributes.commands.map(c => c.command).sort(), listed);
    assert.deepStrictEqual([...UNLISTED_COMMANDS], ['seedReader.showOutput']);
  });

  it('has one key per id, spelled seedReader.<key>', () => {
    assert.deepStrictEqual(
      Object.entries(COMMANDS).filter(([key, id]) => id !== `seedReader.${key}`),
      [],
    );
  });

  it('is the only source of the ids that menus and keybindings name', () => {
    const known = new Set<string>(Object.values(COMMANDS));
    const entries = [...Object.values(contributes.menus).flat(), ...contributes.keybindings];
    // A submenu entry names a submenu of package.json, not a command.
    const submenus = new Set(contributes.submenus.map(s => s.id));
    assert.deepStrictEqual(
      entries.filter(e => e.command === undefined).map(e => submenus.has(e.submenu ?? '')),
      [true],
    );
    const named = entries.flatMap(entry => (entry.command === undefined ? [] : [entry.command]));
    assert.deepStrictEqual(
      named.filter(id => !known.has(id)),
      [],
    );
    assert.deepStrictEqual([...new Set(named)].sort(), [
      'seedReader.deleteCorrection',
      'seedReader.dismissMention',
      'seedReader.exportAnnotations',
      'seedReader.goToActor',
      'seedReader.goToEvent',
      'seedReader.listActorSeeds',
      'seedReader.markAsDate',
      'seedReader.markAsOrganisation',
      'seedReader.markAsOther',
      'seedReader.markAsPerson',
      'seedReader.markAsPlace',
      'seedReader.mergeActor',
      'seedReader.nextEvent',
      'seedReader.openSeeAlso',
      'seedReader.openSeedAt',
      'seedReader.previousEvent',
      'seedReader.readAsSeed',
      'seedReader.relabelActor',
      'seedReader.renameActor',
      'seedReader.revealRange',
      'seedReader.searchSeeAlso',
      'seedReader.showActorMap',
      'seedReader.showAllSeedsEvents',
      'seedReader.showThisSeedEvents',
      'seedReader.showTimeline',
      'seedReader.splitMention',
      'seedReader.undoCorrection',
    ]);
  });
});
