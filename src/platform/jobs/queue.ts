/**
 * Background jobs (ADR 0011): work that takes longer than a request, such as a spreadsheet import.
 * On PostgreSQL the queue is pg-boss: jobs are rows, survive a restart, are picked up by any instance
 * and retried when an instance dies mid-job. On the embedded database (one process, guaranteed by the
 * DATA_DIR lock) an in-process runner does the same work one job at a time; what it was doing when the
 * process stopped is found again at start by the job's owner (e.g. imports still "validating").
 *
 * A handler must be safe to run twice for the same job (a retry after a crash): do the work in one
 * transaction, or start over from a clean state.
 */
import type { PgBoss } from 'pg-boss';
import type { Db } from '../db/db.js';

export type JobHandler = (data: Record<string, unknown>) => Promise<void>;

export interface JobQueue {
  readonly kind: 'pg-boss' | 'in-process';
  /** Declares the handler of jobs named `name` (before the first send). */
  register(name: string, handler: JobHandler): void;
  /** Queues a job; resolves when it is stored (pg-boss) or accepted (in-process). */
  send(name: string, data: Record<string, unknown>): Promise<void>;
  /** Adds work to do when the queue starts, e.g. sending again what a stopped process left unfinished. */
  onStart(fn: () => Promise<void>): void;
  /**
   * Starts taking jobs (pg-boss also takes jobs other instances queued or left behind) and runs the
   * onStart work. The server calls it once it listens; without it jobs still run when sent (tests).
   */
  start(): Promise<void>;
  /** Waits for running jobs and stops. */
  stop(): Promise<void>;
}

export interface QueueLogger {
  error(obj: object, msg: string): void;
}

/** Runs jobs in this process, one at a time, in the order sent. */
export class InProcessQueue implements JobQueue {
  readonly kind = 'in-process' as const;
  private readonly handlers = new Map<string, JobHandler>();
  private chain: Promise<void> = Promise.resolve();
  private stopped = false;
  private readonly startWork: (() => Promise<void>)[] = [];

  constructor(private readonly log: QueueLogger) {}

  onStart(fn: () => Promise<void>): void {
    this.startWork.push(fn);
  }

  register(name: string, handler: JobHandler): void {
    this.handlers.set(name, handler);
  }

  async send(name: string, data: Record<string, unknown>): Promise<void> {
    const handler = this.handlers.get(name);
    if (!handler) {
      throw new Error(`no handler for job ${name}`);
    }
    if (this.stopped) {
      throw new Error('the job queue has stopped');
    }
    this.chain = this.chain
      .then(() => handler(data))
      .catch((error: unknown) => this.log.error({ err: error, job: name }, 'background job failed'));
  }

  async start(): Promise<void> {
    for (const fn of this.startWork) {
      await fn();
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.chain;
  }
}

/** Jobs in PostgreSQL through pg-boss (its own schema `pgboss` and a small pool of its own). */
export class PgBossQueue implements JobQueue {
  readonly kind = 'pg-boss' as const;
  private readonly handlers = new Map<string, JobHandler>();
  private boss: PgBoss | null = null;
  /** The id of this instance's worker per queue, to wake it when a job is sent here. */
  private readonly workers = new Map<string, string>();
  private starting: Promise<PgBoss> | null = null;
  private readonly startWork: (() => Promise<void>)[] = [];

  /**
   * @param connectionString - the database
   * @param log - where failures of a job go
   * @param options - expireInSeconds: how long a job may run before pg-boss counts it lost and retries it
   */
  constructor(
    private readonly connectionString: string,
    private readonly log: QueueLogger,
    private readonly options: { expireInSeconds?: number; retryLimit?: number; pollingIntervalSeconds?: number } = {},
  ) {}

  register(name: string, handler: JobHandler): void {
    this.handlers.set(name, handler);
  }

  onStart(fn: () => Promise<void>): void {
    this.startWork.push(fn);
  }

  async start(): Promise<void> {
    await this.ensure();
    for (const fn of this.startWork) {
      await fn();
    }
  }

  private ensure(): Promise<PgBoss> {
    if (!this.starting) {
      this.starting = (async () => {
        // Loaded on first use: an embedded (PGlite) server never needs it (some 25 MB of memory).
        const { PgBoss } = await import('pg-boss');
        const boss = new PgBoss({ connectionString: this.connectionString, max: 3, application_name: 'meedoen-jobs' });
        boss.on('error', (error) => this.log.error({ err: error }, 'job queue error'));
        await boss.start();
        for (const [name, handler] of this.handlers) {
          await boss.createQueue(name, {
            expireInSeconds: this.options.expireInSeconds ?? 300,
            retryLimit: this.options.retryLimit ?? 2,
            retryDelay: 5,
          });
          const workerId = await boss.work<Record<string, unknown>>(
            name,
            { batchSize: 1, pollingIntervalSeconds: this.options.pollingIntervalSeconds ?? 1 },
            async ([job]) => {
              if (!job) {
                return;
              }
              try {
                await handler(job.data);
              } catch (error) {
                this.log.error({ err: error, job: name }, 'background job failed');
                throw error;
              }
            },
          );
          this.workers.set(name, workerId);
        }
        this.boss = boss;
        return boss;
      })();
    }
    return this.starting;
  }

  async send(name: string, data: Record<string, unknown>): Promise<void> {
    if (!this.handlers.has(name)) {
      throw new Error(`no handler for job ${name}`);
    }
    const boss = await this.ensure();
    await boss.send(name, data);
    // This instance's worker fetches it now instead of at its next poll (up to a second later); workers of
    // other instances still find it by polling.
    const workerId = this.workers.get(name);
    if (workerId !== undefined) {
      boss.notifyWorker(workerId);
    }
  }

  async stop(): Promise<void> {
    if (!this.starting) {
      return;
    }
    const boss = await this.starting;
    await boss.stop({ graceful: true, timeout: 30_000 });
    this.boss = null;
  }
}

/** The queue that fits the database: pg-boss on PostgreSQL, the in-process runner on PGlite. */
export function createJobQueue(db: Db, log: QueueLogger): JobQueue {
  if (db.kind === 'pg' && db.connectionString) {
    return new PgBossQueue(db.connectionString, log);
  }
  return new InProcessQueue(log);
}
