/**
 * The server process: configuration, database, migrations, reference and demo data, web build,
 * listen, mail worker, graceful shutdown on SIGTERM/SIGINT.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from './platform/config/config.js';
import { openConfiguredDb } from './platform/db/open.js';
import { setHeapGrowth } from './platform/runtime/heap.js';
import { migrate } from './platform/db/migrate.js';
import { buildApp, WEB_DIST } from './app.js';
import { systemData } from './platform/access/system.js';
import { loadReferenceData } from './modules/regions/regions.data.js';
import { FieldCipher, loadFieldKey } from './platform/crypto/field-encryption.js';
import { demoLoginLines, isEmptyDatabase, seedDemo } from './modules/demo/demo.seed.js';
import { createMailTransport } from './platform/mail/transport.js';
import { startMailWorker } from './platform/mail/worker.js';
import { startHousekeeping } from './platform/jobs/housekeeping.js';
import { importHousekeeping } from './modules/imports/imports.service.js';
import { supportRequestHousekeeping } from './modules/employer-support-requests/employer-support-requests.service.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds the web app when web/dist is missing or older than its sources. */
export async function buildWebIfNeeded(log: (line: string) => void): Promise<void> {
  const index = path.join(WEB_DIST, 'index.html');
  const sources = [
    path.join(ROOT, 'web/src'),
    path.join(ROOT, 'web/index.html'),
    path.join(ROOT, 'web/vite.config.ts'),
  ];
  if (!fs.existsSync(path.join(ROOT, 'web/index.html'))) {
    return;
  }
  const built = fs.existsSync(index) ? fs.statSync(index).mtimeMs : 0;
  const newest = Math.max(
    ...sources
      .filter((s) => fs.existsSync(s))
      .map((s) => (fs.statSync(s).isDirectory() ? newestMtime(s) : fs.statSync(s).mtimeMs)),
  );
  if (built >= newest) {
    return;
  }
  log('Building the web app (first start or changed sources)…');
  const { build } = await import('vite');
  // Always a production build, also when started from a test runner that sets NODE_ENV=test
  // (Vite lets NODE_ENV override the mode, which would ship React's development build).
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: path.join(ROOT, 'web/vite.config.ts'), logLevel: 'warn', mode: 'production' });
  } finally {
    if (previous === undefined) {
      delete process.env.NODE_ENV;
    } else {
      process.env.NODE_ENV = previous;
    }
  }
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export async function startServer(
  config: Config,
  log: (line: string) => void = (l) => process.stdout.write(`${l}\n`),
): Promise<RunningServer> {
  if (config.serveWeb) {
    await buildWebIfNeeded(log);
  }
  setHeapGrowth(config.heapGrowthPercent);
  const opened = await openConfiguredDb(config);
  const { db } = opened;
  try {
    const applied = await migrate(db);
    if (applied.length > 0) {
      log(`Applied migrations: ${applied.join(', ')}`);
    }
    await systemData(db, 'load reference data').run((scope) => loadReferenceData(scope.q));
    let seeded = false;
    if (config.demo && (await isEmptyDatabase(db))) {
      seeded = await seedDemo(db, new FieldCipher(loadFieldKey(config.fieldEncryptionKey, config.dataDir)));
    }
    const transport = createMailTransport(config);
    let poke = () => undefined as void;
    const app = await buildApp({ config, db, onMailQueued: () => poke() });
    const worker = startMailWorker(db, transport, app.log);
    const stopHousekeeping = startHousekeeping(db, config.sessionIdleMinutes, app.log, [
      importHousekeeping,
      supportRequestHousekeeping,
    ]);
    poke = () => worker.poke();
    await app.listen({ port: config.port, host: config.host });
    // Background jobs (imports): pg-boss takes jobs queued by any instance; in-process picks up unfinished work.
    await app.jobs.start();
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const url =
      config.publicUrl.includes(`:${config.port}`) && config.port === 0 ? `http://localhost:${port}` : config.publicUrl;

    log('');
    log(`Meedoen is running at ${url}`);
    log(
      `Database: ${db.kind === 'pglite' ? `embedded (PGlite) in ${config.dataDir} — for production use DATABASE_URL (PostgreSQL)` : 'PostgreSQL'}`,
    );
    log(
      `Mail: ${transport.kind === 'smtp' ? 'SMTP' : `written to ${path.join(config.dataDir, 'mail')} (see Beheer → E-mails)`}`,
    );
    if (config.demo) {
      log(seeded ? 'Demo region Midden-Utrecht was created.' : 'Demo mode.');
      for (const line of demoLoginLines()) {
        log(line);
      }
    }

    let closing: Promise<void> | null = null;
    const close = () => {
      closing ??= (async () => {
        await app.close();
        await worker.stop();
        await stopHousekeeping();
        await opened.close();
      })();
      return closing;
    };
    return { url, close };
  } catch (error) {
    await opened.close();
    throw error;
  }
}
