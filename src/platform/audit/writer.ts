/**
 * Group commit for the audit records of read-only work.
 *
 * A read has nothing to roll back; what matters (NEN 7513 §5: "onweerlegbaar") is that no personal
 * data leaves the server before the record of that read is durable. Reads therefore hand their
 * records to this writer and wait: records of concurrent requests are appended to one chain in one
 * transaction, so N reads share one commit (one WAL flush) instead of paying one each. The response
 * is sent only after that commit; if it fails, the request fails and nothing is disclosed.
 * Writes keep their audit records inside their own transaction (DataAccess.run).
 *
 * Two things keep the database's work per read small:
 *  - the writer remembers the head it left and appends after it in one plain statement, with the chain
 *    computed here (appendAuditAfter): no PL/pgSQL, no JSON to unpack. When another process or
 *    transaction took or moved that chain, nothing is written and the batch goes to any free chain;
 *  - a commit that could start waits up to 2 ms for the reads that were already running (DataAccess.read
 *    says when one starts): they share this commit instead of each waiting for the next.
 * docs/benchmarks.md has the figures.
 */
import type { Db } from '../db/db.js';
import { appendAuditAfter, appendAuditBulk, BULK_STATEMENT, type AuditRecord, type ChainHead } from './audit.js';

interface Pending {
  records: AuditRecord[];
  resolve: () => void;
  reject: (error: unknown) => void;
}

const MAX_BATCH = 500;

/** How long a commit waits at most for the reads that were running when it could have started. */
const MAX_WAIT_MS = 2;

/** A read in progress (from {@link AuditWriter.enter}): the batch it will join, if it can. */
export interface ReadTicket {
  readonly generation: number;
}

export class AuditWriter {
  private queue: Pending[] = [];
  private inFlight = 0;
  private scheduled = false;
  /** The heads of the chains this writer appended to last, as it left them (one per commit at a time). */
  private readonly heads: ChainHead[] = [];
  /** Reads that entered and have not handed over their records yet, per generation. */
  private readonly reading = new Map<number, number>();
  private generation = 0;
  /** While a commit waits for the reads of generation `generation - 1`: its time limit. */
  private waitTimer: NodeJS.Timeout | null = null;

  /**
   * @param db - the database
   * @param maxInFlight - commits that may run at once (each on its own connection and chain); more
   *   lowers the wait behind a running commit, fewer makes bigger batches; measured best at 1 on a
   *   2-core machine (docs/benchmarks.md), where the database CPU per record is the limit.
   * @param maxWaitMs - how long a commit waits at most for the reads that were running ({@link enter})
   */
  constructor(
    private readonly db: Db,
    private readonly maxInFlight = 1,
    private readonly maxWaitMs = MAX_WAIT_MS,
  ) {}

  /**
   * Says that a read has started and will hand over its records ({@link write} with this ticket, also
   * when it fails or has none). A commit that could start waits — up to {@link MAX_WAIT_MS} — for the
   * reads that were running at that moment, so that they share it instead of each waiting for the next
   * one: fewer, larger commits for the same records. Reads that start later do not hold it up.
   */
  enter(): ReadTicket {
    this.reading.set(this.generation, (this.reading.get(this.generation) ?? 0) + 1);
    return { generation: this.generation };
  }

  /** Resolves once the records are committed. */
  write(records: AuditRecord[], ticket?: ReadTicket): Promise<void> {
    if (ticket) {
      const left = (this.reading.get(ticket.generation) ?? 1) - 1;
      if (left > 0) {
        this.reading.set(ticket.generation, left);
      } else {
        this.reading.delete(ticket.generation);
      }
    }
    if (records.length === 0) {
      this.schedule();
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
    if (this.waitTimer === null) {
      // A commit could start now: the reads running at this moment are the ones to wait for.
      const awaited = this.generation;
      this.generation += 1;
      if (this.reading.has(awaited)) {
        this.waitTimer = setTimeout(() => this.startFlush(), this.maxWaitMs);
        return;
      }
    } else if (this.reading.has(this.generation - 1)) {
      return;
    }
    this.startFlush();
  }

  private startFlush(): void {
    if (this.waitTimer !== null) {
      clearTimeout(this.waitTimer);
      this.waitTimer = null;
    }
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
      await this.append(batch.flatMap((p) => p.records));
      batch.forEach((p) => p.resolve());
    } catch (error) {
      batch.forEach((p) => p.reject(error));
    } finally {
      this.inFlight -= 1;
      this.schedule();
    }
  }

  /**
   * Usually one self-committing statement after the head this writer left (appendAuditAfter). When
   * another process or transaction took or moved that chain, the records go to any free chain in a
   * transaction of its own, and the writer continues after them.
   */
  private async append(records: AuditRecord[]): Promise<void> {
    const head = this.heads.pop();
    const next = head && records.length <= BULK_STATEMENT ? await appendAuditAfter(this.db, head, records) : null;
    const left = next ?? (await this.db.tx((tx) => appendAuditBulk(tx, records, 'any')));
    if (left) {
      this.heads.push(left);
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
