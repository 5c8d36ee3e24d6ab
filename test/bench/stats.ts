// Small helpers for the benchmark: wall time and percentiles. Figures are
// printed, never asserted: speed is a measurement, not a test.
import { performance } from 'node:perf_hooks';

export async function timed<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

export function percentile(sortedMs: readonly number[], p: number): number {
  if (sortedMs.length === 0) return Number.NaN;
  const idx = Math.min(sortedMs.length - 1, Math.ceil((p / 100) * sortedMs.length) - 1);
  return sortedMs[Math.max(0, idx)]!;
}

export function row(label: string, value: string, target = ''): string {
  return `${label.padEnd(48)} ${value.padStart(14)}   ${target}`;
}

export const fmtMs = (ms: number) => (ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(1)} ms`);
