// Small shared pieces: sortable column headers, status badges, key/value lists.

import type { ComponentChildren } from "preact";
import type { Sort } from "./lib/table.js";

export function SortHeader(props: { k: string; label: string; sort: Sort; onSort: (s: Sort) => void; class?: string }) {
  const active = props.sort.key === props.k;
  return (
    <th scope="col" class={props.class} aria-sort={active ? (props.sort.dir === "asc" ? "ascending" : "descending") : "none"}>
      <button
        type="button"
        class="sort"
        data-sort={props.k}
        onClick={() => props.onSort({ key: props.k, dir: active && props.sort.dir === "asc" ? "desc" : "asc" })}
      >
        {props.label}
        {active ? (props.sort.dir === "asc" ? " ▲" : " ▼") : ""}
      </button>
    </th>
  );
}

export function StatusBadge(props: { status: string }) {
  return <span class={`badge s-${props.status}`}>{props.status}</span>;
}

export function KeyValues(props: { rows: [string, ComponentChildren][] }) {
  return (
    <dl class="kv">
      {props.rows.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}
