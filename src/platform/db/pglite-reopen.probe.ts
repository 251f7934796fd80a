/**
 * Run by `pglite-reopen.test.ts` in a plain Node process (through tsx, as `bin/meedoen.js` runs
 * the server): creates the extensions in a new embedded database in the directory given as the
 * first argument, closes it, reopens it as a restarted server would, and prints the answers of a
 * trigram query and of the query after it as one JSON line.
 */
import { openPglite } from './db.js';

const dir = process.argv[2];
if (!dir) {
  throw new Error('usage: pglite-reopen.probe.ts <empty directory>');
}

const first = await openPglite(dir);
await first.exec('CREATE EXTENSION IF NOT EXISTS pgcrypto; CREATE EXTENSION IF NOT EXISTS pg_trgm;');
await first.close();

const again = await openPglite(dir);
const trigram = await again.query(`SELECT 'werkfit' % 'werkfti' AS close, similarity('abc', 'abd')::float8 AS score`);
const next = await again.query(`SELECT encode(digest('a', 'sha256'), 'hex') AS digest`);
await again.close();
process.stdout.write(`${JSON.stringify({ trigram: trigram.rows, next: next.rows })}\n`);
