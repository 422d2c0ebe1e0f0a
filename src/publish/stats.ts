/** What one publication did at one destination. */
export interface PublishStats {
  /** Local blobs (a build's layers and config) sent. */
  blobsUploaded: number;
  bytesUploaded: number;
  /** Streamed from another registry. */
  blobsCopied: number;
  bytesCopied: number;
  /** Cross-repository mounts on the same registry: no bytes moved. */
  blobsMounted: number;
  /** Already present at the destination. */
  blobsSkipped: number;
  /** Manifest PUTs, by digest and by tag. */
  manifestsPushed: number;
  /** Referrer manifests pushed by digest. */
  referrersCopied: number;
  /** Tags written because they named another manifest, or nothing. */
  tagsWritten: number;
  /** Tags that already named their manifest: not written again. */
  tagsUnchanged: number;
  /** The image's tags written, plus 1 where its root was not there by digest: what the `changed` output counts. */
  imageChanges: number;
}

export function emptyStats(): PublishStats {
  return {
    blobsUploaded: 0,
    bytesUploaded: 0,
    blobsCopied: 0,
    bytesCopied: 0,
    blobsMounted: 0,
    blobsSkipped: 0,
    manifestsPushed: 0,
    referrersCopied: 0,
    tagsWritten: 0,
    tagsUnchanged: 0,
    imageChanges: 0,
  };
}

export function sumStats(all: PublishStats[]): PublishStats {
  const total = emptyStats();
  for (const s of all) for (const k of Object.keys(total) as Array<keyof PublishStats>) total[k] += s[k];
  return total;
}

/** The `changed` output: whether the step made any tag of the image name it anew, or put the image where it was not. */
export function changedOutput(all: PublishStats[]): string {
  return String(all.some((s) => s.imageChanges > 0));
}

/**
 * Where the image itself was written by digest (more manifests pushed than referrers: a destination
 * that had the root gets only its referrers), that is a change even with no tag to move.
 */
export function countImagePushes(all: PublishStats[]): void {
  for (const s of all) if (s.manifestsPushed > s.referrersCopied) s.imageChanges++;
}
