// The bench's printed output: one table of the figures the targets speak of, with each target met or
// missed, and one of the figures that explain them (stalls, first trials, where the cores went).
import { ms, SCENARIOS } from "./scenarios.mjs";

function markdown(header, body) {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => String(b[i]).length)));
  const line = (r) => "| " + r.map((c, i) => String(c).padEnd(widths[i])).join(" | ") + " |";
  return [line(header), "|" + widths.map((w) => "-".repeat(w + 2)).join("|") + "|", ...body.map(line)].join("\n");
}

// "≥": a quantile that some result still waiting in the coordinator's queue bounds from below.
const latency = (l) => (l.p50 === undefined ? "n/a" : `${l.p50AtLeast ? "≥ " : ""}${ms(l.p50)} / ${l.p99AtLeast ? "≥ " : ""}${ms(l.p99)}`);
const inside = (l) => (l.internalP50 === undefined ? (l.samples ? "none refilled" : "n/a") : `${ms(l.internalP50)} / ${ms(l.internalP99)}`);
const lostOrDup = (i) => (i.ok ? `none${i.backlog ? ` (${i.backlog} results unhandled)` : ""}` : `${i.problemCount} problems`);
const verdict = (vs, r) => (r.error ? "not measured" : vs.map((v) => `${v.what}: ${v.met ? "met" : "MISSED"} (${v.detail})`).join("; ") || "reference");

function figures(id, r) {
  if (r.error) return ["error", "", "", "", r.error.slice(0, 100)];
  if (SCENARIOS[id].kind === "history") {
    return ["", "", "", "", `${r.journalRecords} journal records (largest ${(r.largestRecordBytes / 1024).toFixed(0)} KiB): ready ${ms(r.readyMs)} after spawn (fresh: ${ms(r.freshReadyMs)}), RSS ${r.rssMiB.toFixed(0)} MiB (fresh: ${r.freshRssMiB?.toFixed(0)} MiB; heap in use ${r.heapUsedMiB?.toFixed(0) ?? "n/a"} MiB)`];
  }
  if (SCENARIOS[id].kind === "restart") {
    const flowing = r.allFlowingMs === undefined ? `${r.stalledJobs} of ${r.jobs} jobs no new trial` : `all jobs flowing ${ms(r.allFlowingMs)}`;
    return ["", "", "", "", `${r.journalRecords} journal records: ready ${ms(r.readyMs)} after spawn (fresh, empty journal: ${ms(r.freshReadyMs)}); ${flowing}`];
  }
  return [r.trialsPerSecond.toFixed(0), `${r.fewest}/${r.most} (${r.fairness.toFixed(2)})`, latency(r.latency), inside(r.latency), lostOrDup(r.integrity)];
}

function details(id, r) {
  if (SCENARIOS[id].kind === "history") return [id, r.loadBefore?.toFixed(1) ?? "", "", "", "", "", ""];
  if (r.error || SCENARIOS[id].kind === "restart") return [id, r.loadBefore?.toFixed(1) ?? "", "", "", "", "", r.error ? "" : `journal filled in ${ms(r.fillMs)}`];
  const c = r.cores;
  const cores = c.coordinator === undefined ? "n/a" : `${c.coordinator.toFixed(2)} / ${c.natsServer.toFixed(2)} / ${c.workerHosts.toFixed(2)} / ${c.bench.toFixed(2)}`;
  const first = `${ms(r.firstTrial.maxMs)}${r.firstTrial.none ? `, ${r.firstTrial.none} got none` : ""}`;
  const notes = [r.ask ? `one tell+ask ${ms(r.ask.medianMs)} at n=${r.ask.observations}` : "", r.caughtUp ? "" : "coordinator still behind at the end", r.unreadLists ? `${r.unreadLists} trial lists not read in time (those jobs left out)` : ""].filter(Boolean).join("; ");
  return [id, r.loadBefore.toFixed(1), ms(r.health.maxLatencyMs), first, cores, r.journal.recordsPerTrial?.toFixed(1) ?? "n/a", notes];
}

export function printTables(ids, results, verdicts) {
  const main = ids.map((id) => [id, SCENARIOS[id].label, ...figures(id, results[id]), verdict(verdicts[id], results[id])]);
  const raw = results.raw;
  main.push(["raw", "JetStream on the same machine", "", "", "", "", `${raw.messagesPerSecond.toFixed(0)} msgs/s publish + pull + ack (256 in flight); ${raw.serialPublishesPerSecond.toFixed(0)} publishes/s awaited one at a time`, "baseline"]);
  console.log(markdown(["scenario", "load", "trials/s", "fairness (fewest/most)", "result → next trial p50 / p99", "of which in the coordinator", "trials lost or duplicated", "targets"], main));
  console.log();
  console.log(markdown(["scenario", "load average before", "/healthz max", "first trial, slowest worker", "cores: coordinator / nats / workers / bench", "journal records per trial", "notes"], ids.map((id) => details(id, results[id]))));
}
