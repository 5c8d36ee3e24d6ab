// Turns an API error into a sentence in the current language. Codes come from
// the other side of a boundary, so an unknown one falls back rather than
// showing a raw key.
import type { TFunction } from 'i18next';
import type { AppErrorDto, ErrorCode } from '../../../shared/api/errors';
import { sq } from '../../../shared/i18n';

type ValidationCode = keyof typeof sq.validation;

const isErrorCode = (c: string): c is ErrorCode => Object.prototype.hasOwnProperty.call(sq.errors, c);
const isValidationCode = (c: string): c is ValidationCode => Object.prototype.hasOwnProperty.call(sq.validation, c);

/**
 * Schema issues carry their code in `message` (set in shared/model/primitives.ts);
 * issues raised by services carry it in `code`. Either is translated; anything
 * else reads as a generic "invalid value".
 */
export function validationText(t: TFunction, code: string, fallbackCode?: string): string {
  if (isValidationCode(code)) return t(`validation.${code}`);
  if (fallbackCode !== undefined && isValidationCode(fallbackCode)) return t(`validation.${fallbackCode}`);
  return t('validation.generic');
}

export function describeError(t: TFunction, error: AppErrorDto): string {
  const code: ErrorCode = isErrorCode(error.code) ? error.code : 'internal';
  // Params come from the other side of the boundary, so they are not typed per message.
  const translate = t as unknown as (key: string, options?: Record<string, unknown>) => string;
  const message = translate(`errors.${code}`, { ...error.details?.params });
  const issues = [...new Set((error.details?.issues ?? []).map((i) => validationText(t, i.message, i.code)))];
  return issues.length > 0 ? `${message} ${issues.join(' ')}` : message;
}
