// exceljs, loaded the first time a workbook is read or written: it is the
// heaviest package the services use (about 40% of a command's start-up when it
// was loaded up front), and most commands and screens never touch a sheet.
import type ExcelJS from 'exceljs';

let loading: Promise<typeof ExcelJS> | undefined;

export async function newWorkbook(): Promise<ExcelJS.Workbook> {
  loading ??= import('exceljs').then((m) => (m as { default?: typeof ExcelJS }).default ?? (m as unknown as typeof ExcelJS));
  return new (await loading).Workbook();
}
