// Importing ideas from a form's export, in the steps of the indicator sheet
// dialog (xlsx/IndicatorSheetDialog.tsx): choose the file (type and size
// checked before it is read), match its columns to the idea's fields (the
// service suggests from the headers; the last mapping is remembered), read
// the report row by row, then import. Nothing is written before the last
// step; a file with bad rows imports only when "valid rows only" is chosen.
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
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { CheckmarkCircleFilled, DismissCircleFilled, DocumentArrowUpRegular } from '@fluentui/react-icons';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IDEA_IMPORT_COLUMNS, MAX_UPLOAD_BYTES, type IdeaImportColumn, type IdeaImportPreview, type IdeaMapping } from '../../../shared/api/contract';
import type { AppErrorDto } from '../../../shared/api/errors';
import { ideaColumnLabel } from '../../../shared/cocreation/idea-columns';
import { useLanguage } from '../hooks/useLanguage';
import { describeError } from '../lib/describe-error';
import { readFileAsBase64 } from '../lib/files';
import { useServices } from '../services/services';
import { columnLetter } from '../xlsx/mapping';
import { fullMapping, recalledMapping, rememberMapping, type FullIdeaMapping } from './import-mapping';
import { ideaTitle } from './labels';

const useStyles = makeStyles({
  surface: { width: 'min(960px, calc(100vw - 48px))', maxWidth: 'none' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxHeight: 'calc(100vh - 220px)', overflowY: 'auto' },
  mapping: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))', gap: tokens.spacingHorizontalM },
  select: { minWidth: 0, maxWidth: '100%' },
  ok: { color: tokens.colorPaletteGreenForeground1 },
  bad: { color: tokens.colorPaletteRedForeground1 },
  issues: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

type Chosen = { name: string; dataBase64: string };

const columnLabel = (c: IdeaImportColumn, lang: 'sq' | 'en') => ideaColumnLabel(c)[lang];

export function IdeaImportDialog({ components, onClose, onImported }: { components: readonly { code: string; title: string }[]; onClose(): void; onImported(): void }) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const styles = useStyles();
  const { api } = useServices();
  const input = useRef<HTMLInputElement>(null);
  const [component, setComponent] = useState(components[0]?.code ?? '');
  const [file, setFile] = useState<Chosen | null>(null);
  const [preview, setPreview] = useState<IdeaImportPreview | null>(null);
  const [mapping, setMapping] = useState<FullIdeaMapping | null>(null);
  const [remembered, setRemembered] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorDto | string | null>(null);
  const [validOnly, setValidOnly] = useState(false);
  const [headerRow, setHeaderRow] = useState<number | undefined>(undefined);
  const [done, setDone] = useState<{ imported: number; skipped: number } | null>(null);

  const ask = async (chosen: Chosen, wanted: IdeaMapping | undefined, code = component, row = headerRow) => {
    setBusy(true);
    const r = await api['idea.importPreview']({ componentCode: code, file: chosen, mapping: wanted, headerRow: row });
    setBusy(false);
    if (!r.ok) {
      setError(r.error);
      return null;
    }
    setError(null);
    setPreview(r.value);
    setMapping(fullMapping(r.value.mapping, r.value.headers));
    return r.value;
  };

  const choose = async (f: File | undefined) => {
    if (!f) return;
    if (!/\.(xlsx|csv)$/i.test(f.name)) return setError(t('ideas.import.badType', { name: f.name }));
    if (f.size > MAX_UPLOAD_BYTES) return setError(t('ideas.import.tooLarge', { size: f.size, max: MAX_UPLOAD_BYTES }));
    const chosen = { name: f.name, dataBase64: await readFileAsBase64(f) };
    setFile(chosen);
    setDone(null);
    setHeaderRow(undefined);
    const first = await ask(chosen, undefined, component, undefined);
    if (!first) return;
    // The same form exported again: its columns map as they did last time.
    const recalled = recalledMapping(localStorage, first.headers);
    setRemembered(recalled !== null);
    if (recalled) await ask(chosen, recalled, component, undefined);
  };

  const remap = (c: IdeaImportColumn, value: string) => {
    if (!file || !mapping) return;
    const next = { ...mapping, [c]: value === '' ? null : Number(value) };
    setMapping(next);
    void ask(file, next);
  };

  const run = async () => {
    if (!file || !mapping || !preview) return;
    setBusy(true);
    const r = await api['idea.import']({ componentCode: component, file, mapping, validOnly, headerRow: preview.headerRow });
    setBusy(false);
    if (!r.ok) return setError(r.error);
    rememberMapping(localStorage, mapping, preview.headers);
    setDone({ imported: r.value.imported, skipped: r.value.skipped });
    onImported();
  };

  const blocked = !preview || (preview.invalid > 0 && !validOnly) || preview.valid === 0;
  const message = typeof error === 'string' ? error : error ? describeError(t, error) : null;
  return (
    <Dialog open modalType="modal" onOpenChange={(_, d) => !d.open && onClose()}>
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle>{t('ideas.import.title')}</DialogTitle>
          <DialogContent className={styles.content}>
            <p>{t('ideas.import.intro')}</p>
            {components.length > 1 && (
              <Field label={t('ideas.import.component')}>
                <Select
                  value={component}
                  onChange={(_, d) => {
                    setComponent(d.value);
                    if (file && mapping) void ask(file, mapping, d.value);
                  }}
                >
                  {components.map((c) => (
                    <option key={c.code} value={c.code}>
                      {c.title}
                    </option>
                  ))}
                </Select>
              </Field>
            )}
            <div>
              <input ref={input} type="file" accept=".xlsx,.csv" hidden data-testid="idea-file" onChange={(e) => void choose(e.target.files?.[0])} />
              <Button icon={<DocumentArrowUpRegular />} onClick={() => input.current?.click()}>
                {t('ideas.import.choose')}
              </Button>
              {busy && <Spinner size="tiny" label={t('ideas.import.reading')} />}
            </div>
            {message && (
              <MessageBar intent="error">
                <MessageBarBody>{message}</MessageBarBody>
              </MessageBar>
            )}
            {done && (
              <MessageBar intent="success">
                <MessageBarBody>{t('ideas.import.done', done)}</MessageBarBody>
              </MessageBar>
            )}
            {file && preview && mapping && !done && (
              <>
                <p>
                  {t('ideas.import.fileRead', { name: file.name, kind: preview.fileKind })}
                  {preview.encoding && ` · ${t('ideas.import.csvRead', { encoding: preview.encoding, separator: preview.separator === '\t' ? 'Tab' : preview.separator })}`}
                </p>
                <Field label={t('ideas.import.headerRow')}>
                  <Select
                    value={String(preview.headerRow)}
                    onChange={(_, d) => {
                      const row = Number(d.value);
                      setHeaderRow(row);
                      // Other headers: the service suggests their mapping afresh.
                      void ask(file, undefined, component, row);
                    }}
                  >
                    {preview.headerRows.map((h) => (
                      <option key={h.row} value={String(h.row)}>
                        {`${h.row}: ${h.text}`}
                      </option>
                    ))}
                  </Select>
                </Field>
                {remembered && <p>{t('ideas.import.remembered')}</p>}
                <h3>{t('ideas.import.mappingHeading')}</h3>
                <div className={styles.mapping}>
                  {IDEA_IMPORT_COLUMNS.map((c) => (
                    <Field key={c} label={columnLabel(c, lang)}>
                      <Select className={styles.select} value={mapping[c] === null ? '' : String(mapping[c])} onChange={(_, d) => remap(c, d.value)} data-column={c}>
                        <option value="">{t('ideas.import.notInFile')}</option>
                        {preview.headers.map((h, i) => (
                          <option key={i} value={String(i)}>
                            {`${columnLetter(i)}: ${h}`}
                          </option>
                        ))}
                      </Select>
                    </Field>
                  ))}
                </div>
                <h3>{t('ideas.import.previewHeading')}</h3>
                <p aria-live="polite">{t('ideas.import.summary', { valid: preview.valid, invalid: preview.invalid })}</p>
                <Table size="small" aria-label={t('ideas.import.previewHeading')} data-testid="idea-import-report">
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell>{t('ideas.import.rowColumn')}</TableHeaderCell>
                      <TableHeaderCell>{t('ideas.import.titleColumn')}</TableHeaderCell>
                      <TableHeaderCell>{t('ideas.import.resultColumn')}</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {preview.rows.slice(0, 500).map((r) => (
                      <TableRow key={r.row}>
                        <TableCell>{r.row}</TableCell>
                        <TableCell>{ideaTitle(r, lang)}</TableCell>
                        <TableCell>
                          {r.ok ? (
                            <span className={styles.ok}>
                              <CheckmarkCircleFilled aria-hidden /> {t('ideas.import.ok')}
                            </span>
                          ) : (
                            <ul className={styles.issues}>
                              {r.issues.map((i, k) => (
                                <li key={k} className={styles.bad}>
                                  <DismissCircleFilled aria-hidden />{' '}
                                  {t('ideas.import.issue', {
                                    column: (IDEA_IMPORT_COLUMNS as readonly string[]).includes(i.column) ? columnLabel(i.column as IdeaImportColumn, lang) : i.column,
                                    message: t(`ideas.import.code.${i.code}`, { defaultValue: t('ideas.import.code.generic') }),
                                  })}
                                </li>
                              ))}
                            </ul>
                          )}
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
                <Checkbox checked={validOnly} onChange={(_, d) => setValidOnly(d.checked === true)} label={t('ideas.import.validOnly')} />
                {preview.invalid > 0 && !validOnly && <p>{t('ideas.import.allOrNothing')}</p>}
              </>
            )}
          </DialogContent>
          <DialogActions>
            <Button onClick={onClose}>{done ? t('ideas.actions.close') : t('ideas.import.cancel')}</Button>
            {!done && (
              <Button appearance="primary" disabled={blocked || busy} onClick={() => void run()}>
                {t('ideas.import.run', { count: preview?.valid ?? 0 })}
              </Button>
            )}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
