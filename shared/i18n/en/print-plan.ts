import type { printPlan as sq } from '../sq/print-plan';
import type { Catalogue } from '../types';

export const printPlan: Catalogue<typeof sq> = {};
