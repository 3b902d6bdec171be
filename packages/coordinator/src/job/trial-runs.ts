import type { TransportEvent } from "@hyperfleet/transport";

/**
 * Runs of an attempt: the broker's delivery count tells a re-run (a redelivery, a copy after a
 * hand-back) from a repeat of the same run. Old workers send no count (0): their reports belong to
 * whatever run is current.
 */

/** What identifies a run: its attempt, the worker that claimed it and the delivery it claimed. */
interface RunOf {
  readonly attempt: number;
  readonly workerId?: string;
  readonly delivery?: number;
}

/** Whether an event of run `delivery` belongs to the trial's current run (unknown on either side: yes). */
export function sameRun(current: number | undefined, delivery: number | undefined): boolean {
  return current === undefined || delivery === undefined || delivery === 0 || current === delivery;
}

/** The broker's delivery count an event carries (claims and reports), or undefined when unknown. */
export function deliveryOf(e: TransportEvent): number | undefined {
  const d = "delivery" in e ? e.delivery : undefined;
  return typeof d === "number" && d > 0 ? d : undefined;
}

/** Whether the trial's journal already holds this run of the attempt (current or earlier). */
export function knownRun(t: RunOf & { readonly previousRuns?: readonly RunOf[] }, attempt: number, workerId: string, delivery: number | undefined): boolean {
  const same = (r: RunOf) => r.attempt === attempt && r.workerId === workerId && sameRun(r.delivery, delivery);
  return same(t) || (t.previousRuns ?? []).some(same);
}
