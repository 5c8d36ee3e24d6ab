// Importing indicators from an Annex IX spreadsheet, in three steps: choose
// the file (checked for type and size before it is read), match the sheet's
// columns to the Annex IX fields and target years, under the header row the
// service found or the one the person chooses (the service suggests; every
// change is previewed again), then read the report row by row and import.
// Nothing is written until the last step, and a sheet with bad rows imports
// only when the person explicitly asks for the valid rows alone.
//
// The dialog fits a 1366×768 screen whatever the sheet: its content scrolls
// inside the surface, and no select or cell may grow wider than its column.
import {
  Button,
  Checkbox,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { CheckmarkCircleFilled, DismissCircleFilled, DocumentArrowUpRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { XLSX_COLUMNS, type XlsxColumn, type XlsxPreview } from '../../../shared/api/contract';
import type { AppErrorDto } from '../../../shared/api/errors';
import { Dialog } from '../components/Dialog';
import { useLanguage } from '../hooks/useLanguage';
import { describeError } from '../lib/describe-error';
import { readFileAsBase64 } from '../lib/files';
import { pickText } from '../lib/text';
import { useLabels, type Labels } from '../quality/labels';
import { useServices } from '../services/services';
import {
  MAX_XLSX_BYTES,
  columnLetter,
  columnParts,
  duplicateColumns,
  fileProblem,
  issueColumn,
  issueMessageKeys,
  mappingFrom,
  targetColumnsOf,
  yearColumnsFrom,
  type FileProblem,
  type FullMapping,
  type YearColumns,
} from './mapping';

export interface IndicatorSheetDialogProps {
  commitmentId: string;
  open: boolean;
  onClose(): void;
  /** After an import: `count` indicators were added (those it updated are in the dialog's summary); the list is to be read again. */
  onImported(count: number): void;
}

type Step = 'file' | 'mapping' | 'report';
const STEPS: readonly Step[] = ['file', 'mapping', 'report'];

interface ChosenFile {
  readonly name: string;
  readonly dataBase64: string;
}

const useStyles = makeStyles({
  // Never wider or taller than the window; what does not fit scrolls inside (DialogContent).
  surface: { width: 'min(980px, calc(100vw - 32px))', maxWidth: 'none', maxHeight: 'calc(100vh - 32px)', boxSizing: 'border-box' },
  body: { maxHeight: 'calc(100vh - 32px - 2 * 24px)', minWidth: 0 },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minHeight: '200px', minWidth: 0, overflowX: 'hidden' },
  steps: { display: 'flex', gap: tokens.spacingHorizontalS, listStyle: 'none', margin: 0, padding: 0, flexWrap: 'wrap' },
  stepItem: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    padding: `2px ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusCircular,
    color: tokens.colorNeutralForeground3,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    fontSize: tokens.fontSizeBase200,
  },
  stepCurrent: { color: tokens.colorNeutralForegroundOnBrand, backgroundColor: tokens.colorBrandBackground, border: `1px solid ${tokens.colorBrandBackground}`, fontWeight: tokens.fontWeightSemibold },
  stepDone: { color: tokens.colorNeutralForeground1 },
  stepNumber: { fontVariantNumeric: 'tabular-nums' },
  fileInput: { padding: `${tokens.spacingVerticalS} 0` },
  muted: { color: tokens.colorNeutralForeground2 },
  mappingGrid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(3, minmax(0, 1fr))',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    border: 'none',
    minWidth: 0,
  },
  // A grid item is as wide as its widest option unless told otherwise: that pushed the right-hand column out of view.
  mappingField: { minWidth: 0 },
  mappingSelect: { minWidth: 0, width: '100%', '& select': { minWidth: 0, width: '100%', textOverflow: 'ellipsis' } },
  headerRow: { maxWidth: '100%', minWidth: 0 },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalS, fontWeight: tokens.fontWeightSemibold },
  counts: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalL, flexWrap: 'wrap' },
  count: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, fontWeight: tokens.fontWeightSemibold },
  ok: { color: tokens.colorPaletteGreenForeground1 },
  bad: { color: tokens.colorPaletteRedForeground1 },
  tableBox: {
    maxHeight: '42vh',
    overflowY: 'auto',
    overflowX: 'hidden',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  table: { tableLayout: 'fixed', width: '100%' },
  rowCol: { width: '4.5rem' },
  statusCol: { width: '8rem' },
  actionCol: { width: '10rem' },
  nameCol: { width: '28%' },
  wrap: { overflowWrap: 'anywhere' },
  issues: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: '2px' },
  badRow: { backgroundColor: tokens.colorPaletteRedBackground1 },
  spacer: { flexGrow: 1 },
});

function columnLabel(labels: Labels, column: XlsxColumn): string {
  // The sheet holds the milestone's number, not the milestone.
  if (column === 'milestone') return labels.tx('panels.xlsx.milestoneColumn');
  if (column === 'id') return labels.tx('panels.xlsx.idColumn');
  if (column === 'targets') return labels.tx('panels.xlsx.targetsCellColumn');
  const { field, lang } = columnParts(column);
  const name = labels.fieldLabel('indicator', field);
  if (!lang) return name;
  return labels.tx(lang === 'sq' ? 'ui.editor.fieldSq' : 'ui.editor.fieldEn', { field: name });
}

/** A target year's column, in the editor's words (ui.editor.targetYear). */
const yearLabel = (labels: Labels, year: number) => labels.tx('ui.editor.targetYear', { year });

/** What an issue's column is called on screen. */
function issueColumnLabel(labels: Labels, column: string): string {
  const c = issueColumn(column);
  if (c === null) return column;
  if ('field' in c) return columnLabel(labels, c.field);
  return labels.tx('panels.xlsx.targetYearColumn', { field: labels.fieldLabel('indicator', 'targets'), year: yearLabel(labels, c.year) });
}

/** How the sheet is to be read: the header row, the field of each column, the target-year columns. */
interface Reading {
  headerRow: number;
  mapping: FullMapping;
  years: YearColumns;
}

export function IndicatorSheetDialog({ commitmentId, open, onClose, onImported }: IndicatorSheetDialogProps) {
  const styles = useStyles();
  // The steps live inside the surface, which is mounted for each opening only: every opening starts afresh
  // from its first render, so focus never lands on a control of the last opening that is about to go.
  return (
    <Dialog open={open} modalType="modal" onOpenChange={(_, d) => !d.open && onClose()}>
      <DialogSurface className={styles.surface} aria-describedby={undefined}>
        <SheetImport commitmentId={commitmentId} onClose={onClose} onImported={onImported} />
      </DialogSurface>
    </Dialog>
  );
}

function SheetImport({ commitmentId, onClose, onImported }: Omit<IndicatorSheetDialogProps, 'open'>) {
  const { t } = useTranslation();
  const { api, planChanges } = useServices();
  const labels = useLabels();
  const { lang } = useLanguage();
  const styles = useStyles();
  const maxBytes = MAX_XLSX_BYTES;

  const [step, setStep] = useState<Step>('file');
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [fileError, setFileError] = useState<{ problem: FileProblem | 'unreadable'; size?: number } | null>(null);
  const [loading, setLoading] = useState(false);
  const [preview, setPreview] = useState<XlsxPreview | null>(null);
  const [reading, setReading] = useState<Reading | null>(null);
  const [previewing, setPreviewing] = useState(false);
  const [apiError, setApiError] = useState<AppErrorDto | null>(null);
  const [validOnly, setValidOnly] = useState(false);
  const [onlyErrors, setOnlyErrors] = useState(false);
  const [importing, setImporting] = useState(false);
  const [result, setResult] = useState<{ imported: number; updated: number; unchanged: number; skipped: number } | null>(null);
  const seq = useRef(0);
  const fileInput = useRef<HTMLInputElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const content = useRef<HTMLDivElement>(null);

  // A preview still under way when the dialog closes is not waited for.
  useEffect(
    () => () => {
      seq.current++;
    },
    [],
  );

  /** Previews the file read as asked; a new header row alone lets the service suggest the columns afresh. */
  const runPreview = useCallback(
    async (chosen: ChosenFile, asked: { headerRow?: number; reading?: Reading }) => {
      const mine = ++seq.current;
      setPreviewing(true);
      const how = asked.reading
        ? { headerRow: asked.reading.headerRow, mapping: asked.reading.mapping, targetColumns: targetColumnsOf(asked.reading.years) }
        : asked.headerRow !== undefined
          ? { headerRow: asked.headerRow }
          : {};
      const r = await api['indicator.xlsxPreview']({ commitmentId, file: chosen, ...how });
      if (mine !== seq.current) return null;
      setPreviewing(false);
      if (!r.ok) {
        setApiError(r.error);
        return null;
      }
      setApiError(null);
      setPreview(r.value);
      if (!asked.reading) setReading({ headerRow: r.value.headerRow, mapping: mappingFrom(r.value), years: yearColumnsFrom(r.value) });
      return r.value;
    },
    [api, commitmentId],
  );

  const choose = async (f: File | undefined) => {
    setFileError(null);
    setApiError(null);
    if (!f) return;
    const problem = fileProblem(f, maxBytes);
    if (problem) {
      setFileError({ problem, size: f.size });
      return;
    }
    setLoading(true);
    let chosen: ChosenFile;
    try {
      chosen = { name: f.name.slice(-255), dataBase64: await readFileAsBase64(f) };
    } catch {
      setLoading(false);
      setFileError({ problem: 'unreadable' });
      return;
    }
    setLoading(false);
    setFile(chosen);
    setPreview(null);
    setReading(null);
    setResult(null);
    setValidOnly(false);
    if (await runPreview(chosen, {})) setStep('mapping');
  };

  const reread = (next: Reading) => {
    if (!file) return;
    setReading(next);
    setValidOnly(false);
    void runPreview(file, { reading: next });
  };
  const changeColumn = (column: XlsxColumn, value: string) => {
    if (reading) reread({ ...reading, mapping: { ...reading.mapping, [column]: value === '' ? null : Number(value) } });
  };
  const changeYear = (year: number, value: string) => {
    if (reading) reread({ ...reading, years: reading.years.map((y) => (y.year === year ? { year, column: value === '' ? null : Number(value) } : y)) });
  };
  const changeHeaderRow = (value: string) => {
    if (!file) return;
    setValidOnly(false);
    void runPreview(file, { headerRow: Number(value) });
  };

  const doImport = async () => {
    if (!file || !reading || !preview) return;
    setImporting(true);
    const r = await api['indicator.xlsxImport']({
      commitmentId,
      file,
      headerRow: reading.headerRow,
      mapping: reading.mapping,
      targetColumns: targetColumnsOf(reading.years),
      validOnly: preview.invalid > 0 && validOnly,
    });
    setImporting(false);
    if (!r.ok) {
      setApiError(r.error);
      return;
    }
    setApiError(null);
    setResult(r.value);
    onImported(r.value.imported);
    planChanges.announce();
  };

  // A step replaces the controls the focus was on (the file input, the Import button): focus moves to the
  // new step's first control, or to Close once imported, never out of the dialog, where it would be lost
  // and the dialog's focus trap would not hand it back to the page on closing.
  useEffect(() => {
    if (result) closeButton.current?.focus();
    else content.current?.querySelector<HTMLElement>('select, input, button, [tabindex="0"]')?.focus();
  }, [step, result]);

  const duplicates = useMemo(() => (reading ? duplicateColumns(reading.mapping, reading.years) : new Set<number>()), [reading]);
  const stepIndex = STEPS.indexOf(step);
  const canImport = !!preview && !previewing && !importing && !result && preview.valid > 0 && (preview.invalid === 0 || validOnly);

  const issueText = (issue: { column: string; code: string; message: string }) => {
    const column = issueColumnLabel(labels, issue.column);
    const message = labels.first(issueMessageKeys(issue)) ?? t('panels.xlsx.issue.unknown');
    return column ? t('panels.xlsx.issueAt', { column, message }) : message;
  };

  // A refused file or import: the service's issue codes say why more precisely than "invalid input".
  const errorText = (error: AppErrorDto) => {
    const issues = error.details?.issues ?? [];
    if (error.code !== 'invalid-input' || issues.length === 0) return describeError(t, error);
    const params = { ...error.details?.params };
    const texts = issues.flatMap((issue) => {
      const message = labels.first(issueMessageKeys(issue), params);
      if (!message) return [];
      const row = /^rows\[(\d+)\]\.(.+)$/.exec(issue.path);
      if (!row) return [message];
      const column = issueColumnLabel(labels, row[2]!);
      return [`${t('panels.xlsx.rowColumn')} ${row[1]} · ${t('panels.xlsx.issueAt', { column, message })}`];
    });
    const unique = [...new Set(texts)];
    if (unique.length === 0) return describeError(t, error);
    return unique.length > 5 ? `${unique.slice(0, 5).join(' ')} …` : unique.join(' ');
  };

  const updates = preview ? preview.rows.filter((r) => r.ok && r.action === 'update').length : 0;
  const counts = preview && (
    <div className={styles.counts} role="status">
      <span className={mergeClasses(styles.count, styles.ok)}>
        <CheckmarkCircleFilled aria-hidden />
        {t('panels.xlsx.valid', { count: preview.valid })}
      </span>
      <span className={mergeClasses(styles.count, preview.invalid > 0 ? styles.bad : styles.muted)}>
        <DismissCircleFilled aria-hidden />
        {t('panels.xlsx.invalid', { count: preview.invalid })}
      </span>
      {updates > 0 && <span className={styles.count}>{t('panels.xlsx.updates', { count: updates })}</span>}
      {previewing && <Spinner size="extra-tiny" label={t('panels.xlsx.checking')} />}
    </div>
  );

  let body;
  if (step === 'file') {
    body = (
      <>
        <Field
          label={t('panels.xlsx.fileLabel')}
          hint={t('panels.xlsx.fileHint', { max: maxBytes })}
          validationState={fileError ? 'error' : 'none'}
          validationMessage={
            fileError
              ? fileError.problem === 'too-large'
                ? t('panels.xlsx.fileProblem.too-large', { size: fileError.size ?? 0, max: maxBytes })
                : t(`panels.xlsx.fileProblem.${fileError.problem}`)
              : undefined
          }
        >
          {(fieldProps) => (
            <input
              {...fieldProps}
              ref={fileInput}
              type="file"
              className={styles.fileInput}
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              disabled={loading || previewing}
              onChange={(e) => void choose(e.currentTarget.files?.[0])}
            />
          )}
        </Field>
        {(loading || previewing) && <Spinner size="small" label={loading ? t('panels.xlsx.reading') : t('panels.xlsx.checking')} />}
      </>
    );
  } else if (step === 'mapping' && preview && reading) {
    const columnSelect = (id: string, chosen: number | null, onChange: (value: string) => void) => (
      <Select size="small" className={styles.mappingSelect} value={chosen === null ? '' : String(chosen)} onChange={(_, d) => onChange(d.value)} data-column={id}>
        <option value="">{t('panels.xlsx.notInSheet')}</option>
        {preview.headers.map((h, i) => (
          <option key={i} value={String(i)}>
            {t('panels.xlsx.columnOption', { letter: columnLetter(i), header: h.trim() || t('panels.xlsx.emptyHeader') })}
          </option>
        ))}
      </Select>
    );
    const duplicateNote = (chosen: number | null) =>
      chosen !== null && duplicates.has(chosen)
        ? { validationState: 'warning' as const, validationMessage: t('panels.xlsx.duplicate', { letter: columnLetter(chosen) }) }
        : { validationState: 'none' as const };
    body = (
      <>
        <Text className={styles.muted}>{t('panels.xlsx.chosenFile', { name: file?.name ?? '', sheet: preview.sheetName })}</Text>
        <Field label={t('panels.xlsx.headerRowLabel')} hint={t('panels.xlsx.headerRowHint')} size="small" className={styles.headerRow}>
          <Select size="small" className={styles.mappingSelect} value={String(reading.headerRow)} onChange={(_, d) => changeHeaderRow(d.value)} data-header-row>
            {preview.headerRows.some((h) => h.row === reading.headerRow) ? null : (
              <option value={String(reading.headerRow)}>{t('panels.xlsx.headerRowOption', { row: reading.headerRow, text: t('panels.xlsx.emptyHeader') })}</option>
            )}
            {preview.headerRows.map((h) => (
              <option key={h.row} value={String(h.row)}>
                {t('panels.xlsx.headerRowOption', { row: h.row, text: h.text || t('panels.xlsx.emptyHeader') })}
              </option>
            ))}
          </Select>
        </Field>
        <Text>{t('panels.xlsx.mappingIntro')}</Text>
        {counts}
        <fieldset className={styles.mappingGrid}>
          <legend className={styles.legend}>{t('panels.xlsx.mappingLabel')}</legend>
          {XLSX_COLUMNS.map((col) => (
            <Field key={col} label={columnLabel(labels, col)} size="small" className={styles.mappingField} {...duplicateNote(reading.mapping[col])}>
              {columnSelect(col, reading.mapping[col], (v) => changeColumn(col, v))}
            </Field>
          ))}
        </fieldset>
        <fieldset className={styles.mappingGrid}>
          <legend className={styles.legend}>{t('panels.xlsx.targetsLegend', { field: labels.fieldLabel('indicator', 'targets') })}</legend>
          {reading.years.map(({ year, column }) => (
            <Field key={year} label={yearLabel(labels, year)} size="small" className={styles.mappingField} {...duplicateNote(column)}>
              {columnSelect(`targets.${year}`, column, (v) => changeYear(year, v))}
            </Field>
          ))}
        </fieldset>
      </>
    );
  } else if (step === 'report' && preview) {
    const rows = onlyErrors ? preview.rows.filter((r) => !r.ok) : preview.rows;
    body = (
      <>
        {counts}
        {preview.rows.length === 0 ? (
          <MessageBar intent="warning">
            <MessageBarBody>{t('panels.xlsx.noRows')}</MessageBarBody>
          </MessageBar>
        ) : (
          <>
            {preview.invalid > 0 && !result && (
              <Checkbox checked={onlyErrors} onChange={(_, d) => setOnlyErrors(d.checked === true)} label={t('panels.xlsx.onlyErrors')} />
            )}
            <div className={styles.tableBox} tabIndex={0} role="region" aria-label={t('panels.xlsx.reportLabel')}>
              <Table size="small" className={styles.table} aria-label={t('panels.xlsx.reportLabel')}>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell className={styles.rowCol}>{t('panels.xlsx.rowColumn')}</TableHeaderCell>
                    <TableHeaderCell className={styles.nameCol}>{t('panels.xlsx.nameColumn')}</TableHeaderCell>
                    <TableHeaderCell className={styles.statusCol}>{t('panels.xlsx.statusColumn')}</TableHeaderCell>
                    <TableHeaderCell className={styles.actionCol}>{t('panels.xlsx.actionColumn')}</TableHeaderCell>
                    <TableHeaderCell>{t('panels.xlsx.issuesColumn')}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {rows.map((r) => {
                    const name = pickText(r.name, lang);
                    return (
                      <TableRow key={r.row} className={r.ok ? undefined : styles.badRow} data-row={r.row} data-ok={r.ok} data-action={r.action}>
                        <TableCell className={styles.rowCol}>{r.row}</TableCell>
                        <TableCell className={mergeClasses(styles.nameCol, styles.wrap)}>
                          <span lang={name?.lang}>{name?.value ?? t('panels.xlsx.unnamed')}</span>
                        </TableCell>
                        <TableCell className={styles.statusCol}>
                          <span className={mergeClasses(styles.count, r.ok ? styles.ok : styles.bad)}>
                            {r.ok ? <CheckmarkCircleFilled aria-hidden /> : <DismissCircleFilled aria-hidden />}
                            {r.ok ? t('panels.xlsx.rowOk') : t('panels.xlsx.rowError')}
                          </span>
                        </TableCell>
                        <TableCell className={styles.actionCol}>{t(`panels.xlsx.action.${r.action}`)}</TableCell>
                        <TableCell className={styles.wrap}>
                          {r.issues.length > 0 && (
                            <ul className={styles.issues}>
                              {r.issues.map((issue, i) => (
                                <li key={i}>{issueText(issue)}</li>
                              ))}
                            </ul>
                          )}
                        </TableCell>
                      </TableRow>
                    );
                  })}
                </TableBody>
              </Table>
            </div>
          </>
        )}
        {!result && preview.invalid > 0 && preview.valid > 0 && (
          <>
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>{t('panels.xlsx.refusedHint')}</MessageBarBody>
            </MessageBar>
            <Checkbox checked={validOnly} onChange={(_, d) => setValidOnly(d.checked === true)} label={t('panels.xlsx.validOnly')} />
          </>
        )}
        {!result && preview.rows.length > 0 && preview.valid === 0 && (
          <MessageBar intent="error">
            <MessageBarBody>{t('panels.xlsx.nothingValid')}</MessageBarBody>
          </MessageBar>
        )}
        {result && (
          <MessageBar intent="success" role="status">
            <MessageBarBody>
              {[
                (result.imported > 0 || result.updated + result.unchanged === 0) && t('panels.xlsx.imported', { count: result.imported }),
                result.updated > 0 && t('panels.xlsx.updated', { count: result.updated }),
                result.unchanged > 0 && t('panels.xlsx.unchanged', { count: result.unchanged }),
                result.skipped > 0 && t('panels.xlsx.skipped', { count: result.skipped }),
              ]
                .filter(Boolean)
                .join(' ')}
            </MessageBarBody>
          </MessageBar>
        )}
      </>
    );
  }

  return (
    <DialogBody className={styles.body}>
      <DialogTitle>{t('panels.xlsx.title')}</DialogTitle>
      <DialogContent className={styles.content} ref={content}>
        <ol className={styles.steps} aria-label={t('panels.xlsx.steps')}>
          {STEPS.map((s, i) => (
            <li
              key={s}
              className={mergeClasses(styles.stepItem, i === stepIndex && styles.stepCurrent, i < stepIndex && styles.stepDone)}
              aria-current={i === stepIndex ? 'step' : undefined}
            >
              <span className={styles.stepNumber}>{i + 1}.</span>
              {t(`panels.xlsx.step.${s}`)}
            </li>
          ))}
        </ol>
        {apiError && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{errorText(apiError)}</MessageBarBody>
          </MessageBar>
        )}
        {body}
      </DialogContent>
      <DialogActions fluid>
        {step !== 'file' && !result && (
          <Button icon={<DocumentArrowUpRegular />} disabled={importing} onClick={() => setStep('file')}>
            {t('panels.xlsx.chooseAnother')}
          </Button>
        )}
        <span className={styles.spacer} />
        {step === 'report' && !result && (
          <Button disabled={importing} onClick={() => setStep('mapping')}>
            {t('panels.xlsx.back')}
          </Button>
        )}
        {step === 'mapping' && (
          <Button appearance="primary" disabled={!preview || previewing} onClick={() => setStep('report')}>
            {t('panels.xlsx.next')}
          </Button>
        )}
        {step === 'report' && !result && (
          <Button appearance="primary" disabled={!canImport} icon={importing ? <Spinner size="tiny" /> : undefined} onClick={() => void doImport()}>
            {importing ? t('panels.xlsx.importing') : t('panels.xlsx.import')}
          </Button>
        )}
        <Button ref={closeButton} appearance={result ? 'primary' : 'secondary'} onClick={onClose}>
          {result ? t('panels.xlsx.close') : t('panels.xlsx.cancel')}
        </Button>
      </DialogActions>
    </DialogBody>
  );
}
