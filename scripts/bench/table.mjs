// The one table `npm run bench` prints.

/** The baseline is a blank React page for page figures, a bare Node HTTP server for the host's start (see the budget). */
export const HEADERS = ['figure', 'AllyDesk', 'baseline', 'ratio', 'budget', 'result'];

/** Rows of cells → aligned text; the first column left-aligned, the figures right-aligned. */
export function formatTable(rows, headers = HEADERS) {
  const all = [headers, ...rows];
  const widths = headers.map((_, i) => Math.max(...all.map((row) => String(row[i]).length)));
  const line = (row) => row.map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]))).join('  ');
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
export const ms = (value) => `${value.toFixed(value < 10 ? 3 : 0)} ms`;
export const MB = (bytes) => `${(bytes / 1e6).toFixed(2)} MB`;
export const ratio = (ours, blank) => `${(ours / blank).toFixed(2)}×`;
/** PASS, FAIL, or info for a figure shown without a budget (pass null). */
export const verdict = (pass) => (pass === null ? 'info' : pass ? 'PASS' : 'FAIL');
