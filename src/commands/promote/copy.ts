import type { RegistryClient } from '../../registry/client.js';
import type { Descriptor, Platform } from '../../registry/mediatypes.js';
import type { Repository } from '../../registry/reference.js';
import { buildPlan, type CopyPlan } from './plan.js';
import { parsePlatforms } from '../../image/platforms.js';
import { askDestination, publish, sumStats, type PlanManifest, type PublishPlan } from '../../publish/index.js';
import { addReferrers, startReferrerLookups } from './referrers.js';
import type { PromoteRequest, PromoteResult } from './types.js';
import { checkSignature } from '../../signing/verify.js';
import { KeyObject } from 'node:crypto';
import { describeIdentity, type SignerPolicy } from '../../signing/identity.js';
import { signedPlan } from '../../publish/signed-plan.js';

interface Checked {
  destinations: Repository[];
  tags: string[];
  platforms: Platform[] | undefined;
  concurrency: number;
}

/** Every input problem is reported before the first request, so a bad input never half-promotes. */
function check(req: PromoteRequest): Checked {
  const destinations = [...new Map(req.destinations.map((d) => [d.toString(), d])).values()];
  if (!destinations.length) throw new Error('promote needs at least one destination repository');
  const concurrency = req.concurrency ?? 16;
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new Error(`concurrency must be a whole number of at least 1, got ${concurrency}`);
  if (req.chunkSize !== undefined && (!Number.isInteger(req.chunkSize) || req.chunkSize < 0))
    throw new Error(`chunk size must be a whole number of bytes, got ${req.chunkSize}`);
  const platforms = req.platforms?.length ? parsePlatforms(req.platforms) : undefined;
  if (platforms && !req.allowDigestChange) {
    throw new Error(`input 'platforms' makes a new index with a different digest than the source; set input 'allow-digest-change' to true to allow that`);
  }
  if (req.expectedDigest && req.source.digest && !req.expectedDigest.equals(req.source.digest)) throw mismatch(req, req.source.digest.toString());
  const tags = req.tags.length ? [...new Set(req.tags)] : req.source.tag !== undefined ? [req.source.tag] : [];
  for (const d of destinations) for (const t of tags) d.tag(t); // throws on an invalid tag
  return { destinations, tags, platforms, concurrency };
}

/** The inputs naming who must have signed the source, as the refusal quotes them. */
export function requiredSigner(s: KeyObject | SignerPolicy): string {
  const p: SignerPolicy = s instanceof KeyObject ? { key: s } : s;
  const id = p.identity ? `the identity of input 'certificate-identity' (${describeIdentity(p.identity)})` : '';
  return [p.key ? "the key of input 'public-key'" : '', id].filter(Boolean).join(' or ');
}

function mismatch(req: PromoteRequest, actual: string): Error {
  return new Error(`source '${req.source}' resolves to ${actual}, expected ${req.expectedDigest} (input 'expected-digest'); nothing was copied`);
}

/**
 * Copies an image by digest, byte for byte, to each destination: blobs, then manifests by digest
 * (children before indexes, subjects before referrers), then tags. Tags go last so that a failure
 * anywhere earlier leaves no destination tag naming something incomplete.
 */
export async function promote(client: RegistryClient, req: PromoteRequest): Promise<PromoteResult> {
  const started = Date.now();
  const { destinations, tags, platforms, concurrency } = check(req);
  const source = req.source.repository;
  // Asked while the source is read: the answer is in before anything is written, at no time of its own.
  const access = Promise.all(destinations.map((d) => client.checkPushAccess(d)));
  access.catch(() => undefined);
  const root = await client.getManifest(source, req.source.identifier());
  if (req.expectedDigest && !req.expectedDigest.equals(root.digest)) throw mismatch(req, root.digest.toString());
  req.log(`${req.source} is ${root.digest} (${root.mediaType})`);
  // The source repository already holds everything read from it: promoting there is only tagging.
  const others = destinations.filter((d) => !d.equals(source));
  // Reads that need only the root's digest start now, beside the rest of the plan's reads.
  const withReferrers = req.referrers !== false && others.length > 0;
  const lookups = withReferrers ? startReferrerLookups(client, source, root) : undefined;
  const asked = new Map(others.map((d) => [d.toString(), askDestination(client, d, root.digest)]));
  for (const a of asked.values()) a.catch(() => undefined);
  if (req.requireSignedBy) {
    const verdict = await checkSignature(client, source, root.digest, req.requireSignedBy);
    if (!verdict.ok)
      throw new Error(
        `source ${source}@${root.digest} is not signed by ${requiredSigner(req.requireSignedBy)} (input 'require-signature'): ${verdict.reason}; nothing was copied`,
      );
    req.log(`${source}@${root.digest} carries a valid signature (${verdict.signature})`);
  }

  const plan = await buildPlan(client, source, root, platforms, req.log);
  if (withReferrers) {
    if (plan.root.synthetic) req.log(`referrers of ${root.digest} are not copied: they name a digest the destinations will not have`);
    const subjects = plan.manifests.filter((n) => !n.synthetic).map((n) => n.digest);
    await addReferrers(client, source, subjects, plan, req.log, lookups);
  }

  // Counts per repository; the totals written (tags included) are the metadata's stats, logged at the end.
  req.log(`copying ${plan.blobs.size} blobs and ${plan.manifests.length} manifests by digest to each of ${others.length} repositories, then the tags`);
  const { plan: toPublish, signatures } = await signedPlan(publishPlan(source, plan), req.signingKey, others.length ? others : destinations, req.log);
  await access;
  const configs = readConfigs(client, source, plan);
  const stats = await publish(client, toPublish, destinations, {
    tags,
    concurrency,
    chunkSize: req.chunkSize,
    log: req.log,
    accessChecked: true,
    asked: (d, digest) => (digest.equals(root.digest) ? asked.get(d.toString()) : undefined),
  });
  const digest = plan.root.digest;
  req.log(`promoted ${digest} to ${destinations.map((d) => d.toString()).join(', ')}`);
  return {
    digest,
    sourceDigest: root.digest,
    images: destinations.map((d) => `${d}@${digest}`),
    tags: destinations.flatMap((d) => tags.map((t) => `${d}:${t}`)),
    stats: sumStats(stats),
    durationMs: Date.now() - started,
    attached: signatures,
    written: plan.nodes,
    configs,
  };
}

/** The image's configs, for the outputs: small reads from the source that ride along with the copy instead of following it. */
function readConfigs(client: RegistryClient, source: Repository, plan: CopyPlan): Map<string, Promise<unknown>> {
  const out = new Map<string, Promise<unknown>>();
  for (const n of plan.manifests) {
    const config = (n.json as { config?: Descriptor }).config;
    if (!config || plan.referrers.has(n.digest.toString()) || out.has(config.digest)) continue;
    const read = client.getJsonBlob<unknown>(source, config);
    read.catch(() => undefined);
    out.set(config.digest, read);
  }
  return out;
}

/** The copy plan as the shared pipeline takes it: every blob comes from the source, which holds all it read. */
export function publishPlan(source: Repository, plan: CopyPlan): PublishPlan {
  const converted = new Map<string, PlanManifest>();
  const manifests = plan.manifests.map((n) => {
    const json = n.json as { config?: Descriptor; layers?: Descriptor[] };
    const blobs = [...(json.config ? [json.config] : []), ...(json.layers ?? [])].map((descriptor) => ({
      descriptor,
      origin: { kind: 'remote' as const, repository: source },
    }));
    const m: PlanManifest = {
      digest: n.digest,
      mediaType: n.mediaType,
      bytes: n.bytes,
      blobs,
      ...(plan.referrers.has(n.digest.toString()) ? { referrer: true } : {}),
    };
    converted.set(n.digest.toString(), m);
    return m;
  });
  const held = new Set(plan.manifests.filter((n) => !n.synthetic).map((n) => n.digest.toString()));
  return {
    root: converted.get(plan.root.digest.toString())!,
    manifests,
    holders: [{ repository: source, manifests: held }],
    extraTags: plan.tags.map(({ tag, node }) => ({ tag, manifest: converted.get(node.digest.toString())! })),
  };
}
