import { slugOf } from './slug';

/** Saves text as a file through the browser's download, without a server round trip. */
export function downloadText(text: string, filename: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "chronomap-middle-east-crisis-2023-24-2026-11-26" */
export function exportBaseName(title: string, now: Date): string {
  return `chronomap-${slugOf(title) || 'events'}-${now.toISOString().slice(0, 10)}`;
}
