import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ContentVerificationError, createDigester, Digest, digestOf, verifyingTransform } from '../../src/registry/digest.js';

const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const ABC_SHA256 = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
const ABC_SHA512 = 'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f';

describe('Digest.parse', () => {
  it.each([
    [`sha256:${ABC_SHA256}`, 'sha256', ABC_SHA256],
    [`sha256:${EMPTY_SHA256}`, 'sha256', EMPTY_SHA256],
    [`sha512:${ABC_SHA512}`, 'sha512', ABC_SHA512],
    [`sha256:${'0'.repeat(64)}`, 'sha256', '0'.repeat(64)],
  ])('parses %s', (input, algorithm, hex) => {
    const d = Digest.parse(input);
    expect(d.algorithm).toBe(algorithm);
    expect(d.hex).toBe(hex);
    expect(d.toString()).toBe(input);
    expect(Digest.isDigest(input)).toBe(true);
  });

  it.each([
    ['sha256:abc', "Invalid digest 'sha256:abc': expected sha256:<64 hex characters>"],
    [`sha256:${ABC_SHA256}0`, 'expected sha256:<64 hex characters>'],
    [`sha256:${ABC_SHA256.slice(1)}`, 'expected sha256:<64 hex characters>'],
    [`sha256:${ABC_SHA256.toUpperCase()}`, 'expected sha256:<64 hex characters> in lowercase'],
    [`sha256:${'g'.repeat(64)}`, 'expected sha256:<64 hex characters>'],
    [`sha512:${ABC_SHA256}`, 'expected sha512:<128 hex characters>'],
    ['sha256:', "Invalid digest 'sha256:': expected sha256:<64 hex characters>"],
    [`md5:${'a'.repeat(32)}`, "unsupported digest algorithm 'md5'"],
    [`sha384:${'a'.repeat(96)}`, "unsupported digest algorithm 'sha384'"],
    [`sha256+b64:${'a'.repeat(43)}`, "unsupported digest algorithm 'sha256+b64'"],
    [`SHA256:${ABC_SHA256}`, 'expected <algorithm>:<hex>'],
    [`sha256-:${ABC_SHA256}`, 'expected <algorithm>:<hex>'],
    [ABC_SHA256, 'expected <algorithm>:<hex>'],
    [`:${ABC_SHA256}`, 'expected <algorithm>:<hex>'],
    ['', "Invalid digest '': expected <algorithm>:<hex>"],
    [` sha256:${ABC_SHA256}`, 'expected <algorithm>:<hex>'],
    [`sha256:${ABC_SHA256} `, 'expected sha256:<64 hex characters>'],
  ])('rejects %j', (input, message) => {
    expect(() => Digest.parse(input)).toThrow(message);
    expect(Digest.isDigest(input)).toBe(false);
  });

  it('guards the constructor too', () => {
    expect(() => new Digest('sha256', 'abc')).toThrow("Invalid digest 'sha256:abc': expected sha256:<64 hex characters>");
    expect(() => new Digest('md5' as 'sha256', 'a'.repeat(32))).toThrow("unsupported digest algorithm 'md5'");
    expect(new Digest('sha256', ABC_SHA256).toString()).toBe(`sha256:${ABC_SHA256}`);
  });

  it('compares by algorithm and hex', () => {
    const a = Digest.parse(`sha256:${ABC_SHA256}`);
    expect(a.equals(new Digest('sha256', ABC_SHA256))).toBe(true);
    expect(a.equals(Digest.parse(`sha256:${EMPTY_SHA256}`))).toBe(false);
    expect(`${a}`).toBe(`sha256:${ABC_SHA256}`);
  });
});

describe('digestOf / createDigester', () => {
  it('hashes known vectors', () => {
    expect(digestOf('').toString()).toBe(`sha256:${EMPTY_SHA256}`);
    expect(digestOf(Buffer.from('abc')).toString()).toBe(`sha256:${ABC_SHA256}`);
    expect(digestOf('abc', 'sha512').toString()).toBe(`sha512:${ABC_SHA512}`);
  });

  it('hashes incrementally and counts bytes', () => {
    const d = createDigester();
    d.update('a')
      .update(Buffer.from('b'))
      .update(new Uint8Array([0x63]));
    expect(d.size).toBe(3);
    expect(d.algorithm).toBe('sha256');
    expect(d.digest().toString()).toBe(`sha256:${ABC_SHA256}`);
    expect(d.digest().toString()).toBe(`sha256:${ABC_SHA256}`);
    expect(() => d.update('more')).toThrow('after digest() was called');
  });

  it('counts multi-byte strings in bytes', () => {
    expect(createDigester('sha512').update('é').size).toBe(2);
  });
});

async function run(expected: Digest, size: number | undefined, chunks: Buffer[]): Promise<Buffer> {
  const out: Buffer[] = [];
  await pipeline(
    Readable.from(chunks),
    verifyingTransform(expected, size),
    new Writable({
      write(chunk: Buffer, _enc, cb) {
        out.push(chunk);
        cb();
      },
    }),
  );
  return Buffer.concat(out);
}

describe('verifyingTransform', () => {
  const data = Buffer.from('hello, registry');
  const good = digestOf(data);
  const parts = [data.subarray(0, 5), data.subarray(5)];

  it('passes matching content through unchanged', async () => {
    expect((await run(good, data.length, parts)).equals(data)).toBe(true);
    expect((await run(good, undefined, parts)).equals(data)).toBe(true);
  });

  it('verifies sha512 content', async () => {
    expect((await run(digestOf(data, 'sha512'), data.length, [data])).equals(data)).toBe(true);
  });

  it('fails on tampered content with both digests in the message', async () => {
    const tampered = Buffer.from(data);
    tampered[0] = 0x48;
    const promise = run(good, data.length, [tampered]);
    await expect(promise).rejects.toThrow(`digest mismatch: expected ${good}, got ${digestOf(tampered)}`);
    await expect(promise).rejects.toBeInstanceOf(ContentVerificationError);
    await expect(promise).rejects.toMatchObject({ kind: 'digest', expected: good.toString() });
  });

  it('fails on short content', async () => {
    await expect(run(good, data.length, [data.subarray(0, 9)])).rejects.toThrow(`size mismatch: expected ${data.length} bytes, got 9 bytes`);
  });

  it('fails as soon as content overshoots the expected size', async () => {
    const seen: number[] = [];
    const source = Readable.from(
      (function* () {
        for (let i = 0; i < 100; i++) {
          seen.push(i);
          yield Buffer.alloc(1024, i);
        }
      })(),
    );
    const p = pipeline(source, verifyingTransform(good, 1500), new Writable({ write: (_c, _e, cb) => cb() }));
    await expect(p).rejects.toThrow('size mismatch: expected 1500 bytes, got at least 2048 bytes');
    expect(seen.length).toBeLessThan(100);
  });

  it('fails on right size but wrong content', async () => {
    const other = Buffer.alloc(data.length, 0x61);
    await expect(run(good, data.length, [other])).rejects.toMatchObject({ kind: 'digest' });
  });

  it('fails on empty content when something was expected', async () => {
    await expect(run(good, undefined, [])).rejects.toThrow(`got sha256:${EMPTY_SHA256}`);
  });

  it('streams 50 MiB without buffering it', async () => {
    const chunk = 1024 * 1024;
    const count = 50;
    const make = (i: number): Buffer => Buffer.alloc(chunk, i % 251);
    const expected = createDigester();
    for (let i = 0; i < count; i++) expected.update(make(i));
    const want = expected.digest();

    let produced = 0;
    let producedAtFirstWrite = -1;
    let received = 0;
    let writes = 0;
    await pipeline(
      Readable.from(
        (function* () {
          for (let i = 0; i < count; i++) {
            produced++;
            yield make(i);
          }
        })(),
      ),
      verifyingTransform(want, chunk * count),
      new Writable({
        write(c: Buffer, _enc, cb) {
          if (producedAtFirstWrite < 0) producedAtFirstWrite = produced;
          received += c.length;
          writes++;
          cb();
        },
      }),
    );
    expect(received).toBe(chunk * count);
    expect(writes).toBeGreaterThanOrEqual(count);
    // Output began long before the source was exhausted: nothing waited for the whole body.
    expect(producedAtFirstWrite).toBeLessThan(count / 2);
  });
});
