import type { RegistryClient } from '../../../registry/client.js';
import { isNotFound } from '../../../registry/errors.js';
import { errorMessage } from '../../../util/error-message.js';
import { publishAll, type PublishItem } from '../../../publish/many.js';
import { sumStats, type PublishStats } from '../../../publish/index.js';
import type { SignerPolicy } from '../../../signing/identity.js';
import { checkSignature } from '../../../signing/verify.js';
import { mapLimit } from '../../../util/pool.js';
import { signedPlan, type Attached, type PlanSigner } from '../../../publish/signed-plan.js';
import { publishPlan, requiredSigner } from '../copy.js';
import { buildPlan } from '../plan.js';
import { addReferrers } from '../referrers.js';
import type { ReleaseImage } from './plan.js';

export interface ReleaseRequest {
  referrers: boolean;
  concurrency: number;
  /** `signing-key` or `keyless`: how every copy is signed before any tag moves. */
  signer?: PlanSigner;
  /** `require-signature` with `public-key` and/or the identity inputs: who must have signed every source. */
  requireSignedBy?: SignerPolicy;
  log: (msg: string) => void;
}

/** What one image of the release became. */
export interface PromotedImage {
  image: ReleaseImage;
  /** The signature checked at the source (require-signature), if one was. */
  signature?: string;
  attached: Attached[];
  stats: PublishStats;
  /** The destination tags this run wrote: they named another digest, or nothing. */
  tagsMoved: string[];
}

interface Planned {
  item: PublishItem;
  signature?: string;
  attached: Attached[];
}

const placeOf = (img: ReleaseImage): string => `${img.sites[0].file}:${img.sites[0].line}`;

/** Reads one image and what is attached to it, checks its signature: everything before a write. */
async function planImage(client: RegistryClient, img: ReleaseImage, req: ReleaseRequest): Promise<Planned> {
  const { source, digest, destination } = img;
  const root = await client.getManifest(source, digest).catch((e: unknown) => {
    throw new Error(
      isNotFound(e) ? `${source}@${digest} (${placeOf(img)}) is not in the source registry` : `${source}@${digest} (${placeOf(img)}): ${errorMessage(e)}`,
      { cause: e },
    );
  });
  let signature: string | undefined;
  if (req.requireSignedBy) {
    const verdict = await checkSignature(client, source, root.digest, req.requireSignedBy);
    if (!verdict.ok)
      throw new Error(
        `${source}@${digest} (${placeOf(img)}) is not signed by ${requiredSigner(req.requireSignedBy)} (input 'require-signature'): ${verdict.reason}`,
      );
    signature = verdict.signature.toString();
  }
  const plan = await buildPlan(client, source, root, undefined, req.log);
  if (req.referrers && !destination.equals(source)) await addReferrers(client, source, [...plan.manifests.map((n) => n.digest)], plan, req.log);
  const signed = await signedPlan(publishPlan(source, plan), req.signer, [destination], req.log);
  return { item: { plan: signed.plan, destination, tags: img.tags }, signature, attached: signed.signatures };
}

/**
 * Promotes every image of the release or none: each is read (and its signature checked) first, and
 * a failure of any one stops all of them before a byte is written; then publishAll writes the
 * content of all, and the tags of all last.
 */
export async function promoteRelease(client: RegistryClient, images: ReleaseImage[], req: ReleaseRequest): Promise<PromotedImage[]> {
  const failures: string[] = [];
  const planned = await mapLimit(images, req.concurrency, (img) =>
    planImage(client, img, req).catch((e: unknown) => {
      failures.push(errorMessage(e));
      return undefined;
    }),
  );
  if (failures.length) {
    throw new Error(`${failures.length} of ${images.length} images cannot be promoted, so none is: ${failures.join('; ')}; no tag was written anywhere`);
  }
  const ready = planned as Planned[];
  req.log(
    `all ${images.length} images read; copying their content to ${new Set(images.map((i) => i.destination.toString())).size} repositories, then every tag`,
  );
  const published = await publishAll(
    client,
    ready.map((p) => p.item),
    { concurrency: req.concurrency, log: req.log },
  );
  req.log(`promoted ${images.length} images (${statsTotal(published.map((p) => p.stats))})`);
  return ready.map((p, i) => ({ image: images[i], ...(p.signature ? { signature: p.signature } : {}), attached: p.attached, ...published[i] }));
}

const statsTotal = (all: PublishStats[]): string => {
  const s = sumStats(all);
  return `${s.blobsCopied} blobs copied, ${s.blobsMounted} mounted, ${s.blobsSkipped} already there`;
};
