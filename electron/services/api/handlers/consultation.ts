// Consultation events, their participants and checklist, and the comments received with their decisions.
import { CommentService } from '../../cocreation/comments';
import { EventService } from '../../cocreation/events';
import type { PlaniContext } from '../context';
import type { Handlers } from '../dispatch';

type ConsultationMethods =
  | 'event.list' | 'event.get' | 'event.create' | 'event.update' | 'event.setParticipants' | 'event.participantsPreview' | 'event.importParticipants' | 'event.delete'
  | 'comment.list' | 'comment.create' | 'comment.update' | 'comment.decide' | 'comment.delete' | 'comment.targets';

export function consultationHandlers(ctx: PlaniContext): Pick<Handlers, ConsultationMethods> {
  const events = async () => new EventService(await ctx.workspace(), ctx.clock);
  const comments = async () => new CommentService(await ctx.workspace(), ctx.clock);
  return {
    'event.list': async ({ filter }) => (await events()).list(filter),
    'event.get': async ({ id }) => (await events()).get(id),
    'event.create': async (input) => (await events()).create(input),
    'event.update': async ({ id, changes }) => (await events()).update(id, changes),
    'event.setParticipants': async ({ id, participants }) => (await events()).setParticipants(id, participants),
    'event.participantsPreview': async ({ source, mapping }) => (await events()).preview(source, mapping),
    'event.importParticipants': async ({ id, source, mapping, replace }) => (await events()).importParticipants(id, source, mapping, replace),
    'event.delete': async ({ id }) => (await events()).delete(id),
    'comment.list': async ({ filter }) => (await comments()).list(filter),
    'comment.create': async (input) => (await comments()).create(input),
    'comment.update': async ({ id, changes }) => (await comments()).update(id, changes),
    'comment.decide': async ({ id, decision, reason }) => (await comments()).decide(id, decision, reason),
    'comment.delete': async ({ id }) => (await comments()).delete(id),
    'comment.targets': async ({ componentCode }) => (await comments()).targets(componentCode),
  };
}
