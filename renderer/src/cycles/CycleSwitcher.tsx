// The cycle switcher in the top bar: the workspace's current cycle, every
// other cycle to switch to (an earlier one read-only), and for the POC
// "Start a new cycle…". Switching saves what is typed and reloads the window
// on the chosen cycle (change-cycle.ts).
import { Menu, MenuButton, MenuDivider, MenuItem, MenuItemRadio, MenuList, MenuPopover, MenuTrigger } from '@fluentui/react-components';
import { AddRegular, CalendarLtrRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceInfo } from '../../../shared/api/contract';
import { openCycle } from '../../../shared/cycles/new-cycle';
import type { Cycle } from '../../../shared/model/reference';
import { NewCycleDialog } from './NewCycleDialog';

export interface CycleSwitcherProps {
  workspace: WorkspaceInfo;
  cycles: readonly Cycle[];
  onSelect(cycleId: string): void;
  /** The new cycle was started and is current: the window reloads on it. */
  onStarted(): void;
}

export function CycleSwitcher({ workspace, cycles, onSelect, onStarted }: CycleSwitcherProps) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState(false);
  const sorted = [...cycles].sort((a, b) => (a.periodStart < b.periodStart ? -1 : 1));
  const open = openCycle(sorted);
  const current = workspace.currentCycleId;
  return (
    <>
      <Menu
        checkedValues={{ cycle: [current] }}
        onCheckedValueChange={(_, data) => {
          const id = data.checkedItems[0];
          if (id && id !== current) onSelect(id);
        }}
      >
        <MenuTrigger disableButtonEnhancement>
          <MenuButton appearance="subtle" icon={<CalendarLtrRegular />} data-testid="cycle-switcher">
            {t('cycles.switcher', { id: current })}
          </MenuButton>
        </MenuTrigger>
        <MenuPopover>
          <MenuList aria-label={t('cycles.menuLabel')}>
            {sorted.map((c) => (
              <MenuItemRadio key={c.id} name="cycle" value={c.id} secondaryContent={c.id === open?.id ? undefined : t('cycles.earlierTag')}>
                {t('cycles.entry', { id: c.id, number: c.number })}
              </MenuItemRadio>
            ))}
            {workspace.role === 'poc' && (
              <>
                <MenuDivider />
                <MenuItem icon={<AddRegular />} onClick={() => setDialog(true)}>
                  {t('cycles.start')}
                </MenuItem>
              </>
            )}
          </MenuList>
        </MenuPopover>
      </Menu>
      {workspace.role === 'poc' && open && (
        <NewCycleDialog
          open={dialog}
          latest={open}
          onCancel={() => setDialog(false)}
          onStarted={() => {
            setDialog(false);
            onStarted();
          }}
        />
      )}
    </>
  );
}
