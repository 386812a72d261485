/**
 * Every command the extension registers, by id: the one place an id is spelled. Features and tree items
 * name commands through this table; a unit test checks it against package.json's contributions.
 */
export const COMMANDS = {
  readAsSeed: 'seedReader.readAsSeed',
  toggleDecorations: 'seedReader.toggleDecorations',
  showLegend: 'seedReader.showLegend',
  goToEvent: 'seedReader.goToEvent',
  nextEvent: 'seedReader.nextEvent',
  previousEvent: 'seedReader.previousEvent',
  goToActor: 'seedReader.goToActor',
  searchSeeAlso: 'seedReader.searchSeeAlso',
  openSeeAlso: 'seedReader.openSeeAlso',
  revealRange: 'seedReader.revealRange',
  analyseAnyway: 'seedReader.analyseAnyway',
  showOutput: 'seedReader.showOutput',
  rebuildWorkspaceIndex: 'seedReader.rebuildWorkspaceIndex',
  openSeedAt: 'seedReader.openSeedAt',
  listActorSeeds: 'seedReader.listActorSeeds',
  showAllSeedsEvents: 'seedReader.showAllSeedsEvents',
  showThisSeedEvents: 'seedReader.showThisSeedEvents',
  showTimeline: 'seedReader.showTimeline',
  showActorMap: 'seedReader.showActorMap',
  relabelActor: 'seedReader.relabelActor',
  renameActor: 'seedReader.renameActor',
  dismissMention: 'seedReader.dismissMention',
  mergeActor: 'seedReader.mergeActor',
  splitMention: 'seedReader.splitMention',
  markAsPerson: 'seedReader.markAsPerson',
  markAsOrganisation: 'seedReader.markAsOrganisation',
  markAsPlace: 'seedReader.markAsPlace',
  markAsOther: 'seedReader.markAsOther',
  markAsDate: 'seedReader.markAsDate',
  undoCorrection: 'seedReader.undoCorrection',
  deleteCorrection: 'seedReader.deleteCorrection',
  exportAnnotations: 'seedReader.exportAnnotations',
} as const;

export type CommandId = (typeof COMMANDS)[keyof typeof COMMANDS];

/** Registered but not contributed in package.json: only the status bar's click runs it. */
export const UNLISTED_COMMANDS: ReadonlySet<CommandId> = new Set([COMMANDS.showOutput]);
