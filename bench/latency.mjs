// Latency load for bench/caseload.ts, run as a child process so it does not share the server's event
// loop. Input: one JSON argument {requests: [{url, headers}], concurrency, duration}. Each worker loops
// over `requests` (a "page" of several calls when more than one: they go out together, as a browser
// sends them) and records the time of each page. With `cycle: true` the requests are not a page: each worker
// takes the next request of the list in turn and records each on its own (a mix of single searches).
// Output: one JSON line with count, errors and p50/p95/p99 ms.
import http from 'node:http';

const opts = JSON.parse(process.argv[2] ?? '{}');
const agent = new http.Agent({ keepAlive: true, maxSockets: opts.concurrency * Math.max(1, opts.requests.length) });

function get({ url, headers }) {
  return new Promise((resolve) => {
    const req = http.get(url, { agent, headers }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    });
    req.on('error', () => resolve(0));
  });
}

const times = [];
let errors = 0;
const until = Date.now() + opts.duration * 1000;
let next = 0;
async function worker() {
  while (Date.now() < until) {
    const page = opts.cycle ? [opts.requests[next++ % opts.requests.length]] : opts.requests;
    const t0 = process.hrtime.bigint();
    const statuses = await Promise.all(page.map(get));
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    errors += statuses.filter((s) => s !== 200).length;
  }
}
await Promise.all(Array.from({ length: opts.concurrency }, worker));
agent.destroy();
times.sort((a, b) => a - b);
const at = (p) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))] ?? 0;
process.stdout.write(`${JSON.stringify({ count: times.length, errors, p50: at(50), p95: at(95), p99: at(99) })}\n`);
