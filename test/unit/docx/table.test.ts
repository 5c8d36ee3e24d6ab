// A Word table's columns: in the proportions the PDF uses, and a column that
// must not wrap (numbers, codes) widened to its widest cell, paid for by the
// columns that wrap, so "5,00" never breaks as "5,0" over "0" and the table
// keeps its width (the nine-criteria matrix across a landscape page).
import { describe, expect, it } from 'vitest';
import { wordTable } from '../../../electron/services/docx/table';
import type { Column, TableSpec } from '../../../electron/services/print-content/table';
import { tablesOf } from '../../helpers/docx-xml';

const LANDSCAPE = 16838 - 2 * 1000;
const grid = (xml: string) => [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));

describe('a Word table’s columns', () => {
  it('widen a nowrap column of numbers to its cells, taking the room from the columns that wrap', () => {
    const criteria = 9;
    const columns: Column[] = [
      { header: 'Ideja', width: 0.15 },
      { header: 'Propozuesi', width: 0.09 },
      ...Array.from({ length: criteria }, (_, i): Column => ({ header: `K${i + 1}`, width: 0.24 / criteria, align: 'right', nowrap: true })),
      { header: 'Përgjigja e arsyetuar', width: 0.52 },
    ];
    const spec: TableSpec = { columns, rows: [['Çelja e të dhënave', 'Qendra', ...Array.from({ length: criteria }, () => '5,00'), 'U përfshi.']] };
    const xml = wordTable(spec, 'sq', 'draft', LANDSCAPE);
    const widths = grid(xml);
    const declared = (0.24 / criteria) * LANDSCAPE;
    // Four characters of 10 pt and the cell's margins: wider than the column's share of the page.
    for (const w of widths.slice(2, 2 + criteria)) expect(w).toBeGreaterThan(declared);
    for (const w of widths.slice(2, 2 + criteria)) expect(w).toBeGreaterThanOrEqual(4 * 120 + 160);
    expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(LANDSCAPE);
    expect(widths[0]).toBeLessThan(0.15 * LANDSCAPE);
    expect(tablesOf(xml)[0]![1]!.slice(2, 4)).toEqual(['5,00', '5,00']);
  });

  it('keeps the declared proportions when every nowrap column already fits', () => {
    const spec: TableSpec = {
      columns: [
        { header: 'Nr.', width: 0.2, nowrap: true },
        { header: 'Titulli', width: 0.8 },
      ],
      rows: [['1.1', 'Regjistri i pronësisë']],
    };
    expect(grid(wordTable(spec, 'sq', 'draft', 10000))).toEqual([2000, 8000]);
  });
});
