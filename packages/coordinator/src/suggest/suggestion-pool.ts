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

/**
 * `size` threads that answer asks (GP fits, acquisition searches) off the event loop, each one
 * request at a time, the next request going to the thread with the fewest in hand. A thread that dies
 * fails what it held and is replaced.
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
    worker.on("error", () => undefined);
    worker.on("exit", () => {
      for (const p of thread.pending.values()) p.reject(new Error("a suggestion thread exited"));
      thread.pending.clear();
      const i = this.threads.indexOf(thread);
      if (i >= 0 && !this.closed) this.threads[i] = this.spawn();
    });
    return thread;
  }
}
