import { apiResponse } from './api-client';

/**
 * The file name from a Content-Disposition header: `filename*=UTF-8''…` preferred, then
 * `filename="…"`; null when there is none. Path parts are dropped.
 */
export function fileNameFrom(header: string | null): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  let name: string | null = null;
  if (extended?.[1]) {
    try {
      name = decodeURIComponent(extended[1].trim());
    } catch {
      name = null;
    }
  }
  if (name === null) {
    const plain = /filename\s*=\s*(?:"([^"]*)"|([^;]+))/.exec(header);
    name = (plain?.[1] ?? plain?.[2] ?? '').trim() || null;
  }
  return name === null ? null : (name.split(/[\\/]/).pop() ?? null) || null;
}

/** Offers a blob to the user as a download with the given name. */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Downloads a file from the API with the session's bearer token (never a token in a URL),
 * then saves it under the server's file name or the fallback.
 */
export async function downloadFile(path: string, fallbackName: string): Promise<string> {
  const response = await apiResponse(path, { headers: { Accept: '*/*' } });
  const blob = await response.blob();
  const name = fileNameFrom(response.headers.get('content-disposition')) ?? fallbackName;
  saveBlob(blob, name);
  return name;
}
