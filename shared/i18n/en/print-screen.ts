import type { printScreen as sq } from '../sq/print-screen';
import type { Catalogue } from '../types';

export const printScreen: Catalogue<typeof sq> = {};
