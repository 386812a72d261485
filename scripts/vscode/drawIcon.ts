// Draws media/icon.png (128x128): a seed beside the lines of a page. Run once when the design changes:
//   npm run compile && node out/scripts/vscode/drawIcon.js
// A PNG is a signature, an IHDR chunk, zlib-compressed scanlines in IDAT, and IEND; Node has all of it.
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { projectRoot } from './toolchain';

type Rgba = readonly [number, number, number, number];

const SIZE = 128;
const background: Rgba = [0x1f, 0x3a, 0x5f, 255];
const page: Rgba = [0xf4, 0xf1, 0xe8, 255];
const ink: Rgba = [0x8a, 0x93, 0xa3, 255];
const seed: Rgba = [0x4c, 0xaf, 0x50, 255];
const sprout: Rgba = [0x2e, 0x7d, 0x32, 255];

/** Coverage of a pixel by a shape, sampled 4x4 so edges are smooth. */
function coverage(x: number, y: number, inside: (px: number, py: number) => boolean): number {
  let hits = 0;
  for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) if (inside(x + (i + 0.5) / 4, y + (j + 0.5) / 4)) hits++;
  return hits / 16;
}

function roundedRect(x0: number, y0: number, x1: number, y1: number, r: number) {
  return (px: number, py: number) => {
    const cx = Math.min(Math.max(px, x0 + r), x1 - r);
    const cy = Math.min(Math.max(py, y0 + r), y1 - r);
    return (px - cx) ** 2 + (py - cy) ** 2 <= r * r && px >= x0 && px <= x1 && py >= y0 && py <= y1;
  };
}

/** An ellipse centred at (cx, cy), radii (rx, ry), turned by `angle` radians. */
function ellipse(cx: number, cy: number, rx: number, ry: number, angle: number) {
  const cos = Math.cos(angle),
    sin = Math.sin(angle);
  return (px: number, py: number) => {
    const dx = px - cx,
      dy = py - cy;
    const u = dx * cos + dy * sin,
      v = -dx * sin + dy * cos;
    return (u / rx) ** 2 + (v / ry) ** 2 <= 1;
  };
}

const layers: readonly { color: Rgba; inside: (px: number, py: number) => boolean }[] = [
  { color: background, inside: roundedRect(0, 0, SIZE, SIZE, 22) },
  { color: page, inside: roundedRect(18, 16, 86, 112, 6) },
  ...[30, 44, 58, 72, 86].map((y, i) => ({ color: ink, inside: roundedRect(28, y, i % 2 ? 64 : 76, y + 5, 2.5) })),
  { color: seed, inside: ellipse(92, 80, 20, 28, 0.5) },
  { color: sprout, inside: ellipse(100, 44, 7, 14, -0.6) },
  { color: sprout, inside: roundedRect(96.5, 50, 100.5, 60, 2) },
];

function pixels(): Buffer {
  const rows = Buffer.alloc(SIZE * (SIZE * 4 + 1));
  for (let y = 0; y < SIZE; y++) {
    rows[y * (SIZE * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < SIZE; x++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (const layer of layers) {
        const alpha = coverage(x, y, layer.inside) * (layer.color[3] / 255);
        if (alpha === 0) continue;
        const outA = alpha + (a / 255) * (1 - alpha);
        const mix = (c: number, prev: number) => (c * alpha + prev * (a / 255) * (1 - alpha)) / outA;
        [r, g, b, a] = [mix(layer.color[0], r), mix(layer.color[1], g), mix(layer.color[2], b), outA * 255];
      }
      rows.set([r, g, b, a].map(Math.round), y * (SIZE * 4 + 1) + 1 + x * 4);
    }
  }
  return rows;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

export function encodePng(width: number, height: number, scanlines: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(scanlines, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

if (require.main === module) {
  const out = path.join(projectRoot, 'media', 'icon.png');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, encodePng(SIZE, SIZE, pixels()));
  console.log(`wrote ${path.relative(projectRoot, out)}`);
}
