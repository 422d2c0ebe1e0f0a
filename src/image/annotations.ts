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
