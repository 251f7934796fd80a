/** A readable device description from a user-agent string ("Chrome op Windows"), for the sessions list. */
export function describeDevice(userAgent: string | null, on: string): string | null {
  if (!userAgent) {
    return null;
  }
  const browser = /Edg\//.test(userAgent)
    ? 'Edge'
    : /Firefox\//.test(userAgent)
      ? 'Firefox'
      : /Chrome\/|Chromium\//.test(userAgent)
        ? 'Chrome'
        : /Safari\//.test(userAgent)
          ? 'Safari'
          : null;
  const os = /Windows/.test(userAgent)
    ? 'Windows'
    : /iPhone|iPad/.test(userAgent)
      ? 'iOS'
      : /Mac OS X/.test(userAgent)
        ? 'macOS'
        : /Android/.test(userAgent)
          ? 'Android'
          : /Linux/.test(userAgent)
            ? 'Linux'
            : null;
  if (browser && os) {
    return `${browser} ${on} ${os}`;
  }
  return browser ?? os ?? userAgent.slice(0, 60);
}
