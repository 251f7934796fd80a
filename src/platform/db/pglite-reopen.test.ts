import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

// The embedded database is reopened from its directory on every `npm start`, and the tests
// start from a dumped template. With PGlite 0.5.16 the order in which the extensions are
// registered decides whether the trigram operator still works after such a reopen: with
// pgcrypto first, `%` answered with no rows and the next query never came back, so the public
// knowledge search hung the whole server on a misspelt word. Inside a Vitest worker the bug
// does not show, so the reopen runs in a plain Node process, the way `bin/meedoen.js` runs.

const run = promisify(execFile);
const probe = join(import.meta.dirname, 'pglite-reopen.probe.ts');

describe('embedded database reopened from its directory', () => {
  it('still answers trigram similarity, and the query after it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'meedoen-reopen-'));
    try {
      // A hang is the failure mode: the timeout turns it into a rejected promise.
      const { stdout } = await run(process.execPath, ['--import', 'tsx', probe, dir], { timeout: 40_000 });
      const answer = JSON.parse(stdout) as {
        trigram: { close: boolean; score: number }[];
        next: { digest: string }[];
      };
      expect(answer.trigram).toHaveLength(1);
      expect(answer.trigram[0]?.close).toBe(true);
      expect(answer.trigram[0]?.score).toBeCloseTo(1 / 3, 5);
      expect(answer.next).toEqual([{ digest: 'ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb' }]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
