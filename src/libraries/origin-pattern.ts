/**
 * The host-permission and content-script pattern for a library origin: scheme and host, no port. Firefox rejects
 * ports in match patterns (Chromium ignores them), so one pattern covers every port of the host in both browsers;
 * the page script still tells libraries apart by their full origin.
 */
export function originPattern(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}
