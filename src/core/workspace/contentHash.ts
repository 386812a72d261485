/**
 * The key of a seed's text in the workspace index: two 32-bit FNV-1a lanes over the UTF-16 code units
 * (16 hex digits) and the length. Pure and synchronous, so the extension host, a worker, a browser and the
 * CLI key the same text alike without a crypto module. Not a defence against a crafted collision: a seed
 * is the reader's own file, and a collision would only show one seed's facts for another.
 */
export function contentHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return `${hex(a)}${hex(b)}-${text.length.toString(36)}`;
}

const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
