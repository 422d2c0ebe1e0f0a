import { ANNOTATION_LEVELS, type Annotation, type AnnotationLevel } from '../image/annotations.js';
import { InputError } from './inputs.js';

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
