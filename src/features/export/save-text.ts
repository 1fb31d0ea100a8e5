/**
 * Saves text as a file through a Blob URL and an `<a download>` click. Downloads are not
 * governed by the CSP's connect/img directives and involve no Trusted Types sink.
 */
export function saveText(text: string, type: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  // The browser has taken the file once the click is handled; a later revoke frees the memory.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
