export type FaultMode = '500' | 'timeout' | 'maintenance' | 'expire-session';

interface FaultRule {
  mode: FaultMode;
  remaining: number;
  /** Path prefix the rule applies to; null for every page. */
  path: string | null;
}

/** Injected failures and latency for one origin; each rule hits the next `count` matching page requests. */
export class Faults {
  private rules: FaultRule[] = [];
  latencyMs = 0;

  add(mode: FaultMode, count: number, path: string | null): void {
    this.rules.push({ mode, remaining: count, path });
  }

  /** The fault for this request, consuming one use of the first matching rule. */
  take(path: string): FaultMode | null {
    const rule = this.rules.find((r) => r.path === null || path.startsWith(r.path));
    if (!rule) return null;
    rule.remaining -= 1;
    if (rule.remaining <= 0) this.rules = this.rules.filter((r) => r !== rule);
    return rule.mode;
  }

  clear(): void {
    this.rules = [];
    this.latencyMs = 0;
  }
}
