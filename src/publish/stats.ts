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
}

export function emptyStats(): PublishStats {
  return { blobsUploaded: 0, bytesUploaded: 0, blobsCopied: 0, bytesCopied: 0, blobsMounted: 0, blobsSkipped: 0, manifestsPushed: 0, referrersCopied: 0 };
}

export function sumStats(all: PublishStats[]): PublishStats {
  const total = emptyStats();
  for (const s of all) for (const k of Object.keys(total) as Array<keyof PublishStats>) total[k] += s[k];
  return total;
}
