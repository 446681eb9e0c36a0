/**
 * Saving a file from inside a shadow root: a Blob of text, and a temporary `<a download>` click.
 * Elements offer a file through `PlanElement.offerDownload()`, which fires the cancelable
 * `plan-download` event first.
 *
 * CSP: files are saved through `URL.createObjectURL` and a temporary `<a download>`, which is a
 * download, not an image load. Nothing here runs at import time.
 */
import type { DownloadFormat } from './events.js';

export const MIME: Record<DownloadFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  json: 'application/json;charset=utf-8',
  svg: 'image/svg+xml;charset=utf-8',
  png: 'image/png',
};

/** A text file as a Blob. The text keeps any byte-order mark it starts with. */
export function textBlob(text: string, format: DownloadFormat): Blob {
  return new Blob([text], { type: MIME[format] });
}

/**
 * Offer `blob` as a file named `filename`: an object URL and a temporary `<a download>` click.
 * The anchor goes into `root` (the element's shadow root) for the click and is removed at once.
 */
export function saveBlob(blob: Blob, filename: string, root?: ShadowRoot | Element | null): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.hidden = true;
  (root ?? document.body).append(a);
  try {
    a.click();
  } finally {
    a.remove();
    // Revoking at once can cancel the download in some browsers; a minute is plenty.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}
