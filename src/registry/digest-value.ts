// The digest value apart from hashing (./digest.ts, node:crypto): parsing inputs and references
// must not load node:crypto, so that a run failing on its inputs starts fast.

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
