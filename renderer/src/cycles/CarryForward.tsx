// In the commitment editor: "Carried forward from …" on a commitment that
// came from an earlier cycle (a link that opens the old one in its cycle),
// and for the LFP that owns a commitment of an earlier cycle, "Carry forward
// to <cycle being drafted>", which makes the draft copy and opens it there.
import { Button, Link, Spinner, Text } from '@fluentui/react-components';
import { ArrowForwardRegular, HistoryRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLoad } from '../hooks/useLoad';
import { useLanguage } from '../hooks/useLanguage';
import { pickText } from '../lib/text';
import { useNotify } from '../services/notices';
import { useServices } from '../services/services';
import type { ShellContext } from '../services/shell-context';

/** Shown when the LFP owning `owner`'s commitment views an earlier cycle. */
export function CarryForwardButton({ id, owner, ctx }: { id: string; owner: string; ctx: ShellContext }) {
  const { t } = useTranslation();
  const { api } = useServices();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const earlier = ctx.earlierCycle;
  if (!earlier || ctx.workspace.role !== 'lfp' || owner !== ctx.workspace.institution.code) return null;
  const carry = async () => {
    setBusy(true);
    const result = await api['commitment.carryForward']({ id });
    setBusy(false);
    if (!result.ok) return notify(result.error);
    await ctx.changeCycle(result.value.cycleId, { view: 'commitment', component: result.value.componentCode, commitment: result.value.id });
  };
  return (
    <Button appearance="primary" icon={busy ? <Spinner size="tiny" /> : <ArrowForwardRegular />} disabled={busy} onClick={() => void carry()}>
      {t('cycles.carry.action', { cycle: earlier.open })}
    </Button>
  );
}

/** The link back to the commitment this one was carried forward from. */
export function CarriedFromLink({ from, ctx }: { from: string; ctx: ShellContext }) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const { api } = useServices();
  const [old] = useLoad(() => api['commitment.get']({ id: from }), [from]);
  const found = old.state === 'ready' ? old.value : null;
  if (old.state === 'loading') return null;
  if (!found) {
    return (
      <Text size={200}>
        <HistoryRegular aria-hidden /> {t('cycles.carry.fromMissing')}
      </Text>
    );
  }
  const title = pickText(found.title, lang)?.value ?? t('ui.component.untitled');
  return (
    <Link
      href="#"
      onClick={(e) => {
        e.preventDefault();
        void ctx.changeCycle(found.cycleId, { view: 'commitment', component: found.componentCode, commitment: found.id });
      }}
    >
      <HistoryRegular aria-hidden /> {t('cycles.carry.from', { title, cycle: found.cycleId })}
    </Link>
  );
}
