// Pre-consultation and consultation reports, and their assembly from the events and comments they draw on.
import { ReportService } from '../../cocreation/reports';
import type { PlaniContext } from '../context';
import type { Handlers } from '../dispatch';

type ReportMethods = 'report.list' | 'report.get' | 'report.create' | 'report.update' | 'report.assemble' | 'report.fill' | 'report.setStatus' | 'report.delete';

export function reportHandlers(ctx: PlaniContext): Pick<Handlers, ReportMethods> {
  const reports = async () => new ReportService(await ctx.workspace(), ctx.clock);
  return {
    'report.list': async ({ filter }) => (await reports()).list(filter),
    'report.get': async ({ id }) => (await reports()).get(id),
    'report.create': async (input) => (await reports()).create(input),
    'report.update': async ({ id, changes }) => (await reports()).update(id, changes),
    'report.assemble': async ({ id }) => (await reports()).assemble(id),
    'report.fill': async ({ id }) => (await reports()).fill(id),
    'report.setStatus': async ({ id, status }) => (await reports()).setStatus(id, status),
    'report.delete': async ({ id }) => (await reports()).delete(id),
  };
}
