/**
 * The round trip to each registry as seen from here: the quickest answer to a request without a body.
 * The quickest, because a new connection's handshakes, a token or a busy registry only ever add to it.
 */
export class RoundTrips {
  private readonly best = new Map<string, number>();

  observe(host: string, ms: number): void {
    const key = host.toLowerCase();
    const best = this.best.get(key);
    if (best === undefined || ms < best) this.best.set(key, ms);
  }

  /** Milliseconds; undefined before any request to that registry was answered. */
  of(host: string): number | undefined {
    return this.best.get(host.toLowerCase());
  }
}
