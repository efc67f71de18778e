import { randomBytes } from 'node:crypto';
import { link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AppConfig } from '../config/app-config.js';

export const JWT_SECRET_FILE = 'jwt-secret';

/** 48 random bytes: 384 bits, base64url, well above HS256's 256-bit key size. */
const newSecret = (): string => randomBytes(48).toString('base64url');

/** A secret file shorter than this was not written by us (or was truncated): refuse to sign with it. */
const MIN_FILE_SECRET_LENGTH = 32;

/**
 * The key that signs access tokens. `JWT_SECRET` when set (production requires it, see
 * env.schema.ts). Otherwise a random secret of this installation, kept in `<DATA_DIR>/jwt-secret`
 * (mode 0600) so tokens survive a restart; with `DATA_DIR=memory://` a new one per process. There is
 * no built-in default: a published default lets anyone who learns a user id forge that user's token.
 */
export async function resolveJwtSecret(config: Pick<AppConfig, 'JWT_SECRET' | 'DATA_DIR'>): Promise<string> {
  if (config.JWT_SECRET) return config.JWT_SECRET;
  if (config.DATA_DIR === 'memory://') return newSecret();
  await mkdir(config.DATA_DIR, { recursive: true });
  const file = join(config.DATA_DIR, JWT_SECRET_FILE);
  return (await readSecret(file)) ?? (await createSecret(file));
}

async function readSecret(file: string): Promise<string | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const secret = text.trim();
  if (secret.length < MIN_FILE_SECRET_LENGTH) {
    throw new Error(`${file} holds no usable secret: delete it (signed-in users sign in again) or set JWT_SECRET`);
  }
  return secret;
}

/**
 * Writes the whole secret to a private temporary file, then hard-links it into place. link() fails
 * when the name exists, so of two processes starting at once exactly one secret wins, and nobody
 * ever reads a half-written file; the loser reads the winner's.
 */
async function createSecret(file: string): Promise<string> {
  const temporary = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  const secret = newSecret();
  await writeFile(temporary, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  try {
    await link(temporary, file);
    return secret;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const winner = await readSecret(file);
    if (!winner) throw new Error(`${file} vanished while it was being created`, { cause: error });
    return winner;
  } finally {
    await unlink(temporary).catch(() => undefined);
  }
}
