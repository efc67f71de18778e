import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, type ReadStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { AppConfig } from '../../core/config/app-config.js';
import { sniffFileType, SNIFF_BYTES, type AllowedFileType } from './file-type.js';
import { tooLarge, unsupportedType, UploadRefused } from './upload-errors.js';

/** UPLOAD_DIR, else `<DATA_DIR>/uploads` (beside the embedded database); with DATA_DIR=memory:// a temporary folder. */
export function resolveUploadDir(config: Pick<AppConfig, 'UPLOAD_DIR' | 'DATA_DIR'>): string {
  if (config.UPLOAD_DIR) return resolve(config.UPLOAD_DIR);
  if (config.DATA_DIR === 'memory://') return join(tmpdir(), `uhtz-uploads-${process.pid}`);
  return resolve(config.DATA_DIR, 'uploads');
}

export interface ReceivedFile {
  storageName: string;
  size: number;
  sha256: string;
  type: AllowedFileType;
}

/** A file under UPLOAD_DIR: two hex characters of fan-out, then the random name. */
export const storagePath = (dir: string, storageName: string): string =>
  join(dir, storageName.slice(0, 2), storageName);

/**
 * Streams an upload to disk under a random name, hashing and counting as it goes: past `maxBytes`
 * the write stops (nothing is buffered beyond the first 64 KB kept to recognise the type), and a
 * file too large or of a type not allowed is deleted before the refusal is thrown. The caller
 * removes the file if anything later fails (`discard`).
 */
export async function receiveUpload(source: Readable, dir: string, maxBytes: number): Promise<ReceivedFile> {
  const storageName = randomBytes(20).toString('hex');
  const path = storagePath(dir, storageName);
  await mkdir(dirname(path), { recursive: true });
  const hash = createHash('sha256');
  const head: Buffer[] = [];
  let headLength = 0;
  let size = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      if (size > maxBytes) return done(tooLarge(maxBytes));
      hash.update(chunk);
      if (headLength < SNIFF_BYTES) {
        const part = chunk.subarray(0, SNIFF_BYTES - headLength);
        head.push(part);
        headLength += part.length;
      }
      done(null, chunk);
    },
  });
  try {
    await pipeline(source, meter, createWriteStream(path, { flags: 'wx', mode: 0o600 }));
    // busboy cuts a part at its own limit without an error: a truncated part is too large too
    if ((source as Readable & { truncated?: boolean }).truncated) throw tooLarge(maxBytes);
    const type = sniffFileType(Buffer.concat(head));
    if (!type) throw unsupportedType();
    return { storageName, size, sha256: hash.digest('hex'), type };
  } catch (error) {
    await discard(dir, storageName);
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge(maxBytes);
    if (error instanceof UploadRefused) source.resume(); // read the rest of the body, so the answer arrives
    throw error;
  }
}

export function discard(dir: string, storageName: string): Promise<void> {
  return rm(storagePath(dir, storageName), { force: true });
}

export function openStored(dir: string, storageName: string): ReadStream {
  return createReadStream(storagePath(dir, storageName));
}
