import { createHash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';

export type DigestAlgorithm = 'sha256' | 'sha512';

const HEX_LENGTH: Record<DigestAlgorithm, number> = { sha256: 64, sha512: 128 };
// OCI image-spec descriptor grammar; checked before the supported-algorithm list so that
// garbage and merely-unsupported digests get different messages, as go-digest does.
const ALGORITHM = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*$/;
const ENCODED = /^[a-zA-Z0-9=_-]+$/;
const LOWER_HEX = /^[a-f0-9]+$/;

function isSupported(algorithm: string): algorithm is DigestAlgorithm {
  return Object.prototype.hasOwnProperty.call(HEX_LENGTH, algorithm);
}

function expected(algorithm: DigestAlgorithm): string {
  return `expected ${algorithm}:<${HEX_LENGTH[algorithm]} hex characters>`;
}

function encodedProblem(algorithm: DigestAlgorithm, hex: string): string | undefined {
  if (hex.length !== HEX_LENGTH[algorithm]) return expected(algorithm);
  if (!LOWER_HEX.test(hex)) {
    return /^[a-fA-F0-9]+$/.test(hex) ? `${expected(algorithm)} in lowercase` : expected(algorithm);
  }
  return undefined;
}

/** A content digest of an algorithm pinship can verify; anything else is rejected at parse time. */
export class Digest {
  constructor(
    readonly algorithm: DigestAlgorithm,
    readonly hex: string,
  ) {
    // Guards `as` casts and stray callers: a Digest that exists is always well formed.
    const problem = isSupported(algorithm) ? encodedProblem(algorithm, hex) : `unsupported digest algorithm '${String(algorithm)}'`;
    if (problem) throw new Error(`Invalid digest '${String(algorithm)}:${hex}': ${problem}`);
  }

  toString(): string {
    return `${this.algorithm}:${this.hex}`;
  }

  equals(other: Digest): boolean {
    return this.algorithm === other.algorithm && this.hex === other.hex;
  }

  /** Why `s` is not a usable digest, without the "Invalid digest" prefix; undefined when it is. */
  static problemWith(s: string): string | undefined {
    const colon = s.indexOf(':');
    const algorithm = colon < 0 ? '' : s.slice(0, colon);
    const encoded = colon < 0 ? '' : s.slice(colon + 1);
    if (!ALGORITHM.test(algorithm) || !ENCODED.test(encoded)) {
      return isSupported(algorithm) ? expected(algorithm) : 'expected <algorithm>:<hex>, e.g. sha256:<64 hex characters>';
    }
    if (!isSupported(algorithm)) return `unsupported digest algorithm '${algorithm}' (supported: sha256, sha512)`;
    return encodedProblem(algorithm, encoded);
  }

  static parse(s: string): Digest {
    const problem = Digest.problemWith(s);
    if (problem) throw new Error(`Invalid digest '${s}': ${problem}`);
    const colon = s.indexOf(':');
    return new Digest(s.slice(0, colon) as DigestAlgorithm, s.slice(colon + 1));
  }

  static isDigest(s: string): boolean {
    return Digest.problemWith(s) === undefined;
  }
}

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
