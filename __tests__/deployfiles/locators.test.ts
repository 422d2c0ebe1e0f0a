import { applyEdits, editsFor } from '../../src/deployfiles/rewrite.js';
import { scanText } from '../../src/deployfiles/scan.js';
import { Digest } from '../../src/registry/digest.js';
import { Reference } from '../../src/registry/reference.js';

const D = Digest.parse(`sha256:${'ab'.repeat(32)}`);

/** Every reference in `text`, as written with its position. */
function found(file: string, text: string): string[] {
  const scan = scanText(file, `/w/${file}`, text);
  if (scan.problems.length) throw new Error(scan.problems.map((p) => `${p.line}:${p.column} ${p.message}`).join('\n'));
  return scan.sites.map((s) => `${s.line}:${s.column} ${s.format} ${s.written}`);
}

/** `text` with every reference pinned to D, keeping each line's tag. */
function pinned(file: string, text: string): string {
  const scan = scanText(file, `/w/${file}`, text);
  expect(scan.problems).toEqual([]);
  return applyEdits(
    text,
    scan.sites.flatMap((s) => editsFor(s, text, { digest: D, tag: s.ref.tag })),
  );
}

function problems(file: string, text: string): string[] {
  return scanText(file, `/w/${file}`, text).problems.map((p) => `${p.line}:${p.column} ${p.message}`);
}

describe('reference spellings the files use all parse', () => {
  test.each([
    ['nginx', 'docker.io/library/nginx'],
    ['docker.io/library/nginx:1.25', 'docker.io/library/nginx:1.25'],
    ['localhost:5000/app', 'localhost:5000/app'],
    ['[::1]:5000/app:1', '[::1]:5000/app:1'],
    [`nginx:1.25@${D}`, `docker.io/library/nginx:1.25@${D}`],
  ])('%s', (written, canonical) => {
    expect(Reference.parse(written).toString()).toBe(canonical);
  });
});

describe('kubernetes', () => {
  const deployment = [
    '# the web tier',
    'apiVersion: apps/v1',
    'kind: Deployment',
    'spec:',
    '  template:',
    '    spec:',
    '      initContainers:',
    "        - image: 'localhost:5000/app:1' # quoted",
    '      containers:',
    '        - name: web',
    '          image: "[::1]:5000/app:1"',
    '        - image: nginx',
    '      ephemeralContainers: [{name: dbg, image: busybox:1.36}]',
    '      volumes:',
    '        - name: data',
    '          image: {reference: ghcr.io/acme/data:v1, pullPolicy: IfNotPresent}',
    '---',
    'apiVersion: batch/v1',
    'kind: CronJob',
    'spec: {jobTemplate: {spec: {template: {spec: {containers: [{image: "alpine:3.20"}]}}}}}',
    '',
  ].join('\n');

  test('every container kind and image volumes, across documents', () => {
    expect(found('k8s/app.yaml', deployment)).toEqual([
      '8:19 kubernetes localhost:5000/app:1',
      '11:19 kubernetes [::1]:5000/app:1',
      '12:18 kubernetes nginx',
      '13:48 kubernetes busybox:1.36',
      '16:30 kubernetes ghcr.io/acme/data:v1',
      '20:69 kubernetes alpine:3.20',
    ]);
  });

  test('only the references change: quotes, comments and flow style stay', () => {
    const out = pinned('k8s/app.yaml', deployment);
    expect(out).toBe(
      deployment
        .replace("'localhost:5000/app:1'", `'localhost:5000/app:1@${D}'`)
        .replace('"[::1]:5000/app:1"', `"[::1]:5000/app:1@${D}"`)
        .replace('image: nginx', `image: nginx@${D}`)
        .replace('busybox:1.36', `busybox:1.36@${D}`)
        .replace('data:v1,', `data:v1@${D},`)
        .replace('"alpine:3.20"', `"alpine:3.20@${D}"`),
    );
  });

  test('CRLF and a missing final newline survive', () => {
    const text = 'apiVersion: v1\r\nkind: Pod\r\nspec:\r\n  containers:\r\n  - image: nginx:1.25 # web\r\n  - image: redis:7';
    expect(pinned('pod.yml', text)).toBe(
      `apiVersion: v1\r\nkind: Pod\r\nspec:\r\n  containers:\r\n  - image: nginx:1.25@${D} # web\r\n  - image: redis:7@${D}`,
    );
  });

  test('an unparsable image is a problem at its place', () => {
    expect(problems('pod.yaml', 'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - image: Nginx:latest\n')).toEqual([
      "5:14 image reference 'Nginx:latest' does not parse: repository name must be lowercase",
    ]);
  });
});

describe('helm values', () => {
  test('split fields get a digest field, indented like their siblings', () => {
    const values =
      'image:\n  registry: 127.0.0.1:5000\n  repository: acme/api\n  tag: 1.20 # a float to YAML\nsidecar:\n  image: {repository: nginx, tag: "1.25"}\n';
    expect(found('values.yaml', values)).toEqual(['3:15 helm 127.0.0.1:5000/acme/api:1.20', '6:23 helm nginx:1.25']);
    expect(pinned('values.yaml', values)).toBe(
      `image:\n  registry: 127.0.0.1:5000\n  repository: acme/api\n  tag: 1.20 # a float to YAML\n  digest: ${D}\nsidecar:\n  image: {repository: nginx, tag: "1.25", digest: ${D}}\n`,
    );
  });

  test('an existing empty digest is filled in place', () => {
    const values =
      'image:\n  repository: nginx\n  digest: ""\n  tag: "1.25"\nother:\n  image:\n    repository: redis\n    digest:\nthird:\n  image:\n    repository: redis\n    digest:   # filled by CI\n';
    const expected = `image:\n  repository: nginx\n  digest: "${D}"\n  tag: "1.25"\nother:\n  image:\n    repository: redis\n    digest: ${D}\nthird:\n  image:\n    repository: redis\n    digest: ${D}   # filled by CI\n`;
    expect(pinned('values.yaml', values)).toBe(expected);
    // The same through the yaml package (an anchor elsewhere in the file makes the fast parser give up).
    expect(pinned('values.yaml', `${values}x: &a 1\n`)).toBe(`${expected}x: &a 1\n`);
  });

  test('a digest line added to a CRLF file without a final newline uses CRLF and adds no newline at the end', () => {
    const values = 'image:\r\n  repository: nginx\r\n  tag: "1.25"';
    expect(pinned('values.yaml', values)).toBe(`image:\r\n  repository: nginx\r\n  tag: "1.25"\r\n  digest: ${D}`);
  });

  test('a plain image string and a template that is not a reference', () => {
    expect(found('values.yaml', 'image: nginx:1.25\ntemplated:\n  image: "{{ .Values.x }}"\n')).toEqual(['1:8 yaml nginx:1.25']);
  });
});

describe('kustomization images[]', () => {
  test('digest written; a rename without tag is left to the manifests', () => {
    const k =
      'resources: [deploy.yaml]\nimages:\n  - name: nginx\n    newTag: "1.25"\n  - name: app\n    newName: localhost:5000/app\n    newTag: v2\n  - name: plain\n    newName: other\n';
    expect(found('overlays/prod/kustomization.yaml', k)).toEqual(['3:11 kustomize nginx:1.25', '6:14 kustomize localhost:5000/app:v2']);
    expect(pinned('overlays/prod/kustomization.yaml', k)).toBe(
      k.replace('newTag: "1.25"\n', `newTag: "1.25"\n    digest: ${D}\n`).replace('newTag: v2\n', `newTag: v2\n    digest: ${D}\n`),
    );
  });
});

describe('compose, workflows, ECS, generic JSON', () => {
  test('compose services', () => {
    expect(found('docker-compose.yml', 'services:\n  web:\n    image: nginx\n  api:\n    build: .\n')).toEqual(['3:12 compose nginx']);
  });

  test('workflow container, services (string and map) and docker:// steps', () => {
    const wf =
      'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    container: node:20\n    services:\n      db: postgres:16\n      cache:\n        image: redis:7\n    steps:\n      - uses: actions/checkout@v4\n      - uses: docker://alpine:3.20\n';
    expect(found('.github/workflows/ci.yml', wf)).toEqual([
      '5:16 workflow node:20',
      '7:11 workflow postgres:16',
      '9:16 workflow redis:7',
      '12:24 workflow alpine:3.20',
    ]);
    expect(pinned('.github/workflows/ci.yml', wf)).toContain(`uses: docker://alpine:3.20@${D}\n`);
  });

  test('ECS task definitions, bare or as describe-task-definition prints them', () => {
    const ecs = '{\n  "taskDefinition": {\n    "containerDefinitions": [\n      {"name": "web", "image": "127.0.0.1:5000/web:3"}\n    ]\n  }\n}';
    expect(found('ecs/task.json', ecs)).toEqual(['4:33 ecs 127.0.0.1:5000/web:3']);
    expect(pinned('ecs/task.json', ecs)).toBe(ecs.replace('web:3"', `web:3@${D}"`));
  });

  test('invalid JSON and YAML are problems with their line', () => {
    expect(problems('a.json', '{\n  "image": "nginx",\n}\n')[0]).toMatch(/^3:1 not valid JSON/);
    expect(problems('a.yaml', 'a: 1\nb: [\n')[0]).toMatch(/^3:1 not valid YAML/);
  });

  test('templates in image positions are set aside with their place, not errors', () => {
    const wf = 'jobs:\n  t:\n    container: ${{ matrix.image }}\n    steps:\n      - uses: docker://$IMAGE\n';
    const scan = scanText('.github/workflows/m.yml', '/w/m.yml', wf);
    expect(scan.problems).toEqual([]);
    expect(scan.sites).toEqual([]);
    expect(scan.templated.map((t) => `${t.line}:${t.column}`)).toEqual(['3:16', '5:15']);
  });

  test('an alias in an image position is the anchored reference, found where its text is', () => {
    expect(found('pod.yaml', 'apiVersion: v1\nkind: Pod\nx-img: &img nginx:1\nspec:\n  containers:\n    - image: *img\n')).toEqual(['3:13 kubernetes nginx:1']);
  });

  test('binary files and unknown file types are problems', () => {
    expect(problems('notes.txt', 'image: nginx')[0]).toMatch(/^1:1 not a YAML/);
  });
});

describe('Dockerfile', () => {
  const dockerfile = [
    'ARG BASE=localhost:5000/base:1.0',
    'ARG GO=1.22',
    'FROM --platform=$BUILDPLATFORM golang:${GO} AS build',
    'RUN --mount=type=cache,target=/root/.cache \\',
    '    --mount=type=bind,from=localhost:5000/tools:2,target=/t go build',
    'FROM ${BASE} AS runtime',
    'COPY --from=build /out /app',
    'COPY --from=nginx:1.25 /etc/nginx /etc/nginx',
    'FROM ${EXTRA:-[::1]:5000/app:1}',
    'FROM runtime',
    'FROM scratch',
    'RUN <<EOF',
    'FROM ignored:in-heredoc',
    'EOF',
  ].join('\n');

  test('FROM, COPY --from, RUN --mount from, ARG defaults; stages, scratch and heredocs skipped', () => {
    expect(found('Dockerfile', dockerfile)).toEqual([
      '1:10 dockerfile localhost:5000/base:1.0',
      '3:32 dockerfile golang:${GO}',
      '5:28 dockerfile localhost:5000/tools:2',
      '8:13 dockerfile nginx:1.25',
      '9:15 dockerfile [::1]:5000/app:1',
    ]);
  });

  test('the ARG default is pinned where it is written; a tag from an ARG is kept and the digest appended', () => {
    const out = pinned('Dockerfile', dockerfile);
    expect(out.split('\n').slice(0, 9)).toEqual([
      `ARG BASE=localhost:5000/base:1.0@${D}`,
      'ARG GO=1.22',
      `FROM --platform=$BUILDPLATFORM golang:\${GO}@${D} AS build`,
      'RUN --mount=type=cache,target=/root/.cache \\',
      `    --mount=type=bind,from=localhost:5000/tools:2@${D},target=/t go build`,
      'FROM ${BASE} AS runtime',
      'COPY --from=build /out /app',
      `COPY --from=nginx:1.25@${D} /etc/nginx /etc/nginx`,
      `FROM \${EXTRA:-[::1]:5000/app:1@${D}}`,
    ]);
  });

  test('a byte-order mark and CRLF line endings do not hide the first FROM', () => {
    const text = '\uFEFFFROM nginx:1.25 AS web\r\nCOPY --from=web /a /b\r\n';
    expect(found('Dockerfile', text)).toEqual(['1:6 dockerfile nginx:1.25']);
    expect(pinned('Dockerfile', text)).toBe(`\uFEFFFROM nginx:1.25@${D} AS web\r\nCOPY --from=web /a /b\r\n`);
  });

  test('an ARG without a default cannot be pinned: a problem, not a guess', () => {
    expect(problems('app.Dockerfile', 'ARG IMG\nFROM $IMG\n')).toEqual([
      "2:6 image '$IMG' uses build argument IMG, which has no default; give it one (ARG IMG=<image>) so pinship can pin it",
    ]);
  });
});
