/**
 * The browser's storage, guarded: reads and writes never throw. When the browser refuses to
 * store (storage full, or disabled as in some private modes), the work goes on in memory and
 * `$storageRefused` is raised once, so the page can tell the trainee and offer the export.
 */
import { atom } from 'nanostores';

/** True once the browser refused a write in this page: progress is not being saved. */
export const $storageRefused = atom(false);

/** The browser's localStorage, or null where there is none or it is blocked (server render, privacy settings). */
export function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** Stores a value; false (and `$storageRefused` raised) when the browser refuses it. */
export function saveItem(key: string, value: string): boolean {
  const store = storage();
  try {
    if (store === null) throw new Error('no storage');
    store.setItem(key, value);
    return true;
  } catch {
    if (!$storageRefused.get()) $storageRefused.set(true);
    return false;
  }
}

/** Removes a stored value; never throws. */
export function removeItem(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // Nothing to remove where storage is unavailable.
  }
}
