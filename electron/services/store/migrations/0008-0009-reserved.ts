// Reserved on the wt-ideas branch only: versions 8 and 9 belong to the
// migrations of branches merged before this one (the ideas register's own
// step is 0010). These empty steps keep the version list contiguous so the
// branch runs and its tests pass; the lead replaces them with the real 0008
// and 0009 when merging, and this file goes.
import type { Migration } from './types';

export const reserved0008: Migration = { version: 8, name: 'reserved-8', up: () => undefined };
export const reserved0009: Migration = { version: 9, name: 'reserved-9', up: () => undefined };
