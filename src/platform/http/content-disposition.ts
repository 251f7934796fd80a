/**
 * A Content-Disposition value that survives any file name (RFC 6266 with RFC 8187): an ASCII fallback
 * (accents dropped, anything else outside printable ASCII and `"`, `\`, `%` replaced by `_`) and the real
 * name in UTF-8.
 */
export function contentDisposition(kind: 'inline' | 'attachment', fileName: string): string {
  const ascii = fileName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]|["\\%]/g, '_');
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
