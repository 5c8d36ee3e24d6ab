// Every contract method's implementation, grouped by domain. Each group
// returns its slice of the contract; the spread below must cover every
// method exactly once, which the `Handlers` type and a test both check.
import type { PlaniContext } from '../context';
import type { Handlers } from '../dispatch';
import { appHandlers } from './app';
import { attachmentHandlers } from './attachments';
import { backupHandlers } from './backups';
import { bundleHandlers } from './bundles';
import { calendarHandlers } from './calendar';
import { consultationHandlers } from './consultation';
import { cycleHandlers } from './cycles';
import { diagnosticsHandlers } from './diagnostics';
import { draftingHandlers } from './drafting';
import { feedbackHandlers } from './feedback';
import { frontMatterHandlers } from './front-matter';
import { ideaHandlers } from './ideas';
import { keyProtectionHandlers } from './key-protection';
import { planHandlers } from './plan';
import { printHandlers } from './print';
import { prioritizationHandlers } from './prioritization';
import { qualityHandlers } from './quality';
import { referenceDataHandlers } from './reference-data';
import { reportHandlers } from './reports';
import { searchHandlers } from './search';
import { spreadsheetHandlers } from './spreadsheet';
import { stagingHandlers } from './staging';
import { unsavedHandlers } from './unsaved';

export function createHandlers(ctx: PlaniContext): Handlers {
  return {
    ...appHandlers(ctx),
    ...planHandlers(ctx),
    ...draftingHandlers(ctx),
    ...spreadsheetHandlers(ctx),
    ...searchHandlers(ctx),
    ...qualityHandlers(ctx),
    ...bundleHandlers(ctx),
    ...stagingHandlers(ctx),
    ...printHandlers(ctx),
    ...unsavedHandlers(ctx),
    ...frontMatterHandlers(ctx),
    ...ideaHandlers(ctx),
    ...prioritizationHandlers(ctx),
    ...consultationHandlers(ctx),
    ...attachmentHandlers(ctx),
    ...reportHandlers(ctx),
    ...feedbackHandlers(ctx),
    ...calendarHandlers(ctx),
    ...cycleHandlers(ctx),
    ...referenceDataHandlers(ctx),
    ...backupHandlers(ctx),
    ...diagnosticsHandlers(ctx),
    ...keyProtectionHandlers(ctx),
  };
}
