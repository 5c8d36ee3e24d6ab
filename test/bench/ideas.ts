// Ideas (issue 13): importing 2,000 answers of a form's CSV export, from the
// upload to the last idea written, through the contract method the app calls.
import type { Plani } from '../../electron/services/app';
import type { MethodOutput } from '../../shared/api/contract';
import { fmtMs, row, timed } from './stats';

export function ideaCsv(rows: number): Buffer {
  const lines = ['Vula kohore;Titulli i idesë (shqip);Problemi (shqip);Zgjidhja e propozuar (shqip);Organizata;Lloji i organizatës;Pëlqim për publikim'];
  for (let i = 0; i < rows; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    lines.push(`${day}.09.2020 10:${String(i % 60).padStart(2, '0')}:00;Ideja nr. ${i} për drejtësi të hapur;"Qytetarët në zonën ${i}; nuk kanë\nakses";Zyrë ndihme juridike;Shoqata ${i};OShC;Po`);
  }
  return Buffer.from(`\ufeff${lines.join('\r\n')}\r\n`, 'utf8');
}

export async function benchIdeas(plani: Plani): Promise<void> {
  const file = { name: 'pergjigjet.csv', dataBase64: ideaCsv(2000).toString('base64') };
  const preview = await plani.call('idea.importPreview', { componentCode: 'access-to-justice', file });
  if (!preview.ok) throw new Error(JSON.stringify(preview.error));
  const { mapping, valid } = preview.value as MethodOutput<'idea.importPreview'>;
  if (valid !== 2000) throw new Error(`only ${valid} valid rows`);
  const run = await timed(async () => {
    const r = await plani.call('idea.import', { componentCode: 'access-to-justice', file, mapping, validOnly: false });
    if (!r.ok || (r.value as MethodOutput<'idea.import'>).imported !== 2000) throw new Error(JSON.stringify(r));
  });
  console.log(row('idea import, 2,000 CSV rows (read + check + 1 transaction)', fmtMs(run.ms), '< 1 s'));
}
