// The job page's cards: its limits (editable), its Pareto front or its best trial with what reruns it.
import type { ComponentChildren } from "preact";
import { useState } from "preact/hooks";
import { ApiError, sendJson } from "./api.js";
import { fmtDuration, fmtNum } from "./lib/format.js";
import { trialHref } from "./lib/route.js";
import type { JobDescription, Limits, Objective, Trial } from "./lib/types.js";
import { KeyValues } from "./widgets.js";

export function LimitsCard(props: { base: string; limits: Limits; active: boolean; created: number; onChanged: () => void }) {
  const [edit, setEdit] = useState<Record<string, string>>({});
  const [msg, setMsg] = useState<{ ok: boolean; text: string } | null>(null);
  const [extendBy, setExtendBy] = useState("10");
  const [busy, setBusy] = useState(false);
  const l = props.limits;
  const fields: [keyof Limits, string][] = [
    ["maxTrials", "Max trials"],
    ["maxParallelTrials", "Max parallel trials"],
    ["maxFailedTrials", "Max failed trials"],
  ];
  const patch = async (limits: Partial<Limits>) => {
    setBusy(true);
    try {
      await sendJson("PATCH", props.base, { limits });
      setMsg({ ok: true, text: "Saved." });
      setEdit({});
      props.onChanged();
    } catch (e) {
      setMsg({ ok: false, text: e instanceof ApiError ? `${e.message}${e.field ? ` (${e.field})` : ""}` : String(e) });
    } finally {
      setBusy(false);
    }
  };
  const save = (e: Event) => {
    e.preventDefault();
    const limits: Partial<Limits> = {};
    for (const [k] of fields) {
      const v = edit[k];
      if (v !== undefined && v.trim() !== "") limits[k] = Number(v);
    }
    if (Object.keys(limits).length === 0) return;
    void patch(limits);
  };
  const stop = async () => {
    if (!window.confirm("Stop this job? Running trials are stopped; this cannot be undone.")) return;
    setBusy(true);
    try {
      await sendJson("POST", `${props.base}/stop`);
      setMsg({ ok: true, text: "Stop requested." });
      props.onChanged();
    } catch (e) {
      setMsg({ ok: false, text: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="card">
      <h2>Limits</h2>
      <p class="muted">{props.created} of {l.maxTrials} trials created</p>
      <form onSubmit={save} data-form="limits">
        {fields.map(([k, label]) => (
          <label key={k} class="row">
            <span>{label}</span>
            <input
              type="number"
              min="0"
              step="1"
              name={k}
              disabled={!props.active || busy}
              placeholder={l[k] === undefined ? "none" : String(l[k])}
              value={edit[k] ?? ""}
              onInput={(e) => setEdit({ ...edit, [k]: (e.target as HTMLInputElement).value })}
            />
          </label>
        ))}
        <button type="submit" data-action="save-limits" disabled={!props.active || busy}>Save limits</button>
      </form>
      <div class="actions">
        <label>
          Extend by{" "}
          <input type="number" min="1" step="1" value={extendBy} size={5} data-field="extend-by" onInput={(e) => setExtendBy((e.target as HTMLInputElement).value)} disabled={!props.active || busy} />
        </label>{" "}
        <button type="button" data-action="extend" disabled={!props.active || busy || !(Number(extendBy) > 0)} onClick={() => void patch({ maxTrials: l.maxTrials + Math.floor(Number(extendBy)) })}>
          + trials
        </button>{" "}
        <button type="button" class="danger" data-action="stop" disabled={!props.active || busy} onClick={() => void stop()}>
          Stop job
        </button>
      </div>
      {msg && <p class={msg.ok ? "ok" : "error"} role={msg.ok ? "status" : "alert"} data-field="limits-message">{msg.text}</p>}
    </div>
  );
}

/** Several objectives: no single best trial; the front's size and its first few trials. */
export function FrontCard(props: { jobId: string; front: readonly Trial[]; objectives: readonly Objective[] }) {
  const shown = props.front.slice(0, 8);
  return (
    <div class="card" data-field="front-card">
      <h2>Pareto front</h2>
      <p>
        <strong>{props.front.length}</strong> {props.front.length === 1 ? "trial" : "trials"} on the front of {props.objectives.map((o) => `${o.type} ${o.metric}`).join(", ")}: none is better in
        every objective than another; the job has no single best trial.
      </p>
      {shown.length > 0 && (
        <p>
          {shown.map((t) => (
            <a key={t.trialId} class="tag" href={trialHref(props.jobId, t.trialId)}>
              #{t.trialId}
            </a>
          ))}
          {props.front.length > shown.length ? ` and ${props.front.length - shown.length} more (below)` : ""}
        </p>
      )}
    </div>
  );
}

export function BestTrialCard(props: { jobId: string; desc: JobDescription }) {
  const b = props.desc.bestTrial;
  if (!b)
    return (
      <div class="card" data-field="best-trial">
        <h2>Best trial</h2>
        <p class="empty">{props.desc.constraints?.length && props.desc.trainingJobStatusCounters.Completed > 0 ? "No feasible trial yet." : "None completed yet."}</p>
      </div>
    );
  const command = Array.isArray(b.training.command) ? b.training.command.join(" ") : b.training.command;
  return (
    <div class="card" data-field="best-trial">
      <h2>
        Best trial <a href={trialHref(props.jobId, b.trialId)}>#{b.trialId}</a>
      </h2>
      <KeyValues
        rows={[
          [props.desc.objective.metric, <strong>{fmtNum(b.objective)}</strong>],
          ["Attempt", String(b.attempt)],
          ["Worker", b.workerId],
          ["Duration", fmtDuration(b.durationSeconds)],
          ["Runtime", b.training.runtime],
          ...(b.training.image ? ([["Image", <code>{b.training.image}</code>]] as [string, ComponentChildren][]) : []),
          ...(command ? ([["Command", <code>{command}</code>]] as [string, ComponentChildren][]) : []),
          ["Resources", <code>{JSON.stringify(b.resources)}</code>],
          ["Artifacts", b.artifacts ? <code>{b.artifacts.host}:{b.artifacts.path}</code> : "—"],
        ]}
      />
      <h3>Hyperparameters</h3>
      <table class="grid compact">
        <tbody>
          {Object.entries(b.hyperparameters).map(([k, v]) => (
            <tr key={k}><th scope="row">{k}</th><td><code>{v}</code></td></tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
