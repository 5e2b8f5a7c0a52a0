/**
 * Fetches a file the API serves only with a credential (the staff token, the
 * query code) and hands it to the browser as a download: a plain link cannot
 * carry the token, and the query code must not sit in a link's address.
 * Resolves whether it worked.
 */
export async function downloadFile(
  url: string,
  init: RequestInit,
  fileName: string,
): Promise<boolean> {
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch {
    return false;
  }
  if (!response.ok) return false;
  saveBlob(await response.blob(), fileName);
  return true;
}

/** Hands a fetched file to the browser as a download named `fileName`. */
export function saveBlob(blob: Blob, fileName: string): void {
  const href = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = href;
  anchor.download = fileName;
  anchor.rel = 'noopener';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Chromium reads the blob after the click returns: revoke it a little later.
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}

/** A letter's file name: its title and 文号, without characters file systems refuse. */
export function letterFileName(letter: { title: string; number: string }): string {
  return safeFileName(`${letter.title}（${letter.number}）.docx`);
}

/** `name` without the characters file systems refuse. */
export function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|]/g, '_');
}
