import { fileURLToPath } from 'node:url';

/** The repository root (this file is test/e2e/support/paths.ts). */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
