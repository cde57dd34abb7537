// Hover text for whatever fact lies under an offset: a name, a figure or a quotation.
// Markdown in the document's language; undefined where there is nothing to explain.
import type { Analysis } from './types';
import { nameHover } from './names/hover';
import { figureHover } from './figures/hover';
import { quoteHover } from './quotes/hover';

// Innermost first: a figure or a name inside a quotation is what the pointer is on.
const PROVIDERS = [figureHover, nameHover, quoteHover];

export function hoverAt(analysis: Analysis, offset: number): string | undefined {
  const parts = PROVIDERS.map((p) => p(analysis, offset)).filter((x): x is string => !!x);
  return parts.length ? parts.join('\n\n---\n\n') : undefined;
}
