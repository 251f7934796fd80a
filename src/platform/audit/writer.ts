/**
 * Group commit for the audit records of read-only work.
 *
 * A read has nothing to roll back; what matters (NEN 7513 §5: "onweerlegbaar") is that no personal
 * data leaves the server before the record of that read is durable. Reads therefore hand their
 * records to this writer and wait: records of concurrent requests are appended to one chain in one
 * transaction, so N reads share one commit (one WAL flush) instead of paying one each. The response
 * is sent only after that commit; if it fails, the request fails and nothing is disclosed.
 * Writes keep their audit records inside their own transaction (DataAccess.run).
 */
import type { Db } from '../db/db.js';
import { appendAudit, type AuditRecord } from './audit.js';

interface Pending {
  records: AuditRecord[];
  resolve: () => void;
  reject: (error: unknown) => void;
}

const MAX_BATCH = 500;

export class AuditWriter {
  private queue: Pending[] = [];
  private inFlight = 0;
  private scheduled = false;

  /**
   * @param db - the database
   * @param maxInFlight - commits that may run at once (each on its own connection and chain); more
   *   lowers the wait behind a running commit, fewer makes bigger batches; measured best at 1 on a
   *   2-core machine (docs/benchmarks.md), where the database CPU per record is the limit.
   */
  constructor(
    private readonly db: Db,
    private readonly maxInFlight = 1,
  ) {}

  /** Resolves once the records are committed. */
  write(records: AuditRecord[]): Promise<void> {
    if (records.length === 0) {
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ records, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled || this.inFlight >= this.maxInFlight || this.queue.length === 0) {
      return;
    }
    this.scheduled = true;
    // Let the reads that finish in the same turn of the event loop join this commit.
    setImmediate(() => {
      this.scheduled = false;
      void this.flushOnce();
    });
  }

  private async flushOnce(): Promise<void> {
    if (this.queue.length === 0 || this.inFlight >= this.maxInFlight) {
      return;
    }
    const batch: Pending[] = [];
    let count = 0;
    while (this.queue.length > 0 && count < MAX_BATCH) {
      const next = this.queue.shift()!;
      batch.push(next);
      count += next.records.length;
    }
    this.inFlight += 1;
    try {
      // One statement is its own transaction: a chain head is locked, the records inserted and the
      // head moved atomically, in a single round trip.
      await appendAudit(
        this.db,
        batch.flatMap((p) => p.records),
      );
      batch.forEach((p) => p.resolve());
    } catch (error) {
      batch.forEach((p) => p.reject(error));
    } finally {
      this.inFlight -= 1;
      this.schedule();
    }
  }
}

const writers = new WeakMap<Db, AuditWriter>();

/** The writer of a database handle (one per process and database). */
export function auditWriterFor(db: Db): AuditWriter {
  let writer = writers.get(db);
  if (!writer) {
    writer = new AuditWriter(db);
    writers.set(db, writer);
  }
  return writer;
}
