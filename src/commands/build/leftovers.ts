import type { Runtime } from '../../runtime.js';
import { execTool } from '../../util/exec.js';
import { removeImage } from '../../image/docker-engine.js';
import type { BuildExport } from './builders/types.js';
import type { BuildSettings } from './settings.js';

/**
 * `--load` leaves the image in the engine, untagged, once it is pushed: one dangling image per build.
 * It stays only where the user asked for a local image (`push: false`, `load: true`), tagged as pushed.
 * `docker image rm` by ID never forces: an image someone tagged or a container uses stays.
 */
export async function settleLoadedImage(exported: BuildExport, s: BuildSettings, tags: string[], rt: Runtime): Promise<void> {
  if (exported.kind !== 'docker-image') return;
  if (!s.push || s.load) {
    for (const repo of s.images) for (const tag of tags) await execTool('docker', ['tag', exported.imageId, `${repo}:${tag}`]);
    return;
  }
  try {
    await removeImage(exported.imageId);
  } catch (e) {
    rt.info(`pinship: kept ${exported.imageId} in the engine: ${(e as Error).message.split('\n')[0]}`);
  }
}
