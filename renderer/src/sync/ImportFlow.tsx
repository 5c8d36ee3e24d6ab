// Importing a bundle, in the order a careful person checks one: choose or
// drop the file; read who signed it (and whether that key is enrolled), its
// sequence number against the last one accepted, and what it would change;
// for a key not yet enrolled, compare the safety code read aloud over the
// phone; then apply it or set it aside. Nothing is written before "Apply".
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Spinner,
  Text,
  makeStyles,
  mergeClasses,
  shorthands,
  tokens,
} from '@fluentui/react-components';
import { CheckmarkCircleFilled, DismissCircleFilled, DocumentArrowUpRegular, ShieldCheckmarkRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { MAX_BUNDLE_FILE_BYTES, type MethodOutput } from '../../../shared/api/contract';
import type { AppErrorDto } from '../../../shared/api/errors';
import type { BundlePreview } from '../../../shared/model/bundle';
import { Section } from '../components/Page';
import { VisuallyHidden } from '../components/VisuallyHidden';
import { useLanguage } from '../hooks/useLanguage';
import { stageFile } from '../lib/staged-files';
import { formatDateTime } from '../lib/format';
import { cardStyle } from '../lib/styles';
import { useServices } from '../services/services';
import type { ShellContext } from '../services/shell-context';
import type { BilingualLine } from './changes';
import { ChangeCountsLine, ChangesView } from './ChangesView';
import { ReferenceChangesView } from './ReferenceChangesView';
import { FileDrop } from './FileDrop';
import { checkSafetyCode, normaliseSafetyCode, type SafetyCodeCheck } from './safety-code';
import { SafetyCode } from './SafetyCode';
import { SignerStatusTag, VerdictTag } from './StatusTags';
import type { StagedBundle } from '../lib/route';
import { useSyncTexts } from './texts';

export type ImportResult = MethodOutput<'bundle.import'>;

/** "24 regjistrime · 1 fshirje · 0 dokumente": what a bundle holds, in words. */
export function countsText(t: TFunction, counts: { records: number; tombstones: number; attachments: number }): string {
  return t('sync.import.countsLine', {
    records: t('sync.import.count.records', { count: counts.records }),
    tombstones: t('sync.import.count.tombstones', { count: counts.tombstones }),
    attachments: t('sync.import.count.attachments', { count: counts.attachments }),
  });
}

/** The chosen file, handed to the service a chunk at a time (lib/staged-files.ts). */
interface Upload {
  readonly name: string;
  readonly stagedId: string;
  readonly size: number;
}

type State =
  | { readonly step: 'choose'; readonly problem: string | null }
  | { readonly step: 'checking'; readonly name: string; readonly progress: number | null }
  | { readonly step: 'failed'; readonly name: string; readonly error: AppErrorDto }
  | { readonly step: 'preview'; readonly file: Upload; readonly preview: BundlePreview }
  | { readonly step: 'applied'; readonly file: Upload; readonly preview: BundlePreview; readonly result: ImportResult; readonly enrolled: boolean };

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    // Whatever gets focus is scrolled clear of the sticky Apply / Set aside bar.
    '& :is(input, textarea, button, a, [tabindex])': { scrollMarginBottom: '96px' },
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold, ':focus': { outline: 'none' }, overflowWrap: 'anywhere' },
  headingNested: { fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  meta: { color: tokens.colorNeutralForeground2, display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  cards: { display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', gap: tokens.spacingHorizontalL },
  card: { ...cardStyle('compact'), minWidth: 0 },
  trust: { ...shorthands.border('2px', 'solid', tokens.colorPaletteDarkOrangeBorder2) },
  facts: { display: 'grid', gridTemplateColumns: 'max-content minmax(0, 1fr)', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalXS, margin: 0 },
  term: { color: tokens.colorNeutralForeground3 },
  def: { margin: 0, overflowWrap: 'anywhere' },
  mono: { fontFamily: tokens.fontFamilyMonospace },
  hint: { color: tokens.colorNeutralForeground2, margin: 0 },
  codeRow: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  codeInput: { width: '26rem', maxWidth: '100%' },
  codeField: { flexGrow: 0 },
  check: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, fontWeight: tokens.fontWeightSemibold, minHeight: '24px' },
  good: { color: tokens.colorPaletteGreenForeground1 },
  bad: { color: tokens.colorPaletteRedForeground1 },
  footer: {
    position: 'sticky',
    bottom: `calc(-1 * ${tokens.spacingVerticalXL})`,
    zIndex: 1,
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    flexWrap: 'wrap',
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    boxShadow: tokens.shadow8,
    borderRadius: tokens.borderRadiusLarge,
  },
  footerHint: { flexGrow: 1, color: tokens.colorNeutralForeground2, minWidth: '12rem' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', alignItems: 'center' },
});

export interface ImportFlowProps {
  ctx: ShellContext;
  /** What this page expects: sets the texts (a POC imports submissions, an LFP feedback). */
  expect: 'submission' | 'feedback';
  /** Titles of commitments this workspace holds, for changes under an unchanged commitment. */
  titleOf?: (commitmentId: string) => BilingualLine | null;
  onApplied?(result: ImportResult): void;
  /** What to offer after a successful import (e.g. a link to the consolidated plan). */
  afterApplied?: ReactNode;
  /** The level of this flow's own headings (2 on its own page, 3 inside a section). */
  level?: 2 | 3;
  /** A bundle already staged (dropped on the window, opened by double-click): its check starts at once. */
  initial?: StagedBundle;
}

export function ImportFlow({ ctx, expect, titleOf, onApplied, afterApplied, level = 2, initial }: ImportFlowProps) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const { api } = useServices();
  const texts = useSyncTexts();
  const styles = useStyles();
  const [state, setState] = useState<State>({ step: 'choose', problem: null });
  const [typed, setTyped] = useState('');
  const [verified, setVerified] = useState<SafetyCodeCheck | null>(null);
  const [applying, setApplying] = useState(false);
  const [applyError, setApplyError] = useState<AppErrorDto | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const chooseButton = useRef<HTMLButtonElement>(null);
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const doneHeading = useRef<HTMLHeadingElement>(null);
  const attempt = useRef(0);
  // The file handed to the service for this flow, freed when another is chosen, the flow ends or the screen closes.
  const stagedRef = useRef<string | null>(null);
  const releaseStaged = useCallback(() => {
    const id = stagedRef.current;
    stagedRef.current = null;
    if (id) void api['staging.discard']({ stagedId: id });
  }, [api]);
  useEffect(() => releaseStaged, [releaseStaged]);
  const H = level === 2 ? 'h2' : 'h3';
  const H2 = level === 2 ? 'h3' : 'h4';
  const subLevel = level === 2 ? 3 : 4;

  const institutionName = useCallback(
    (code: string) => {
      const i = ctx.institutions.get(code);
      return i ? `${i.name[lang]} (${code})` : code;
    },
    [ctx.institutions, lang],
  );

  const reset = (message?: string) => {
    attempt.current++;
    releaseStaged();
    setState({ step: 'choose', problem: null });
    setTyped('');
    setVerified(null);
    setApplyError(null);
    setApplying(false);
    if (message) setAnnouncement(message);
    requestAnimationFrame(() => chooseButton.current?.focus());
  };

  const choose = async (f: File) => {
    const mine = ++attempt.current;
    setApplyError(null);
    setTyped('');
    setVerified(null);
    setAnnouncement('');
    if (f.size === 0) return setState({ step: 'choose', problem: t('sync.file.empty', { name: f.name }) });
    if (f.size > MAX_BUNDLE_FILE_BYTES) {
      return setState({ step: 'choose', problem: t('sync.file.tooLarge', { name: f.name, size: f.size, max: MAX_BUNDLE_FILE_BYTES }) });
    }
    releaseStaged();
    setState({ step: 'checking', name: f.name, progress: 0 });
    const staged = await stageFile(api, f, f.name, (progress) => {
      if (mine === attempt.current) setState({ step: 'checking', name: f.name, progress });
    });
    if (mine !== attempt.current) {
      if (staged.ok) void api['staging.discard'](staged.value);
      return;
    }
    if (!staged.ok) {
      if (staged.error.code === 'file-unreadable') return setState({ step: 'choose', problem: t('sync.file.unreadable', { name: f.name }) });
      return setState({ step: 'failed', name: f.name, error: staged.error });
    }
    await previewStaged({ name: f.name.slice(-255), stagedId: staged.value.stagedId, size: f.size }, mine);
  };

  /** The check of a staged file: its preview, or why it cannot be imported. */
  const previewStaged = async (file: Upload, mine: number) => {
    stagedRef.current = file.stagedId;
    setState({ step: 'checking', name: file.name, progress: null });
    const r = await api['bundle.preview']({ file: { stagedId: file.stagedId } });
    if (mine !== attempt.current) return;
    if (!r.ok) return setState({ step: 'failed', name: file.name, error: r.error });
    setState({ step: 'preview', file, preview: r.value });
  };

  // A bundle dropped on the window or opened from the system starts here, already staged.
  const initialId = initial?.id;
  useEffect(() => {
    if (!initial) return;
    void previewStaged({ name: initial.name, stagedId: initial.id, size: initial.size }, ++attempt.current);
    // Once per staged file: the route names it.
  }, [initialId]);

  useEffect(() => {
    if (state.step === 'preview') previewHeading.current?.focus();
    if (state.step === 'applied') doneHeading.current?.focus();
  }, [state.step]);

  const preview = state.step === 'preview' || state.step === 'applied' ? state.preview : null;
  const needsTrust = preview?.signer.status === 'unknown';
  const codeCheck = preview ? checkSafetyCode(typed, preview.signer.safetyCode) : 'empty';
  const trustOk = !needsTrust || verified === 'match';
  const canApply = state.step === 'preview' && !preview?.refusal && trustOk && !applying;

  const verify = () => {
    setVerified(codeCheck);
  };

  const apply = async () => {
    if (state.step !== 'preview' || !canApply) return;
    setApplying(true);
    setApplyError(null);
    const { file, preview: p } = state;
    const r = await api['bundle.import']({
      file: { stagedId: file.stagedId },
      ...(needsTrust ? { trustCode: normaliseSafetyCode(typed) } : {}),
    });
    setApplying(false);
    if (!r.ok) {
      setApplyError(r.error);
      if (r.error.details?.params?.reason === 'safety-code-mismatch') setVerified('mismatch');
      return;
    }
    releaseStaged();
    setState({ step: 'applied', file, preview: p, result: r.value, enrolled: needsTrust });
    onApplied?.(r.value);
  };

  const live = (
    <VisuallyHidden as="div" role="status" aria-live="polite">
      {announcement}
    </VisuallyHidden>
  );

  if (state.step === 'choose' || state.step === 'checking' || state.step === 'failed') {
    return (
      <div className={styles.root}>
        {live}
        <FileDrop
          accept=".plani"
          title={t(`sync.file.dropTitle.${expect}`)}
          hint={t('sync.file.dropHint', { max: MAX_BUNDLE_FILE_BYTES })}
          buttonLabel={t('sync.file.choose')}
          inputLabel={t(`sync.file.inputLabel.${expect}`)}
          disabled={state.step === 'checking'}
          onFile={(f) => void choose(f)}
          buttonRef={chooseButton}
        />
        {state.step === 'checking' && state.progress !== null && (
          <Field label={t('sync.file.reading', { name: state.name })} validationState="none">
            <ProgressBar value={state.progress} max={1} aria-valuetext={`${Math.round(state.progress * 100)} %`} />
          </Field>
        )}
        {state.step === 'checking' && state.progress === null && (
          <Spinner size="small" labelPosition="after" label={t('sync.file.checking', { name: state.name })} />
        )}
        {state.step === 'choose' && state.problem && (
          <MessageBar intent="error">
            <MessageBarBody>{state.problem}</MessageBarBody>
          </MessageBar>
        )}
        {state.step === 'failed' && (
          <MessageBar intent="error" layout="multiline" data-testid="bundle-refusal">
            <MessageBarBody>
              <MessageBarTitle>{t('sync.import.cannotRead', { name: state.name })}</MessageBarTitle>
              {texts.previewError(state.error)}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
    );
  }

  const { summary, signer, sequence, changes, refusal } = state.preview;
  const issuer = institutionName(summary.issuer);
  const signerName = institutionName(signer.institution);

  if (state.step === 'applied') {
    const { result, enrolled } = state;
    const already = result.result === 'already-imported';
    return (
      <div className={styles.root}>
        {live}
        <MessageBar intent={already ? 'info' : 'success'} layout="multiline" data-testid="bundle-applied" data-result={result.result}>
          <MessageBarBody>
            <MessageBarTitle>
              <H ref={doneHeading} tabIndex={-1} className={styles.subheading} style={{ display: 'inline' }}>
                {already ? t('sync.import.alreadyTitle') : t('sync.import.appliedTitle')}
              </H>
            </MessageBarTitle>
            <div>
              {already
                ? t('sync.import.alreadyBody', { institution: issuer, seq: result.summary.seq })
                : t(`sync.import.appliedBody.${result.summary.bundleType}`, { institution: issuer, seq: result.summary.seq })}
              {enrolled && !already && ` ${t('sync.import.enrolled', { institution: signerName })}`}
            </div>
          </MessageBarBody>
        </MessageBar>
        {!already && <ChangeCountsLine changes={result.changes} />}
        <div className={styles.actions}>
          {afterApplied}
          <Button icon={<DocumentArrowUpRegular />} onClick={() => reset()}>
            {t('sync.import.another')}
          </Button>
        </div>
      </div>
    );
  }

  // ——— the preview ———
  const footerHint = refusal
    ? t('sync.import.cannotApply')
    : needsTrust && !trustOk
      ? t('sync.import.verifyFirst')
      : sequence.verdict === 'same'
        ? t('sync.import.sameHint')
        : t('sync.import.applyHint');

  return (
    <section className={styles.root} aria-labelledby="bundle-preview-heading" data-testid="bundle-preview">
      {live}
      <div>
        <H ref={previewHeading} id="bundle-preview-heading" tabIndex={-1} className={mergeClasses(styles.heading, level === 3 && styles.headingNested)}>
          {t(`sync.import.previewTitle.${summary.bundleType}`, { institution: issuer, seq: summary.seq })}
        </H>
        <Text className={styles.meta} as="p">
          <span>{t('sync.import.fileLine', { name: state.file.name, size: state.file.size })}</span>
          <span>{t('sync.import.createdLine', { at: formatDateTime(summary.createdAt) })}</span>
          <span>{countsText(t, summary.counts)}</span>
        </Text>
      </div>

      {refusal && (
        <MessageBar intent="error" data-testid="bundle-refusal">
          <MessageBarBody>
            {t('sync.import.wouldRefuse', {
              // What the bundle itself says fills any value the reason names but the refusal left out.
              reason: texts.reason(refusal.reason, {
                institution: summary.issuer,
                seq: summary.seq,
                lastSeq: sequence.lastAccepted ?? '—',
                cycle: summary.cycleId,
                safetyCode: signer.safetyCode,
                ...refusal.params,
              }),
            })}
          </MessageBarBody>
        </MessageBar>
      )}

      <div className={styles.cards}>
        <Section id="bundle-signer-heading" level={subLevel} heading={t('sync.import.signerHeading')} headingClassName={styles.subheading} className={styles.card} data-testid="bundle-signer">
          <dl className={styles.facts}>
            <dt className={styles.term}>{t('sync.common.institution')}</dt>
            <dd className={styles.def}>{signerName}</dd>
            <dt className={styles.term}>{t('sync.common.keyId')}</dt>
            <dd className={mergeClasses(styles.def, styles.mono)}>{signer.keyId}</dd>
            <dt className={styles.term}>{t('sync.common.status')}</dt>
            <dd className={styles.def}>
              <SignerStatusTag status={signer.status} />
            </dd>
            {signer.enrolledAt && (
              <>
                <dt className={styles.term}>{t('sync.common.enrolledAt')}</dt>
                <dd className={styles.def}>{formatDateTime(signer.enrolledAt)}</dd>
              </>
            )}
          </dl>
          <p className={styles.hint}>{t(`sync.signer.hint.${signer.status}`, { institution: signerName })}</p>
        </Section>
        <Section id="bundle-sequence-heading" level={subLevel} heading={t('sync.import.sequenceHeading')} headingClassName={styles.subheading} className={styles.card} data-testid="bundle-sequence">
          <dl className={styles.facts}>
            <dt className={styles.term}>{t('sync.import.thisBundle')}</dt>
            <dd className={styles.def}>{t('sync.common.seqValue', { seq: sequence.incoming })}</dd>
            <dt className={styles.term}>{t('sync.import.lastAccepted')}</dt>
            <dd className={styles.def}>{sequence.lastAccepted === null ? t('sync.import.noneAccepted') : t('sync.common.seqValue', { seq: sequence.lastAccepted })}</dd>
            <dt className={styles.term}>{t('sync.common.verdict')}</dt>
            <dd className={styles.def}>
              <VerdictTag verdict={sequence.verdict} />
            </dd>
          </dl>
          <p className={styles.hint}>
            {t(`sync.verdictHint.${sequence.verdict}`, { incoming: sequence.incoming, last: sequence.lastAccepted ?? 0, institution: issuer })}
          </p>
        </Section>
      </div>

      {needsTrust && !refusal && (
        <TrustCheck
          heading={H2}
          institution={signerName}
          code={signer.safetyCode}
          typed={typed}
          onType={(v) => {
            setTyped(v);
            setVerified(null);
          }}
          check={codeCheck}
          verified={verified}
          onVerify={verify}
        />
      )}

      <Section id="bundle-changes-heading" level={subLevel} heading={t('sync.import.changesHeading')} headingClassName={styles.subheading} className={styles.root} data-testid="bundle-changes">
        <p className={styles.hint}>
          {sequence.lastAccepted === null ? t('sync.import.changesFirst', { institution: issuer }) : t('sync.import.changesSince', { institution: issuer, seq: sequence.lastAccepted })}
        </p>
        <ChangeCountsLine changes={changes} />
        <ChangesView changes={changes} titleOf={titleOf} level={level === 2 ? 4 : 5} />
        {changes.reference && <ReferenceChangesView reference={changes.reference} level={level === 2 ? 4 : 5} />}
      </Section>

      {applyError && (
        <MessageBar intent="error" layout="multiline" data-testid="bundle-refusal">
          <MessageBarBody>{texts.error(applyError)}</MessageBarBody>
        </MessageBar>
      )}

      <div className={styles.footer} role="group" aria-label={t('sync.import.actions')}>
        <span className={styles.footerHint}>{footerHint}</span>
        <Button appearance="primary" icon={applying ? <Spinner size="tiny" /> : <CheckmarkCircleFilled />} disabled={!canApply} onClick={() => void apply()}>
          {applying ? t('sync.import.applying') : needsTrust ? t('sync.import.applyEnrol') : t('sync.import.apply')}
        </Button>
        <Button disabled={applying} onClick={() => reset(t('sync.import.setAsideDone'))}>
          {t('sync.import.setAside')}
        </Button>
      </div>
    </section>
  );
}

function TrustCheck({
  heading: Heading,
  institution,
  code,
  typed,
  onType,
  check,
  verified,
  onVerify,
}: {
  heading: 'h3' | 'h4';
  institution: string;
  code: string;
  typed: string;
  onType(value: string): void;
  check: SafetyCodeCheck;
  verified: SafetyCodeCheck | null;
  onVerify(): void;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  const inputId = useId();
  const message =
    verified === null
      ? null
      : verified === 'match'
        ? { good: true, text: t('sync.trust.match', { institution }) }
        : { good: false, text: t(`sync.trust.${verified === 'mismatch' ? 'mismatch' : verified === 'invalid' ? 'invalid' : 'incomplete'}`) };
  return (
    <section className={mergeClasses(styles.card, styles.trust)} aria-labelledby="bundle-trust-heading" data-testid="bundle-trust">
      <Heading id="bundle-trust-heading" className={styles.subheading}>
        <ShieldCheckmarkRegular aria-hidden /> {t('sync.trust.heading')}
      </Heading>
      <p className={styles.hint}>{t('sync.trust.explain', { institution })}</p>
      <SafetyCode code={code} label={t('sync.trust.codeLabel', { institution })} layout="one-line" testId="bundle-safety-code" />
      <p className={styles.hint} data-testid="bundle-safety-code-by-phone">{t('sync.trust.byPhone')}</p>
      <p className={styles.hint}>{t('sync.trust.compare')}</p>
      <div className={styles.codeRow}>
        <Field className={styles.codeField} label={{ children: t('sync.trust.inputLabel'), htmlFor: inputId }} hint={t('sync.trust.inputHint')}>
          <Input
            id={inputId}
            className={styles.codeInput}
            value={typed}
            inputMode="numeric"
            autoComplete="off"
            spellCheck={false}
            onChange={(_, d) => onType(d.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') onVerify();
            }}
          />
        </Field>
        <Button appearance="primary" disabled={check === 'empty'} onClick={onVerify}>
          {t('sync.trust.verify')}
        </Button>
      </div>
      <span role="status" aria-live="polite" className={mergeClasses(styles.check, message?.good ? styles.good : styles.bad)} data-testid="trust-check" data-result={verified ?? ''}>
        {message && (message.good ? <CheckmarkCircleFilled aria-hidden /> : <DismissCircleFilled aria-hidden />)}
        {message?.text}
      </span>
    </section>
  );
}
