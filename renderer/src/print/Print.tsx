// Print / Export PDF: an LFP prints its own component, the POC the
// consolidated national plan. The person chooses the document, the language
// edition and the component, generates (the service renders it as a job
// whose progress is shown and which can be cancelled), looks at the first
// pages and saves the file. Everything goes through the API (pdf.*).
import {
  Button,
  Field,
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
import { ArrowDownloadRegular, DismissRegular, DocumentPdfRegular } from '@fluentui/react-icons';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ZodType } from 'zod';
import type { PlanOverview } from '../../../shared/api/contract';
import { PrintAnnex, PrintLang } from '../../../shared/model/print';
import { PageHeading, Section } from '../components/Page';
import { useLanguage } from '../hooks/useLanguage';
import { describeError } from '../lib/describe-error';
import { downloadBytes } from '../lib/files';
import { formatSize } from '../lib/format';
import { cardStyle } from '../lib/styles';
import type { ShellContext } from '../services/shell-context';
import { isBusy, progressValue, type PrintJobState } from './job-state';
import { ALL_COMPONENTS, PRINT_DOCUMENTS, PRINT_EDITIONS, defaultChoice, requestOf, type PrintChoice } from './options';
import { PREVIEW_PAGES, PdfPreview } from './PdfPreview';
import { isGenerateKey } from './shortcuts';
import { usePrintJob } from './usePrintJob';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  intro: { color: tokens.colorNeutralForeground2, margin: 0 },
  columns: {
    display: 'grid',
    // Wide enough that the document names fit on one line, so Generate stays above the fold at 1366×768.
    gridTemplateColumns: 'minmax(300px, 390px) minmax(0, 1fr)',
    gap: tokens.spacingHorizontalXL,
    alignItems: 'start',
  },
  card: { ...cardStyle('roomy'), padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`, minWidth: 0 },
  preview: { minHeight: '360px' },
  h2: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  radios: { display: 'flex', flexDirection: 'column' },
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
});

export function Print({ overview, ctx }: { overview: PlanOverview; ctx: ShellContext }) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const styles = useStyles();
  const components = useMemo(() => overview.components.map((c) => c.component), [overview]);
  const [choice, setChoice] = useState<PrintChoice>(() => defaultChoice(ctx.workspace.role, ctx.workspace.institution.code, components));
  const { state, generate, cancel } = usePrintJob();
  const busy = isBusy(state);

  const start = () => generate(requestOf(choice, components));

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
          <div className={styles.actions}>
            <Button appearance="primary" icon={<DocumentPdfRegular />} disabledFocusable={busy} onClick={start} aria-keyshortcuts="Control+Enter">
              {t('printScreen.generate')}
            </Button>
            <span className={styles.keys} aria-hidden>
              {t('printScreen.generateKeys')}
            </span>
          </div>
        </Section>

        <Section id="print-preview-heading" heading={t('printScreen.previewHeading')} className={mergeClasses(styles.card, styles.preview)} headingClassName={styles.h2}>
          <JobView state={state} onCancel={cancel} />
        </Section>
      </div>
    </div>
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
}

/** One of the form's radio groups: the document, the language edition. */
function Choices<T extends string>({ label, value, options, schema, labelOf, onChange }: ChoicesProps<T>) {
  const styles = useStyles();
  return (
    <Field label={label}>
      <RadioGroup
        className={styles.radios}
        value={value}
        onChange={(_, d) => {
          const chosen = schema.safeParse(d.value);
          if (chosen.success) onChange(chosen.data);
        }}
      >
        {options.map((option) => (
          <Radio key={option} value={option} label={labelOf(option)} />
        ))}
      </RadioGroup>
    </Field>
  );
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
                {t('printScreen.pages', { count: file.pages })} · {t('printScreen.fileSize', { size: formatSize(file.bytes.length) })}
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
