// What the annex test files share: the checks every printed annex must pass
// (over PDFs read back with test/helpers/pdf-text.ts), and keeping a printed
// file where a person can look at it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { footerOf } from '../../helpers/pdf-text';

const ARTIFACTS = join(__dirname, '..', '..', '..', 'test-results', 'artifacts');

/** Keeps a printed PDF in test-results/artifacts as `name`.pdf, with an image of its first page where pdftoppm is installed. */
export function keepForReview(name: string, pdf: Buffer): void {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = join(ARTIFACTS, `${name}.pdf`);
  writeFileSync(file, pdf);
  if (existsSync('/usr/bin/pdftoppm')) {
    try {
      execFileSync('/usr/bin/pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', '-singlefile', file, join(ARTIFACTS, `${name}-p1`)]);
    } catch {
      // Optional preview only.
    }
  }
}

/** Keeps images of chosen pages (1-based) of a printed PDF in test-results/artifacts as `name`-`label`.png, where pdftoppm is installed. */
export function keepPageImages(name: string, pdf: Buffer, pages: Readonly<Record<string, number>>): void {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = join(ARTIFACTS, `${name}.pdf`);
  writeFileSync(file, pdf);
  if (!existsSync('/usr/bin/pdftoppm')) return;
  for (const [label, page] of Object.entries(pages)) {
    try {
      execFileSync('/usr/bin/pdftoppm', ['-png', '-r', '70', '-f', String(page), '-l', String(page), '-singlefile', file, join(ARTIFACTS, `${name}-${label}`)]);
    } catch {
      // Optional preview only.
    }
  }
}

/** Each annex's Albanian text keeps ë, ç, Ë and Ç as written. */
export function expectAlbanianLetters(annexes: readonly string[], albanianText: (annex: string) => string): void {
  for (const annex of annexes) {
    const text = albanianText(annex);
    for (const ch of ['ë', 'ç', 'Ë', 'Ç']) expect(text, `${annex} ${ch}`).toContain(ch);
  }
}

/** Every page of every edition (keyed "annex/lang") carries "Faqe X nga Y" / "Page X of Y" with its own numbers. */
export function expectPageFooters(editions: ReadonlyMap<string, { pages: readonly string[] }>): void {
  for (const [key, { pages }] of editions) {
    const n = pages.length;
    const lang = key.split('/')[1];
    pages.forEach((p, i) => expect(p, key).toContain(footerOf(lang!, i + 1, n)));
  }
}
