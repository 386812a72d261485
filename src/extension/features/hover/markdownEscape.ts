/**
 * Escaping of document text for MarkdownString cards. A seed is untrusted input: a name such as
 * "[x](command:workbench.action.quit)" or "<img src=x>" must show as text, never become a link, HTML,
 * emphasis or a theme icon. No `vscode` import, so it is unit-tested on its own.
 */

/** Every ASCII punctuation character; CommonMark lets a backslash make any of them literal. */
const PUNCTUATION = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g;

/** `text` as inline markdown that renders literally: punctuation escaped, line breaks and runs of space collapsed. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(PUNCTUATION, '\\$&');
}

/** A `command:` link to one of our own commands; the label is escaped, the arguments URI-encoded JSON. */
export function commandLink(label: string, command: string, args: readonly unknown[], tooltip?: string): string {
  const target = `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;
  // The tooltip goes in a quoted link title: keep it to plain words.
  const title = tooltip ? ` "${tooltip.replace(/["\\]/g, '')}"` : '';
  return `[${escapeMarkdown(label)}](${target}${title})`;
}
