// The Print screen's job: the runner (job-runner.ts) feeding the reducer
// (job-state.ts). Leaving the screen cancels what is under way.
import { useEffect, useMemo, useReducer } from 'react';
import type { PrintRequest } from '../../../shared/model/print';
import { useServices } from '../services/services';
import { PrintJobRunner } from './job-runner';
import { IDLE, printJobReducer, type PrintJobState } from './job-state';

export interface PrintJob {
  readonly state: PrintJobState;
  generate(request: PrintRequest): void;
  cancel(): void;
}

export function usePrintJob(): PrintJob {
  const { api } = useServices();
  const [state, dispatch] = useReducer(printJobReducer, IDLE);
  const runner = useMemo(() => new PrintJobRunner(api, dispatch), [api]);
  useEffect(() => () => runner.dispose(), [runner]);
  // While the person chooses, a print worker gets ready, so the first print does not pay its start.
  // Nothing depends on the answer: a failure here shows again, translated, when they generate.
  useEffect(() => {
    void api['pdf.prepare']({});
  }, [api]);
  return useMemo(() => ({ state, generate: (r: PrintRequest) => void runner.generate(r), cancel: () => runner.cancel() }), [state, runner]);
}
