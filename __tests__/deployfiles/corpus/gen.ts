import { keyText, type G, type Style } from './emit.js';

/** A seeded generator's state: its random numbers, and the anchors written so far in the current document. */
export class Gen {
  private state: number;
  private unique = 0;
  private anchorCount = 0;
  /** Anchor names by what they hold; only these may be aliased (an alias must come after its anchor). */
  defs: Record<'image' | 'container' | 'service' | 'split' | 'entry' | 'job', string[]> = {
    image: [],
    container: [],
    service: [],
    split: [],
    entry: [],
    job: [],
  };
  /** Set when the file is meant to be refused: what the refusal must say. */
  expect: RegExp | undefined;
  /** Let the writer put a template where the format's deployer fills one in. */
  templates = false;
  /** Let the writer put a custom tag or a repeated key somewhere: a file that must be refused. */
  faults = true;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** mulberry32 */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)];
  }

  newDocument(): void {
    for (const k of Object.keys(this.defs) as Array<keyof Gen['defs']>) this.defs[k] = [];
  }

  anchor(kind: keyof Gen['defs']): string {
    const name = `${kind[0]}${++this.anchorCount}`;
    this.defs[kind].push(name);
    return name;
  }

  id(): number {
    return ++this.unique;
  }

  style(): Style {
    return this.pick(['plain', 'plain', 'plain', 'single', 'double'] as const);
  }

  key(name: string): string {
    return keyText(name, this.chance(0.85) ? 'plain' : this.pick(['single', 'double'] as const));
  }

  /** An image reference unique in the file, in one of the spellings deployment files use. */
  imageValue(): string {
    const u = this.id();
    const hex = (u * 2654435761).toString(16).padStart(8, '0').repeat(8).slice(0, 64);
    return this.pick([
      `reg${u}.example.com/team/app${u}:v${this.int(9)}`,
      `localhost:5000/app${u}:1.${this.int(30)}`,
      `app${u}`,
      `ghcr.io/acme/svc${u}@sha256:${hex}`,
      `docker.io/library/base${u}:${this.int(9)}.${this.int(9)}-alpine`,
      `127.0.0.1:5000/ns/img${u}:latest@sha256:${hex}`,
      `[::1]:5000/v6app${u}:2`,
    ]);
  }

  templateValue(): string {
    const u = this.id();
    return this.pick([`\${{ matrix.img${u} }}`, `registry.example/app${u}:\${TAG}`, `{{ .Values.image${u} }}`, `$IMAGE${u}`]);
  }

  /** An image scalar: written here (maybe anchored, maybe `!!str`), an alias of one written before, or a fault. */
  imageScalar(): G {
    if (this.defs.image.length && this.chance(0.2)) return { alias: this.pick(this.defs.image) };
    if (this.templates && this.chance(0.08)) return { s: this.templateValue(), style: this.style() };
    if (this.faults && !this.expect && this.chance(0.01)) {
      this.expect = /has the tag !custom/;
      return { s: this.imageValue(), tag: '!custom' };
    }
    const node: G = { s: this.imageValue(), style: this.style() };
    if (this.chance(0.08)) node.tag = '!!str';
    if (this.chance(0.2)) node.anchor = this.anchor('image');
    return node;
  }

  /** A map's pairs, with, rarely, one key written twice: every reader refuses or disagrees, so pinship must refuse. */
  pairs(pairs: Array<[string, G]>, json = false): Array<[string, G]> {
    if (!this.faults || this.expect || !pairs.length || !this.chance(0.01)) return pairs;
    const [k, v] = this.pick(pairs);
    if (k === '<<') return pairs;
    this.expect = json ? /appears twice in one object/ : /Map keys must be unique/;
    return [...pairs, [k, 's' in v && typeof v.s === 'string' && !('anchor' in v && v.anchor) ? { s: this.imageValue() } : v]];
  }

  /** `<<: *a` or `<<: [*a, *b]` over maps anchored before, or nothing when there are none. */
  merge(kind: keyof Gen['defs']): Array<[string, G]> {
    const names = this.defs[kind];
    if (!names.length) return [];
    if (names.length > 1 && this.chance(0.4)) {
      const a = this.pick(names);
      const b = this.pick(names.filter((n) => n !== a));
      return [['<<', { seq: [{ alias: a }, { alias: b }], flow: true }]];
    }
    return [['<<', { alias: this.pick(names) }]];
  }
}

/** A map through the generator's fault injection, and a plain scalar: the corpus's shorthand. */
export const m = (g: Gen, pairs: Array<[string, G]>, flow = false): G => ({ map: g.pairs(pairs), flow });
export const s = (v: string | number | boolean): G => ({ s: v });
