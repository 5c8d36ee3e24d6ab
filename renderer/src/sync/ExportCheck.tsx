// Before an LFP's bundle goes out: the quality check's blocking findings, by
// commitment, and a choice. Drafts are exchanged too, so the export still goes
// ahead when the person confirms; it only never happens unnoticed.
import { makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../shared/quality/types';
import { useLanguage } from '../hooks/useLanguage';
import { FindingItem } from '../quality/FindingParts';
import { type FindingEntry, findingCommitmentId, mergeLanguages } from '../quality/findings';
import { ConfirmDialog } from '../components/ConfirmDialog';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxHeight: '45vh', overflowY: 'auto', margin: 0, padding: 0, listStyle: 'none' },
  title: { margin: `0 0 ${tokens.spacingVerticalXS}`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  entries: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

export interface ExportCheckProps {
  /** The blocking findings; the dialog is open while there are some. */
  findings: readonly Finding[];
  titleOf(commitmentId: string): { sq: string; en: string } | null;
  busy: boolean;
  onConfirm(): void;
  onCancel(): void;
}

/** The blocking findings grouped under their commitments, in the order the check gave them, each language pair as one line. */
function byCommitment(findings: readonly Finding[]): { commitmentId: string | null; entries: FindingEntry[] }[] {
  const groups = new Map<string | null, Finding[]>();
  for (const f of findings) {
    const id = findingCommitmentId(f);
    const list = groups.get(id);
    if (list) list.push(f);
    else groups.set(id, [f]);
  }
  return [...groups].map(([commitmentId, list]) => ({ commitmentId, entries: mergeLanguages(list) }));
}

export function ExportCheck({ findings, titleOf, busy, onConfirm, onCancel }: ExportCheckProps) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const styles = useStyles();
  const groups = useMemo(() => byCommitment(findings), [findings]);
  // As listed: a title missing in both languages is one problem, not two.
  const count = groups.reduce((n, g) => n + g.entries.length, 0);
  const name = (id: string | null) => {
    if (id === null) return t('sync.lfp.exportCheck.wholePlan');
    const title = titleOf(id);
    return (title && (title[lang].trim() || title[lang === 'sq' ? 'en' : 'sq'].trim())) || t('sync.common.untitledCommitment');
  };
  return (
    <ConfirmDialog
      open={findings.length > 0}
      title={t('sync.lfp.exportCheck.title')}
      confirmLabel={t('sync.lfp.exportCheck.confirm')}
      busy={busy}
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      <p>{t('sync.lfp.exportCheck.intro', { count })}</p>
      <ul className={styles.list} data-testid="export-check">
        {groups.map((g) => (
          <li key={g.commitmentId ?? '-'} data-commitment={g.commitmentId ?? undefined}>
            <h3 className={styles.title}>{name(g.commitmentId)}</h3>
            <div className={styles.entries}>
              {g.entries.map((entry) => (
                <FindingItem key={entry.key} entry={entry} />
              ))}
            </div>
          </li>
        ))}
      </ul>
    </ConfirmDialog>
  );
}
