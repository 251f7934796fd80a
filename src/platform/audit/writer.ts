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
  private flushing = false;

  constructor(private readonly db: Db) {}

  /** Resolves once the records are committed. */
  write(records: AuditRecord[]): Promise<void> {
    if (records.length === 0) {
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ records, resolve, reject });
      if (!this.flushing) {
        this.flushing = true;
        // Let the reads that finish in the same turn of the event loop join this commit.
        setImmediate(() => void this.flush());
      }
    });
  }

  private async flush(): Promise<void> {
    while (this.queue.length > 0) {
      const batch: Pending[] = [];
      let count = 0;
      while (this.queue.length > 0 && count < MAX_BATCH) {
        const next = this.queue.shift()!;
        batch.push(next);
        count += next.records.length;
      }
      try {
        // One statement is its own transaction: the chain head is locked, the records inserted and the
        // head moved atomically, in a single round trip.
        await appendAudit(this.db, batch.flatMap((p) => p.records));
        batch.forEach((p) => p.resolve());
      } catch (error) {
        batch.forEach((p) => p.reject(error));
      }
    }
    this.flushing = false;
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
