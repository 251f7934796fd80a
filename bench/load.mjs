// Load generator for bench/run.ts, run as a child process so that autocannon does not share the
// server's event loop (on a 2-core machine this keeps the server's numbers stable).
// Input: one JSON argument {url, connections, duration, headers}. Output: one JSON line on stdout.
import autocannon from 'autocannon';

const opts = JSON.parse(process.argv[2] ?? '{}');
const result = await autocannon({
  url: opts.url,
  connections: opts.connections,
  duration: opts.duration,
  headers: opts.headers ?? {},
  timeout: 10,
});
process.stdout.write(
  `${JSON.stringify({
    requestsMean: result.requests.mean,
    requestsTotal: result.requests.total,
    ok2xx: result['2xx'],
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    latencyP50: result.latency.p50,
    latencyP99: result.latency.p99,
    latencyMean: result.latency.average,
    duration: result.duration,
  })}\n`,
);
