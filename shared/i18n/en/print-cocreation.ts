import type { printCocreation as sq } from '../sq/print-cocreation';
import type { Catalogue } from '../types';

export const printCocreation: Catalogue<typeof sq> = {
  calendar: {},
  prioritization: {},
  consultation: {},
};
