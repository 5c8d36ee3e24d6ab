// The sink the CLI writes the process's streams through: a failing stream
// (a reader gone, a full disk) never throws into the command, is reported
// once when it is not just a closed reader, and takes no more writes.
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { guardedSink, isClosedReader } from '../../../electron/cli/io';

const failing = (code: string, seen: string[]) =>
  new Writable({
    write(chunk, _enc, done) {
      seen.push(String(chunk));
      done(Object.assign(new Error(`write ${code}`), { code }));
    },
  });

const settle = () => new Promise((r) => setImmediate(r));

describe('guardedSink', () => {
  it('swallows a closed reader silently and drops every later write', async () => {
    const seen: string[] = [];
    const failures: unknown[] = [];
    const sink = guardedSink(failing('EPIPE', seen), (e) => failures.push(e));
    sink.write('first\n');
    await settle();
    expect(sink.write('second\n')).toBe(false);
    await settle();
    expect(seen).toEqual(['first\n']);
    expect(failures).toEqual([]);
  });

  it('reports another write error once (so the CLI can say the output is incomplete)', async () => {
    const failures: NodeJS.ErrnoException[] = [];
    const sink = guardedSink(failing('ENOSPC', []), (e) => failures.push(e));
    sink.write('a');
    await settle();
    sink.write('b');
    await settle();
    expect(failures.map((e) => e.code)).toEqual(['ENOSPC']);
  });

  it('knows which codes mean the reader has gone', () => {
    for (const code of ['EPIPE', 'ECONNRESET', 'EOF', 'ERR_STREAM_DESTROYED', 'ERR_STREAM_WRITE_AFTER_END']) expect(isClosedReader({ code })).toBe(true);
    for (const value of [{ code: 'ENOSPC' }, {}, undefined, null]) expect(isClosedReader(value)).toBe(false);
  });

  it('keeps isTTY of the stream it wraps (the PDF progress line depends on it)', () => {
    const tty = Object.assign(new Writable({ write: (_c, _e, d) => d() }), { isTTY: true });
    expect(guardedSink(tty).isTTY).toBe(true);
    expect(guardedSink(new Writable({ write: (_c, _e, d) => d() })).isTTY).toBeUndefined();
  });
});
