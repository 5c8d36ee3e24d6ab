// A workspace key's safety code: 30 digits, read aloud in six groups of five
// (docs/bundle-format.md, "Trust"). People type what they hear with or
// without spaces, or paste it with dashes; the comparison ignores all that.

export const SAFETY_CODE_DIGITS = 30;
export const SAFETY_CODE_GROUP = 5;

/** What a person typed or pasted, reduced to its digits' order: spaces, dashes, dots and the like removed. */
export function normaliseSafetyCode(input: string): string {
  return input.normalize('NFKC').replace(/[\s\-–—._·/]+/g, '');
}

/** The code's digits in groups of five ("12345", "67890", …); anything that is not a digit is dropped. */
export function safetyCodeGroups(code: string): string[] {
  const digits = code.replace(/\D/g, '');
  const groups: string[] = [];
  for (let i = 0; i < digits.length; i += SAFETY_CODE_GROUP) groups.push(digits.slice(i, i + SAFETY_CODE_GROUP));
  return groups;
}

/** "12345 67890 12345 67890 12345 67890". */
export function formatSafetyCode(code: string): string {
  return safetyCodeGroups(code).join(' ');
}

export type SafetyCodeCheck = 'empty' | 'invalid' | 'incomplete' | 'match' | 'mismatch';

/**
 * How what the person typed compares with the code the bundle carries:
 * nothing yet, something other than digits, fewer than 30 digits, or a
 * full code that matches or not (more than 30 digits never matches).
 */
export function checkSafetyCode(typed: string, expected: string): SafetyCodeCheck {
  const value = normaliseSafetyCode(typed);
  if (value === '') return 'empty';
  if (!/^\d+$/.test(value)) return 'invalid';
  if (value.length < SAFETY_CODE_DIGITS) return 'incomplete';
  return value === normaliseSafetyCode(expected).replace(/\D/g, '') ? 'match' : 'mismatch';
}
