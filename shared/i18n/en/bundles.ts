import type { Catalogue } from '../types';
import type { bundles as sqbundles } from '../sq/bundles';

export const bundles: Catalogue<typeof sqbundles> = {};
