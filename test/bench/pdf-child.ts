// The printing process of the PDF bench (pdf.ts): opens the workspace, reads
// the snapshot and renders the bilingual consolidated plan (or its .docx),
// then prints one JSON line of figures. Apart from pdf.ts so that it loads
// only what a print loads (not Playwright, not the API): its peak memory is
// that of one print. tsx test/bench/pdf-child.ts DIR draft|final|docx
import { performance } from 'node:perf_hooks';
import { openWorkspace } from '../../electron/services/workspace/workspace';
import { loadPrintData } from '../../electron/services/pdf/print-data';
import type { PrintMode } from '../../shared/model/print';

export type Render = PrintMode | 'docx';

export interface Measure {
  commitments: number;
  milestones: number;
  indicators: number;
  readMs: number;
  renderMs: number;
  /** CPU time (user + system) of read + render: steadier than wall time on a shared machine. */
  cpuMs: number;
  pages: number;
  bytes: number;
  /** Peak resident set of the process before the read (what loading the modules took). */
  baseRssMb: number;
  maxRssMb: number;
}

// ru_maxrss: the peak resident set of this process, in KiB on Linux.
const peakRssMb = () => process.resourceUsage().maxRSS / 1024;

async function measure(dir: string, mode: Render): Promise<Measure> {
  // Loaded before the clock starts, as the app's worker has them loaded.
  const { renderDocument } = await import('../../electron/services/pdf/render');
  const docx = mode === 'docx' ? await import('../../electron/services/docx/render') : null;
  const ws = await openWorkspace(dir);
  try {
    const baseRssMb = peakRssMb();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const data = await loadPrintData(ws);
    const t1 = performance.now();
    const { bytes, pages } = docx
      ? { ...(await docx.renderDocx(data, { annex: 'plan', lang: 'bilingual' }, new Date())), pages: 0 }
      : await renderDocument(data, { annex: 'plan', lang: 'bilingual', mode: mode as PrintMode });
    const t2 = performance.now();
    const cpu = process.cpuUsage(c0);
    return {
      commitments: data.commitments.length,
      milestones: data.commitments.reduce((n, c) => n + c.milestones.length, 0),
      indicators: data.commitments.reduce((n, c) => n + c.indicators.length, 0),
      readMs: t1 - t0,
      renderMs: t2 - t1,
      cpuMs: (cpu.user + cpu.system) / 1000,
      pages,
      bytes: bytes.length,
      baseRssMb,
      maxRssMb: peakRssMb(),
    };
  } finally {
    await ws.store.close();
  }
}

if (require.main === module) {
  measure(process.argv[2]!, (process.argv[3] ?? 'draft') as Render).then(
    (m) => console.log(JSON.stringify(m)),
    (err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
