/** Prometheus metrics (prom-client): request counts and durations by route pattern, plus process metrics. */
import client from 'prom-client';
import type { FastifyReply, FastifyRequest } from 'fastify';

export function createMetrics() {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry });
  const duration = new client.Histogram({
    name: 'meedoen_http_request_duration_seconds',
    help: 'HTTP request duration by method, route pattern and status',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  return {
    contentType: registry.contentType,
    observe(request: FastifyRequest, reply: FastifyReply) {
      duration.observe(
        { method: request.method, route: request.routeOptions.url ?? 'unknown', status: String(reply.statusCode) },
        reply.elapsedTime / 1000,
      );
    },
    render: () => registry.metrics(),
  };
}
