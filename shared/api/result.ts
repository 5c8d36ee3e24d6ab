import type { AppErrorDto } from './errors';

/** How every API answer crosses IPC and HTTP. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorDto };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: AppErrorDto): Result<never> => ({ ok: false, error });
