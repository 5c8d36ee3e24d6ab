// On the plan's home page: how many calendar items are late today (the same
// rule as the calendar screen and Annex V, shared/cocreation/calendar.ts),
// with the link to the calendar; nothing when none is.
import { Link, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { isCalendarItemLate } from '../../../shared/cocreation/calendar';
import { isoOfLocalDate } from '../../../shared/format/dates';
import { useLoad } from '../hooks/useLoad';
import { routeHref } from '../lib/route';
import { useServices } from '../services/services';

export function LateCalendarNotice({ cycleId }: { cycleId: string }) {
  const { t } = useTranslation();
  const { api } = useServices();
  const [state] = useLoad(() => api['calendar.list']({ cycleId }), [cycleId]);
  if (state.state !== 'ready') return null;
  const today = isoOfLocalDate(new Date());
  const late = state.value.items.filter((i) => isCalendarItemLate(i, today)).length;
  if (late === 0) return null;
  return (
    <MessageBar intent="warning" data-testid="home-calendar-late">
      <MessageBarBody>{t('calendar.homeLate', { count: late })}</MessageBarBody>
      <MessageBarActions>
        <Link href={routeHref({ view: 'calendar' })}>{t('calendar.homeOpen')}</Link>
      </MessageBarActions>
    </MessageBar>
  );
}
