import type { RegistryClient } from '../../registry/client.js';
import { Digest, digestOf } from '../../registry/digest.js';
import type { Manifest } from '../../registry/manifests.js';
import type { Descriptor, ImageIndex, Platform } from '../../registry/mediatypes.js';
import { configPlatform, platformString } from '../../registry/mediatypes.js';
import type { Repository } from '../../registry/reference.js';
import { isNonDistributable } from '../../publish/index.js';
import { filterIndex, platformMatches } from '../../image/platforms.js';
import { mapLimit } from '../../util/pool.js';

/** A manifest to write; `synthetic` ones were built here and do not exist in the source repository. */
export interface ManifestNode extends Manifest {
  synthetic?: boolean;
}

/** Everything one promotion writes, in an order where every PUT finds what it names already there. */
export interface CopyPlan {
  root: ManifestNode;
  /** Children before their index, subjects before their referrers. */
  manifests: ManifestNode[];
  nodes: Map<string, ManifestNode>;
  /** Config and layer blobs of every manifest, deduplicated by digest. */
  blobs: Map<string, Descriptor>;
  /** Digests of the manifests that are referrers rather than the image itself. */
  referrers: Set<string>;
  /** cosign-style tags (sha256-<hex>.sig) recreated at each destination. */
  tags: Array<{ tag: string; node: ManifestNode }>;
}

const isIndex = (m: Manifest): m is Manifest & { json: ImageIndex } => 'manifests' in m.json && Array.isArray(m.json.manifests);

function add(plan: CopyPlan, node: ManifestNode): void {
  plan.nodes.set(node.digest.toString(), node);
  plan.manifests.push(node);
  if (isIndex(node)) return;
  const json = node.json as { config?: Descriptor; layers?: Descriptor[] };
  for (const d of [...(json.config ? [json.config] : []), ...(json.layers ?? [])]) {
    if (!isNonDistributable(d)) plan.blobs.set(d.digest, d);
  }
}

/** Manifest reads in flight at once while a tree is loaded: each level of an index costs one round trip, not one per child. */
const MANIFEST_READS = 8;

async function addChildren(client: RegistryClient, repo: Repository, children: Descriptor[], plan: CopyPlan): Promise<void> {
  const todo = [...new Set(children.map((c) => c.digest))].filter((d) => !plan.nodes.has(d));
  const read = await mapLimit(todo, MANIFEST_READS, (d) => client.getManifest(repo, Digest.parse(d)));
  // Read together, added in the index's order: the plan stays the same whatever answers first.
  for (const m of read) await addTree(client, repo, m, plan);
}

async function addTree(client: RegistryClient, repo: Repository, m: Manifest, plan: CopyPlan): Promise<ManifestNode> {
  const known = plan.nodes.get(m.digest.toString());
  if (known) return known;
  if (isIndex(m)) await addChildren(client, repo, m.json.manifests, plan);
  add(plan, m);
  return m;
}

/** Reads a manifest and, for an index, every child (recursively), adding them to the plan children first. */
export async function loadTree(client: RegistryClient, repo: Repository, identifier: string | Digest, plan: CopyPlan): Promise<ManifestNode> {
  return addTree(client, repo, await client.getManifest(repo, identifier), plan);
}

/** The root and its children; with `platforms`, an index becomes a new index of the matching children only. */
export async function buildPlan(
  client: RegistryClient,
  repo: Repository,
  root: Manifest,
  platforms: Platform[] | undefined,
  log: (msg: string) => void,
): Promise<CopyPlan> {
  const plan: CopyPlan = { root, manifests: [], nodes: new Map(), blobs: new Map(), referrers: new Set(), tags: [] };
  if (!isIndex(root)) {
    if (platforms) await checkImagePlatform(client, repo, root, platforms);
    add(plan, root);
    return plan;
  }
  if (!platforms) {
    await addChildren(client, repo, root.json.manifests, plan);
    add(plan, root);
    return plan;
  }
  const { kept, bytes } = filterIndex(`${repo}@${root.digest}`, root.json, platforms);
  await addChildren(client, repo, kept, plan);
  if (!bytes) {
    log(`every child of ${root.digest} matches the platforms; the digest stays the same`);
    add(plan, root);
    return plan;
  }
  const node: ManifestNode = {
    digest: digestOf(bytes),
    mediaType: root.mediaType,
    bytes,
    json: JSON.parse(bytes.toString('utf8')) as ImageIndex,
    synthetic: true,
  };
  log(`platform filter keeps ${kept.length} of ${root.json.manifests.length} index entries: the digest changes from ${root.digest} to ${node.digest}`);
  add(plan, node);
  plan.root = node;
  return plan;
}

/** A single-platform image cannot be filtered, only refused when it is not one of `platforms`. */
async function checkImagePlatform(client: RegistryClient, repo: Repository, m: Manifest, platforms: Platform[]): Promise<void> {
  const config = (m.json as { config?: Descriptor }).config;
  if (!config) throw new Error(`${repo}@${m.digest} has no config, so its platform cannot be checked against input 'platforms'`);
  const have = configPlatform(await client.getJsonBlob<Partial<Platform>>(repo, config));
  if (!platforms.some((p) => platformMatches(have, p))) {
    throw new Error(
      `${repo}@${m.digest} is a single-platform image for ${have ? platformString(have) : 'an unknown platform'}, not one of input 'platforms' (${platforms.map(platformString).join(', ')})`,
    );
  }
}
