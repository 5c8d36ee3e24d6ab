// The process calendar (Annex V) and its .ics export.
import { CalendarService } from '../../calendar/calendar-service';
import type { PlaniContext } from '../context';
import type { Handlers } from '../dispatch';

type CalendarMethods = 'calendar.list' | 'calendar.get' | 'calendar.create' | 'calendar.update' | 'calendar.delete' | 'calendar.ics';

export function calendarHandlers(ctx: PlaniContext): Pick<Handlers, CalendarMethods> {
  const service = async () => new CalendarService(await ctx.workspace(), ctx.clock);
  return {
    'calendar.list': async ({ cycleId }) => (await service()).list(cycleId),
    'calendar.get': async ({ id }) => (await service()).get(id),
    'calendar.create': async (input) => (await service()).create(input),
    'calendar.update': async ({ id, changes }) => (await service()).update(id, changes),
    'calendar.delete': async ({ id }) => (await service()).delete(id),
    'calendar.ics': async ({ cycleId, lang }) => (await service()).ics(lang, cycleId),
  };
}
