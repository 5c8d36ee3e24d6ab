// The POC feedback framework and the LFP's replies.
import { FeedbackService } from '../../feedback/service';
import type { PlaniContext } from '../context';
import type { Handlers } from '../dispatch';

type FeedbackMethods = 'pocFeedback.list' | 'pocFeedback.get' | 'pocFeedback.create' | 'pocFeedback.update' | 'pocFeedback.reply';

export function feedbackHandlers(ctx: PlaniContext): Pick<Handlers, FeedbackMethods> {
  const service = async () => new FeedbackService(await ctx.workspace(), ctx.clock);
  return {
    'pocFeedback.list': async () => (await service()).list(),
    'pocFeedback.get': async ({ target }) => (await service()).get(target),
    'pocFeedback.create': async ({ target }) => (await service()).create(target),
    'pocFeedback.update': async ({ id, changes }) => (await service()).update(id, changes),
    'pocFeedback.reply': async ({ id, changes }) => (await service()).reply(id, changes),
  };
}
