// Importing indicators from an Annex IX spreadsheet, in three steps: choose
// the file (checked for type and size before it is read), match the sheet's
// columns to the Annex IX fields (the service suggests; every change is
// previewed again), then read the report row by row and import. Nothing is
// written until the last step, and a sheet with bad rows imports only when
// the person explicitly asks for the valid rows alone.
import {
  Button,
  Checkbox,
  Dialog,
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
import { en, sq } from '../../../shared/i18n';
import { useLanguage } from '../hooks/useLanguage';
import { describeError } from '../lib/describe-error';
import { megabytes, readFileAsBase64 } from '../lib/files';
import { pickText } from '../lib/text';
import { lookupIn, resolveFieldLabel } from '../quality/field-label';
import { useLabels, type Labels } from '../quality/labels';
import { useServices } from '../services/services';
import {
  MAX_XLSX_BYTES,
  columnLetter,
  columnParts,
  duplicateColumns,
  fileProblem,
  isXlsxColumn,
  issueMessageKeys,
  suggestMapping,
  type FileProblem,
  type FullMapping,
} from './mapping';

export interface IndicatorSheetDialogProps {
  commitmentId: string;
  open: boolean;
  onClose(): void;
  onImported(count: number): void;
}

type Step = 'file' | 'mapping' | 'report';
const STEPS: readonly Step[] = ['file', 'mapping', 'report'];

interface ChosenFile {
  readonly name: string;
  readonly dataBase64: string;
}

const useStyles = makeStyles({
  surface: { width: 'min(980px, calc(100vw - 32px))', maxWidth: 'none' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minHeight: '260px' },
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
  },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalS, fontWeight: tokens.fontWeightSemibold },
  counts: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalL, flexWrap: 'wrap' },
  count: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, fontWeight: tokens.fontWeightSemibold },
  ok: { color: tokens.colorPaletteGreenForeground1 },
  bad: { color: tokens.colorPaletteRedForeground1 },
  tableBox: { maxHeight: '42vh', overflowY: 'auto', border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  rowCol: { width: '5rem' },
  statusCol: { width: '9rem' },
  nameCol: { width: '30%' },
  issues: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: '2px' },
  badRow: { backgroundColor: tokens.colorPaletteRedBackground1 },
  spacer: { flexGrow: 1 },
});

/** Each Annex IX column's label in both languages, with and without the language, to recognise headers. */
const HEADER_NAMES: Partial<Record<XlsxColumn, string[]>> = Object.fromEntries(
  XLSX_COLUMNS.map((col) => {
    const { field, lang } = columnParts(col);
    const names: string[] = [];
    for (const [cat, suffix] of [
      [sq, { sq: 'shqip', en: 'anglisht' }],
      [en, { sq: 'Albanian', en: 'English' }],
    ] as const) {
      const label = resolveFieldLabel(lookupIn(cat), 'indicator', field);
      if (label === field) continue;
      names.push(lang ? `${label} ${suffix[lang]}` : label, lang ? `${label} ${lang}` : label);
    }
    return [col, names];
  }),
);

function columnLabel(labels: Labels, column: XlsxColumn): string {
  // The sheet holds the milestone's number, not the milestone.
  if (column === 'milestone') return labels.tx('panels.xlsx.milestoneColumn');
  const { field, lang } = columnParts(column);
  const name = labels.fieldLabel('indicator', field);
  if (!lang) return name;
  return labels.tx(lang === 'sq' ? 'ui.editor.fieldSq' : 'ui.editor.fieldEn', { field: name });
}

const sameMapping = (a: FullMapping, b: XlsxPreview['mapping']) => XLSX_COLUMNS.every((c) => a[c] === (b[c] ?? null));

export function IndicatorSheetDialog({ commitmentId, open, onClose, onImported }: IndicatorSheetDialogProps) {
  const { t } = useTranslation();
  const { api, planChanges } = useServices();
  const labels = useLabels();
  const { lang } = useLanguage();
  const styles = useStyles();
  const maxBytes = MAX_XLSX_BYTES;

  const [step, setStep] = useState<Step>('file');
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [fileError, setFileError] = useState<{ problem: FileProblem | 'unreadable'; size?: number } | null>(null);
  const [reading, setReading] = useState(false);
  const [preview, setPreview] = useState<XlsxPreview | null>(null);
  const [mapping, setMapping] = useState<FullMapping | null>(null);
  const [previewing, setPreviewing] = useState(false);
  const [apiError, setApiError] = useState<AppErrorDto | null>(null);
  const [validOnly, setValidOnly] = useState(false);
  const [onlyErrors, setOnlyErrors] = useState(false);
  const [importing, setImporting] = useState(false);
  const [result, setResult] = useState<{ imported: number; skipped: number } | null>(null);
  const seq = useRef(0);
  const fileInput = useRef<HTMLInputElement>(null);

  // Every opening starts afresh.
  useEffect(() => {
    if (!open) return;
    seq.current++;
    setStep('file');
    setFile(null);
    setFileError(null);
    setReading(false);
    setPreview(null);
    setMapping(null);
    setPreviewing(false);
    setApiError(null);
    setValidOnly(false);
    setOnlyErrors(false);
    setImporting(false);
    setResult(null);
  }, [open]);

  const runPreview = useCallback(
    async (chosen: ChosenFile, next: FullMapping | undefined) => {
      const mine = ++seq.current;
      setPreviewing(true);
      const r = await api['indicator.xlsxPreview']({ commitmentId, file: chosen, ...(next ? { mapping: next } : {}) });
      if (mine !== seq.current) return null;
      setPreviewing(false);
      if (!r.ok) {
        setApiError(r.error);
        return null;
      }
      setApiError(null);
      setPreview(r.value);
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
    setReading(true);
    let chosen: ChosenFile;
    try {
      chosen = { name: f.name.slice(-255), dataBase64: await readFileAsBase64(f) };
    } catch {
      setReading(false);
      setFileError({ problem: 'unreadable' });
      return;
    }
    setReading(false);
    setFile(chosen);
    setPreview(null);
    setMapping(null);
    setResult(null);
    setValidOnly(false);
    const first = await runPreview(chosen, undefined);
    if (!first) return;
    const suggested = suggestMapping(first.headers, first.mapping, HEADER_NAMES);
    setMapping(suggested);
    setStep('mapping');
    // The dialog recognised more columns than the service: check the rows against those too.
    if (!sameMapping(suggested, first.mapping)) await runPreview(chosen, suggested);
  };

  const changeColumn = (column: XlsxColumn, value: string) => {
    if (!mapping || !file) return;
    const next = { ...mapping, [column]: value === '' ? null : Number(value) };
    setMapping(next);
    setValidOnly(false);
    void runPreview(file, next);
  };

  const doImport = async () => {
    if (!file || !mapping || !preview) return;
    setImporting(true);
    const r = await api['indicator.xlsxImport']({ commitmentId, file, mapping, validOnly: preview.invalid > 0 && validOnly });
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

  const duplicates = useMemo(() => (mapping ? duplicateColumns(mapping) : new Set<number>()), [mapping]);
  const stepIndex = STEPS.indexOf(step);
  const canImport = !!preview && !previewing && !importing && !result && preview.valid > 0 && (preview.invalid === 0 || validOnly);

  const issueText = (issue: { column: string; code: string; message: string }) => {
    const column = isXlsxColumn(issue.column) ? columnLabel(labels, issue.column) : issue.column;
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
      const column = isXlsxColumn(row[2]!) ? columnLabel(labels, row[2]) : row[2]!;
      return [`${t('panels.xlsx.rowColumn')} ${row[1]} · ${t('panels.xlsx.issueAt', { column, message })}`];
    });
    const unique = [...new Set(texts)];
    if (unique.length === 0) return describeError(t, error);
    return unique.length > 5 ? `${unique.slice(0, 5).join(' ')} …` : unique.join(' ');
  };

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
      {previewing && <Spinner size="extra-tiny" label={t('panels.xlsx.checking')} />}
    </div>
  );

  let body;
  if (step === 'file') {
    body = (
      <>
        <Field
          label={t('panels.xlsx.fileLabel')}
          hint={t('panels.xlsx.fileHint', { max: megabytes(maxBytes) })}
          validationState={fileError ? 'error' : 'none'}
          validationMessage={
            fileError
              ? fileError.problem === 'too-large'
                ? t('panels.xlsx.fileProblem.too-large', { size: megabytes(fileError.size ?? 0), max: megabytes(maxBytes) })
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
              disabled={reading || previewing}
              onChange={(e) => void choose(e.currentTarget.files?.[0])}
            />
          )}
        </Field>
        {(reading || previewing) && <Spinner size="small" label={reading ? t('panels.xlsx.reading') : t('panels.xlsx.checking')} />}
      </>
    );
  } else if (step === 'mapping' && preview && mapping) {
    body = (
      <>
        <Text className={styles.muted}>{t('panels.xlsx.chosenFile', { name: file?.name ?? '', sheet: preview.sheetName })}</Text>
        <Text>{t('panels.xlsx.mappingIntro')}</Text>
        {counts}
        <fieldset className={styles.mappingGrid}>
          <legend className={styles.legend}>{t('panels.xlsx.mappingLabel')}</legend>
          {XLSX_COLUMNS.map((col) => {
            const chosen = mapping[col];
            const dup = chosen !== null && duplicates.has(chosen);
            return (
              <Field
                key={col}
                label={columnLabel(labels, col)}
                size="small"
                validationState={dup ? 'warning' : 'none'}
                validationMessage={dup ? t('panels.xlsx.duplicate', { letter: columnLetter(chosen) }) : undefined}
              >
                <Select size="small" value={chosen === null ? '' : String(chosen)} onChange={(_, d) => changeColumn(col, d.value)} data-column={col}>
                  <option value="">{t('panels.xlsx.notInSheet')}</option>
                  {preview.headers.map((h, i) => (
                    <option key={i} value={String(i)}>
                      {t('panels.xlsx.columnOption', { letter: columnLetter(i), header: h.trim() || t('panels.xlsx.emptyHeader') })}
                    </option>
                  ))}
                </Select>
              </Field>
            );
          })}
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
              <Table size="small" aria-label={t('panels.xlsx.reportLabel')}>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell className={styles.rowCol}>{t('panels.xlsx.rowColumn')}</TableHeaderCell>
                    <TableHeaderCell className={styles.nameCol}>{t('panels.xlsx.nameColumn')}</TableHeaderCell>
                    <TableHeaderCell className={styles.statusCol}>{t('panels.xlsx.statusColumn')}</TableHeaderCell>
                    <TableHeaderCell>{t('panels.xlsx.issuesColumn')}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {rows.map((r) => {
                    const name = pickText(r.name, lang);
                    return (
                      <TableRow key={r.row} className={r.ok ? undefined : styles.badRow} data-row={r.row} data-ok={r.ok}>
                        <TableCell className={styles.rowCol}>{r.row}</TableCell>
                        <TableCell className={styles.nameCol}>
                          <span lang={name?.lang}>{name?.value ?? t('panels.xlsx.unnamed')}</span>
                        </TableCell>
                        <TableCell className={styles.statusCol}>
                          <span className={mergeClasses(styles.count, r.ok ? styles.ok : styles.bad)}>
                            {r.ok ? <CheckmarkCircleFilled aria-hidden /> : <DismissCircleFilled aria-hidden />}
                            {r.ok ? t('panels.xlsx.rowOk') : t('panels.xlsx.rowError')}
                          </span>
                        </TableCell>
                        <TableCell>
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
              {t('panels.xlsx.imported', { count: result.imported })}
              {result.skipped > 0 && ` ${t('panels.xlsx.skipped', { count: result.skipped })}`}
            </MessageBarBody>
          </MessageBar>
        )}
      </>
    );
  }

  return (
    <Dialog open={open} modalType="modal" onOpenChange={(_, d) => !d.open && onClose()}>
      <DialogSurface className={styles.surface} aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>{t('panels.xlsx.title')}</DialogTitle>
          <DialogContent className={styles.content}>
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
            <Button appearance={result ? 'primary' : 'secondary'} onClick={onClose}>
              {result ? t('panels.xlsx.close') : t('panels.xlsx.cancel')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
