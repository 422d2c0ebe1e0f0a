/**
 * How much pinship reads into memory from a registry for each kind of document. Layers are streamed
 * and verified, never buffered; everything here is held whole, so a hostile registry must not pick the size.
 */

/** distribution's own limit for a manifest PUT (4 MiB); containers/image (podman, skopeo) reads no more either. */
export const MANIFEST_MAX_BYTES = 4 * 1024 * 1024;

/** Image configs and other JSON blobs read whole: containers/image stops at 4 MiB; twice that leaves room for long histories. */
export const JSON_BLOB_MAX_BYTES = 8 * 1024 * 1024;

/** One page of a tag list (a registry that does not paginate sends every tag in one page). */
export const TAG_PAGE_MAX_BYTES = 16 * 1024 * 1024;

/** All pages of a tag list together. */
export const TAG_LIST_MAX_TAGS = 100_000;
export const TAG_LIST_MAX_PAGES = 10_000;

/** Error documents and token responses: only ever a few hundred bytes. */
export const SMALL_BODY_MAX_BYTES = 1024 * 1024;
