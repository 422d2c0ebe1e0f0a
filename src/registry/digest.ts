import { createHash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { Digest, type DigestAlgorithm } from './digest-value.js';

export { Digest, type DigestAlgorithm } from './digest-value.js';

export interface Digester {
  readonly algorithm: DigestAlgorithm;
  /** Bytes hashed so far. */
  readonly size: number;
  update(chunk: Uint8Array | string): this;
  /** Finishes the hash; later calls return the same value, later updates throw. */
  digest(): Digest;
}

export function createDigester(algorithm: DigestAlgorithm = 'sha256'): Digester {
  const hash = createHash(algorithm);
  let size = 0;
  let result: Digest | undefined;
  return {
    algorithm,
    get size() {
      return size;
    },
    update(chunk) {
      if (result) throw new Error(`cannot update a ${algorithm} digester after digest() was called`);
      size += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.byteLength;
      hash.update(chunk);
      return this;
    },
    digest() {
      result ??= new Digest(algorithm, hash.digest('hex'));
      return result;
    },
  };
}

export function digestOf(data: Uint8Array | string, algorithm: DigestAlgorithm = 'sha256'): Digest {
  return createDigester(algorithm).update(data).digest();
}

/** Content that did not match its descriptor; callers may retry the download, never trust it. */
export class ContentVerificationError extends Error {
  constructor(
    readonly kind: 'digest' | 'size',
    readonly expected: string,
    readonly actual: string,
  ) {
    super(`${kind} mismatch: expected ${expected}, got ${actual}`);
    this.name = 'ContentVerificationError';
  }
}

/**
 * Passes bytes through unchanged while hashing them; fails the stream at the end if the
 * content is not what `expected` names. Consumers must treat data as untrusted until the
 * stream finishes without error.
 */
export function verifyingTransform(expected: Digest, expectedSize?: number): Transform {
  const digester = createDigester(expected.algorithm);
  const bytes = (n: number): string => `${n} byte${n === 1 ? '' : 's'}`;
  return new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
      digester.update(chunk);
      // Stop an oversized (or endless) body as soon as it overshoots rather than at the end.
      if (expectedSize !== undefined && digester.size > expectedSize) {
        callback(new ContentVerificationError('size', bytes(expectedSize), `at least ${bytes(digester.size)}`));
        return;
      }
      callback(null, chunk);
    },
    flush(callback: TransformCallback) {
      if (expectedSize !== undefined && digester.size !== expectedSize) {
        callback(new ContentVerificationError('size', bytes(expectedSize), bytes(digester.size)));
        return;
      }
      const actual = digester.digest();
      if (!actual.equals(expected)) {
        callback(new ContentVerificationError('digest', expected.toString(), actual.toString()));
        return;
      }
      callback();
    },
  });
}
