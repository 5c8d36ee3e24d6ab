// The last moment of a page (reload, closed tab) leaves no time for a large
// request: a kept value over the keepalive limit (a 20,000-character paste)
// could be cut off on its way to the workspace. So the save queue also puts
// its kept values on this shelf, synchronously, as the page goes; the next
// start takes them off and hands them to the workspace. Read back through the
// same schema the API applies: the shelf is local, but not trusted to be
// intact.
import { z } from 'zod';
import { UnsavedValue } from '../../../../shared/api/contract';

export interface Shelf {
  put(values: readonly UnsavedValue[]): void;
  take(): UnsavedValue[];
}

export const NO_SHELF: Shelf = { put: () => undefined, take: () => [] };

const KEY = 'plani.unsaved-values';
const Shelved = z.array(UnsavedValue).max(500);

export function localShelf(storage: Storage): Shelf {
  return {
    put(values) {
      try {
        if (values.length === 0) storage.removeItem(KEY);
        else storage.setItem(KEY, JSON.stringify(values));
      } catch {
        // Storage full or switched off: the requests already sent are all there is.
      }
    },
    take() {
      try {
        const raw = storage.getItem(KEY);
        storage.removeItem(KEY);
        if (!raw) return [];
        const parsed = Shelved.safeParse(JSON.parse(raw));
        return parsed.success ? parsed.data : [];
      } catch {
        return [];
      }
    },
  };
}
