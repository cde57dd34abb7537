// Offsets ↔ lines, shared by the engine (hovers, source references) and the CLI.
export interface Position {
  line: number;
  character: number;
  offset: number;
}

const BREAK = /\r\n?|\n/g;

/**
 * Offset of the start of every line (0-based lines). A line ends at \n, \r\n or a lone \r (old
 * Mac files), as in VS Code, LSP and markdown-it, so that lines agree across the engine and editors.
 */
export function lineStarts(text: string): number[] {
  const starts = [0];
  if (text.indexOf('\r') === -1) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
  BREAK.lastIndex = 0;
  for (let m = BREAK.exec(text); m; m = BREAK.exec(text)) starts.push(m.index + m[0].length);
  return starts;
}

/** 0-based line holding `offset`, given the line starts. */
export function lineAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function lineIndex(text: string): (offset: number) => Position {
  const starts = lineStarts(text);
  return (offset) => {
    const line = lineAt(starts, offset);
    return { line, character: offset - starts[line], offset };
  };
}
