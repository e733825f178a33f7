export interface RequestLogEntry {
  method: string;
  path: string;
  /** The raw query string without `?`, as an access log shows it. */
  query: string;
  /** 0 when the sim answered nothing (injected timeout). */
  status: number;
  /** When the request arrived, ISO 8601. */
  time: string;
  durationMs: number;
}

export class RequestLog {
  readonly entries: RequestLogEntry[] = [];

  add(entry: RequestLogEntry): void {
    this.entries.push(entry);
  }

  clear(): void {
    this.entries.length = 0;
  }
}
