// The bundle a launch names: Windows starts Plani with the double-clicked
// file's path as an argument (the .plani association), and a second instance
// hands its arguments to the first ('second-instance'). Pure, so it is tested
// without Electron.
import { isAbsolute, resolve, win32 } from 'node:path';

/**
 * The last argument that names a .plani file, made absolute against the
 * launching folder; null when there is none. Options (--…) and the
 * executable itself are skipped, as is the app folder in development
 * ("electron .").
 */
export function bundlePathFromArgv(argv: readonly string[], cwd: string): string | null {
  for (let i = argv.length - 1; i >= 1; i--) {
    const arg = argv[i] ?? '';
    if (arg.startsWith('-') || !/\.plani$/i.test(arg)) continue;
    if (isAbsolute(arg) || win32.isAbsolute(arg)) return arg;
    // Windows folders are resolved the Windows way wherever this runs (tests run on Linux).
    return win32.isAbsolute(cwd) && !cwd.startsWith('/') ? win32.resolve(cwd, arg) : resolve(cwd, arg);
  }
  return null;
}
