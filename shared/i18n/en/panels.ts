import type { Catalogue } from '../types';
import type { panels as sqpanels } from '../sq/panels';

export const panels: Catalogue<typeof sqpanels> = {};
