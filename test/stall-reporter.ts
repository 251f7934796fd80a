/**
 * A Vitest reporter for the CI log when a run stops making progress. Vitest's own test timeout runs
 * inside the worker, so a worker whose event loop never comes back (a query spinning inside PGlite's
 * WebAssembly, say) is never timed out: the run just sits until scripts/test.mjs kills it, and the log
 * does not say which test was running. This reporter lives in the main process. Every test that has
 * run longer than TEST_STALL_SECONDS (default 180; the slowest test takes about 25 s) is named in the
 * log, again every TEST_STALL_SECONDS while it lasts, with the statement its worker's database is
 * running (test/sql-trace.ts); so is a file that stays unfinished with no test running.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Reporter, TestCase, TestModule } from 'vitest/node';
import { SQL_TRACE_DIR_ENV } from './sql-trace.js';

const STALL_MS = Number(process.env.TEST_STALL_SECONDS ?? 180) * 1000;

export default class StallReporter implements Reporter {
  private readonly running = new Map<string, { name: string; since: number; told: number }>();
  private readonly modules = new Map<string, string>();
  private lastProgress = Date.now();
  private toldIdle = 0;
  private timer: NodeJS.Timeout | undefined;
  private traceDir: string | undefined;

  onInit(): void {
    // The workers inherit this environment, so their databases write their last statement here.
    this.traceDir = fs.mkdtempSync(path.join(os.tmpdir(), 'meedoen-sql-trace-'));
    process.env[SQL_TRACE_DIR_ENV] = this.traceDir;
    this.timer = setInterval(() => this.check(), Math.min(STALL_MS, 15_000));
    this.timer.unref();
  }

  onTestModuleStart(module: TestModule): void {
    this.modules.set(module.id, path.relative(process.cwd(), module.moduleId));
  }

  onTestModuleEnd(module: TestModule): void {
    this.modules.delete(module.id);
    this.lastProgress = Date.now();
  }

  onTestCaseReady(test: TestCase): void {
    const file = path.relative(process.cwd(), test.module.moduleId);
    this.running.set(test.id, { name: `${file} › ${test.fullName}`, since: Date.now(), told: 0 });
  }

  onTestCaseResult(test: TestCase): void {
    this.running.delete(test.id);
    this.lastProgress = Date.now();
  }

  onTestRunEnd(): void {
    clearInterval(this.timer);
    if (this.traceDir) {
      fs.rmSync(this.traceDir, { recursive: true, force: true });
    }
  }

  private check(): void {
    const now = Date.now();
    // Named again every STALL_MS while it lasts: the statement a worker waits for may come after the first word.
    const due = (told: number) => now - told >= STALL_MS;
    const stalled = [...this.running.values()].filter((t) => now - t.since >= STALL_MS && due(t.told));
    if (stalled.length > 0) {
      const lines = stalled.map((t) => {
        t.told = now;
        return `  still running after ${Math.round((now - t.since) / 1000)} s: ${t.name}`;
      });
      process.stdout.write(`\n⚠ a test is not finishing\n${lines.join('\n')}\n${this.traces(now)}\n`);
    } else if (this.running.size === 0 && this.modules.size > 0 && due(this.lastProgress) && due(this.toldIdle)) {
      // No test running, yet files not finished: the wait is in a hook, a file's loading or its teardown.
      this.toldIdle = now;
      const files = [...this.modules.values()].map((f) => `  ${f}`).join('\n');
      const quiet = Math.round((now - this.lastProgress) / 1000);
      process.stdout.write(
        `\n⚠ no test has finished for ${quiet} s and none is running; files not finished:\n${files}\n${this.traces(now)}\n`,
      );
    }
  }

  /** The statements the workers' databases started and have not finished, oldest first. */
  private traces(now: number): string {
    const dir = this.traceDir;
    if (!dir) {
      return '';
    }
    const open = fs
      .readdirSync(dir)
      .map((f) => path.join(dir, f))
      .map((f) => ({ text: fs.readFileSync(f, 'utf8'), at: fs.statSync(f).mtimeMs }))
      .filter((t) => t.text.startsWith('running'))
      .sort((a, b) => a.at - b.at);
    if (open.length === 0) {
      return '  no database statement is running: the wait is in the test or the app';
    }
    return open
      .map((t) => `  database statement started ${Math.round((now - t.at) / 1000)} s ago and not finished:\n${t.text}`)
      .join('\n');
  }
}
