/**
 * `meedoen generate` options: parsed and checked here so the CLI can answer a bad value with one clear
 * sentence and exit code 2 (usage error).
 */
import { parseArgs } from 'node:util';

export interface GenerateOptions {
  participants: number;
  seed: number;
  batch: number;
  /** Write even though the database holds participants that were not generated. */
  force: boolean;
  /** Print no progress bar (the final line is still printed). */
  quiet: boolean;
}

export const GENERATE_DEFAULTS = { participants: 10_000, seed: 1, batch: 5_000 } as const;
export const GENERATE_LIMITS = {
  participants: [1, 5_000_000],
  seed: [0, 2 ** 32 - 1],
  batch: [100, 50_000],
} as const satisfies Record<string, readonly [number, number]>;
/** On the embedded database (PGlite) at most this many participants: it is one process with one core. */
export const PGLITE_MAX_PARTICIPANTS = 20_000;

export const GENERATE_USAGE = `Usage: meedoen generate [--participants N] [--seed S] [--batch B] [--force] [--quiet]
  --participants  how many synthetic participants (${GENERATE_LIMITS.participants[0]}–${GENERATE_LIMITS.participants[1].toLocaleString('en')}, default ${GENERATE_DEFAULTS.participants.toLocaleString('en')})
  --seed          whole number; the same seed gives the same dataset (default ${GENERATE_DEFAULTS.seed})
  --batch         participants per transaction (${GENERATE_LIMITS.batch[0]}–${GENERATE_LIMITS.batch[1].toLocaleString('en')}, default ${GENERATE_DEFAULTS.batch.toLocaleString('en')})
  --force         also write into a database that holds participants that were not generated
  --quiet         no progress bar`;

export type ParsedGenerateArgs = { ok: true; options: GenerateOptions } | { ok: false; message: string };

function wholeNumber(name: keyof typeof GENERATE_LIMITS, raw: string | undefined, fallback: number): number | string {
  if (raw === undefined) {
    return fallback;
  }
  const cleaned = raw.replace(/[_,]/g, '');
  const [min, max] = GENERATE_LIMITS[name];
  const n = /^\d+$/.test(cleaned) ? Number(cleaned) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    return `--${name} must be a whole number from ${min.toLocaleString('en')} to ${max.toLocaleString('en')}, got "${raw}".`;
  }
  return n;
}

export function parseGenerateArgs(args: string[]): ParsedGenerateArgs {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        participants: { type: 'string' },
        seed: { type: 'string' },
        batch: { type: 'string' },
        force: { type: 'boolean' },
        quiet: { type: 'boolean' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return { ok: false, message: `${(error as Error).message}\n\n${GENERATE_USAGE}` };
  }
  const options: Partial<GenerateOptions> = { force: values.force === true, quiet: values.quiet === true };
  for (const name of ['participants', 'seed', 'batch'] as const) {
    const parsed = wholeNumber(name, values[name] as string | undefined, GENERATE_DEFAULTS[name]);
    if (typeof parsed === 'string') {
      return { ok: false, message: `${parsed}\n\n${GENERATE_USAGE}` };
    }
    options[name] = parsed;
  }
  return { ok: true, options: options as GenerateOptions };
}
