import * as fs from 'fs';
import * as path from 'path';

/** One log entry: a timestamped line and the stack lines that follow it. */
export interface LogEntry {
  readonly level: string;
  readonly text: string;
}

/** An error or unhandled rejection in a log that names our extension. */
export interface LogProblem {
  readonly file: string;
  readonly text: string;
}

const entryStart = /^\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(?:\.\d+)? \[(\w+)\]/;
const unhandled = /unhandled|rejected promise|uncaught/i;
/** Offline machines: marketplace look-ups fail for every installed extension, ours included. */
const harmless = /ENOTFOUND|EAI_AGAIN|open-vsx\.org|marketplace|gallery/i;

export function parseLog(text: string): LogEntry[] {
  const entries: { level: string; lines: string[] }[] = [];
  for (const line of text.split(/\r?\n/)) {
    const start = entryStart.exec(line);
    if (start) entries.push({ level: start[1].toLowerCase(), lines: [line] });
    else if (entries.length > 0 && line.trim() !== '') entries[entries.length - 1].lines.push(line);
  }
  return entries.map(entry => ({ level: entry.level, text: entry.lines.join('\n') }));
}

/**
 * Entries that are errors (or unhandled rejections at any level) and mention one of `needles`: the
 * extension id or the folder its code runs from. Other extensions' errors are VS Code's business.
 */
export function extensionProblems(text: string, needles: readonly string[]): string[] {
  return parseLog(text)
    .filter(entry => entry.level === 'error' || unhandled.test(entry.text))
    .filter(entry => needles.some(needle => entry.text.includes(needle)))
    .filter(entry => !harmless.test(entry.text))
    .map(entry => entry.text);
}

function logFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const full = path.join(dir, entry.name);
    // output_logging_* holds the text of output channels, ours included: messages, not failures.
    if (entry.isDirectory()) return entry.name.startsWith('output_logging_') ? [] : logFiles(full);
    return entry.name.endsWith('.log') ? [full] : [];
  });
}

/** Scans every log under `<user-data>/logs` (the extension host writes exthost*.log / remoteexthost.log). */
export function scanLogs(userDataDir: string, needles: readonly string[]): LogProblem[] {
  return logFiles(path.join(userDataDir, 'logs')).flatMap(file => extensionProblems(fs.readFileSync(file, 'utf8'), needles).map(text => ({ file, text })));
}

export function formatProblems(problems: readonly LogProblem[]): string {
  return problems.map(problem => `${problem.file}:\n  ${problem.text.split('\n').join('\n  ')}`).join('\n');
}
