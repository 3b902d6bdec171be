/**
 * An append-only, durable log of opaque records: the coordinator's journal in cluster mode. append()
 * resolves once the record is stored (a coordinator killed right after loses nothing it acted on);
 * replay() returns every record in append order.
 */
export interface RecordLog {
  append(record: string): Promise<void>;
  replay(): Promise<string[]>;
  close(): Promise<void>;
}
