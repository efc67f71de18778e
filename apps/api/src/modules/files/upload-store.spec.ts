import { describe, expect, it } from '@jest/globals';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { receiveUpload, resolveUploadDir, storagePath } from './upload-store.js';

const files = async (dir: string): Promise<string[]> =>
  (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name);

const chunks = (...parts: (string | Buffer)[]) => Readable.from(parts.map((p) => Buffer.from(p)));

describe('resolveUploadDir', () => {
  it('uses UPLOAD_DIR, else a folder beside the embedded database', () => {
    expect(resolveUploadDir({ UPLOAD_DIR: '/srv/uploads', DATA_DIR: '.data' })).toBe('/srv/uploads');
    expect(resolveUploadDir({ DATA_DIR: '/var/lib/uhtz' })).toBe('/var/lib/uhtz/uploads');
    expect(resolveUploadDir({ DATA_DIR: 'memory://' })).toContain(tmpdir());
  });
});

describe('receiveUpload', () => {
  it('stores a PDF under a random name with its size and SHA-256', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'uploads-'));
    const received = await receiveUpload(chunks('%PDF-1.4\n', 'x'.repeat(5000)), dir, 10_000);
    expect(received).toMatchObject({ type: 'PDF', size: 5009 });
    expect(received.storageName).toMatch(/^[0-9a-f]{40}$/);
    expect(received.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect((await readFile(storagePath(dir, received.storageName))).length).toBe(5009);
  });

  it('stops at the limit and leaves nothing behind', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'uploads-'));
    const big = chunks('%PDF-1.4\n', Buffer.alloc(6000), Buffer.alloc(6000));
    await expect(receiveUpload(big, dir, 10_000)).rejects.toMatchObject({ status: 413 });
    expect(await files(dir)).toEqual([]);
  });

  it('refuses an executable named .pdf by its content and leaves nothing behind', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'uploads-'));
    await expect(receiveUpload(chunks('MZ\x90\x00', Buffer.alloc(100)), dir, 10_000)).rejects.toMatchObject({
      status: 415,
      fields: [{ field: 'file' }],
    });
    expect(await files(dir)).toEqual([]);
  });
});
