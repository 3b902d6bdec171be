import { Worker } from "node:worker_threads";
import type { AskAnswer, AskRequest } from "@hyperfleet/optimizer";

/** Where asks are answered: a pool of threads, or (absent) the coordinator's own event loop. */
export interface Suggester {
  ask(request: AskRequest): Promise<AskAnswer>;
  close(): Promise<void>;
}

interface Pending {
  resolve: (answer: AskAnswer) => void;
  reject: (error: Error) => void;
}

/** How long a dead thread's place stays empty before a new one starts (a thread file that cannot load must not spin). */
const RESPAWN_MS = 1_000;

/**
 * `size` threads that answer asks (GP fits, acquisition searches) off the event loop, each one
 * request at a time, the next request going to the thread with the fewest in hand. A thread that dies
 * fails what it held and is replaced a second later; with none alive, an ask fails (the job then asks
 * on its own event loop).
 */
export class SuggestionPool implements Suggester {
  private readonly threads: { worker: Worker; pending: Map<number, Pending> }[] = [];
  private nextId = 1;
  private closed = false;

  constructor(readonly size: number) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`a suggestion pool needs at least one thread, got ${size}`);
    for (let i = 0; i < size; i++) this.threads.push(this.spawn());
  }

  ask(request: AskRequest): Promise<AskAnswer> {
    if (this.closed) return Promise.reject(new Error("the suggestion pool is closed"));
    if (this.threads.length === 0) return Promise.reject(new Error("no suggestion thread is running"));
    const thread = this.threads.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      thread.pending.set(id, { resolve, reject });
      thread.worker.postMessage({ id, request });
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.threads.map((t) => t.worker.terminate()));
  }

  private spawn(): { worker: Worker; pending: Map<number, Pending> } {
    const worker = new Worker(new URL("./suggestion-thread.js", import.meta.url));
    const thread = { worker, pending: new Map<number, Pending>() };
    worker.on("message", (m: { id: number; answer?: AskAnswer; error?: string }) => {
      const p = thread.pending.get(m.id);
      thread.pending.delete(m.id);
      if (m.answer) p?.resolve(m.answer);
      else p?.reject(new Error(m.error ?? "the suggestion thread answered nothing"));
    });
    let failure = "a suggestion thread exited";
    worker.on("error", (err) => void (failure = `a suggestion thread failed: ${err.message}`));
    worker.on("exit", () => {
      for (const p of thread.pending.values()) p.reject(new Error(failure));
      thread.pending.clear();
      this.threads.splice(this.threads.indexOf(thread), 1);
      if (!this.closed) setTimeout(() => this.closed || this.threads.push(this.spawn()), RESPAWN_MS).unref();
    });
    return thread;
  }
}
