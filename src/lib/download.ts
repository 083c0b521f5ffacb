/** Offers text to the trainee as a file download (the progress export). Browser only. */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type }));
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(link.href);
}

/** The name of a progress file downloaded today: `support-desk-progress-2026-12-01.json`. */
export function progressFileName(now = new Date()): string {
  const day = [now.getFullYear(), now.getMonth() + 1, now.getDate()]
    .map((part) => String(part).padStart(2, '0'))
    .join('-');
  return `support-desk-progress-${day}.json`;
}
