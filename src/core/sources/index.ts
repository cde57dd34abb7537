// Source documents for quote-source: the adapters read the files, call buildSourceIndex
// once (and again when a source changes), and pass the index as options.sourceIndex on
// every analysis. lookupQuote finds one quotation in it.
export { buildSourceIndex } from './build';
export { lookupQuote } from './match';
export type { SourceIndex, IndexedSource } from './types';
