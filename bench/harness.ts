/**
 * What the benchmark scripts share: settings from the environment, the HTTP load generator (bench/latency.mjs,
 * run as a child process so it does not share the server's event loop) and the same load in process for a
 * function. Both report count, errors and p50/p95/p99 in ms.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface Latency {
  count: number;
  errors: number;
  p50: number;
  p95: number;
  p99: number;
}

export interface LoadSettings {
  concurrency: number;
  /** Seconds per measured row. */
  duration: number;
}

/** A whole number from the environment, within bounds; a clear error otherwise. */
export function intEnv(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  const n = raw === undefined || raw.trim() === '' ? fallback : Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new Error(`${name} must be a whole number between ${min} and ${max}`);
  }
  return n;
}

/**
 * HTTP load on 127.0.0.1 only (bench/latency.mjs). Without `cycle` every worker sends all `requests` at once as
 * one page and times the page; with `cycle` each worker takes the next request in turn and times each one.
 */
export function httpLoad(
  requests: { url: string; headers: Record<string, string> }[],
  settings: LoadSettings & { cycle?: boolean },
): Promise<Latency> {
  for (const r of requests) {
    if (!r.url.startsWith('http://127.0.0.1:')) {
      throw new Error(`refusing to load anything but 127.0.0.1: ${r.url}`);
    }
  }
  const args = JSON.stringify({
    requests,
    concurrency: settings.concurrency,
    duration: settings.duration,
    cycle: settings.cycle ?? false,
  });
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'bench', 'latency.mjs'), args], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', () => {
      try {
        resolve(JSON.parse(out.trim()) as Latency);
      } catch {
        reject(new Error(`latency load printed no result: ${out}`));
      }
    });
  });
}

/** The same concurrency and duration in process, each worker taking the next of `fns` in turn. */
export async function functionLoad(fns: (() => Promise<unknown>)[], settings: LoadSettings): Promise<Latency> {
  const times: number[] = [];
  const until = Date.now() + settings.duration * 1000;
  let next = 0;
  await Promise.all(
    Array.from({ length: settings.concurrency }, async () => {
      while (Date.now() < until) {
        const fn = fns[next++ % fns.length]!;
        const t0 = performance.now();
        await fn();
        times.push(performance.now() - t0);
      }
    }),
  );
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))] ?? 0;
  return { count: times.length, errors: 0, p50: at(50), p95: at(95), p99: at(99) };
}
