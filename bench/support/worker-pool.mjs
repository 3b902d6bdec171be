// Runs a bench's independent runs in worker threads, `size` at a time, with a progress count on
// standard error (a live counter on a terminal, a line every tenth of the runs otherwise).
import { Worker } from "node:worker_threads";

/** Each job of `queue` as the workerData of one `script` worker; resolves with their messages, in the order they finished. */
export function runPool(script, queue, size) {
  return new Promise((resolvePool, reject) => {
    const out = [];
    let next = 0;
    let active = 0;
    const total = queue.length;
    const startOne = () => {
      if (next >= total) {
        if (active === 0) resolvePool(out);
        return;
      }
      const job = queue[next++];
      active++;
      const worker = new Worker(script, { workerData: job });
      worker.once("message", (r) => {
        out.push(r);
        if (process.stderr.isTTY) process.stderr.write(`\r${out.length}/${total} runs done`);
        else if (out.length % Math.ceil(total / 10) === 0 || out.length === total) console.error(`${out.length}/${total} runs done`);
      });
      worker.once("error", reject);
      worker.once("exit", () => {
        active--;
        startOne();
      });
    };
    for (let i = 0; i < Math.min(size, total); i++) startOne();
  });
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}
