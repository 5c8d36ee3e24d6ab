/**
 * The English catalogue must have exactly the keys of the Albanian one
 * (Albanian is the source language); this type makes a missing or extra key
 * a compile error, and test/unit/i18n-parity.test.ts checks it at run time.
 */
export type Catalogue<T> = { [K in keyof T]: T[K] extends string ? string : Catalogue<T[K]> };
