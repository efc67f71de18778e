// Jest loads this file outside its module system: import only node built-ins here.
import { rm } from 'node:fs/promises';

/**
 * Stops the API the global setup started: SIGTERM, SIGKILL after 10 s. E2E_KEEP_DATA=1 keeps
 * its data directory and api.log for a look after a failure.
 */
export default async function globalTeardown(): Promise<void> {
  const api = globalThis.__E2E_API__;
  if (!api) return;
  globalThis.__E2E_API__ = undefined;
  const { child } = api;
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }
  if (process.env.E2E_KEEP_DATA === '1') console.log(`e2e API data and log kept in ${api.dataDir}`);
  else await rm(api.dataDir, { recursive: true, force: true });
}
