import type { DataSource, EntitySubscriberInterface, EntityTarget, ObjectLiteral, QueryRunner } from 'typeorm';

/**
 * How long a process trusts reference data it read (parks' names, say). A change written through
 * this process (TypeORM insert/update/delete of the entity, query builders included) drops the
 * snapshot when it commits; another API process sees it within this time (as the policy labels).
 */
export const REFERENCE_CACHE_TTL_MS = 10_000;

/**
 * A small table read whole, kept per process as a snapshot (`build` indexes the rows), instead of one
 * query per request: every list page showing a row's park name sent one statement for 23 rows that
 * change a few times a year (bench/README.md, `api-throughput`). Dropped when the entity is written
 * through TypeORM in this process — once when the statement runs and once more when its transaction
 * commits, so a read racing an uncommitted change cannot keep the old rows — and after the TTL.
 * Raw SQL (`manager.query`) is not seen: cache only columns no raw statement writes.
 */
export class ReferenceCache<Row, Snapshot> implements EntitySubscriberInterface<ObjectLiteral> {
  private snapshot: Promise<Snapshot> | null = null;
  /** The resolved value of a read, for `peek` (current while `read` is still the snapshot). */
  private resolved: { read: Promise<Snapshot>; value: Snapshot } | null = null;
  private readAt = 0;
  /** Bumped by every drop: a read that began before one is not kept. */
  private generation = 0;
  /** Query runners whose open transaction wrote the entity. */
  private readonly pending = new WeakSet<QueryRunner>();

  constructor(
    dataSource: DataSource,
    private readonly entity: EntityTarget<ObjectLiteral>,
    private readonly load: () => Promise<Row[]>,
    private readonly build: (rows: Row[]) => Snapshot,
    private readonly ttlMs = REFERENCE_CACHE_TTL_MS,
  ) {
    dataSource.subscribers.push(this);
  }

  /** The current snapshot, read again when dropped or older than the TTL. */
  get(now = Date.now()): Promise<Snapshot> {
    if (this.snapshot && now - this.readAt <= this.ttlMs) return this.snapshot;
    const generation = this.generation;
    const read = this.load().then(this.build);
    this.snapshot = read;
    this.readAt = now;
    read.then(
      (value) => {
        if (generation !== this.generation && this.snapshot === read) this.snapshot = null;
        else if (this.snapshot === read) this.resolved = { read, value };
      },
      () => {
        if (this.snapshot === read) this.snapshot = null;
      },
    );
    return read;
  }

  /**
   * The snapshot `get` would answer, when it is read already and within the TTL; else undefined (then
   * `get`). For list rows: no promise per row.
   */
  peek(now = Date.now()): Snapshot | undefined {
    const resolved = this.resolved;
    if (!resolved || resolved.read !== this.snapshot || now - this.readAt > this.ttlMs) return undefined;
    return resolved.value;
  }

  drop(): void {
    this.generation++;
    this.snapshot = null;
  }

  // TypeORM subscriber: the entity written.
  listenTo() {
    return this.entity as never;
  }

  afterInsert(event: { queryRunner: QueryRunner }) {
    this.written(event.queryRunner);
  }

  afterUpdate(event: { queryRunner: QueryRunner }) {
    this.written(event.queryRunner);
  }

  afterRemove(event: { queryRunner: QueryRunner }) {
    this.written(event.queryRunner);
  }

  afterSoftRemove(event: { queryRunner: QueryRunner }) {
    this.written(event.queryRunner);
  }

  afterRecover(event: { queryRunner: QueryRunner }) {
    this.written(event.queryRunner);
  }

  // Not entity-filtered by TypeORM: only runners that wrote the entity count.
  afterTransactionCommit(event: { queryRunner: QueryRunner }) {
    if (this.pending.has(event.queryRunner)) {
      this.pending.delete(event.queryRunner);
      this.drop();
    }
  }

  afterTransactionRollback(event: { queryRunner: QueryRunner }) {
    this.pending.delete(event.queryRunner);
  }

  private written(queryRunner: QueryRunner): void {
    this.drop();
    if (queryRunner?.isTransactionActive) this.pending.add(queryRunner);
  }
}
