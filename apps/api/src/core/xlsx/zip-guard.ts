import { createInflateRaw } from 'node:zlib';

/** Why a zip was refused before any spreadsheet parser saw it. */
export type ZipRefusal =
  | { kind: 'NOT_ZIP' }
  | { kind: 'TOO_MANY_ENTRIES'; limit: number }
  | { kind: 'TOO_LARGE'; limit: number }
  | { kind: 'SIZE_MISMATCH'; entry: string };

export class ZipRefused extends Error {
  constructor(readonly refusal: ZipRefusal) {
    super(`zip refused: ${refusal.kind}`);
  }
}

export interface ZipLimits {
  /** Sum of the inflated sizes of every entry. */
  maxInflatedBytes: number;
  maxEntries: number;
}

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  declaredSize: number;
  /** Where the entry's data starts in the buffer. */
  dataStart: number;
}

/** What the check saw: the tests assert that a bomb stopped it early. */
export interface ZipStats {
  inflatedBytes: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const DESCRIPTOR = 0x08074b50;
const STORED = 0;
const DEFLATED = 8;

/**
 * The entries of a zip, read from its central directory and checked against the local headers a
 * streaming reader (exceljs's WorkbookReader, through unzipper) walks: the local entries must be
 * exactly the listed ones, back to back, so no entry hides from this check. Declared sizes must fit
 * the limits before anything is inflated.
 */
export function listZipEntries(buffer: Buffer, limits: ZipLimits): ZipEntry[] {
  const eocd = findEocd(buffer);
  if (eocd < 0) throw new ZipRefused({ kind: 'NOT_ZIP' });
  const count = buffer.readUInt16LE(eocd + 10);
  const directorySize = buffer.readUInt32LE(eocd + 12);
  const directoryStart = buffer.readUInt32LE(eocd + 16);
  if (count > limits.maxEntries) throw new ZipRefused({ kind: 'TOO_MANY_ENTRIES', limit: limits.maxEntries });
  if (count === 0xffff || directoryStart === 0xffffffff || directoryStart + directorySize > eocd) {
    throw new ZipRefused({ kind: 'NOT_ZIP' }); // zip64 or a directory out of place: no spreadsheet needs either
  }
  const entries: ZipEntry[] = [];
  let declaredTotal = 0;
  let at = directoryStart;
  let expectedLocal = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > eocd || buffer.readUInt32LE(at) !== CENTRAL) throw new ZipRefused({ kind: 'NOT_ZIP' });
    const flags = buffer.readUInt16LE(at + 8);
    const method = buffer.readUInt16LE(at + 10);
    const compressedSize = buffer.readUInt32LE(at + 20);
    const declaredSize = buffer.readUInt32LE(at + 24);
    const nameLength = buffer.readUInt16LE(at + 28);
    const extraLength = buffer.readUInt16LE(at + 30);
    const commentLength = buffer.readUInt16LE(at + 32);
    const localOffset = buffer.readUInt32LE(at + 42);
    const name = buffer.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;
    if (method !== STORED && method !== DEFLATED) throw new ZipRefused({ kind: 'NOT_ZIP' });
    declaredTotal += declaredSize;
    if (declaredTotal > limits.maxInflatedBytes) {
      throw new ZipRefused({ kind: 'TOO_LARGE', limit: limits.maxInflatedBytes });
    }
    // The local header this entry names must be where the previous entry ended.
    if (localOffset !== expectedLocal) throw new ZipRefused({ kind: 'NOT_ZIP' });
    const local = readLocal(buffer, localOffset, name, directoryStart);
    const dataEnd = local.dataStart + compressedSize;
    if (dataEnd > directoryStart) throw new ZipRefused({ kind: 'NOT_ZIP' });
    expectedLocal = flags & 0x08 ? descriptorEnd(buffer, dataEnd, directoryStart) : dataEnd;
    entries.push({ name, method, compressedSize, declaredSize, dataStart: local.dataStart });
  }
  if (expectedLocal !== directoryStart) throw new ZipRefused({ kind: 'NOT_ZIP' });
  return entries;
}

/**
 * Inflates every entry, keeping nothing but the count of bytes, and stops as soon as an entry
 * gives more than it declared (or the running total passes the limit): a bomb that lies about its
 * sizes costs at most its declared sizes of CPU and a few chunks of memory.
 */
export async function checkInflatedSizes(
  buffer: Buffer,
  entries: readonly ZipEntry[],
  limits: ZipLimits,
  stats: ZipStats = { inflatedBytes: 0 },
): Promise<void> {
  for (const entry of entries) {
    const data = buffer.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
    if (entry.method === STORED) {
      if (entry.compressedSize !== entry.declaredSize)
        throw new ZipRefused({ kind: 'SIZE_MISMATCH', entry: entry.name });
      stats.inflatedBytes += data.length;
    } else {
      const inflated = await countInflated(data, entry.declaredSize, stats);
      if (inflated !== entry.declaredSize) throw new ZipRefused({ kind: 'SIZE_MISMATCH', entry: entry.name });
    }
    if (stats.inflatedBytes > limits.maxInflatedBytes) {
      throw new ZipRefused({ kind: 'TOO_LARGE', limit: limits.maxInflatedBytes });
    }
  }
}

/** Bytes the deflated data inflates to, or declared + 1 as soon as it passes `declared`. */
function countInflated(data: Buffer, declared: number, stats: ZipStats): Promise<number> {
  return new Promise((resolve) => {
    const inflater = createInflateRaw();
    let total = 0;
    let settled = false;
    const finish = (value: number) => {
      if (settled) return;
      settled = true;
      inflater.removeAllListeners('data');
      inflater.destroy();
      resolve(value);
    };
    inflater.on('data', (chunk: Buffer) => {
      total += chunk.length;
      stats.inflatedBytes += chunk.length;
      if (total > declared) finish(declared + 1);
    });
    inflater.on('end', () => finish(total));
    inflater.on('error', () => finish(-1));
    inflater.end(data);
  });
}

function findEocd(buffer: Buffer): number {
  if (buffer.length < 22) return -1;
  const stop = Math.max(0, buffer.length - 22 - 0xffff);
  for (let i = buffer.length - 22; i >= stop; i--) if (buffer.readUInt32LE(i) === EOCD) return i;
  return -1;
}

function readLocal(buffer: Buffer, offset: number, name: string, limit: number): { dataStart: number } {
  if (offset + 30 > limit || buffer.readUInt32LE(offset) !== LOCAL) throw new ZipRefused({ kind: 'NOT_ZIP' });
  const nameLength = buffer.readUInt16LE(offset + 26);
  const extraLength = buffer.readUInt16LE(offset + 28);
  if (buffer.toString('utf8', offset + 30, offset + 30 + nameLength) !== name) {
    throw new ZipRefused({ kind: 'NOT_ZIP' });
  }
  return { dataStart: offset + 30 + nameLength + extraLength };
}

/** The end of a data descriptor (with or without its signature) after an entry's data. */
function descriptorEnd(buffer: Buffer, at: number, limit: number): number {
  const signed = at + 4 <= limit && buffer.readUInt32LE(at) === DESCRIPTOR;
  const end = at + (signed ? 16 : 12);
  if (end > limit) throw new ZipRefused({ kind: 'NOT_ZIP' });
  return end;
}
