import { InputError } from '../settings/inputs.js';

/** Where buildx puts an annotation (`--annotation manifest,index:key=value`). */
export const ANNOTATION_LEVELS = ['manifest', 'index', 'manifest-descriptor', 'index-descriptor'] as const;
export type AnnotationLevel = (typeof ANNOTATION_LEVELS)[number];

export interface Annotation {
  levels: AnnotationLevel[];
  /** `manifest[linux/amd64]:key=value`: only that platform's manifest (or descriptor). */
  platform?: string;
  key: string;
  value: string;
  /** False when the line named no level and got the command's default. */
  leveled: boolean;
}

/**
 * `annotations` lines as buildx spells them: `KEY=VALUE`, optionally prefixed by one or more
 * comma-separated levels and a platform, `manifest,index:KEY=VALUE` or `manifest[linux/arm64]:KEY=VALUE`.
 * A line without levels gets `defaultLevel` (buildx build: manifest; imagetools create: index).
 */
export function parseAnnotations(lines: string[], defaultLevel: AnnotationLevel): Annotation[] {
  return lines.map((line) => {
    const eq = line.indexOf('=');
    if (eq <= 0) throw new InputError('annotations', line, 'Expected [level:]KEY=VALUE, one per line.');
    const head = line.slice(0, eq);
    const colon = head.indexOf(':');
    const key = head.slice(colon + 1).trim();
    if (!key) throw new InputError('annotations', line, 'Expected [level:]KEY=VALUE with a non-empty KEY.');
    if (colon < 0) return { levels: [defaultLevel], key, value: line.slice(eq + 1), leveled: false };
    const m = /^([a-z,-]+)(?:\[([a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?)\])?$/.exec(head.slice(0, colon).trim());
    const levels = m?.[1]!.split(',') ?? [];
    if (!m || !levels.every((l) => (ANNOTATION_LEVELS as readonly string[]).includes(l))) {
      throw new InputError(
        'annotations',
        line,
        `Expected a level prefix among ${ANNOTATION_LEVELS.join(', ')} (comma-separated, optionally with [os/arch]), e.g. index:${key}=...`,
      );
    }
    return { levels: levels as AnnotationLevel[], ...(m[2] ? { platform: m[2] } : {}), key, value: line.slice(eq + 1), leveled: true };
  });
}

/**
 * The key/value pairs for one level (and platform): `defaults` first, the explicit annotations
 * override them; undefined when there is nothing to set.
 */
export function annotationsAt(
  all: Annotation[],
  level: AnnotationLevel,
  platform: string | undefined,
  defaults: Record<string, string> = {},
): Record<string, string> | undefined {
  const out: Record<string, string> = { ...defaults };
  for (const a of all) {
    if (!a.levels.includes(level)) continue;
    if (a.platform && a.platform !== platform) continue;
    out[a.key] = a.value;
  }
  return Object.keys(out).length ? out : undefined;
}

/** The `org.opencontainers.image.*` label values, metadata-action's default annotations. */
export function ociLabelAnnotations(labels: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(labels).filter(([k]) => k.startsWith('org.opencontainers.image.')));
}
