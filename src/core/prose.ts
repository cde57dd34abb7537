// Prose extraction: which parts of a draft are sentences a copy desk reads.
// markdown-it's block parse (inline rules off) gives each block's line map in ~1 ms;
// a small inline scan of our own then blanks code spans, URLs, link targets, HTML and
// emphasis markers inside each block. Blanking with spaces keeps every offset valid.
import MarkdownIt from 'markdown-it';
import type { AnalysisCache, Paragraph, Prose } from './types';
import { lineStarts } from './positions';

type Md = ReturnType<typeof MarkdownIt>;
let parser: Md | undefined;
function blockParser(): Md {
  if (!parser) {
    // Created once and never reconfigured: a pure function of its input afterwards.
    parser = MarkdownIt('commonmark', { html: true });
    parser.enable('table');
    parser.core.ruler.disable(['inline', 'text_join']);
  }
  return parser;
}

// Line breaks (\n, \r) survive blanking, so lines and offsets stay those of the original.
const blank = (s: string): string => s.replace(/[^\r\n]/g, ' ');

/** Length of a YAML front matter block (--- ... --- at the very top), or 0. */
export function frontMatterLength(text: string): number {
  const m = /^---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  return m ? m[0].length : 0;
}

/** Plain text: every character is prose; paragraphs are separated by blank lines. */
function plainProse(text: string): Prose {
  const paragraphs: Paragraph[] = [];
  const re = /(?:(?:\r\n?|\n)[ \t]*){2,}/g;
  let start = 0;
  let m: RegExpExecArray | null;
  const push = (s: number, e: number): void => {
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) paragraphs.push({ start: s, end: e, kind: 'paragraph' });
  };
  while ((m = re.exec(text))) {
    push(start, m.index);
    start = m.index + m[0].length;
  }
  push(start, text.length);
  return { text, paragraphs };
}

interface Block {
  kind: string;
  startLine: number;
  endLine: number;
  /** The block is the first paragraph of a list item: its first line carries the marker. */
  listItem: boolean;
  quoted: boolean;
}

function collectBlocks(src: string): Block[] {
  const tokens = blockParser().parse(src, {});
  const blocks: Block[] = [];
  let quoteDepth = 0;
  let pendingListItem = false;
  for (const t of tokens) {
    if (t.type === 'blockquote_open') quoteDepth++;
    else if (t.type === 'blockquote_close') quoteDepth--;
    else if (t.type === 'list_item_open') pendingListItem = true;
    else if ((t.type === 'paragraph_open' || t.type === 'heading_open' || t.type === 'table_open') && t.map) {
      blocks.push({
        kind: t.type.replace('_open', ''),
        startLine: t.map[0],
        endLine: t.map[1],
        listItem: pendingListItem,
        quoted: quoteDepth > 0,
      });
      pendingListItem = false;
    } else if (t.type === 'fence' || t.type === 'code_block' || t.type === 'html_block' || t.type === 'hr') {
      pendingListItem = false;
    }
  }
  return blocks;
}


const CONTAINER = /^[ \t]*(?:>[ \t]?)*/;
const LIST_MARKER = /^[ \t]*(?:>[ \t]?)*[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+(?:\[[ xX]\][ \t]+)?|$)/;

/** Blanks the Markdown syntax of one line of a block, keeping its prose. */
function maskLine(line: string, block: Block, first: boolean, last: boolean): string {
  let prefix = 0;
  if (first && block.listItem) prefix = (LIST_MARKER.exec(line) || [''])[0].length;
  else if (block.quoted || block.listItem) prefix = (CONTAINER.exec(line) || [''])[0].length;
  let body = line.slice(prefix);
  if (block.kind === 'heading') {
    if (last && !first && /^[ \t]*(=+|-+)[ \t]*$/.test(body)) return blank(line); // setext underline
    body = body.replace(/^([ \t]*#{1,6})(?=[ \t]|$)/, blank).replace(/([ \t]+#+)[ \t]*$/, blank);
  } else if (block.kind === 'table') {
    if (/^[ \t|:-]+$/.test(body)) return blank(line);
    body = body.replace(/(?<!\\)\|/g, ' ');
  }
  return ' '.repeat(prefix) + maskInline(body);
}

// One pass over a line: the alternatives are tried left to right, so a code span wins over
// a URL inside it, and a link's text survives while its target is blanked.
const INLINE = new RegExp(
  [
    '(`+)[\\s\\S]*?\\1', // code span
    '<(?:https?|ftp|mailto):[^>\\s]*>', // autolink
    '<[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>]*)?\\/?>|<\\/[A-Za-z][A-Za-z0-9-]*\\s*>|<!--[\\s\\S]*?-->', // HTML tag or comment
    '!\\[[^\\]\\n]*\\](?:\\([^)\\n]*\\)|\\[[^\\]\\n]*\\])?', // image
    '\\]\\([^)\\s]*(?:\\s+"[^"\\n]*")?\\)', // link target
    '\\]\\[[^\\]\\n]*\\]', // reference link label
    '\\[\\^[^\\]\\n]+\\]', // footnote reference
    '\\b(?:https?:\\/\\/|www\\.)[^\\s<>()\\[\\]]*[^\\s<>()\\[\\].,;:!?»"”’\']', // bare URL
    '\\\\(?=[!-/:-@\\[-`{-~])', // backslash escape
    '(?<![\\p{L}\\p{N}])(?:\\*{1,3}|_{1,3}|~~)(?=\\S)', // opening emphasis run
    '(?<=\\S)(?:\\*{1,3}|_{1,3}|~~)(?![\\p{L}\\p{N}])', // closing emphasis run
    '(?<=^|[\\s(])\\[(?=[^\\]\\n]*\\](?:\\(|\\[))', // link text opening bracket
  ].join('|'),
  'gu',
);

const MAY_HAVE_INLINE = /[`<!\]\[\\*_~]|https?:|www\./;

export function maskInline(s: string): string {
  // Most lines of a draft hold no Markdown syntax at all: skip the big pattern for them.
  if (!MAY_HAVE_INLINE.test(s)) return s;
  return s.replace(INLINE, blank);
}

/** Masks a block line by line; each line keeps its own break (\n, \r\n or a lone \r). */
function maskBlock(raw: string, block: Block): string {
  const parts = raw.split(/(\r\n?|\n)/);
  const last = parts.length - 1;
  for (let i = 0; i <= last; i += 2) parts[i] = maskLine(parts[i], block, i === 0, i === last);
  return parts.join('');
}

/**
 * Finds the prose of a draft. Markdown: only paragraphs, headings and table cells, with
 * inline code, URLs, link targets and HTML blanked. Plain text: everything.
 */
export function extractProse(text: string, format: 'markdown' | 'plaintext' = 'markdown', cache?: AnalysisCache): Prose {
  if (format === 'plaintext') return plainProse(text);
  const fm = frontMatterLength(text);
  const src = fm ? blank(text.slice(0, fm)) + text.slice(fm) : text;
  // one more start past the end, so a block's last line ends like the others
  const starts = [...lineStarts(src), src.length + 1];
  const parts: string[] = [];
  const paragraphs: Paragraph[] = [];
  let pos = 0;
  const nextCache = cache ? new Map<string, string>() : undefined;
  for (const b of collectBlocks(src)) {
    const start = starts[b.startLine];
    const end = Math.min(starts[b.endLine] - 1, src.length);
    if (end <= start || start < pos) continue;
    parts.push(blank(src.slice(pos, start)));
    const raw = src.slice(start, end);
    const key = `${b.kind}|${b.listItem ? 1 : 0}|${b.quoted ? 1 : 0}|${raw}`;
    let masked = cache?.blocks.get(key);
    if (masked === undefined) masked = maskBlock(raw, b);
    nextCache?.set(key, masked);
    parts.push(masked);
    let s = start;
    let e = end;
    while (s < e && /\s/.test(masked[s - start])) s++;
    while (e > s && /\s/.test(masked[e - 1 - start])) e--;
    if (e > s) paragraphs.push({ start: s, end: e, kind: b.kind });
    pos = end;
  }
  parts.push(blank(src.slice(pos)));
  if (cache && nextCache) cache.blocks = nextCache; // keep only the blocks the latest version has
  const prose = parts.join('');
  // the invariant every stage relies on: offsets in the prose are offsets in the text
  if (prose.length !== text.length) throw new Error(`prose has ${prose.length} characters for a text of ${text.length}`);
  return { text: prose, paragraphs };
}
