import * as fs from 'fs';

/** A reason a file cannot be read as text, fit to print on one line. */
export class UnreadableInput extends Error {}

/**
 * Reads a file as UTF-8 text, or throws UnreadableInput naming the problem: missing, a folder, empty,
 * binary (NUL bytes) or not valid UTF-8. A leading BOM is kept, so offsets match the editor's.
 */
export function readTextFile(file: string): string {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UnreadableInput(`${file}: no such file`);
    if (code === 'EISDIR') throw new UnreadableInput(`${file}: is a folder, not a file`);
    if (code === 'EACCES') throw new UnreadableInput(`${file}: permission denied`);
    throw new UnreadableInput(`${file}: cannot be read (${code ?? 'unknown error'})`);
  }
  if (bytes.length === 0) throw new UnreadableInput(`${file}: the file is empty`);
  if (bytes.includes(0)) throw new UnreadableInput(`${file}: the file looks binary (it contains NUL bytes)`);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new UnreadableInput(`${file}: the file is not valid UTF-8 text`);
  }
}
