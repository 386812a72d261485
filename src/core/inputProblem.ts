/**
 * Why a text should not be analysed, in one line, or undefined when it can be. Binary data shows as NUL
 * bytes; text decoded from invalid UTF-8 shows as replacement characters.
 */
export function inputProblem(text: string): string | undefined {
  if (!/\S/.test(text)) return 'the file is empty'; // what trim() removes, without copying the text
  if (text.includes('\u0000')) return 'the file looks binary (it contains NUL bytes)';
  const replacements = text.match(/\uFFFD/g)?.length ?? 0;
  if (replacements > 0 && replacements >= Math.max(3, text.length / 1000)) {
    return 'the file is not valid UTF-8 text';
  }
  return undefined;
}

/** The size, in MB, above which a seed is analysed only when asked to (the CLI and the extension agree). */
export const DEFAULT_MAX_SEED_MB = 5;
