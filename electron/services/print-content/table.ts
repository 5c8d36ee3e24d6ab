// A printed table as data: its columns and its cells, before any format lays
// it out (the PDF's table.ts draws it, the Word writer builds a w:tbl).
import type { PrintMode } from '../../../shared/model/print';
import type { Text } from '../../../shared/model/primitives';
import { type CellPart, decide } from './decide';
import type { EditionLang } from './labels';

/** A cell whose parts the caller has decided; printed as given, Albanian first, later parts in italic. */
export interface DecidedCell {
  parts: readonly CellPart[];
}
export type Cell = string | Text | DecidedCell | null | undefined;
export interface Column {
  header: string | Text;
  /** Fraction of the usable width; fractions are normalised to sum to 1. */
  width: number;
  /** Alignment of the column's header and cells (numbers read best right-aligned); default left. */
  align?: 'left' | 'center' | 'right';
  /**
   * The cells never break inside a line (numbers, codes: "5,00" must not print as "5,0" over "0").
   * The column is widened to its widest cell, taking the room from the columns that wrap.
   */
  nowrap?: boolean;
}

/** A table of an annex: its columns, and its rows of cells still to be decided. */
export interface TableSpec {
  columns: readonly Column[];
  rows: readonly (readonly Cell[])[];
}

/** A table under a line that introduces it (not a heading: "Criteria", "Comments received"). */
export interface LabelledTable {
  label: Text;
  table: TableSpec;
}

/** A table cell decided as decide() says (an empty one in a final print is a blank cell). */
export const decidedCell = (value: Cell, lang: EditionLang, mode: PrintMode): DecidedCell => {
  if (value && typeof value === 'object' && 'parts' in value) return value;
  return { parts: decide(value as Text | string | null | undefined, lang, mode) ?? [] };
};
