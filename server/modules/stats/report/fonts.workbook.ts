import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../../platform/errors';

/** Where Debian's fonts-noto-cjk puts the CJK collections. */
export const NOTO_DIR = process.env.ZHICHAN_CJK_FONT_DIR ?? '/usr/share/fonts/opentype/noto';

/** The PostScript name of a face (name id 6) in an sfnt starting at `offset`. */
function postscriptName(buf: Buffer, offset: number): string | null {
  const numTables = buf.readUInt16BE(offset + 4);
  for (let i = 0; i < numTables; i++) {
    const rec = offset + 12 + 16 * i;
    if (buf.toString('latin1', rec, rec + 4) !== 'name') continue;
    const table = buf.readUInt32BE(rec + 8);
    const count = buf.readUInt16BE(table + 2);
    const strings = table + buf.readUInt16BE(table + 4);
    for (let j = 0; j < count; j++) {
      const r = table + 6 + 12 * j;
      const [platform, , , nameId, length, at] = [0, 2, 4, 6, 8, 10].map((o) => buf.readUInt16BE(r + o));
      if (nameId !== 6) continue;
      const bytes = buf.subarray(strings + at, strings + at + length);
      if (platform === 1) return bytes.toString('latin1');
      if (platform === 3) return Buffer.from(bytes).swap16().toString('utf16le');
    }
  }
  return null;
}

/**
 * One face of a TrueType/OpenType collection as a standalone font file. PDFKit cannot use a face
 * of a .ttc inside SVG text (charts), so the face is copied out: its table directory is rewritten
 * with the tables laid end to end.
 */
export function extractFace(ttc: Buffer, face: string): Buffer {
  if (ttc.toString('latin1', 0, 4) !== 'ttcf') throw new Error('not a font collection');
  const count = ttc.readUInt32BE(8);
  for (let k = 0; k < count; k++) {
    const off = ttc.readUInt32BE(12 + 4 * k);
    if (postscriptName(ttc, off) !== face) continue;
    const numTables = ttc.readUInt16BE(off + 4);
    const headLength = 12 + 16 * numTables;
    const head = Buffer.alloc(headLength);
    ttc.copy(head, 0, off, off + 12);
    const parts: Buffer[] = [head];
    let pos = headLength;
    for (let i = 0; i < numTables; i++) {
      const rec = off + 12 + 16 * i;
      const at = ttc.readUInt32BE(rec + 8);
      const length = ttc.readUInt32BE(rec + 12);
      ttc.copy(head, 12 + 16 * i, rec, rec + 8);
      head.writeUInt32BE(pos, 12 + 16 * i + 8);
      head.writeUInt32BE(length, 12 + 16 * i + 12);
      const pad = (4 - (length % 4)) % 4;
      parts.push(ttc.subarray(at, at + length), Buffer.alloc(pad));
      pos += length + pad;
    }
    return Buffer.concat(parts);
  }
  throw new Error(`face ${face} not in the collection`);
}

let cached: { normal: string; bold: string } | null = null;

/**
 * Standalone Simplified Chinese Noto Sans faces (regular and bold), extracted once into a cache
 * folder. Throws a clear error when the server lacks the fonts.
 */
export function chineseFonts(): { normal: string; bold: string } {
  if (cached && fs.existsSync(cached.normal) && fs.existsSync(cached.bold)) return cached;
  const dir = process.env.ZHICHAN_FONT_CACHE ?? path.join(os.tmpdir(), 'zhichan-fonts');
  fs.mkdirSync(dir, { recursive: true });
  const out: Record<'normal' | 'bold', string> = { normal: '', bold: '' };
  for (const [style, file, face] of [
    ['normal', 'NotoSansCJK-Regular.ttc', 'NotoSansCJKsc-Regular'],
    ['bold', 'NotoSansCJK-Bold.ttc', 'NotoSansCJKsc-Bold'],
  ] as const) {
    const source = path.join(NOTO_DIR, file);
    if (!fs.existsSync(source)) throw new AppError('INTERNAL', `服务器未安装中文字体 ${source}（Debian：apt-get install fonts-noto-cjk），无法生成 PDF 报告`);
    const target = path.join(dir, `${face}-${fs.statSync(source).size}.otf`);
    if (!fs.existsSync(target)) {
      const tmp = `${target}.${process.pid}`;
      fs.writeFileSync(tmp, extractFace(fs.readFileSync(source), face));
      fs.renameSync(tmp, target);
    }
    out[style] = target;
  }
  cached = out;
  return out;
}
