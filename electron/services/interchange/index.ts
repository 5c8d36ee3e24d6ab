// The interchange service: one JSON document for a whole workspace
// (docs/interchange.md). Parse and check first, then import in one transaction.
export { type KnownData, NOTHING_KNOWN, checkInterchange } from './checks';
export { type ExportOptions, type ExportSource, exportInterchange, serializeInterchange } from './export';
export { readInterchangeBytes, readInterchangeFile } from './file';
export { importInterchangeBytes, invalidInterchange } from './import-bytes';
export { type ImportSummary, importInterchange, readKnown, summarizeInterchange, writeInterchange } from './import';
export { type InterchangeIssue, plainIssues } from './issues';
export { MAX_INTERCHANGE_BYTES, type ParseOptions, type ParseResult, decodeInterchange, parseInterchange } from './parse';
