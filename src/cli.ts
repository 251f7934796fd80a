/**
 * `meedoen <command>` — serve, migrate, seed-demo, generate, create-admin, audit verify.
 * Exit codes: 0 ok, 1 failure, 2 usage error, 78 configuration error.
 */
import { parseArgs } from 'node:util';
import { loadConfig, ConfigError, type Config } from './platform/config/config.js';
import { openConfiguredDb } from './platform/db/open.js';
import { migrate } from './platform/db/migrate.js';
import type { Db } from './platform/db/db.js';
import { DataDirLockedError } from './platform/db/datadir-lock.js';
import { verifyAuditLog } from './platform/audit/audit.js';
import { systemData } from './platform/access/system.js';
import { loadReferenceData } from './modules/regions/regions.data.js';
import { FieldCipher, loadFieldKey } from './platform/crypto/field-encryption.js';
import { demoLoginLines, seedDemo } from './modules/demo/demo.seed.js';
import { createAdmin } from './modules/users/create-admin.js';
import { parseGenerateArgs } from './modules/synthetic/synthetic.args.js';
import { generate, GenerateRefused, progressLine, summaryLine } from './modules/synthetic/synthetic.generate.js';
import { startServer } from './server.js';

const HELP = `Meedoen — platform for inclusive work in a labour-market region

Usage: meedoen <command> [options]   (or: npm run cli -- <command>)

Commands:
  serve                 Run UI and API (migrates, loads reference data, seeds the demo on an empty database)
  migrate               Apply pending database migrations and exit
  seed-demo             Create the demo region Midden-Utrecht on an empty database
  generate              Fill the database with a synthetic national dataset (all 35 regions), for load tests
                          [--participants N]   how many (default 10,000; PGlite at most 20,000)
                          [--seed S]           the same seed gives the same dataset (default 1)
                          [--batch B]          participants per transaction (default 5,000)
                          [--force]            also when the database holds participants that were not generated
                          [--quiet]            no progress bar
  create-admin          Create an administrator
                          --email <address> --name <name> --organisation <slug>
                          [--new-organisation <name> --type <type> --region <AMxx>]
                                               create that organisation first (fresh installation)
                          [--password-stdin]   read the password from standard input
                          (without it, a random password is generated and printed once)
  audit verify          Recompute the audit log's hash chains; names the first broken record
  help                  This text

Configuration comes from environment variables; see README.md.`;

async function withDb<T>(config: Config, fn: (db: Db) => Promise<T>): Promise<T> {
  const opened = await openConfiguredDb(config);
  try {
    await migrate(opened.db);
    await systemData(opened.db, 'load reference data').run((scope) => loadReferenceData(scope.q));
    return await fn(opened.db);
  } finally {
    await opened.close();
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const out = (line: string) => process.stdout.write(`${line}\n`);
  const err = (line: string) => process.stderr.write(`${line}\n`);
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    out(HELP);
    return command ? 0 : 2;
  }
  // Usage errors are answered before the configuration is read (exit 2, not 78).
  const generateArgs = command === 'generate' ? parseGenerateArgs(rest) : null;
  if (generateArgs && !generateArgs.ok) {
    err(generateArgs.message);
    return 2;
  }
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      err(error.message);
      return 78;
    }
    throw error;
  }
  try {
    switch (command) {
      case 'serve': {
        const server = await startServer(config, out);
        await new Promise<void>((resolve) => {
          const stop = (signal: string) => {
            out(`\n${signal} received: shutting down…`);
            server.close().then(resolve, (e: unknown) => {
              err(`Shutdown failed: ${(e as Error).message}`);
              resolve();
            });
          };
          process.once('SIGTERM', () => stop('SIGTERM'));
          process.once('SIGINT', () => stop('SIGINT'));
        });
        return 0;
      }
      case 'migrate': {
        const opened = await openConfiguredDb(config);
        try {
          const applied = await migrate(opened.db);
          out(applied.length > 0 ? `Applied migrations: ${applied.join(', ')}` : 'Database is up to date.');
        } finally {
          await opened.close();
        }
        return 0;
      }
      case 'seed-demo': {
        const cipher = new FieldCipher(loadFieldKey(config.fieldEncryptionKey, config.dataDir));
        const seeded = await withDb(config, (db) => seedDemo(db, cipher));
        out(seeded ? 'Demo region Midden-Utrecht created.' : 'The database already has organisations; nothing seeded.');
        if (seeded) {
          demoLoginLines().forEach(out);
        }
        return 0;
      }
      case 'generate': {
        if (!generateArgs?.ok) {
          return 2; // answered above
        }
        const { quiet, ...options } = generateArgs.options;
        const tty = process.stderr.isTTY === true;
        let lastTenth = -1;
        const progress = quiet
          ? undefined
          : (done: number, total: number, seconds: number) => {
              if (tty) {
                process.stderr.write(`\r${progressLine(done, total, seconds)}${done === total ? '\n' : ''}`);
              } else if (Math.floor((done / total) * 10) > lastTenth || done === total) {
                lastTenth = Math.floor((done / total) * 10);
                err(progressLine(done, total, seconds));
              }
            };
        try {
          const result = await withDb(config, (db) => generate(db, options, { progress }));
          err(summaryLine(result));
          return 0;
        } catch (error) {
          if (error instanceof GenerateRefused) {
            err(error.message);
            return 1;
          }
          throw error;
        }
      }
      case 'create-admin': {
        const { values } = parseArgs({
          args: rest,
          options: {
            email: { type: 'string' },
            name: { type: 'string' },
            organisation: { type: 'string' },
            'new-organisation': { type: 'string' },
            type: { type: 'string' },
            region: { type: 'string' },
            'password-stdin': { type: 'boolean' },
          },
          strict: true,
        });
        if (!values.email || !values.name || !values.organisation) {
          err('create-admin needs --email, --name and --organisation <slug>.');
          return 2;
        }
        const password = values['password-stdin'] ? await readStdin() : undefined;
        const result = await withDb(config, (db) =>
          createAdmin(db, {
            email: values.email!,
            name: values.name!,
            organisationSlug: values.organisation!,
            password,
            ...(values['new-organisation']
              ? {
                  newOrganisation: {
                    name: values['new-organisation'],
                    type: values.type ?? '',
                    regionCode: values.region ?? '',
                  },
                }
              : {}),
          }),
        );
        if (!result.ok) {
          err(result.message);
          return 1;
        }
        out(`Administrator ${values.email} created.`);
        if (result.generatedPassword) {
          out(`Password (shown once, change it after the first login): ${result.generatedPassword}`);
        }
        return 0;
      }
      case 'audit': {
        if (rest[0] !== 'verify') {
          err('Usage: meedoen audit verify');
          return 2;
        }
        const result = await withDb(config, (db) => verifyAuditLog(db));
        if (result.ok) {
          out(`Audit log intact: ${result.records} records in ${result.chains} chains.`);
          return 0;
        }
        const b = result.broken!;
        err(
          `Audit log BROKEN at chain ${b.chainId}, record ${b.seq} (${b.reason})` +
            `${b.occurredAt ? `, written ${b.occurredAt.toISOString()}` : ''}. ${result.records} records checked.`,
        );
        return 1;
      }
      default:
        err(`Unknown command "${command}".\n\n${HELP}`);
        return 2;
    }
  } catch (error) {
    if (error instanceof DataDirLockedError) {
      err(error.message);
      return 1;
    }
    err(`Failed: ${(error as Error).message}`);
    return 1;
  }
}
