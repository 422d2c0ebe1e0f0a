import { readBuildSettings } from '../../src/commands/build/settings.js';
import { readMergeSettings } from '../../src/commands/merge/settings.js';
import { readMetaSettings } from '../../src/commands/meta/settings.js';
import { readPromoteSettings } from '../../src/commands/promote/settings.js';
import { readImages } from '../../src/settings/images.js';
import { inputsRuntime } from '../helpers/runtime.js';

const names = (images: string): string[] => readImages(inputsRuntime({ images }), false).map((r) => r.written);

// metadata-action v6.2.0's own image table (__tests__/image.test.ts), row by row: what it accepts
// gives the same repositories here, what it refuses is refused here.
describe('images: metadata-action attributes', () => {
  test.each<[string, string[]]>([
    ['name/foo', ['name/foo']],
    ['name/foo,name/bar', ['name/foo', 'name/bar']],
    ['name/foo\nname/bar', ['name/foo', 'name/bar']],
    ['name=name/bar\nname/foo,enable=false\nname=ghcr.io/UserName/Foo,enable=true', ['name/bar', 'ghcr.io/username/foo']],
  ])('%j', (images, expected) => {
    expect(names(images)).toEqual(expected);
  });

  test.each<[string, RegExp]>([
    ['value=name/foo', /^Invalid input 'images': 'value=name\/foo'\. Unknown attribute 'value'\. Expected name= and enable=/],
    ['name/foo,enable=bar', /^Invalid input 'images': 'name\/foo,enable=bar'\. enable 'bar' is not a boolean\. Expected enable=true or enable=false\.$/],
    ['name/foo,bar=baz', /^Invalid input 'images': 'name\/foo,bar=baz'\. Unknown attribute 'bar'\./],
    ['name=,enable=true', /^Invalid input 'images': 'name=,enable=true'\. No repository on this line\./],
    ['enable=true', /^Invalid input 'images': 'enable=true'\. No repository on this line\./],
    // metadata-action lists this row as invalid, but its test passes either way; its code keeps the last name.
    ['name/foo,name=name/bar,enable=true', /^Invalid input 'images': 'name\/foo,name=name\/bar,enable=true'\. Two repositories on a line with attributes\./],
  ])('%j is refused', (images, message) => {
    expect(() => names(images)).toThrow(message);
  });

  test('attribute keys are case-insensitive and quoted values keep their commas out of the split', () => {
    expect(names('Name="ghcr.io/acme/app",ENABLE=true')).toEqual(['ghcr.io/acme/app']);
  });

  test('a disabled line is still checked, so a typo shows before the event that enables it', () => {
    expect(() => names('name=ghcr.io/acme/app:v1,enable=false')).toThrow(
      /^Invalid input 'images': 'ghcr.io\/acme\/app:v1'\. Expected a repository without tag/,
    );
  });
});

describe('images: enable=false leaves the repository out for every command that reads images', () => {
  const images = 'name=ghcr.io/acme/app,enable=false\nname=127.0.0.1:5000/acme/app,enable=true';

  test('meta', async () => {
    expect((await readMetaSettings(inputsRuntime({ images }))).imageNames).toEqual(['127.0.0.1:5000/acme/app']);
  });

  test('build', async () => {
    expect((await readBuildSettings(inputsRuntime({ images }))).images.map(String)).toEqual(['127.0.0.1:5000/acme/app']);
  });

  test('merge', async () => {
    const digest = `sha256:${'a'.repeat(64)}`;
    expect((await readMergeSettings(inputsRuntime({ images, digests: digest }))).images.map(String)).toEqual(['127.0.0.1:5000/acme/app']);
  });

  test('promote', async () => {
    const s = await readPromoteSettings(inputsRuntime({ images, source: '127.0.0.1:5000/acme/src:1' }));
    expect(s.destinations.map((d) => d.toString())).toEqual(['127.0.0.1:5000/acme/app']);
  });

  test.each([
    ['build', (i: Record<string, string>) => readBuildSettings(inputsRuntime(i))],
    ['promote', (i: Record<string, string>) => readPromoteSettings(inputsRuntime({ ...i, source: 'a/b:1' }))],
  ])('%s with every repository disabled fails naming the input', async (_cmd, read) => {
    await expect(read({ images: 'name=ghcr.io/acme/app,enable=false' })).rejects.toThrow(
      /^Input 'images' names no enabled repository: every line has enable=false/,
    );
  });

  test('build without push needs no enabled repository, as metadata-action needs no image', async () => {
    expect((await readBuildSettings(inputsRuntime({ images: 'name=ghcr.io/acme/app,enable=false', push: 'false' }))).images).toEqual([]);
  });
});
