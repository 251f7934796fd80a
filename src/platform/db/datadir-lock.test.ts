import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir } from './datadir-lock.js';

const run = promisify(execFile);

describe('one process per embedded database directory', () => {
  it('refuses a second holder with a clear message and allows it after release', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meedoen-lock-'));
    const release = await lockDataDir(dir);
    await expect(lockDataDir(dir)).rejects.toThrow(DataDirLockedError);
    await expect(lockDataDir(dir)).rejects.toThrow(/Another Meedoen process is already using the embedded database/);
    await release();
    const again = await lockDataDir(dir);
    await again();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('a second meedoen process on the same DATA_DIR stops with exit code 1 and says why', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meedoen-lock-'));
    const release = await lockDataDir(dir);
    try {
      const result = await run(process.execPath, ['bin/meedoen.js', 'migrate'], {
        env: { ...process.env, DATA_DIR: dir, DATABASE_URL: '' },
      }).then(
        () => ({ code: 0, stderr: '' }),
        (e: { code: number; stderr: string }) => ({ code: e.code, stderr: e.stderr }),
      );
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/already using the embedded database/);
    } finally {
      await release();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
