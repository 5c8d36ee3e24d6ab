import { describe, expect, it } from 'vitest';
import { formatFileSize } from '../../../shared/format/sizes';
import { createI18n } from '../../../shared/i18n';

const MiB = 1024 * 1024;

describe('file sizes in messages', () => {
  it('writes megabytes with the decimal sign of the language, whole ones without a decimal', () => {
    expect(formatFileSize(10 * MiB, 'sq')).toBe('10 MB');
    expect(formatFileSize(2.5 * MiB, 'sq')).toBe('2,5 MB');
    expect(formatFileSize(2.5 * MiB, 'en')).toBe('2.5 MB');
    expect(formatFileSize(640 * 1024, 'en')).toBe('640 KB');
    expect(formatFileSize(10, 'sq')).toBe('1 KB');
  });

  it('formats a size sent as bytes in the language the message is shown in', () => {
    const params = { name: 'raport.pdf', size: 12.3 * MiB, limit: 10 * MiB, types: 'PDF, PNG' };
    expect(createI18n('sq').t('errors.attachment-too-large', params)).toContain('ka 12,3 MB, ndërsa një bashkëngjitje lejohet deri në 10 MB');
    expect(createI18n('en').t('errors.attachment-too-large', params)).toContain('is 12.3 MB, and an attachment may be at most 10 MB');
  });
});
