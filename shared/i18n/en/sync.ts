import type { Catalogue } from '../types';
import type { sync as sqsync } from '../sq/sync';

export const sync: Catalogue<typeof sqsync> = {};
