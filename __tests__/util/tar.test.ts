import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createReadStream, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { numericField } from '../../src/util/tar-header.js';
import { extractTar } from '../../src/util/tar.js';
import { archive, base256, chunked, dir, file, hardlink, header, longName, member, pax, symlink } from './tar-fixtures.js';

const extract = (bytes: Buffer, out: string) => extractTar(Readable.from(chunked(bytes)), out);

/** An empty folder to extract into, inside a folder of its own: what lands beside `out` escaped. */
function sandbox(): { base: string; out: string } {
  const base = mkdtempSync(join(tmpdir(), 'pinship-tar-'));
  return { base, out: join(base, 'out') };
}

/** Archives made by GNU tar in each header format docker and others write; extracted by pinship. */
describe.each(['posix', 'gnu', 'ustar'])('extractTar on a %s archive', (format) => {
  test('restores files (large, empty, long-named) and directories byte for byte; links are resolved in memory, not created', async () => {
    const src = mkdtempSync(join(tmpdir(), 'pinship-tar-src-'));
    const big = randomBytes(3 * 1024 * 1024 + 7);
    const longDir = format === 'ustar' ? 'd'.repeat(90) : 'd'.repeat(120);
    mkdirSync(join(src, 'layer', longDir), { recursive: true });
    writeFileSync(join(src, 'layer', 'layer.tar'), big);
    writeFileSync(join(src, 'layer', 'empty'), '');
    writeFileSync(join(src, 'layer', longDir, 'f.json'), '{"a":1}');
    // As docker save (20.10 here) links a repeated layer: `<id2>/layer.tar -> ../<id1>/layer.tar`.
    mkdirSync(join(src, 'other'));
    symlinkSync('../layer/layer.tar', join(src, 'other', 'layer.tar'));
    const archivePath = join(mkdtempSync(join(tmpdir(), 'pinship-tar-')), 'a.tar');
    execFileSync('tar', [`--format=${format}`, '-cf', archivePath, '-C', src, 'layer', 'other']);
    const out = mkdtempSync(join(tmpdir(), 'pinship-tar-out-'));
    // Small chunks: headers and bodies straddle chunk boundaries.
    const chunks: Buffer[] = [];
    for await (const c of createReadStream(archivePath, { highWaterMark: 777 })) chunks.push(c as Buffer);
    const x = await extractTar(Readable.from(chunks), out);
    expect(readFileSync(join(out, 'layer', 'layer.tar')).equals(big)).toBe(true);
    expect(readFileSync(join(out, 'layer', 'empty')).length).toBe(0);
    expect(readFileSync(join(out, 'layer', longDir, 'f.json'), 'utf8')).toBe('{"a":1}');
    expect(existsSync(join(out, 'other', 'layer.tar'))).toBe(false);
    expect(x.file('other/layer.tar')).toBe(join(x.dir, 'layer', 'layer.tar'));
    expect(x.file('./layer/empty')).toBe(join(x.dir, 'layer', 'empty'));
  });
});

describe('extraction never writes outside its folder', () => {
  test('a symlink with an absolute target is refused, and nothing is written through it', async () => {
    const { base, out } = sandbox();
    const outside = mkdtempSync(join(tmpdir(), 'pinship-tar-outside-'));
    await expect(extract(archive(symlink('d', outside), file('d/evil', 'pwned')), out)).rejects.toThrow(/absolute: it points outside/);
    expect(readdirSync(outside)).toEqual([]);
    expect(readdirSync(base)).toEqual(['out']);
  });

  test('chained relative links (x/a -> .., x/a/b -> .., then x/a/b/evil) are refused', async () => {
    const { base, out } = sandbox();
    await expect(extract(archive(dir('x/'), symlink('x/a', '..'), symlink('x/a/b', '..'), file('x/a/b/evil', 'pwned')), out)).rejects.toThrow(
      /lies under the link member 'x\/a'/,
    );
    expect(existsSync(join(base, 'evil'))).toBe(false);
    expect(existsSync(join(tmpdir(), 'evil'))).toBe(false);
  });

  test('a link climbing out with .. is refused as it is read', async () => {
    const { out } = sandbox();
    await expect(extract(archive(symlink('a', '../../etc/passwd')), out)).rejects.toThrow(/points outside/);
  });

  test('a regular file is never written through a symlink already in the folder', async () => {
    const { base, out } = sandbox();
    const victim = join(base, 'victim');
    writeFileSync(victim, 'original');
    mkdirSync(out);
    symlinkSync(victim, join(out, 'link'));
    symlinkSync(base, join(out, 'dirlink'));
    await expect(extract(archive(file('link', 'pwned')), out)).rejects.toThrow(/already exists .*does not overwrite or follow/);
    await expect(extract(archive(file('dirlink/victim', 'pwned')), out)).rejects.toThrow(/is a symlink; pinship does not write through it/);
    expect(readFileSync(victim, 'utf8')).toBe('original');
  });

  test('a regular file named like an earlier link member is refused, and the link target keeps its bytes', async () => {
    const { out } = sandbox();
    await expect(extract(archive(file('a', 'original'), symlink('l', 'a'), file('l', 'pwned')), out)).rejects.toThrow(/appears twice/);
    expect(readFileSync(join(out, 'a'), 'utf8')).toBe('original');
  });

  test('hardlinks are never created: targets outside are refused, targets inside resolve in memory', async () => {
    const { out } = sandbox();
    await expect(extract(archive(hardlink('h', '../outside')), out)).rejects.toThrow(/contains '..'/);
    await expect(extract(archive(hardlink('h', '/etc/passwd')), sandbox().out)).rejects.toThrow(/absolute/);
    const x = await extract(archive(file('a', 'bytes'), hardlink('b', 'a'), hardlink('c', 'b')), sandbox().out);
    expect(readFileSync(x.file('c'), 'utf8')).toBe('bytes');
    expect(existsSync(join(x.dir, 'b'))).toBe(false);
  });

  test.each([
    ['a plain name', () => file('../evil', 'x')],
    ['a name that climbs out after going in', () => file('a/../../evil', 'x')],
    ['a name that stays inside but uses ..', () => file('a/../evil', 'x')],
    ['an absolute name', () => file('/tmp/pinship-evil', 'x')],
    ['a pax path', () => Buffer.concat([pax({ path: '../evil' }), file('innocent', 'x')])],
    [
      'a GNU long name',
      () =>
        Buffer.concat([
          longName(
            `${'d/'.repeat(60)}../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../evil`,
          ),
          file('innocent', 'x'),
        ]),
    ],
  ])('.. or / in %s is refused', async (_name, make) => {
    const { base, out } = sandbox();
    await expect(extract(archive(make()), out)).rejects.toThrow(/outside/);
    expect(readdirSync(base).filter((n) => n !== 'out')).toEqual([]);
  });

  test('a member that is not a file, directory or link (a fifo) is refused', async () => {
    await expect(extract(archive(member({ name: 'p', type: '6' })), sandbox().out)).rejects.toThrow(/type '6'.*does not extract/);
  });

  test('links in the shapes docker writes resolve, even when the link comes before its target', async () => {
    // docker 25+ may link legacy layer paths to OCI blobs; 20.10 links a repeated layer to the first.
    const x = await extract(
      archive(
        dir('id2/'),
        symlink('id2/layer.tar', '../id1/layer.tar'),
        dir('id1/'),
        symlink('id1/layer.tar', '../blobs/sha256/abc'),
        file('blobs/sha256/abc', 'layer'),
      ),
      sandbox().out,
    );
    expect(x.file('id2/layer.tar')).toBe(join(x.dir, 'blobs', 'sha256', 'abc'));
    expect(readFileSync(x.file('id1/layer.tar'), 'utf8')).toBe('layer');
  });

  test('a lookup of a link that names no regular file fails clearly', async () => {
    const x = await extract(archive(dir('d/'), symlink('to-dir', 'd'), symlink('loop', 'loop')), sandbox().out);
    expect(() => x.file('to-dir')).toThrow(/names no regular file/);
    expect(() => x.file('loop')).toThrow(/more than 16 links/);
    expect(() => x.file('../etc/passwd')).toThrow(/contains '..'/);
  });
});

describe('headers: sizes, pax, bounds, checksums', () => {
  test('a GNU base-256 size is read, and the next member stays in sync', async () => {
    const x = await extract(archive(member({ name: 'a', sizeField: base256(5n) }, 'hello'), file('b', 'world')), sandbox().out);
    expect(readFileSync(x.file('a'), 'utf8')).toBe('hello');
    expect(readFileSync(x.file('b'), 'utf8')).toBe('world');
  });

  test('a base-256 size of 9 GiB is read as such (the stream is cut short after a few blocks)', async () => {
    const nine = 9n * 1024n ** 3n;
    expect(numericField(base256(nine), 0, 12, 'size')).toBe(Number(nine));
    const truncated = Buffer.concat([header({ name: 'big', sizeField: base256(nine) }), Buffer.alloc(4096)]);
    await expect(extract(truncated, sandbox().out)).rejects.toThrow(`in the middle of member 'big' (${nine} bytes)`);
  });

  test('a negative base-256 number is refused', () => {
    expect(() => numericField(Buffer.alloc(12, 0xff), 0, 12, 'size')).toThrow(/negative/);
  });

  test('a pax size overrides the header size and keeps the parser in sync', async () => {
    const body = 'twelve bytes';
    const x = await extract(
      archive(pax({ size: String(body.length) }), header({ name: 'a', size: 0 }), Buffer.from(body), Buffer.alloc(500), file('b', 'next')),
      sandbox().out,
    );
    expect(readFileSync(x.file('a'), 'utf8')).toBe(body);
    expect(readFileSync(x.file('b'), 'utf8')).toBe('next');
  });

  test('pax path and linkpath name members beyond 100 bytes', async () => {
    const long = `${'p'.repeat(150)}/layer.tar`;
    const x = await extract(archive(pax({ path: long }), file('short', 'layer'), pax({ linkpath: long }), symlink('alias', 'ignored')), sandbox().out);
    expect(readFileSync(x.file('alias'), 'utf8')).toBe('layer');
  });

  test.each([
    ['pax', 'x'],
    ['global pax', 'g'],
    ['GNU long-name', 'L'],
  ])('a %s header body over 1 MiB is refused before it is read', async (_name, type) => {
    const oversized = header({ name: 'meta', type, size: 1024 * 1024 + 1 });
    await expect(extract(oversized, sandbox().out)).rejects.toThrow(/exceeds pinship's limit of 1048576 bytes \(1 MiB\)/);
  });

  test('a header whose checksum does not match is refused', async () => {
    await expect(extract(archive(member({ name: 'a', checksumSkew: 1 }, 'x')), sandbox().out)).rejects.toThrow(/checksum .* does not match/);
  });

  test('a size field that is not octal is refused', async () => {
    const h = header({ name: 'a', sizeField: Buffer.from('00000009999\0') });
    await expect(extract(archive(h), sandbox().out)).rejects.toThrow(/size is '00000009999', expected octal digits/);
  });

  test('a malformed pax record is refused', async () => {
    const bad = member({ name: 'PaxHeaders/x', type: 'x' }, '99 path=a\n');
    await expect(extract(archive(bad, file('a', 'x')), sandbox().out)).rejects.toThrow(/pax header at byte 0: a record length does not match/);
  });

  test('a stream cut at a member boundary, without the end-of-archive blocks, is truncated', async () => {
    await expect(extract(file('a', 'x'), sandbox().out)).rejects.toThrow(/without its end-of-archive blocks: truncated/);
  });

  test('a symlink member can be inspected without ever existing on disk', async () => {
    const x = await extract(archive(file('f', 'x'), symlink('l', 'f')), sandbox().out);
    expect(() => lstatSync(join(x.dir, 'l'))).toThrow(/ENOENT/);
  });
});
