import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { JWT_SECRET_FILE, resolveJwtSecret } from './jwt-secret.js';

describe('resolveJwtSecret', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'uhtz-secret-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('uses JWT_SECRET when it is set, and writes nothing', async () => {
    const secret = 'x'.repeat(40);
    expect(await resolveJwtSecret({ JWT_SECRET: secret, DATA_DIR: dataDir })).toBe(secret);
    expect(() => statSync(join(dataDir, JWT_SECRET_FILE))).toThrow(/ENOENT/);
  });

  it('creates a long random secret readable only by its owner, and keeps it across starts', async () => {
    const first = await resolveJwtSecret({ DATA_DIR: join(dataDir, 'not-yet-there') });
    expect(first.length).toBeGreaterThanOrEqual(43); // 32+ random bytes in base64url
    const file = join(dataDir, 'not-yet-there', JWT_SECRET_FILE);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8').trim()).toBe(first);
    expect(await resolveJwtSecret({ DATA_DIR: join(dataDir, 'not-yet-there') })).toBe(first);
  });

  it('gives processes starting at the same moment one and the same secret', async () => {
    const secrets = await Promise.all(Array.from({ length: 8 }, () => resolveJwtSecret({ DATA_DIR: dataDir })));
    expect(new Set(secrets).size).toBe(1);
    expect(readFileSync(join(dataDir, JWT_SECRET_FILE), 'utf8').trim()).toBe(secrets[0]);
  });

  it('gives every process its own secret when nothing is kept (memory://)', async () => {
    const a = await resolveJwtSecret({ DATA_DIR: 'memory://' });
    const b = await resolveJwtSecret({ DATA_DIR: 'memory://' });
    expect(a).not.toBe(b);
    expect(a.length).toBeGreaterThanOrEqual(43);
  });

  it('refuses to sign with a file that holds no usable secret, naming the file', async () => {
    writeFileSync(join(dataDir, JWT_SECRET_FILE), '\n');
    await expect(resolveJwtSecret({ DATA_DIR: dataDir })).rejects.toThrow(JWT_SECRET_FILE);
  });
});
