// Draws the add-in's icons as PNGs with nothing but node and zlib: geometric glyphs on a
// rounded square, anti-aliased by supersampling, so no font or image tool is needed.
// Run `node scripts/make-icons.js` after changing a glyph; the PNGs in assets/ are committed.
const { Buffer } = require("buffer");
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SAMPLES = 4; // 4×4 subpixels per pixel: smooth edges even at 16 px
const RED = [196, 38, 46]; // the campaign's red
const WHITE = [255, 255, 255];

/** A rounded square filling the unit box, the background of every icon. */
function roundedSquare(x, y) {
  const r = 0.2;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function box(x0, y0, x1, y1) {
  return (x, y) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
}

/** A thick segment from (ax, ay) to (bx, by) with round caps. */
function stroke(ax, ay, bx, by, width) {
  return (x, y) => {
    const dx = bx - ax;
    const dy = by - ay;
    const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
    return (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= (width / 2) ** 2;
  };
}

function union(...shapes) {
  return (x, y) => shapes.some((s) => s(x, y));
}

// Glyphs in unit coordinates (y grows downwards), white on the red square.
const GLYPHS = {
  // 打开工作台 and the add-in itself: a rising bar chart (提升, "rise").
  icon: union(box(0.2, 0.58, 0.34, 0.8), box(0.43, 0.42, 0.57, 0.8), box(0.66, 0.22, 0.8, 0.8)),
  // 一键排名: a podium, first place in the middle.
  rank: union(box(0.16, 0.5, 0.38, 0.8), box(0.39, 0.26, 0.61, 0.8), box(0.62, 0.6, 0.84, 0.8)),
  // 校验: a check mark.
  validate: union(stroke(0.24, 0.52, 0.43, 0.7, 0.13), stroke(0.43, 0.7, 0.77, 0.3, 0.13)),
};

/** RGBA pixels of `glyph` at `size` px. */
function render(glyph, size) {
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let inSquare = 0;
      let inGlyph = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SAMPLES) / size;
          const y = (py + (sy + 0.5) / SAMPLES) / size;
          if (roundedSquare(x, y)) {
            inSquare++;
            if (glyph(x, y)) inGlyph++;
          }
        }
      }
      const glyphShare = inSquare === 0 ? 0 : inGlyph / inSquare;
      const o = (py * size + px) * 4;
      for (let c = 0; c < 3; c++) pixels[o + c] = Math.round(RED[c] + (WHITE[c] - RED[c]) * glyphShare);
      pixels[o + 3] = Math.round((255 * inSquare) / (SAMPLES * SAMPLES));
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Encodes RGBA pixels as a PNG (8-bit RGBA, no filtering). */
function encodePng(pixels, size) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) pixels.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk("IHDR", ihdr), chunk("IDAT", zlib.deflateSync(raw, { level: 9 })), chunk("IEND", Buffer.alloc(0))]);
}

/** The icon files the manifest refers to: name → sizes. */
const ICONS = { icon: [16, 32, 64, 80, 128], rank: [16, 32, 80], validate: [16, 32, 80] };

function main() {
  const outDir = path.join(__dirname, "..", "assets");
  fs.mkdirSync(outDir, { recursive: true });
  for (const [name, sizes] of Object.entries(ICONS)) {
    for (const size of sizes) {
      const file = path.join(outDir, `${name}-${size}.png`);
      fs.writeFileSync(file, encodePng(render(GLYPHS[name], size), size));
      console.log(`wrote ${path.relative(process.cwd(), file)}`);
    }
  }
}

if (require.main === module) main();

module.exports = { encodePng, render, ICONS };
