#!/usr/bin/env node
// `npm test`: every check the project has, in order, with a summary. Steps keep running after a
// failure so the whole picture is shown; the exit code is non-zero when anything failed.
//
//   npm test                          all steps that can run here
//   npm test -- --only int-pglite     only the named step(s); comma-separated or repeated;
//                                     a prefix selects a group (`--only int`, `--only typecheck`)
//   npm test -- --list                list the steps
//
// Environment:
//   TEST_DATABASE_URL=postgres://…    also run the integration tests on PostgreSQL (DB_DRIVER=pg)
//   CHROMIUM_PATH=/path/to/chromium   browser for the e2e journeys (default /usr/bin/chromium)
//   REQUIRE_ALL=1                     (CI) a step that cannot run is a failure, not a skip
//
// The last line is always `N passed, N failed` (tests summed over the vitest steps; a failed
// typecheck, lint or OpenAPI step, or a required step that was skipped, counts as 1 failed).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, 'node_modules/.bin');
const REQUIRE_ALL = ['1', 'true', 'yes'].includes((process.env.REQUIRE_ALL ?? '').toLowerCase());
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const DATABASE_URL = process.env.TEST_DATABASE_URL ?? '';
const MINUTE = 60_000;
const useColour = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code, text) => (useColour ? `\x1b[${code}m${text}\x1b[0m` : text);
const bold = (t) => paint('1', t);
const red = (t) => paint('31', t);
const green = (t) => paint('32', t);
const yellow = (t) => paint('33', t);

/** Parses `--only a,b --only c` and `--list`. */
function parseArgs(argv) {
  const only = [];
  let list = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--list') {
      list = true;
    } else if (arg === '--only') {
      only.push(...(argv[++i] ?? '').split(','));
    } else if (arg.startsWith('--only=')) {
      only.push(...arg.slice('--only='.length).split(','));
    } else {
      process.stderr.write(`Unknown argument ${arg}. Use --only STEP[,STEP] or --list.\n`);
      process.exit(2);
    }
  }
  return { only: only.map((s) => s.trim()).filter(Boolean), list };
}

/**
 * Runs a command with inherited output, bounded in time. On timeout the whole process group is
 * ended (only the group this script started).
 */
function run(cmd, args, { env = {}, timeoutMs }) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(cmd, args, {
      cwd: ROOT,
      env: { ...process.env, FORCE_COLOR: useColour ? '1' : '0', ...env },
      stdio: 'inherit',
      detached: true,
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      process.stderr.write(
        red(`\n${path.basename(cmd)} took longer than ${Math.round(timeoutMs / MINUTE)} min; stopping it.\n`),
      );
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
      setTimeout(() => {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }, 10_000).unref();
    }, timeoutMs);
    const stop = () => {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    child.on('error', (error) => {
      clearTimeout(timer);
      process.stderr.write(red(`Could not start ${cmd}: ${error.message}\n`));
      resolve({ code: 127, timedOut: false, ms: Date.now() - started });
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      process.removeListener('SIGINT', stop);
      process.removeListener('SIGTERM', stop);
      resolve({ code: code ?? (signal ? 128 : 1), timedOut, ms: Date.now() - started });
    });
  });
}

const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'meedoen-test-report-'));

/** A step that runs commands and passes when all exit 0; counts as 1 failed when it fails. */
function commandStep(name, title, commands, timeoutMs) {
  return {
    name,
    title,
    async run() {
      let ms = 0;
      for (const [cmd, args, note] of commands) {
        process.stdout.write(`$ ${[path.relative(ROOT, cmd) || cmd, ...args].join(' ')}\n`);
        const result = await run(cmd, args, { timeoutMs });
        ms += result.ms;
        if (result.code !== 0) {
          if (note) {
            process.stdout.write(red(`${note}\n`));
          }
          return { status: 'fail', ms, failed: 1, note: result.timedOut ? 'timed out' : note };
        }
      }
      return { status: 'pass', ms };
    },
  };
}

/** A vitest step: counts tests through the JSON reporter. */
function vitestStep(name, title, projects, env, timeoutMs, skipReason) {
  return {
    name,
    title,
    skipReason,
    async run() {
      const out = path.join(tmpDir, `${name}.json`);
      const args = [
        'run',
        ...projects.flatMap((p) => ['--project', p]),
        '--reporter=default',
        // names a test that never finishes, and the statement it waits for (a blocked worker is never timed out)
        '--reporter=./test/stall-reporter.ts',
        '--reporter=json',
        `--outputFile.json=${out}`,
      ];
      process.stdout.write(
        `$ ${Object.entries(env)
          .map(([k, v]) => `${k}=${k.endsWith('URL') ? '…' : v} `)
          .join('')}vitest ${args.join(' ')}\n`,
      );
      const result = await run(path.join(BIN, 'vitest'), args, { env, timeoutMs });
      let report = null;
      try {
        report = JSON.parse(fs.readFileSync(out, 'utf8'));
      } catch {
        // vitest crashed before writing its report
      }
      const passed = report?.numPassedTests ?? 0;
      const skipped = (report?.numPendingTests ?? 0) + (report?.numTodoTests ?? 0);
      let failed = report?.numFailedTests ?? 0;
      let note;
      if (result.timedOut) {
        note = 'timed out';
      } else if (!report) {
        note = 'vitest did not produce a report';
      } else if ((report.numFailedTestSuites ?? 0) > 0 && failed === 0) {
        note = `${report.numFailedTestSuites} test file(s) failed to run`;
      } else if (report.numTotalTests === 0) {
        note = 'no tests found';
      }
      if (result.code !== 0 && failed === 0) {
        failed = 1; // a crash, a file that failed to load, or a timeout: never report it as green
      }
      const noTests = result.code === 0 && passed + failed === 0;
      return {
        status: result.code === 0 && !noTests ? 'pass' : noTests ? 'no tests' : 'fail',
        ms: result.ms,
        passed,
        failed: noTests && REQUIRE_ALL ? 1 : failed,
        skipped,
        note,
        vitest: true,
      };
    },
  };
}

function hasFiles(dir, pattern) {
  try {
    return fs.readdirSync(path.join(ROOT, dir)).some((f) => pattern.test(f));
  } catch {
    return false;
  }
}

/** The code Prettier keeps formatted (`npm run format`). */
const FORMATTED = [
  'src/**/*.ts',
  'web/src/**/*.{ts,tsx,css}',
  'test/**/*.ts',
  'e2e/**/*.ts',
  'scripts/**/*.{ts,mjs}',
  'bench/**/*.{ts,mjs}',
];

function buildSteps() {
  const hasWebTsconfig = fs.existsSync(path.join(ROOT, 'web/tsconfig.json'));
  const hasChromium = fs.existsSync(CHROMIUM);
  const hasJourneys = hasFiles('e2e/journeys', /\.spec\.ts$/);
  const steps = [
    commandStep(
      'typecheck',
      'Type check (tsconfig.json)',
      [[path.join(BIN, 'tsc'), ['--noEmit', '-p', 'tsconfig.json']]],
      10 * MINUTE,
    ),
  ];
  if (hasWebTsconfig) {
    steps.push(
      commandStep(
        'typecheck-web',
        'Type check (web/tsconfig.json)',
        [[path.join(BIN, 'tsc'), ['--noEmit', '-p', 'web/tsconfig.json']]],
        10 * MINUTE,
      ),
    );
  }
  steps.push(
    commandStep(
      'lint',
      'ESLint + Prettier',
      [
        [path.join(BIN, 'eslint'), ['.']],
        [path.join(BIN, 'prettier'), ['--check', ...FORMATTED], 'code is not formatted: run npm run format'],
      ],
      10 * MINUTE,
    ),
    commandStep(
      'openapi',
      'OpenAPI up to date + NL API Design Rules',
      [
        [
          path.join(BIN, 'tsx'),
          ['scripts/openapi-export.ts', '--check'],
          'docs/api/openapi.json is not what the routes generate: run npm run openapi:export',
        ],
        [
          path.join(BIN, 'spectral'),
          ['lint', '-r', 'vendor/adr/linter.yaml', 'docs/api/openapi.json', '--fail-severity', 'error'],
          'The OpenAPI document breaks the NL API Design Rules (errors above)',
        ],
      ],
      5 * MINUTE,
    ),
    vitestStep('unit', 'Unit tests (unit + web)', ['unit', 'web'], {}, 15 * MINUTE),
    vitestStep('int-pglite', 'Integration tests on PGlite', ['int'], { DB_DRIVER: 'pglite' }, 25 * MINUTE),
    vitestStep(
      'int-pg',
      'Integration tests on PostgreSQL',
      ['int'],
      { DB_DRIVER: 'pg', TEST_DATABASE_URL: DATABASE_URL },
      25 * MINUTE,
      DATABASE_URL ? undefined : 'integration tests on PostgreSQL (set TEST_DATABASE_URL=postgres://…)',
    ),
    vitestStep(
      'e2e',
      'Browser journeys (Chromium + axe)',
      ['e2e'],
      { CHROMIUM_PATH: CHROMIUM },
      25 * MINUTE,
      !hasChromium
        ? `browser tests (no Chromium at ${CHROMIUM})`
        : !hasJourneys
          ? 'browser tests (no journeys in e2e/journeys/*.spec.ts yet)'
          : undefined,
    ),
  );
  return steps;
}

function formatMs(ms) {
  return ms >= 60_000
    ? `${Math.floor(ms / 60_000)}m${String(Math.round((ms % 60_000) / 1000)).padStart(2, '0')}s`
    : `${(ms / 1000).toFixed(1)}s`;
}

async function main() {
  const { only, list } = parseArgs(process.argv.slice(2));
  let steps = buildSteps();
  if (list) {
    for (const s of steps) {
      process.stdout.write(`${s.name.padEnd(14)} ${s.title}${s.skipReason ? `  (would skip: ${s.skipReason})` : ''}\n`);
    }
    return 0;
  }
  if (only.length > 0) {
    const unknown = only.filter((o) => !steps.some((s) => s.name === o || s.name.startsWith(`${o}-`)));
    if (unknown.length > 0) {
      process.stderr.write(`Unknown step(s): ${unknown.join(', ')}. Steps: ${steps.map((s) => s.name).join(', ')}\n`);
      return 2;
    }
    steps = steps.filter((s) => only.some((o) => s.name === o || s.name.startsWith(`${o}-`)));
  }

  const results = [];
  for (const step of steps) {
    process.stdout.write(`\n${bold(`━━ ${step.name}: ${step.title}`)}\n`);
    if (step.skipReason) {
      const line = `SKIPPED: ${step.skipReason}`;
      process.stdout.write(`${REQUIRE_ALL ? red(`${line} — REQUIRE_ALL=1, so this is a failure`) : yellow(line)}\n`);
      results.push({
        step,
        status: REQUIRE_ALL ? 'fail' : 'skipped',
        ms: 0,
        failed: REQUIRE_ALL ? 1 : 0,
        note: step.skipReason,
        vitest: true,
      });
      continue;
    }
    const result = await step.run();
    results.push({ step, ...result });
    const counts = result.vitest
      ? ` — ${result.passed} passed, ${result.failed} failed, ${result.skipped} skipped`
      : '';
    const label =
      result.status === 'pass' ? green('PASS') : result.status === 'no tests' ? yellow('NO TESTS') : red('FAIL');
    process.stdout.write(
      `${label} ${step.name} (${formatMs(result.ms)})${counts}${result.note ? ` — ${result.note}` : ''}\n`,
    );
  }

  // Summary table.
  const rows = results.map((r) => [
    r.step.name,
    r.status === 'pass'
      ? 'PASS'
      : r.status === 'skipped'
        ? 'SKIPPED'
        : r.status === 'no tests'
          ? REQUIRE_ALL
            ? 'FAIL'
            : 'NO TESTS'
          : 'FAIL',
    r.vitest && r.status !== 'skipped' && r.passed !== undefined ? String(r.passed) : '-',
    r.failed ? String(r.failed) : r.vitest ? '0' : '-',
    r.vitest && r.skipped !== undefined ? String(r.skipped) : '-',
    formatMs(r.ms),
    r.note ?? '',
  ]);
  const header = ['step', 'result', 'passed', 'failed', 'skipped', 'time', 'note'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells) =>
    cells
      .map((c, i) => (i >= 2 && i <= 5 ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  process.stdout.write(`\n${bold('Summary')}${REQUIRE_ALL ? ' (REQUIRE_ALL=1: every step must run)' : ''}\n`);
  process.stdout.write(`${line(header)}\n${line(widths.map((w) => '-'.repeat(w)))}\n`);
  for (const row of rows) {
    const text = line(row);
    process.stdout.write(`${row[1] === 'FAIL' ? red(text) : row[1] === 'PASS' ? text : yellow(text)}\n`);
  }
  for (const r of results) {
    if (r.status === 'skipped') {
      process.stdout.write(yellow(`SKIPPED: ${r.note}\n`));
    }
  }

  const passed = results.reduce((n, r) => n + (r.passed ?? 0), 0);
  const failed = results.reduce((n, r) => n + (r.failed ?? 0), 0);
  const anyFailed = failed > 0 || results.some((r) => r.status === 'fail');
  process.stdout.write(`${passed} passed, ${failed} failed\n`);
  return anyFailed ? 1 : 0;
}

main()
  .then((code) => {
    fs.rmSync(tmpDir, { recursive: true, force: true });
    process.exitCode = code;
  })
  .catch((error) => {
    process.stderr.write(`scripts/test.mjs crashed: ${error?.stack ?? error}\n`);
    process.stdout.write('0 passed, 1 failed\n');
    process.exitCode = 1;
  });
