/** What the table needs of a trial: its id. */
interface Keyed {
  readonly trialId: number;
}

/** Trials per chunk: a change copies one chunk and the list of chunks, not every trial. */
const CHUNK = 256;

/**
 * A job's trials by id, immutable: with() returns a new table that shares every chunk but the one it
 * changed. The reducer makes a new state per event; with a plain Map each event copied all of a
 * job's trials (a job of 100,000 trials copied 100,000 entries per claim). Trial ids are the dense
 * 0, 1, 2... the optimizer hands out, so a chunk is an array slot range; iteration is by id, which is
 * the order trials are created in.
 */
export class TrialTable<JobTrial extends Keyed = Keyed> implements ReadonlyMap<number, JobTrial> {
  static empty<T extends Keyed>(): TrialTable<T> {
    return new TrialTable<T>([], 0);
  }

  private constructor(
    private readonly chunks: readonly (readonly (JobTrial | undefined)[])[],
    readonly size: number,
  ) {}

  static of<T extends Keyed>(trials: Iterable<T>): TrialTable<T> {
    let table = TrialTable.empty<T>();
    for (const t of trials) table = table.with(t);
    return table;
  }

  /** This table with `trial` added or replaced (by its id). */
  with(trial: JobTrial): TrialTable<JobTrial> {
    const id = trial.trialId;
    if (!Number.isInteger(id) || id < 0) throw new RangeError(`trial ids are whole numbers from 0, not ${id}`);
    const c = Math.floor(id / CHUNK);
    const chunks = this.chunks.slice();
    while (chunks.length <= c) chunks.push([]);
    const chunk = chunks[c]!.slice();
    const added = chunk[id % CHUNK] === undefined;
    chunk[id % CHUNK] = trial;
    chunks[c] = chunk;
    return new TrialTable<JobTrial>(chunks, this.size + (added ? 1 : 0));
  }

  get(id: number): JobTrial | undefined {
    return Number.isInteger(id) && id >= 0 ? this.chunks[Math.floor(id / CHUNK)]?.[id % CHUNK] : undefined;
  }

  has(id: number): boolean {
    return this.get(id) !== undefined;
  }

  *values(): MapIterator<JobTrial> {
    for (const chunk of this.chunks) for (const t of chunk) if (t !== undefined) yield t;
  }

  *keys(): MapIterator<number> {
    for (const t of this.values()) yield t.trialId;
  }

  *entries(): MapIterator<[number, JobTrial]> {
    for (const t of this.values()) yield [t.trialId, t];
  }

  [Symbol.iterator](): MapIterator<[number, JobTrial]> {
    return this.entries();
  }

  forEach(callback: (value: JobTrial, key: number, map: ReadonlyMap<number, JobTrial>) => void, thisArg?: unknown): void {
    for (const t of this.values()) callback.call(thisArg, t, t.trialId, this);
  }
}
