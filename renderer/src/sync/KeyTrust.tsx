// "Key and trust": this workspace's signing key and its safety code (to read
// aloud when another institution enrols it), rotating it (a new key, and the
// key-rotation bundle to send to the other side), the keys this workspace trusts
// with their state (and revoking one), and the log of every bundle exported
// or imported.
import {
  Button,
  MessageBar,
  MessageBarBody,
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
import { ArrowClockwiseRegular, KeyResetRegular, ShieldDismissRegular } from '@fluentui/react-icons';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../shared/api/contract';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { Loaded, PageHeader, Section } from '../components/Page';
import { VisuallyHidden } from '../components/VisuallyHidden';
import { useLoad } from '../hooks/useLoad';
import { useLanguage } from '../hooks/useLanguage';
import { downloadBase64 } from '../lib/files';
import { formatDateTime, shortHash } from '../lib/format';
import { cardStyle } from '../lib/styles';
import { useServices } from '../services/services';
import type { ShellContext } from '../services/shell-context';
import { formatSafetyCode } from './safety-code';
import { CopySafetyCodeButton, SafetyCode } from './SafetyCode';
import { TrustStatusTag } from './StatusTags';
import { useSyncTexts } from './texts';
import { logReasonValues } from './refusal';

/** Above this many rows the bundle log is virtualised. */
export const LOG_VIRTUALIZE_OVER = 200;
const LOG_ROW_HEIGHT = 40;

type KeyInfo = MethodOutput<'key.show'>;
type Signer = MethodOutput<'trust.list'>['signers'][number];
type LogEntry = MethodOutput<'bundle.log'>['entries'][number];

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  intro: { color: tokens.colorNeutralForeground2, maxWidth: '80ch', margin: 0 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  sectionHead: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  h2: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold, flexGrow: 1 },
  keyCard: cardStyle('roomy'),
  codeRow: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalL, flexWrap: 'wrap' },
  facts: { display: 'grid', gridTemplateColumns: 'max-content minmax(0, 1fr)', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalXS, margin: 0 },
  term: { color: tokens.colorNeutralForeground3 },
  def: { margin: 0, overflowWrap: 'anywhere' },
  mono: { fontFamily: tokens.fontFamilyMonospace, fontVariantNumeric: 'tabular-nums' },
  nowrap: { whiteSpace: 'nowrap' },
  muted: { color: tokens.colorNeutralForeground3 },
  tableBox: { border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorNeutralBackground1 },
  actionCol: { width: '8.5rem' },
  codeCol: { width: '19rem' },
  keyCol: { width: '10.5rem' },
  statusCol: { width: '9rem' },
  dateCol: { width: '9.5rem' },
  // The log, as a grid with table semantics so it can be virtualised.
  log: { display: 'flex', flexDirection: 'column', border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorNeutralBackground1 },
  logRow: {
    display: 'grid',
    gridTemplateColumns: '9.5rem 6.5rem 6rem 4rem 11rem minmax(0, 1fr) 8rem',
    columnGap: tokens.spacingHorizontalM,
    alignItems: 'center',
    minHeight: `${LOG_ROW_HEIGHT}px`,
    padding: `0 ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    boxSizing: 'border-box',
    fontSize: tokens.fontSizeBase200,
  },
  logHead: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2, backgroundColor: tokens.colorNeutralBackground2 },
  logScroller: { maxHeight: '420px', overflowY: 'auto', position: 'relative' },
  cell: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', minWidth: 0 },
  refused: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  applied: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
});

export function KeyTrust({ ctx }: { ctx: ShellContext }) {
  const { t } = useTranslation();
  const { api, planChanges } = useServices();
  const styles = useStyles();
  const [key, reloadKey] = useLoad(() => api['key.show']({}), [api]);
  const [signers, reloadSigners] = useLoad(() => api['trust.list']({}), [api]);
  const [log, reloadLog] = useLoad(() => api['bundle.log']({ limit: 1000 }), [api]);

  const loading = t('sync.common.loading');

  return (
    <div className={styles.root}>
      <PageHeader title={t('sync.keys.title')} intro={t('sync.keys.intro')} />
      <Section id="own-key-heading" heading={t('sync.keys.ownHeading')} className={styles.section} headingClassName={styles.h2}>
        <Loaded state={key} label={loading} size="small" onRetry={reloadKey}>
          {(info) => <OwnKey info={info} ctx={ctx} />}
        </Loaded>
        {key.state !== 'failed' && (
          <RotateKey
            ctx={ctx}
            onRotated={() => {
              reloadKey();
              reloadLog();
            }}
          />
        )}
      </Section>
      <Section id="signers-heading" heading={t('sync.keys.signersHeading')} className={styles.section} headingClassName={styles.h2}>
        <p className={styles.intro}>{t(ctx.workspace.role === 'poc' ? 'sync.keys.signersIntroPoc' : 'sync.keys.signersIntroLfp')}</p>
        <Loaded state={signers} label={loading} size="small" onRetry={reloadSigners}>
          {(value) => (
            <Signers
              signers={value.signers}
              ctx={ctx}
              onRevoked={() => {
                reloadSigners();
                reloadLog();
              }}
            />
          )}
        </Loaded>
      </Section>
      <section className={styles.section} aria-labelledby="log-heading">
        <div className={styles.sectionHead}>
          <h2 id="log-heading" className={styles.h2}>
            {t('sync.log.heading')}
          </h2>
          <Button
            icon={<ArrowClockwiseRegular />}
            onClick={() => {
              // A new line in the log may be an import made elsewhere: the navigation's counts follow.
              planChanges.announce();
              reloadLog();
            }}
          >
            {t('sync.common.refresh')}
          </Button>
        </div>
        <Loaded state={log} label={loading} size="small" onRetry={reloadLog}>
          {(value) => <BundleLog entries={value.entries} />}
        </Loaded>
      </section>
    </div>
  );
}

function OwnKey({ info, ctx }: { info: KeyInfo; ctx: ShellContext }) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const styles = useStyles();
  const institution = ctx.institutions.get(info.institution);
  return (
    <div className={styles.keyCard} data-testid="own-key">
      <Text>{t('sync.keys.ownExplain')}</Text>
      <div className={styles.codeRow}>
        <SafetyCode code={info.safetyCode} label={t('sync.keys.ownCodeLabel')} layout="one-line" testId="own-safety-code" />
        <CopySafetyCodeButton code={info.safetyCode} />
      </div>
      <dl className={styles.facts}>
        <dt className={styles.term}>{t('sync.common.institution')}</dt>
        <dd className={styles.def}>{institution ? `${institution.name[lang]} (${info.institution})` : info.institution}</dd>
        <dt className={styles.term}>{t('sync.common.keyId')}</dt>
        <dd className={mergeClasses(styles.def, styles.mono)}>{info.keyId}</dd>
        <dt className={styles.term}>{t('sync.keys.createdAt')}</dt>
        <dd className={styles.def}>{formatDateTime(info.createdAt)}</dd>
      </dl>
    </div>
  );
}

/**
 * "Rotate the key": after a confirmation that says what follows, a new key,
 * the key-rotation bundle downloaded, and the new safety code shown. Kept
 * mounted while the key card reloads, so the result stays on screen.
 */
function RotateKey({ ctx, onRotated }: { ctx: ShellContext; onRotated(): void }) {
  const { t } = useTranslation();
  const { api } = useServices();
  const texts = useSyncTexts();
  const styles = useStyles();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: true; fileName: string; safetyCode: string } | { ok: false; text: string } | null>(null);
  const other = t(ctx.workspace.role === 'poc' ? 'sync.keys.rotateToLfps' : 'sync.keys.rotateToPoc');

  const rotate = async () => {
    setBusy(true);
    const r = await api['key.rotate']({});
    setBusy(false);
    setConfirming(false);
    if (!r.ok) {
      setResult({ ok: false, text: texts.error(r.error) });
      return;
    }
    downloadBase64(r.value.fileName, r.value.dataBase64);
    setResult({ ok: true, fileName: r.value.fileName, safetyCode: r.value.safetyCode });
    onRotated();
  };

  return (
    <>
      <div className={styles.sectionHead}>
        <Text className={styles.intro}>{t('sync.keys.rotateExplain')}</Text>
        <Button
          icon={<KeyResetRegular />}
          data-testid="rotate-key"
          onClick={() => {
            setResult(null);
            setConfirming(true);
          }}
        >
          {t('sync.keys.rotate')}
        </Button>
      </div>
      {result && !result.ok && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{result.text}</MessageBarBody>
        </MessageBar>
      )}
      {result && result.ok && (
        <MessageBar intent="success" role="status" data-testid="rotated">
          <MessageBarBody>
            <p>{t('sync.keys.rotated', { file: result.fileName, to: other })}</p>
            <div className={styles.codeRow}>
              <SafetyCode code={result.safetyCode} label={t('sync.keys.rotatedCodeLabel')} layout="one-line" testId="rotated-safety-code" />
              <CopySafetyCodeButton code={result.safetyCode} />
            </div>
          </MessageBarBody>
        </MessageBar>
      )}
      <ConfirmDialog
        open={confirming}
        title={t('sync.keys.rotateTitle')}
        confirmLabel={t('sync.keys.rotateConfirm')}
        busy={busy}
        onConfirm={() => void rotate()}
        onCancel={() => setConfirming(false)}
      >
        <p>{t('sync.keys.rotateBody', { to: other })}</p>
        <p>{t('sync.keys.rotateBodyOld')}</p>
      </ConfirmDialog>
    </>
  );
}

function Signers({ signers, ctx, onRevoked }: { signers: readonly Signer[]; ctx: ShellContext; onRevoked(): void }) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const { api } = useServices();
  const texts = useSyncTexts();
  const styles = useStyles();
  const [toRevoke, setToRevoke] = useState<Signer | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const name = (code: string) => {
    const i = ctx.institutions.get(code);
    return i ? `${i.name[lang]} (${code})` : code;
  };

  const revoke = async () => {
    if (!toRevoke) return;
    setBusy(true);
    const r = await api['trust.revoke']({ safetyCode: toRevoke.safetyCode });
    setBusy(false);
    const who = name(toRevoke.institution);
    setToRevoke(null);
    if (!r.ok) {
      setMessage({ ok: false, text: texts.error(r.error) });
      return;
    }
    setMessage({ ok: true, text: t('sync.keys.revoked', { institution: who }) });
    onRevoked();
  };

  return (
    <>
      {message && (
        <MessageBar intent={message.ok ? 'success' : 'error'} role="status">
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
      {signers.length === 0 ? (
        <Text className={styles.muted}>{t('sync.keys.noSigners')}</Text>
      ) : (
        <div className={styles.tableBox}>
          <Table aria-label={t('sync.keys.signersHeading')} data-testid="trusted-signers">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('sync.common.institution')}</TableHeaderCell>
                <TableHeaderCell className={styles.codeCol}>{t('sync.common.safetyCode')}</TableHeaderCell>
                <TableHeaderCell className={styles.keyCol}>{t('sync.common.keyId')}</TableHeaderCell>
                <TableHeaderCell className={styles.statusCol}>{t('sync.common.status')}</TableHeaderCell>
                <TableHeaderCell className={styles.dateCol}>{t('sync.common.enrolledAt')}</TableHeaderCell>
                <TableHeaderCell className={styles.actionCol}>
                  <VisuallyHidden>{t('sync.common.actions')}</VisuallyHidden>
                </TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {signers.map((s) => (
                <TableRow key={`${s.institution}:${s.keyId}`} data-institution={s.institution} data-status={s.status}>
                  <TableCell>{name(s.institution)}</TableCell>
                  <TableCell>
                    <span className={mergeClasses(styles.mono, styles.nowrap)}>{formatSafetyCode(s.safetyCode)}</span>
                  </TableCell>
                  <TableCell>
                    <span className={styles.mono}>{s.keyId}</span>
                  </TableCell>
                  <TableCell>
                    <TrustStatusTag status={s.status} small />
                  </TableCell>
                  <TableCell>{formatDateTime(s.enrolledAt)}</TableCell>
                  <TableCell className={styles.actionCol}>
                    {s.status === 'active' && (
                      <Button
                        size="small"
                        icon={<ShieldDismissRegular />}
                        aria-label={t('sync.keys.revokeNamed', { institution: name(s.institution) })}
                        onClick={() => {
                          setMessage(null);
                          setToRevoke(s);
                        }}
                      >
                        {t('sync.keys.revoke')}
                      </Button>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      <ConfirmDialog
        open={toRevoke !== null}
        title={t('sync.keys.revokeTitle', { institution: toRevoke ? name(toRevoke.institution) : '' })}
        confirmLabel={t('sync.keys.revoke')}
        busy={busy}
        onConfirm={() => void revoke()}
        onCancel={() => setToRevoke(null)}
      >
        <p>{t('sync.keys.revokeBody', { institution: toRevoke ? name(toRevoke.institution) : '' })}</p>
        <p className={styles.mono}>{toRevoke ? formatSafetyCode(toRevoke.safetyCode) : ''}</p>
      </ConfirmDialog>
    </>
  );
}

function BundleLog({ entries }: { entries: readonly LogEntry[] }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = entries.length > LOG_VIRTUALIZE_OVER;
  const virtualizer = useVirtualizer({
    count: virtual ? entries.length : 0,
    getScrollElement: () => scroller.current,
    estimateSize: () => LOG_ROW_HEIGHT,
    overscan: 12,
  });
  if (entries.length === 0) return <Text className={styles.muted}>{t('sync.log.empty')}</Text>;

  const header = (
    <div role="row" aria-rowindex={1} className={mergeClasses(styles.logRow, styles.logHead)}>
      {(['at', 'direction', 'institution', 'seq', 'result', 'reason', 'sha'] as const).map((c) => (
        <span key={c} role="columnheader" className={styles.cell}>
          {t(`sync.log.column.${c}`)}
        </span>
      ))}
    </div>
  );
  const row = (e: LogEntry, index: number, style?: CSSProperties) => (
    <div
      key={index}
      role="row"
      aria-rowindex={index + 2}
      className={styles.logRow}
      style={style}
      data-result={e.result}
      data-direction={e.direction}
    >
      <span role="cell" className={styles.cell}>
        {formatDateTime(e.at)}
      </span>
      <span role="cell" className={styles.cell}>
        {t(`sync.log.direction.${e.direction}`)}
      </span>
      <span role="cell" className={styles.cell}>
        {e.institution ?? '—'}
      </span>
      <span role="cell" className={styles.cell}>
        {e.seq ?? '—'}
      </span>
      <span role="cell" className={mergeClasses(styles.cell, e.result === 'refused' ? styles.refused : e.result === 'applied' ? styles.applied : undefined)}>
        {t(`sync.log.result.${e.result}`)}
      </span>
      <LogReason code={e.reason} params={logReasonValues(e)} />
      <span role="cell" className={mergeClasses(styles.cell, styles.mono)} title={e.sha256}>
        {shortHash(e.sha256)}
      </span>
    </div>
  );

  return (
    <div role="table" aria-label={t('sync.log.heading')} aria-rowcount={entries.length + 1} className={styles.log} data-testid="bundle-log">
      <div role="rowgroup">{header}</div>
      {virtual ? (
        <div ref={scroller} role="rowgroup" className={styles.logScroller} tabIndex={0} aria-label={t('sync.log.scrollLabel', { count: entries.length })}>
          <div style={{ height: `${virtualizer.getTotalSize()}px`, position: 'relative' }}>
            {virtualizer.getVirtualItems().map((v) =>
              row(entries[v.index]!, v.index, { position: 'absolute', top: 0, left: 0, right: 0, height: `${v.size}px`, transform: `translateY(${v.start}px)` }),
            )}
          </div>
        </div>
      ) : (
        <div role="rowgroup">{entries.map((e, i) => row(e, i))}</div>
      )}
    </div>
  );
}

function LogReason({ code, params }: { code: string | null; params: Record<string, string | number> }) {
  const texts = useSyncTexts();
  const styles = useStyles();
  const text = code ? texts.reason(code, params) : '';
  return (
    <span role="cell" className={styles.cell} title={text}>
      {text || '—'}
    </span>
  );
}
