/**
 * Starts one real Meedoen server for the browser journeys: built web app, embedded database in a
 * temporary DATA_DIR, demo region seeded, on a free port. DEMO_MFA=1 so the second-factor journeys
 * run against the same rules as production.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../src/platform/config/config.js';
import { startServer } from '../src/server.js';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'meedoen-e2e-'));
  const port = 3900 + Math.floor(Math.random() * 90);
  const config = loadConfig({
    DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    DEMO: '1',
    DEMO_MFA: '1',
    MFA_REQUIRED_ROLES: 'jobCoach,employerAdviser,consultant,programmeManager,evaluator,administrator',
    LOG_LEVEL: 'warn',
    LOGIN_RATE_LIMIT: '1000',
  });
  const server = await startServer(config, () => undefined);
  project.provide('baseUrl', `http://127.0.0.1:${port}`);
  project.provide('dataDir', dataDir);
  return async () => {
    await server.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    dataDir: string;
  }
}
