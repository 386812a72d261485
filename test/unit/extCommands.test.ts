import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { COMMANDS, UNLISTED_COMMANDS } from '../../src/extension/commands';

const root = path.resolve(__dirname, '../../..');
interface Contributes {
  commands: { command: string }[];
  menus: Record<string, { command: string }[]>;
  keybindings: { command: string }[];
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
    const named = [...Object.values(contributes.menus).flat(), ...contributes.keybindings].map(entry => entry.command);
    assert.deepStrictEqual(
      named.filter(id => !known.has(id)),
      [],
    );
    assert.deepStrictEqual([...new Set(named)].sort(), [
      'seedReader.goToActor',
      'seedReader.goToEvent',
      'seedReader.listActorSeeds',
      'seedReader.nextEvent',
      'seedReader.openSeeAlso',
      'seedReader.openSeedAt',
      'seedReader.previousEvent',
      'seedReader.readAsSeed',
      'seedReader.revealRange',
      'seedReader.searchSeeAlso',
      'seedReader.showActorMap',
      'seedReader.showAllSeedsEvents',
      'seedReader.showThisSeedEvents',
      'seedReader.showTimeline',
    ]);
  });
});
