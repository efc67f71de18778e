import { crc32, createDeflateRaw, deflateRawSync, inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';

/**
 * Hostile .xlsx files for the import limits: a real workbook whose first sheet is replaced by a
 * sheet XML of very many identical rows (deflate packs them ~1000:1, so a few hundred KB inflate to
 * millions of rows), optionally with a lying declared size.
 */

interface Part {
  name: string;
  deflated: Buffer;
  size: number;
  crc: number;
}

/** The parts of a zip this module wrote or exceljs wrote (central directory, no zip64). */
function partsOf(zip: Buffer): Part[] {
  let eocd = zip.length - 22;
  while (zip.readUInt32LE(eocd) !== 0x06054b50) eocd -= 1;
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const parts: Part[] = [];
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(at + 10);
    const compressed = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(start, start + compressed);
    const data = method === 8 ? inflateRawSync(raw) : raw;
    parts.push({ name, deflated: deflateRawSync(data), size: data.length, crc: crc32(data) });
    at += 46 + skip;
  }
  return parts;
}

/** A zip of the parts, deflated, with plain local headers (no data descriptors). */
export function zipOf(parts: readonly Part[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(part.crc >>> 0, 14);
    local.writeUInt32LE(part.deflated.length, 18);
    local.writeUInt32LE(part.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(part.crc >>> 0, 16);
    central.writeUInt32LE(part.deflated.length, 20);
    central.writeUInt32LE(part.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, part.deflated);
    centrals.push(central, name);
    offset += local.length + name.length + part.deflated.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** Deflates `rows` copies of one row between a sheet's opening and closing XML, 1 MB at a time. */
async function deflatedSheet(header: string[], rowXml: string, rows: number): Promise<Part> {
  const head = Buffer.from(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
      `<row r="1">${header.map((h, i) => `<c r="${String.fromCharCode(65 + i)}1" t="inlineStr"><is><t>${h}</t></is></c>`).join('')}</row>`,
  );
  const tail = Buffer.from('</sheetData></worksheet>');
  const perChunk = Math.max(1, Math.floor((1024 * 1024) / rowXml.length));
  const chunk = Buffer.from(rowXml.repeat(perChunk));
  const deflater = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflater.on('data', (data: Buffer) => out.push(data));
  const done = new Promise((resolve) => deflater.on('end', resolve));
  let crc = 0;
  let size = 0;
  const write = async (data: Buffer) => {
    crc = crc32(data, crc);
    size += data.length;
    if (!deflater.write(data)) await new Promise((resolve) => deflater.once('drain', resolve));
  };
  await write(head);
  for (let left = rows; left > 0; left -= perChunk) {
    await write(left >= perChunk ? chunk : Buffer.from(rowXml.repeat(left)));
  }
  await write(tail);
  deflater.end();
  await done;
  return { name: 'xl/worksheets/sheet1.xml', deflated: Buffer.concat(out), size, crc };
}

export interface BombOptions {
  /** Header row texts (column A, B, …). */
  header: string[];
  /** Data rows: identical, with the cells of `row` (numbers are the shortest XML). */
  rows: number;
  row: (string | number)[];
  /** Declare this inflated size for the sheet instead of the true one (a lying bomb). */
  declaredSize?: number;
}

/** A workbook (base64) whose first sheet holds `rows` identical rows; built without ever holding them. */
export async function xlsxBomb(options: BombOptions): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Sheet1').addRow(['placeholder']);
  const base = partsOf(Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer));
  // Every row is the same <row r="2">, so deflate packs them ~1000:1.
  const cells = options.row
    .map((value, i) =>
      typeof value === 'number'
        ? `<c r="${String.fromCharCode(65 + i)}2"><v>${value}</v></c>`
        : `<c r="${String.fromCharCode(65 + i)}2" t="inlineStr"><is><t>${value}</t></is></c>`,
    )
    .join('');
  const sheet = await deflatedSheet(options.header, `<row r="2">${cells}</row>`, options.rows);
  if (options.declaredSize !== undefined) sheet.size = options.declaredSize;
  return zipOf(base.map((part) => (part.name === 'xl/worksheets/sheet1.xml' ? sheet : part)));
}
