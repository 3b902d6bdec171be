// Splits a byte stream of JSON lines (application/x-ndjson) into parsed values. Pure: fed chunks of text,
// returns the complete lines' values and keeps the partial tail for the next chunk.

export class NdjsonSplitter {
  private tail = "";

  /** The values of every complete line in `chunk` (plus what was left over); blank lines are skipped. */
  push(chunk: string): unknown[] {
    const text = this.tail + chunk;
    const lines = text.split("\n");
    this.tail = lines.pop() ?? "";
    return parseLines(lines);
  }

  /** The last line, if the stream ended without a newline. */
  end(): unknown[] {
    const rest = this.tail;
    this.tail = "";
    return parseLines([rest]);
  }
}

function parseLines(lines: string[]): unknown[] {
  const out: unknown[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (line === "") continue;
    try {
      out.push(JSON.parse(line));
    } catch {
      // a malformed line is dropped, not fatal: the stream goes on
    }
  }
  return out;
}
