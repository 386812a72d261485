/** Base64 without Buffer or atob, so the model decodes the same in Node, a worker and a browser. */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const CODES = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) CODES[ALPHABET.charCodeAt(i)] = i;

export function encodeBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 3 * 4096) {
    let chunk = '';
    for (let j = i; j < Math.min(bytes.length, i + 3 * 4096); j += 3) {
      const n = (bytes[j] << 16) | ((bytes[j + 1] ?? 0) << 8) | (bytes[j + 2] ?? 0);
      chunk += ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63];
      chunk += j + 1 < bytes.length ? ALPHABET[(n >> 6) & 63] : '=';
      chunk += j + 2 < bytes.length ? ALPHABET[n & 63] : '=';
    }
    parts.push(chunk);
  }
  return parts.join('');
}

export function decodeBase64(text: string): Uint8Array {
  const clean = text.replace(/=+$/, '');
  const bytes = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let out = 0;
  for (let i = 0; i < clean.length; i++) {
    const code = CODES[clean.charCodeAt(i)];
    if (code < 0) throw new Error(`invalid base64 at ${i}`);
    buffer = ((buffer << 6) | code) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[out++] = (buffer >> bits) & 0xff;
    }
  }
  return bytes;
}
