import type { BuildRequest, BuilderName } from './types.js';

/** buildah and podman take a directory, a tarball URL or an image (docker-image://, container-image://, docker://), not a layout. */
const buildxOnlyContext = (value: string): boolean => value.startsWith('oci-layout://');

/** The first buildx release with --call, `call`'s flag (build-push-action requires the same). */
export const CALL_BUILDX: [major: number, minor: number] = [0, 15];

/** The buildah and podman releases whose `build` takes --source-date-epoch and --rewrite-timestamp. */
export const OCI_TOOLS_WITH_EPOCH = 'buildah 1.41 and podman 5.6 or later';

const WHO: Record<BuilderName, string> = {
  buildx: 'builder: buildx',
  docker: 'builder: docker (the classic builder)',
  buildah: 'builder: buildah',
  podman: 'builder: podman',
};

/**
 * The inputs this builder cannot honour, each with the builders that can: a build never goes
 * ahead with an input silently dropped.
 */
export function unsupportedInputs(builder: BuilderName, req: BuildRequest): string[] {
  const out: string[] = [];
  const secretInputs = [...new Set(req.secrets.map((s) => s.input))];
  if (builder === 'docker') {
    for (const input of secretInputs) out.push(`'${input}' (build secrets: buildx, buildah, podman)`);
    if (req.buildContexts.length) out.push(`'build-contexts' (buildx; buildah and podman for directories, URLs and docker-image://)`);
    if (req.sourceDateEpoch !== undefined) out.push(`'source-date-epoch' (buildx; ${OCI_TOOLS_WITH_EPOCH})`);
  } else if (builder !== 'buildx') {
    const bad = req.buildContexts.filter((c) => buildxOnlyContext(c.value));
    if (bad.length) out.push(`'build-contexts' with ${bad.map((c) => `${c.name}=${c.value}`).join(', ')} (oci-layout:// contexts: buildx)`);
    // Their --secret value is split at commas, with no quoting.
    const comma = req.secrets.filter((s) => s.src.includes(','));
    if (comma.length) out.push(`'${comma[0].input}' with a comma in the path ${comma[0].src} (buildx)`);
  }
  if (builder !== 'buildx') {
    if (req.call) out.push(`'call' (buildx ${CALL_BUILDX.join('.')} or later)`);
    if (req.noCacheFilters.length) out.push(`'no-cache-filters' (buildx)`);
    if (req.allow.length) out.push(`'allow' (BuildKit entitlements: buildx)`);
    if (req.outputs.length) out.push(`'outputs' (exporters beside the push: buildx)`);
    if (req.attests.length) out.push(`'attests', or options in 'provenance'/'sbom' (${req.attests.join('; ')}: buildx)`);
  }
  return out;
}

export function checkSupport(builder: BuilderName, req: BuildRequest): void {
  const unsupported = unsupportedInputs(builder, req);
  if (unsupported.length) throw new Error(`${WHO[builder]} cannot honour input ${unsupported.join('; input ')}. The builders in parentheses can.`);
}
