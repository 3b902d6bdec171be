import { describe, expect, it } from "vitest";
import { NdjsonSplitter } from "./ndjson.js";

describe("NdjsonSplitter", () => {
  it("parses lines split across chunks and keeps the partial tail", () => {
    const s = new NdjsonSplitter();
    expect(s.push('{"a":1}\n{"b"')).toEqual([{ a: 1 }]);
    expect(s.push(':2}\n\n{"type":"keepalive"}\n')).toEqual([{ b: 2 }, { type: "keepalive" }]);
    expect(s.push('{"c":3}')).toEqual([]);
    expect(s.end()).toEqual([{ c: 3 }]);
  });
  it("drops a malformed line and goes on", () => {
    expect(new NdjsonSplitter().push('nope\n{"ok":true}\n')).toEqual([{ ok: true }]);
  });
});
