/**
 * Offers a file made elsewhere (the sandbox's worker makes its exports) as a download. Browser
 * only. Kept apart from download.ts so the pages that download progress do not load it.
 */
export function downloadBlob(fileName: string, blob: Blob): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileName;
  link.click();
  // Revoked a little later: some browsers start the download after the click returns.
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
