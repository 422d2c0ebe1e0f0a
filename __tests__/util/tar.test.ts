import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createReadStream, mkdirSync, mkdtempSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { extractTar } from '../../src/util/tar.js';

/** Archives made by GNU tar in each header format docker and others write; extracted by pinship. */
describe.each(['posix', 'gnu', 'ustar'])('extractTar on a %s archive', (format) => {
  test('restores files (large, empty, long-named), directories and symlinks byte for byte', async () => {
    const src = mkdtempSync(join(tmpdir(), 'pinship-tar-src-'));
    const big = randomBytes(3 * 1024 * 1024 + 7);
    const longDir = format === 'ustar' ? 'd'.repeat(90) : 'd'.repeat(120);
    mkdirSync(join(src, 'layer', longDir), { recursive: true });
    writeFileSync(join(src, 'layer', 'layer.tar'), big);
    writeFileSync(join(src, 'layer', 'empty'), '');
    writeFileSync(join(src, 'layer', longDir, 'f.json'), '{"a":1}');
    // As docker save links a repeated layer: `<id2>/layer.tar -> ../<id1>/layer.tar`.
    mkdirSync(join(src, 'other'));
    symlinkSync('../layer/layer.tar', join(src, 'other', 'layer.tar'));
    const archive = join(mkdtempSync(join(tmpdir(), 'pinship-tar-')), 'a.tar');
    execFileSync('tar', [`--format=${format}`, '-cf', archive, '-C', src, 'layer', 'other']);
    const out = mkdtempSync(join(tmpdir(), 'pinship-tar-out-'));
    // Small chunks: headers and bodies straddle chunk boundaries.
    const chunks: Buffer[] = [];
    for await (const c of createReadStream(archive, { highWaterMark: 777 })) chunks.push(c as Buffer);
    await extractTar(Readable.from(chunks), out);
    expect(readFileSync(join(out, 'layer', 'layer.tar')).equals(big)).toBe(true);
    expect(readFileSync(join(out, 'layer', 'empty')).length).toBe(0);
    expect(readFileSync(join(out, 'layer', longDir, 'f.json'), 'utf8')).toBe('{"a":1}');
    expect(readlinkSync(join(out, 'other', 'layer.tar'))).toBe('../layer/layer.tar');
    expect(readFileSync(join(out, 'other', 'layer.tar')).equals(big)).toBe(true);
  });
});

test('a member that would escape the target directory is refused', async () => {
  const header = Buffer.alloc(512);
  header.write('../evil', 0);
  header.write('0000644\0', 100);
  header.write('00000000001\0', 124);
  header.write('0', 156);
  header.write('        ', 148);
  const sum = header.reduce((a, b) => a + b, 0);
  header.write(sum.toString(8).padStart(6, '0') + '\0 ', 148);
  const body = Buffer.concat([header, Buffer.from('x'), Buffer.alloc(511), Buffer.alloc(1024)]);
  const out = mkdtempSync(join(tmpdir(), 'pinship-tar-evil-'));
  await expect(extractTar(Readable.from([body]), out)).rejects.toThrow(/outside/);
});
