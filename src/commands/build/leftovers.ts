import type { Runtime } from '../../host/runtime.js';
import { execTool } from '../../util/exec.js';
import { removeImage } from '../../image/docker-engine.js';
import { engineImageOf, type BuildExport } from './builders/types.js';
import type { BuildSettings } from './settings.js';

/**
 * An image the build left in the engine is untagged once it is pushed: one dangling image per build.
 * It stays only where the user asked for a local image (`push: false`, `load: true`), tagged as pushed.
 * `docker image rm` by ID never forces: an image someone tagged or a container uses stays.
 */
export async function settleLoadedImage(exported: BuildExport, s: BuildSettings, tags: string[], rt: Runtime): Promise<void> {
  const image = engineImageOf(exported);
  if (!image) return;
  if (!s.push || s.load) {
    for (const repo of s.images) for (const tag of tags) await execTool('docker', ['tag', image, `${repo}:${tag}`]);
    return;
  }
  try {
    await removeImage(image);
  } catch (e) {
    rt.info(`pinship: kept ${image} in the engine: ${(e as Error).message.split('\n')[0]}`);
  }
}
