// Reading a file a person chose without trusting its size: only a regular
// file is read, and never more bytes than the caller asks for, so a wrong
// choice in a file dialog (a video, a disk image, a device) cannot fill memory.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { AppError } from '../../../shared/api/errors';

/**
 * Opens `path`, checks it is a regular file and hands `use` its size (as stat
 * gives it) and a reader of at most `max` bytes from the start (fewer if the
 * file is shorter). Anything unreadable is AppError('file-unreadable').
 */
export function withRegularFile<T>(path: string, use: (size: number, readUpTo: (max: number) => Buffer) => T): T {
  const { fd, size } = openRegularFile(path);
  try {
    return use(size, (max) => {
      const buf = Buffer.alloc(max);
      let total = 0;
      while (total < buf.length) {
        const n = readSync(fd, buf, total, buf.length - total, null);
        if (n === 0) break;
        total += n;
      }
      return buf.subarray(0, total);
    });
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('file-unreadable', { params: { path } }, (err as Error).message);
  } finally {
    closeSync(fd);
  }
}

/**
 * Opens `path` for reading if it is a regular file: its descriptor (the
 * caller closes it) and its size. Anything else is AppError('file-unreadable').
 */
export function openRegularFile(path: string): { fd: number; size: number } {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (err) {
    throw new AppError('file-unreadable', { params: { path } }, (err as Error).message);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new AppError('file-unreadable', { params: { path } }, 'not a regular file');
    return { fd, size: stat.size };
  } catch (err) {
    closeSync(fd);
    throw err;
  }
}
