// Savers other than the editor's queue (the POC's review comments) register
// here, so the same close-time flush (Electron) and page-hide flush (browser
// mode) sends what they still hold.
type Flusher = () => Promise<void>;

const flushers = new Set<Flusher>();

/** Registers a flusher; returns the function that unregisters it. */
export function onExitFlush(flush: Flusher): () => void {
  flushers.add(flush);
  return () => {
    flushers.delete(flush);
  };
}

/** Runs every registered flusher; one failing does not stop the others. */
export async function flushRegistered(): Promise<void> {
  await Promise.all([...flushers].map((f) => f().catch(() => undefined)));
}
