/** The browser's localStorage, or null where there is none or it is blocked (server render, privacy settings). */
export function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
