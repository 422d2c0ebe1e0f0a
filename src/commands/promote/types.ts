import type { KeyObject } from 'node:crypto';
import type { SignerPolicy } from '../../signing/identity.js';
import type { PlanSigner } from '../../publish/signed-plan.js';
import type { Attached } from '../../publish/signed-plan.js';
import type { Digest } from '../../registry/digest.js';
import type { Manifest } from '../../registry/manifests.js';
import type { Reference, Repository } from '../../registry/reference.js';
import type { PublishStats } from '../../publish/index.js';

export interface PromoteRequest {
  /** By tag or digest; with both, the digest is what is copied. */
  source: Reference;
  destinations: Repository[];
  /** Tags to set at each destination; empty keeps the source tag, or sets none if the source is by digest. */
  tags: string[];
  /** Refuse to copy unless the source resolves to exactly this. */
  expectedDigest?: Digest;
  /** Copy referrers (signatures, SBOMs, attestations) of every copied manifest; default true. */
  referrers: boolean;
  /** e.g. ['linux/amd64']: keep only these children of an index. Requires allowDigestChange. */
  platforms?: string[];
  allowDigestChange: boolean;
  /** Blob copies in flight at most (large blobs take a quarter of it); default 16. */
  concurrency: number;
  /** Upload blobs in PATCH requests of this many bytes, for registries that cap request size. */
  chunkSize?: number;
  /** Sign what the destinations hold (cosign's format), before any tag moves. */
  signingKey?: PlanSigner;
  /** Refuse, before copying anything, unless the source carries a signature this key verifies or this identity made. */
  requireSignedBy?: KeyObject | SignerPolicy;
  log: (msg: string) => void;
}

/** Summed over destinations; blobs already in a destination (or in the source, when it is one) count as skipped. */
export type PromoteStats = PublishStats;

export interface PromoteResult {
  /** What the destinations hold: the source digest unless a platform filter made a new index. */
  digest: Digest;
  sourceDigest: Digest;
  /** repo@digest, one per destination. */
  images: string[];
  /** repo:tag, every tag set. */
  tags: string[];
  stats: PromoteStats;
  durationMs: number;
  /** Signatures written beside the image at every destination. */
  attached: Attached[];
  /** The image's manifests as written to every destination, by digest. */
  written: ReadonlyMap<string, Manifest>;
  /** The image configs by digest, read from the source while the blobs were copied (for the outputs). */
  configs: ReadonlyMap<string, Promise<unknown>>;
}
