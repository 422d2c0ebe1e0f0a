import type { Runtime } from '../../host/runtime.js';
import type { Annotation } from '../../image/annotations.js';
import { parseAnnotations } from '../../settings/annotations.js';
import { readImages } from '../../settings/images.js';
import { linesInput } from '../../settings/inputs.js';
import { readTagSettings, type TagSettings } from '../../settings/tagging.js';
import { readContext } from '../../settings/context.js';

/** What `command: meta` reads: what build would tag and label, and nothing of the build itself. */
export interface MetaSettings extends TagSettings {
  /** Repositories as written (metadata-action's outputs keep `acme/app`, not `docker.io/acme/app`). */
  imageNames: string[];
  /** Annotations for the `annotations` output, at the levels they name. */
  annotations: Annotation[];
  /** The git checkout a run outside Actions takes its commit and ref from. */
  context: string;
}

export async function readMetaSettings(rt: Runtime): Promise<MetaSettings> {
  const imageNames = readImages(rt, false).map((p) => p.written);
  const context = readContext(rt);
  return { imageNames, context, ...readTagSettings(rt), annotations: parseAnnotations(linesInput(rt, 'annotations'), 'manifest') };
}
