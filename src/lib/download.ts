/** Offers text to the trainee as a file download (the progress export). Browser only. */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type }));
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(link.href);
}

/** Offers a file made elsewhere (the sandbox's worker) as a download. Browser only. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileName;
  link.click();
  // Revoked a little later: some browsers start the download after the click returns.
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

/** The name of a progress file downloaded today: `support-desk-progress-2026-12-01.json`. */
export function progressFileName(now = new Date()): string {
  const day = [now.getFullYear(), now.getMonth() + 1, now.getDate()]
    .map((part) => String(part).padStart(2, '0'))
    .join('-');
  return `support-desk-progress-${day}.json`;
}
