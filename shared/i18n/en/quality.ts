import type { Catalogue } from '../types';
import type { quality as sqquality } from '../sq/quality';

export const quality: Catalogue<typeof sqquality> = {};
