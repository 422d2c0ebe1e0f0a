import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits, editsFor } from '../../src/deployfiles/rewrite.js';
import { scanText, scanWorkspace } from '../../src/deployfiles/scan.js';
import type { FileScan } from '../../src/deployfiles/types.js';
import { Digest } from '../../src/registry/digest.js';

/**
 * Deployment files of public repositories, as their authors wrote them (__tests__/fixtures/real/<owner>-<repo>,
 * each with its licence and a README naming the commit). Each expected line was checked by hand against the
 * file and what its deployer runs: kubectl/kustomize/Helm for manifests and charts, compose, Actions, Cloud Build.
 */
const REAL = join(process.cwd(), '__tests__', 'fixtures', 'real');
const FILES = ['**/*.yaml', '**/*.yml', '**/*.json', '**/Dockerfile'];
const D = Digest.parse(`sha256:${'cd'.repeat(32)}`);

async function scan(repo: string): Promise<FileScan[]> {
  const scans = await scanWorkspace(join(REAL, repo), FILES);
  expect(scans.flatMap((s) => s.problems.map((p) => `${p.file}:${p.line} ${p.message}`))).toEqual([]);
  return scans;
}

/** `file:line:column reference` of every reference pin and verify act on. */
const references = (scans: FileScan[]): string[] => scans.flatMap((s) => s.sites.map((x) => `${x.file}:${x.line}:${x.column} ${x.written}`));
/** `file:line:column` of every image position a template fills, which verify reports as a notice. */
const templated = (scans: FileScan[]): string[] => scans.flatMap((s) => s.templated.map((t) => `${t.file}:${t.line}:${t.column}`));

/** Pinning every reference writes where it was found: the file scans again to the same references, each with the digest. */
function expectPinsInPlace(scans: FileScan[]): void {
  for (const s of scans.filter((x) => x.sites.length)) {
    const out = applyEdits(
      s.text,
      s.sites.flatMap((x) => editsFor(x, s.text, { digest: D, tag: x.ref.tag })),
    );
    const again = scanText(s.file, s.path, out);
    expect(again.problems).toEqual([]);
    expect(again.sites.map((x) => x.written)).toEqual(s.sites.map((x) => `${x.written.replace(/@.*$/, '')}@${D.toString()}`));
  }
}

const BOUTIQUE = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';

describe('GoogleCloudPlatform/microservices-demo: skaffold, manifests, kustomize, a Helm chart, Cloud Build', () => {
  test('every deployed reference, and not the images skaffold builds', async () => {
    const scans = await scan('GoogleCloudPlatform-microservices-demo');
    expect(references(scans)).toEqual([
      // Cloud Build runs its step in this image.
      'cloudbuild.yaml:30:10 gcr.io/k8s-skaffold/skaffold:v2.16.1',
      // The `if` branch of the chart's redis container; the `else` branch is a template (below).
      'helm-chart/templates/cartservice.yaml:255:16 redis:alpine@sha256:8096655e437712b07503796fb64d81359256cfcff0ab29d95a7da72863786efb',
      'helm-chart/templates/loadgenerator.yaml:95:16 busybox:1.38.0@sha256:fd8d9aa63ba2f0982b5304e1ee8d3b90a210bc1ffb5314d980eb6962f1a9715d',
      // skaffold substitutes what it built for `cartservice` and `loadgenerator`, but `kubectl apply -k` would pull
      // docker.io/library/cartservice: a file is read on its own (leave skaffold's dev manifests out of `files`).
      'kubernetes-manifests/cartservice.yaml:46:16 cartservice',
      'kubernetes-manifests/cartservice.yaml:118:16 redis:alpine',
      'kubernetes-manifests/loadgenerator.yaml:67:16 busybox:1.38.0@sha256:fd8d9aa63ba2f0982b5304e1ee8d3b90a210bc1ffb5314d980eb6962f1a9715d',
      'kubernetes-manifests/loadgenerator.yaml:80:16 loadgenerator',
      `kustomize/base/cartservice.yaml:46:16 ${BOUTIQUE}/cartservice:v0.10.6`,
      'kustomize/base/cartservice.yaml:118:16 redis:alpine',
      // The component retags every service; the registry component only renames (no tag), left to the manifests.
      ...['adservice', 'cartservice', 'checkoutservice', 'currencyservice', 'emailservice', 'frontend', 'loadgenerator']
        .concat(['paymentservice', 'productcatalogservice', 'recommendationservice', 'shippingservice'])
        .map((name, i) => `kustomize/components/container-images-tag/kustomization.yaml:${18 + 2 * i}:9 ${BOUTIQUE}/${name}:CONTAINER_IMAGES_TAG`),
    ]);
    // The chart composes its service images from `images.repository` and each service's name.
    expect(templated(scans)).toEqual([
      'helm-chart/templates/cartservice.yaml:76:16',
      'helm-chart/templates/cartservice.yaml:257:16',
      'helm-chart/templates/loadgenerator.yaml:109:16',
    ]);
    expectPinsInPlace(scans);
  });

  test('skaffold.yaml contributes nothing: build.artifacts are what skaffold builds, manifests and deploy name files', async () => {
    const skaffold = readFileSync(join(REAL, 'GoogleCloudPlatform-microservices-demo', 'skaffold.yaml'), 'utf8');
    expect(skaffold).toContain('- image: cartservice');
    const s = scanText('skaffold.yaml', '/w/skaffold.yaml', skaffold);
    expect([s.sites, s.problems, s.templated]).toEqual([[], [], []]);
  });
});

describe('stefanprodan/podinfo: a Helm chart with hooks and tests, kustomize, compose, a workflow, goreleaser', () => {
  test('every deployed reference', async () => {
    const scans = await scan('stefanprodan-podinfo');
    expect(references(scans)).toEqual([
      // A job's service container.
      '.github/workflows/e2e.yml:38:16 registry:2',
      'Dockerfile:1:6 golang:1.26-alpine',
      'Dockerfile:21:6 alpine:3.24',
      // `helm test` runs this pod.
      'charts/podinfo/templates/tests/grpc.yaml:17:14 stefanprodan/grpc_health_probe:v0.3.0',
      // The templates' `{{ .Values.image.repository }}:{{ .Values.image.tag }}`, written as split fields.
      'charts/podinfo/values.yaml:10:15 ghcr.io/stefanprodan/podinfo:6.14.1',
      'deploy/bases/cache/deployment.yaml:16:18 docker.io/redis:8.8.0',
      'kustomize/deployment.yaml:26:16 ghcr.io/stefanprodan/podinfo:6.14.1',
      'otel/docker-compose.yaml:20:12 otel/opentelemetry-collector-contrib:0.116.1',
      'otel/docker-compose.yaml:26:12 grafana/loki:3.0.0',
      'otel/docker-compose.yaml:31:12 grafana/grafana:10.4.0',
      'otel/docker-compose.yaml:40:12 jaegertracing/all-in-one:1.57.0',
    ]);
    expect(templated(scans)).toEqual([
      'charts/podinfo/templates/deployment.yaml:39:18',
      'charts/podinfo/templates/hooks/job.yaml:24:18',
      'charts/podinfo/templates/redis/deployment.yaml:29:18',
    ]);
    expectPinsInPlace(scans);
  });
});

describe('docker/awesome-compose', () => {
  test('services that pull, not those that only build; the Dockerfile a service builds from', async () => {
    const scans = await scan('docker-awesome-compose');
    expect(references(scans)).toEqual([
      'nginx-golang-mysql/backend/Dockerfile:2:32 golang:1.18-alpine',
      'nginx-golang-mysql/backend/Dockerfile:35:13 gloursdocker/docker',
      'nginx-golang-mysql/compose.yaml:14:12 mariadb:10-focal',
      'nginx-golang-mysql/compose.yaml:35:12 nginx',
      'react-express-mongodb/compose.yaml:35:12 mongo:4.2.0',
    ]);
    expect(templated(scans)).toEqual([]);
    expectPinsInPlace(scans);
  });
});
