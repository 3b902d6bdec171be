/**
 * An append-only, durable log of opaque records: the coordinator's journal in cluster mode. append()
 * resolves once the record is stored (a coordinator killed right after loses nothing it acted on);
 * replay() returns every record in append order.
 */
export interface RecordLog {
  /** `key` groups records (a job's), so that forget() can drop a group's old records at once. */
  append(record: string, key?: string): Promise<void>;
  replay(): Promise<string[]>;
  /** Every record in append order, with its place in the log (for forget()). */
  entries?(): Promise<LoggedRecord[]>;
  /**
   * Drops these records for good, durably (a compacted journal no longer needs them). For a key, they
   * must be all of its records before some position: the log may drop them as one range.
   */
  forget?(records: readonly LoggedRecord[]): Promise<void>;
  close(): Promise<void>;
}

export interface LoggedRecord {
  readonly data: string;
  /** Its place in the log, increasing in append order (JetStream: the stream sequence). */
  readonly position: number;
  /** The group it was appended in, as the log names it (NATS: the key's subject token); undefined for a record appended without a key. */
  readonly key?: string;
}
