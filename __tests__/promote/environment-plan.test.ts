import { describe, expect, test } from '@jest/globals';
import { scanText } from '../../src/deployfiles/scan.js';
import { parseMap } from '../../src/commands/promote/environment/map.js';
import { planRelease } from '../../src/commands/promote/environment/plan.js';
import { planPinFiles } from '../../src/commands/promote/environment/pin-files.js';
import { imageLine, imageRecord, releaseSummary } from '../../src/commands/promote/environment/outputs.js';
import { emptyStats } from '../../src/publish/index.js';

const D1 = `sha256:${'1'.repeat(64)}`;
const D2 = `sha256:${'2'.repeat(64)}`;
const D3 = `sha256:${'3'.repeat(64)}`;
const MAP = parseMap(['ghcr.io/acme/ => registry.example/prod/', 'ghcr.io/acme/cache => mirror.example/cache']);
const pod = (file: string, images: string[]) =>
  scanText(file, `/ws/${file}`, `kind: Pod\nspec:\n  containers:\n${images.map((i) => `    - image: ${i}\n`).join('')}`);

describe('planRelease', () => {
  test('one image per repository@digest, in the files order, with every tag the references spell and the extra tags', () => {
    const release = planRelease(
      [
        pod('a.yaml', [`ghcr.io/acme/web:1.4@${D1}`, `ghcr.io/acme/cache@${D2}`]),
        pod('b.yaml', [`ghcr.io/acme/web:latest@${D1}`, `ghcr.io/acme/web:1.4@${D1}`]),
      ],
      MAP,
      ['release-7'],
    );
    expect(release.problems).toEqual([]);
    expect(release.images.map((i) => [`${i.source}@${i.digest}`, i.destination.toString(), i.tags, i.sites.map((s) => `${s.file}:${s.line}`)])).toEqual([
      [`ghcr.io/acme/web@${D1}`, 'registry.example/prod/web', ['1.4', 'latest', 'release-7'], ['a.yaml:4', 'b.yaml:4', 'b.yaml:5']],
      [`ghcr.io/acme/cache@${D2}`, 'mirror.example/cache', ['release-7'], ['a.yaml:5']],
    ]);
  });

  test('a floating reference, an unmapped one and a tag two digests claim are problems at their file:line', () => {
    const release = planRelease(
      [pod('a.yaml', ['ghcr.io/acme/web:1.4', `quay.io/other/app@${D1}`, `ghcr.io/acme/api:2@${D1}`, `ghcr.io/acme/api:2@${D2}`])],
      MAP,
      [],
    );
    expect(release.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`)).toEqual([
      "a.yaml:4:14 'ghcr.io/acme/web:1.4' is not pinned by digest: promote copies what this environment runs, so every reference needs @sha256:… (run command: pin first)",
      "a.yaml:5:14 no line of input 'map' matches quay.io/other/app; add one (SOURCE_PREFIX => DESTINATION_PREFIX)",
      `a.yaml:7:14 registry.example/prod/api:2 would name both ${D1} (a.yaml:6) and ${D2}; promote one of them`,
    ]);
  });
});

describe('planPinFiles', () => {
  const release = planRelease([pod('staging.yaml', [`ghcr.io/acme/web:1.4@${D1}`, `ghcr.io/acme/api:2@${D2}`, `ghcr.io/acme/api:3@${D3}`])], MAP, []);

  test('references to promoted repositories take their digest (and tag), others stay as written', () => {
    const prod = pod('prod.yaml', [
      `registry.example/prod/web:1.3@${D3}`,
      'registry.example/prod/web',
      'registry.example/prod/other:1',
      `registry.example/prod/api:3@${D1}`,
    ]);
    const out = planPinFiles([prod], release.images);
    expect(out.problems).toEqual([]);
    expect(out.changed.map((c) => `${c.line} ${c.old} -> ${c.new}`)).toEqual([
      `4 registry.example/prod/web:1.3@${D3} -> registry.example/prod/web:1.4@${D1}`,
      `5 registry.example/prod/web -> registry.example/prod/web@${D1}`,
      `7 registry.example/prod/api:3@${D1} -> registry.example/prod/api:3@${D3}`,
    ]);
    expect(out.untouched.map((s) => s.written)).toEqual(['registry.example/prod/other:1']);
    expect(out.files[0].text).toContain(`    - image: registry.example/prod/web:1.4@${D1}\n    - image: registry.example/prod/web@${D1}\n`);
  });

  test('a reference that could mean either of two promoted images of its repository is a problem', () => {
    const out = planPinFiles([pod('prod.yaml', ['registry.example/prod/api:9'])], release.images);
    expect(out.problems.map((p) => p.message)).toEqual([
      `'registry.example/prod/api:9' could be any of 2 promoted images of registry.example/prod/api (${D2}, ${D3}); give it the tag of one of them`,
    ]);
    expect(out.files).toEqual([]);
  });
});

test('outputs: the images line, the metadata record and the summary row of a promoted image', () => {
  const [web] = planRelease([pod('a.yaml', [`ghcr.io/acme/web:1.4@${D1}`])], MAP, []).images;
  const promoted = { image: web, signature: D2, attached: [], stats: { ...emptyStats(), blobsCopied: 3, bytesCopied: 2 * 1024 * 1024 }, tagsMoved: ['1.4'] };
  expect(imageLine(promoted)).toBe(`registry.example/prod/web:1.4@${D1}`);
  const record = imageRecord(promoted);
  expect(record).toMatchObject({ source: `ghcr.io/acme/web@${D1}`, files: ['a.yaml:4'], bytesCopied: 2097152, signatureChecked: D2, tagsMoved: ['1.4'] });
  const summary = releaseSummary({ records: [record], changes: [], changedFiles: [], untouched: [] });
  expect(summary).toContain(`| \`ghcr.io/acme/web@${D1}\` | \`registry.example/prod/web\` | \`1.4\` | 3 copied (2.0 MiB), 0 mounted, 0 there | checked |`);
});
