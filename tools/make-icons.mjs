// Draws the toolbar icons (public/icon/<size>.png) with no dependencies: a teal tile with an open book and a
// ribbon bookmark. Run `node tools/make-icons.mjs` after changing the drawing; the PNGs are committed.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

function pixel(x, y) {
  // Coordinates in a unit square; anti-aliasing by 4x4 supersampling in draw().
  const r = 0.18;
  const inTile = (() => {
    const cx = Math.min(Math.max(x, r), 1 - r), cy = Math.min(Math.max(y, r), 1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  })();
  if (!inTile) return [0, 0, 0, 0];
  const page = y > 0.3 && y < 0.78 && Math.abs(x - 0.5) > 0.03 && Math.abs(x - 0.5) < 0.32 && y > 0.3 + Math.abs(x - 0.5) * 0.25;
  const ribbon = x > 0.6 && x < 0.7 && y > 0.22 && y < 0.6 - (Math.abs(x - 0.65) < 0.05 && y > 0.52 ? 0 : 0) && !(y > 0.5 && Math.abs(x - 0.65) < (y - 0.5) * 0.8);
  if (ribbon) return [255, 193, 7, 255];
  if (page) return [255, 255, 255, 255];
  return [0, 121, 107, 255];
}

function draw(size) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = [0];
    for (let x = 0; x < size; x++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < 4; sy++) for (let sx = 0; sx < 4; sx++) {
        const p = pixel((x + (sx + 0.5) / 4) / size, (y + (sy + 0.5) / 4) / size);
        for (let i = 0; i < 4; i++) acc[i] += p[i] * (i < 3 ? p[3] / 255 : 1);
      }
      const a = acc[3] / 16;
      row.push(...(a > 0 ? [acc[0] / 16 / (a / 255), acc[1] / 16 / (a / 255), acc[2] / 16 / (a / 255)].map(Math.round) : [0, 0, 0]), Math.round(a));
    }
    rows.push(Buffer.from(row));
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4); ihdr[8] = 8; ihdr[9] = 6;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}

for (const size of [16, 32, 48, 128]) writeFileSync(new URL(`../public/icon/${size}.png`, import.meta.url), draw(size));
