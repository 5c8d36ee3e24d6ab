// The life of one print job as the screen sees it, as a pure reducer so the
// order of events (a late status after Cancel, a second Generate while the
// first answer is on its way) is decided in one place and tested without a
// DOM. Every event after `start` names its job, and anything about a job
// other than the current one is ignored.
import { ERROR_CODES, type AppErrorDto, type ErrorCode } from '../../../shared/api/errors';
import type { PrintJobStatus, PrintRequest } from '../../../shared/model/print';

export interface PrintedFile {
  readonly fileName: string;
  readonly bytes: Uint8Array<ArrayBuffer>;
  readonly pages: number;
}

export type PrintJobState =
  | { readonly phase: 'idle' }
  /** pdf.start sent; the service is reading the workspace. `ticket` tells this attempt from an earlier one. */
  | { readonly phase: 'starting'; readonly request: PrintRequest; readonly ticket: number }
  | { readonly phase: 'running'; readonly request: PrintRequest; readonly jobId: string; readonly done: number; readonly total: number }
  /** Rendered; pdf.result is on its way. */
  | { readonly phase: 'fetching'; readonly request: PrintRequest; readonly jobId: string; readonly total: number }
  | { readonly phase: 'ready'; readonly request: PrintRequest; readonly file: PrintedFile }
  | { readonly phase: 'failed'; readonly request: PrintRequest; readonly error: AppErrorDto }
  | { readonly phase: 'cancelled'; readonly request: PrintRequest };

export type PrintJobEvent =
  | { readonly type: 'start'; readonly request: PrintRequest; readonly ticket: number }
  /** pdf.start answered. */
  | { readonly type: 'started'; readonly ticket: number; readonly status: PrintJobStatus }
  /** pdf.status answered. */
  | { readonly type: 'status'; readonly status: PrintJobStatus }
  | { readonly type: 'fetched'; readonly jobId: string; readonly file: PrintedFile }
  /** A call failed: pdf.start (by ticket) or a later one (by job). */
  | { readonly type: 'error'; readonly ticket?: number; readonly jobId?: string; readonly error: AppErrorDto }
  | { readonly type: 'cancel' };

export const IDLE: PrintJobState = { phase: 'idle' };

/** The job the screen is waiting on, if any (to poll it, or cancel it when leaving). */
export function activeJobId(state: PrintJobState): string | null {
  return state.phase === 'running' || state.phase === 'fetching' ? state.jobId : null;
}

/** Whether a job is under way (Generate is off, Cancel is on). */
export const isBusy = (state: PrintJobState): state is Extract<PrintJobState, { phase: 'starting' | 'running' | 'fetching' }> =>
  state.phase === 'starting' || state.phase === 'running' || state.phase === 'fetching';

/** A failed job's code as an error the screen translates; a code this renderer does not know reads as "internal". */
function jobError(code: string | null): AppErrorDto {
  const known = (ERROR_CODES as readonly string[]).includes(code ?? '');
  return { code: known ? (code as ErrorCode) : 'internal' };
}

/** A service status as the next state, from any state that follows that job. */
function fromStatus(request: PrintRequest, status: PrintJobStatus): PrintJobState {
  switch (status.state) {
    case 'running':
      return { phase: 'running', request, jobId: status.jobId, done: status.done, total: status.total };
    case 'done':
      return { phase: 'fetching', request, jobId: status.jobId, total: status.total };
    case 'failed':
      return { phase: 'failed', request, error: jobError(status.error) };
    case 'cancelled':
      return { phase: 'cancelled', request };
  }
}

export function printJobReducer(state: PrintJobState, event: PrintJobEvent): PrintJobState {
  switch (event.type) {
    case 'start':
      return isBusy(state) ? state : { phase: 'starting', request: event.request, ticket: event.ticket };
    case 'started':
      if (state.phase !== 'starting' || state.ticket !== event.ticket) return state;
      return fromStatus(state.request, event.status);
    case 'status':
      if (state.phase !== 'running' || state.jobId !== event.status.jobId) return state;
      // Progress only moves forward: an answer overtaken by a later one changes nothing.
      if (event.status.state === 'running' && event.status.done < state.done) return state;
      return fromStatus(state.request, event.status);
    case 'fetched':
      if (state.phase !== 'fetching' || state.jobId !== event.jobId) return state;
      return { phase: 'ready', request: state.request, file: event.file };
    case 'error': {
      const mine =
        (state.phase === 'starting' && event.ticket === state.ticket) ||
        ((state.phase === 'running' || state.phase === 'fetching') && event.jobId === state.jobId);
      return mine ? { phase: 'failed', request: state.request, error: event.error } : state;
    }
    case 'cancel':
      return isBusy(state) ? { phase: 'cancelled', request: state.request } : state;
  }
}

/** Share of the work done, 0…1, or undefined while the total is not known yet (an indeterminate bar). */
export function progressValue(state: PrintJobState): number | undefined {
  if (state.phase === 'fetching') return 1;
  if (state.phase !== 'running' || state.total <= 0) return undefined;
  return Math.min(1, Math.max(0, state.done / state.total));
}
