// Print / Export PDF: an LFP prints its own component, the POC the
// consolidated national plan. The person chooses the document, the language
// edition and the component, generates (the service renders it as a job
// whose progress is shown and which can be cancelled), looks at the first
// pages and saves the file. Everything goes through the API (pdf.*).
//
// A print is a draft (marked on every page) or final. Final is offered only
// while print.readiness says the chosen document is ready; otherwise the
// choice is disabled, says why, and the list of what stands in the way is
// shown below, each line a link to the commitment or field. The service
// refuses an unready final print by itself too.
//
// Word is the second format, for every document: with it, the button saves
// the .docx at once (docx.export), with no preview.
import {
  Button,
  Field,
  type FieldProps,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Radio,
  RadioGroup,
  Select,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { ArrowDownloadRegular, DismissRegular, DocumentPdfRegular, DocumentWordRegular } from '@fluentui/react-icons';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z, type ZodType } from 'zod';
import type { PlanOverview } from '../../../shared/api/contract';
import { PrintAnnex, PrintLang, PrintMode } from '../../../shared/model/print';
import type { PrintReadiness } from '../../../shared/quality/print-readiness';
import { PageHeading, Section } from '../components/Page';
import { useLanguage } from '../hooks/useLanguage';
import { type Loadable, useLoad } from '../hooks/useLoad';
import { describeError } from '../lib/describe-error';
import { downloadBytes } from '../lib/files';
import { cardStyle } from '../lib/styles';
import { useServices } from '../services/services';
import type { ShellContext } from '../services/shell-context';
import { isBusy, progressValue, type PrintJobState } from './job-state';
import {
  ALL_COMPONENTS,
  PRINT_DOCUMENTS,
  PRINT_EDITIONS,
  PRINT_FORMATS,
  defaultChoice,
  docxRequestOf,
  readinessRequestOf,
  requestOf,
  type PrintChoice,
} from './options';
import { PREVIEW_PAGES, PdfPreview } from './PdfPreview';
import { ReadinessList } from './ReadinessList';
import { isGenerateKey } from './shortcuts';
import { type DocxExportState, useDocxExport } from './useDocxExport';
import { usePrintJob } from './usePrintJob';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  intro: { color: tokens.colorNeutralForeground2, margin: 0 },
  columns: {
    display: 'grid',
    // Wide enough that the document names fit on one line and the editions on one row, so Generate stays above the fold at 1366×768.
    gridTemplateColumns: 'minmax(300px, 500px) minmax(0, 1fr)',
    gap: tokens.spacingHorizontalXL,
    alignItems: 'start',
  },
  card: { ...cardStyle('roomy'), padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`, minWidth: 0 },
  preview: { minHeight: '360px' },
  h2: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  radios: { display: 'flex', flexDirection: 'column' },
  // The editions and the versions are short: side by side, so Generate stays above the fold.
  radiosInline: { display: 'flex', flexWrap: 'wrap' },
  pair: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', gap: tokens.spacingHorizontalL, alignItems: 'start' },
  // A native select is as wide as its longest option unless told otherwise.
  select: { minWidth: 0, width: '100%' },
  selectControl: { minWidth: 0, textOverflow: 'ellipsis' },
  actions: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  keys: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  progress: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  progressRow: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
  progressField: { flexGrow: 1 },
  muted: { color: tokens.colorNeutralForeground3, margin: 0 },
  summary: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalL, flexWrap: 'wrap' },
  summaryText: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: 0 },
  fileName: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  showList: { fontSize: 'inherit' },
});

const PRINT_MODE_OPTIONS: readonly PrintMode[] = ['draft', 'final'];
const READINESS_HEADING = 'print-readiness-heading';

export function Print({ overview, ctx }: { overview: PlanOverview; ctx: ShellContext }) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const styles = useStyles();
  const components = useMemo(() => overview.components.map((c) => c.component), [overview]);
  const [choice, setChoice] = useState<PrintChoice>(() => defaultChoice(ctx.workspace.role, ctx.workspace.institution.code, components));
  const { state, generate, cancel } = usePrintJob();
  const docx = useDocxExport();
  const format = choice.format;
  const busy = format === 'docx' ? docx.state.phase === 'exporting' : isBusy(state);
  const { api, planChanges } = useServices();

  const scope = readinessRequestOf(choice, components);
  const [readiness, recheck] = useLoad(() => api['print.readiness'](scope), [api, scope.annex, scope.component], { keep: true });
  // Imports and "Rifresko" elsewhere may change what stands in the way.
  useEffect(() => planChanges.subscribe(recheck), [planChanges, recheck]);
  // The service refused a final print the screen thought ready: the plan changed meanwhile.
  const refusedFinal =
    (state.phase === 'failed' && state.error.code === 'print-not-ready') || (docx.state.phase === 'failed' && docx.state.error.code === 'print-not-ready');
  useEffect(() => {
    if (refusedFinal) recheck();
  }, [refusedFinal, recheck]);
  const finalAllowed = readiness.state === 'ready' && readiness.value.ready;
  const mode: PrintMode = choice.mode === 'final' && finalAllowed ? 'final' : 'draft';

  const start = () => {
    if (format === 'docx') docx.exportDocx(docxRequestOf(choice, components, finalAllowed));
    else generate(requestOf(choice, components, finalAllowed));
  };

  // Ctrl+Enter anywhere on the screen, as the button's hint says.
  const startRef = useLatest(start);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isGenerateKey(e)) return;
      // Not behind an open dialog (the enlarged page): a new file would pull the page from under it.
      if (e.target instanceof Element && e.target.closest('[role="dialog"]')) return;
      e.preventDefault();
      startRef.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [startRef]);

  const set = (patch: Partial<PrintChoice>) => setChoice((c) => ({ ...c, ...patch }));

  return (
    <div className={styles.root}>
      <PageHeading>{t('printScreen.title')}</PageHeading>
      <p className={styles.intro}>{t('printScreen.intro')}</p>

      <div className={styles.columns}>
        <Section id="print-options-heading" heading={t('printScreen.optionsHeading')} className={styles.card} headingClassName={styles.h2}>
          <Choices
            label={t('printScreen.document')}
            value={choice.annex}
            options={PRINT_DOCUMENTS}
            schema={PrintAnnex}
            labelOf={(annex) => t(`print.annex.${annex}`)}
            onChange={(annex) => set({ annex })}
          />
          <Choices
            label={t('printScreen.language')}
            value={choice.lang}
            options={PRINT_EDITIONS}
            schema={PrintLang}
            labelOf={(edition) => t(`printScreen.lang.${edition}`)}
            inline
            onChange={(lang) => set({ lang })}
          />
          <Field className={styles.select} label={t('printScreen.component')}>
            <Select
              className={styles.select}
              select={{ className: styles.selectControl }}
              value={choice.component}
              onChange={(_, d) => set({ component: d.value })}
            >
              <option value={ALL_COMPONENTS}>{t('printScreen.allComponents')}</option>
              {overview.components.map((c) => (
                <option key={c.component.code} value={c.component.code}>
                  {t('printScreen.componentOption', {
                    number: c.component.number,
                    title: c.component.title[lang],
                    leads: c.leads.map((l) => l.acronym[lang]).join(', '),
                  })}
                </option>
              ))}
            </Select>
          </Field>
          {/* Version and format side by side, so the button stays above the fold at 1366×768. */}
          <div className={styles.pair}>
            <ModeChoice value={mode} readiness={readiness} onChange={(m) => set({ mode: m })} />
            <Choices
              label={t('printScreen.format')}
              inline
              value={format}
              options={PRINT_FORMATS}
              schema={PrintFormatSchema}
              labelOf={(f) => t(`printScreen.formatOption.${f}`)}
              onChange={(f) => set({ format: f })}
            />
          </div>
          <div className={styles.actions}>
            <Button
              appearance="primary"
              icon={format === 'docx' ? <DocumentWordRegular /> : <DocumentPdfRegular />}
              disabledFocusable={busy}
              onClick={start}
              aria-keyshortcuts="Control+Enter"
            >
              {format === 'docx' ? t('printScreen.saveDocx') : t('printScreen.generate')}
            </Button>
            <span className={styles.keys} aria-hidden>
              {t('printScreen.generateKeys')}
            </span>
          </div>
        </Section>

        <Section id="print-preview-heading" heading={t('printScreen.previewHeading')} className={mergeClasses(styles.card, styles.preview)} headingClassName={styles.h2}>
          {format === 'docx' ? <DocxView state={docx.state} /> : <JobView state={state} onCancel={cancel} />}
        </Section>
      </div>

      {readiness.state === 'ready' && !readiness.value.ready && (
        <Section id={READINESS_HEADING} heading={t('printScreen.readiness.heading')} className={styles.card} headingClassName={styles.h2} tabIndex={-1}>
          <ReadinessList obstacles={readiness.value.obstacles} />
        </Section>
      )}
    </div>
  );
}

/**
 * Draft or final. Final is disabled while the document is not ready, and the
 * hint (read with the group) says why and leads to the list.
 */
function ModeChoice({ value, readiness, onChange }: { value: PrintMode; readiness: Loadable<PrintReadiness>; onChange: (mode: PrintMode) => void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const finalAllowed = readiness.state === 'ready' && readiness.value.ready;
  const toList = () => {
    const section = document.querySelector<HTMLElement>(`[aria-labelledby="${READINESS_HEADING}"]`);
    section?.scrollIntoView({ block: 'start' });
    section?.focus();
  };
  const hint =
    readiness.state === 'loading' ? (
      t('printScreen.readiness.checking')
    ) : readiness.state === 'failed' ? (
      t('printScreen.readiness.failed', { reason: describeError(t, readiness.error) })
    ) : readiness.value.ready ? (
      t('printScreen.readiness.ready')
    ) : (
      <>
        {t('printScreen.readiness.notReady', { count: readiness.value.obstacles.length })}{' '}
        <Link as="button" className={styles.showList} onClick={toList}>
          {t('printScreen.readiness.showList')}
        </Link>
      </>
    );
  return (
    <Choices
      label={t('printScreen.mode')}
      hint={hint}
      inline
      value={value}
      options={PRINT_MODE_OPTIONS}
      schema={PrintMode}
      labelOf={(m) => t(`printScreen.modeOption.${m}`)}
      disabledOf={(m) => m === 'final' && !finalAllowed}
      onChange={onChange}
    />
  );
}

interface ChoicesProps<T extends string> {
  label: string;
  value: T;
  options: readonly T[];
  /** What a chosen value must be; anything else leaves the choice as it was. */
  schema: ZodType<T>;
  labelOf: (option: T) => string;
  onChange: (value: T) => void;
  /** Said under the group and read with it. */
  hint?: FieldProps['hint'];
  /** Side by side rather than one under the other. */
  inline?: boolean;
  disabledOf?: (option: T) => boolean;
}

/** One of the form's radio groups: the document, the language edition, the version. */
function Choices<T extends string>({ label, value, options, schema, labelOf, onChange, hint, inline, disabledOf }: ChoicesProps<T>) {
  const styles = useStyles();
  return (
    <Field label={label} hint={hint}>
      <RadioGroup
        className={inline ? styles.radiosInline : styles.radios}
        layout={inline ? 'horizontal' : 'vertical'}
        value={value}
        onChange={(_, d) => {
          const chosen = schema.safeParse(d.value);
          if (chosen.success) onChange(chosen.data);
        }}
      >
        {options.map((option) => (
          <Radio key={option} value={option} label={labelOf(option)} disabled={disabledOf?.(option) ?? false} />
        ))}
      </RadioGroup>
    </Field>
  );
}

const PrintFormatSchema = z.enum(PRINT_FORMATS);

/** What the preview pane says about a Word export: there is no preview, only whether the file was saved. */
function DocxView({ state }: { state: DocxExportState }) {
  const { t } = useTranslation();
  const styles = useStyles();
  switch (state.phase) {
    case 'idle':
      return <p className={styles.muted}>{t('printScreen.formatHint.docx')}</p>;
    case 'exporting':
      return (
        <div className={styles.progress} data-testid="docx-progress">
          <Field label={t('printScreen.exportingDocx')}>
            <ProgressBar thickness="large" aria-label={t('printScreen.exportingDocx')} />
          </Field>
        </div>
      );
    case 'saved':
      return (
        <MessageBar intent="success" role="status" data-testid="docx-saved">
          <MessageBarBody>{t('printScreen.savedDocx', { file: state.fileName, size: state.bytes })}</MessageBarBody>
        </MessageBar>
      );
    case 'failed':
      return (
        <MessageBar intent="error" layout="multiline" data-testid="docx-error" data-code={state.error.code}>
          <MessageBarBody>
            <MessageBarTitle>{t('printScreen.failedDocx')}</MessageBarTitle>
            {describeError(t, state.error)}
          </MessageBarBody>
        </MessageBar>
      );
  }
}

/** What the preview pane shows for each phase of the job. */
function JobView({ state, onCancel }: { state: PrintJobState; onCancel(): void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  switch (state.phase) {
    case 'idle':
      return <p className={styles.muted}>{t('printScreen.previewEmpty')}</p>;
    case 'starting':
    case 'running':
    case 'fetching': {
      const value = progressValue(state);
      const hint =
        state.phase === 'fetching'
          ? t('printScreen.fetching')
          : state.phase === 'running' && state.total > 0
            ? t('printScreen.progress', { done: state.done, total: state.total })
            : t('printScreen.starting');
      return (
        <div className={styles.progress} data-testid="print-progress" data-phase={state.phase}>
          <div className={styles.progressRow}>
            <Field className={styles.progressField} label={t('printScreen.running')} validationMessage={hint} validationState="none">
              <ProgressBar value={value} max={1} thickness="large" aria-label={t('printScreen.progressLabel')} />
            </Field>
            <Button icon={<DismissRegular />} onClick={onCancel}>
              {t('printScreen.cancel')}
            </Button>
          </div>
        </div>
      );
    }
    case 'cancelled':
      return (
        <MessageBar intent="info" role="status" data-testid="print-cancelled">
          <MessageBarBody>{t('printScreen.cancelled')}</MessageBarBody>
        </MessageBar>
      );
    case 'failed':
      return (
        <MessageBar intent="error" layout="multiline" data-testid="print-error" data-code={state.error.code}>
          <MessageBarBody>
            <MessageBarTitle>{t('printScreen.failedTitle')}</MessageBarTitle>
            {describeError(t, state.error)}
          </MessageBarBody>
        </MessageBar>
      );
    case 'ready': {
      const { file } = state;
      const shown = Math.min(file.pages, PREVIEW_PAGES);
      return (
        <>
          <div className={styles.summary} data-testid="print-summary" data-pages={file.pages} data-bytes={file.bytes.length}>
            <div className={styles.summaryText} role="status">
              <Text weight="semibold">{t('printScreen.ready')}</Text>
              <Text>
                {t('printScreen.pages', { count: file.pages })} · {t('printScreen.fileSize', { size: file.bytes.length })}
              </Text>
              <span className={styles.fileName}>{file.fileName}</span>
            </div>
            <Button appearance="primary" icon={<ArrowDownloadRegular />} onClick={() => downloadBytes(file.fileName, file.bytes, 'application/pdf')}>
              {t('printScreen.save')}
            </Button>
          </div>
          {file.pages > shown && <p className={styles.muted}>{t('printScreen.previewShows', { shown, pages: file.pages })}</p>}
          <PdfPreview file={file} />
        </>
      );
    }
  }
}

/** A ref that always holds the latest value, for listeners registered once. */
function useLatest<T>(value: T) {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}
