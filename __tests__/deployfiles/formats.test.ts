import { applyEdits, editsFor } from '../../src/deployfiles/rewrite.js';
import { scanText } from '../../src/deployfiles/scan.js';
import { Digest } from '../../src/registry/digest.js';

const D = Digest.parse(`sha256:${'ef'.repeat(32)}`);

/** `line:column format reference` of every reference, or the file's problems. */
function found(file: string, text: string): string[] {
  const scan = scanText(file, `/w/${file}`, text);
  if (scan.problems.length) return scan.problems.map((p) => `problem ${p.line}:${p.column} ${p.message}`);
  return scan.sites.map((s) => `${s.line}:${s.column} ${s.format} ${s.written}`);
}

const templated = (file: string, text: string): string[] => scanText(file, `/w/${file}`, text).templated.map((t) => `${t.line}:${t.column}`);

describe('which documents are Kubernetes objects', () => {
  test('a skaffold config is not: the images it builds are no deployed references', () => {
    const skaffold = [
      'apiVersion: skaffold/v4beta11',
      'kind: Config',
      'build:',
      '  artifacts:',
      '    - image: app',
      '      docker: {dockerfile: Dockerfile, cacheFrom: [ghcr.io/acme/app-cache]}',
      'manifests:',
      '  rawYaml: [k8s/*.yaml]',
      'verify:',
      '  - name: smoke',
      '    container: {name: smoke, image: curlimages/curl:8.8.0}',
      '  - name: self',
      '    container: {name: self, image: app}',
      'profiles:',
      '  - name: ci',
      '    build: {artifacts: [{image: ci-tools}]}',
      '    customActions:',
      '      - name: seed',
      '        containers: [{name: seed, image: postgres:16}, {name: built, image: ci-tools}]',
      'deploy:',
      '  helm:',
      '    releases:',
      '      - name: web',
      '        artifactOverrides: {image: app}',
      '        overrides: {redis: {image: {repository: bitnami/redis, tag: "7.2"}}}',
      '',
    ].join('\n');
    expect(found('skaffold.yaml', skaffold)).toEqual(['11:37 skaffold curlimages/curl:8.8.0', '19:42 skaffold postgres:16', '25:49 helm bitnami/redis:7.2']);
  });

  test('built-in kinds hold images by definition: a bad value is an error', () => {
    expect(found('job.yaml', 'apiVersion: batch/v1\nkind: Job\nspec: {template: {spec: {containers: [{image: busybox}]}}}\n')).toEqual([
      '3:47 kubernetes busybox',
    ]);
    expect(found('pod.yaml', 'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - image: Golang:1.22\n')).toEqual([
      "problem 5:14 image reference 'Golang:1.22' does not parse: repository name must be lowercase",
    ]);
  });

  test('custom resources: every `image` key that holds a reference (their controllers run it); other values are theirs', () => {
    const tekton =
      'apiVersion: tekton.dev/v1\nkind: Task\nspec:\n  steps:\n    - name: build\n      image: golang:1.22\n    - name: odd\n      image: Not-A-Ref\n';
    expect(found('ci/task.yaml', tekton)).toEqual(['6:14 kubernetes golang:1.22']);
    const templatedStep = `${tekton}    - name: param\n      image: $(params.builder)\n    - name: v\n      image: \${{ inputs.image }}\n`;
    expect(templated('ci/task.yaml', templatedStep)).toEqual(['12:14']);
    const rollout = 'apiVersion: argoproj.io/v1alpha1\nkind: Rollout\nspec:\n  template:\n    spec:\n      containers: [{name: a, image: ghcr.io/acme/a:1}]\n';
    expect(found('rollout.yaml', rollout)).toEqual(['6:37 kubernetes ghcr.io/acme/a:1']);
    // An embedded pod template's containers are a pod's: there a bad value is an error.
    expect(found('rollout.yaml', rollout.replace('ghcr.io/acme/a:1', 'Acme:1'))).toEqual([
      "problem 6:37 image reference 'Acme:1' does not parse: repository name must be lowercase",
    ]);
  });

  test('other tools’ apiVersion/kind files are read as plain YAML: an `image` value that is no reference is skipped', () => {
    // kind's cluster config, a kubeconfig and a kubelet config never reach a cluster's API.
    const kindCluster =
      'apiVersion: kind.x-k8s.io/v1alpha4\nkind: Cluster\nnodes:\n  - role: control-plane\n    image: kindest/node:v1.30.0\n  - image: Not-A-Ref\n';
    expect(found('kind.yaml', kindCluster)).toEqual(['5:12 yaml kindest/node:v1.30.0']);
    expect(found('kubeconfig.yaml', 'apiVersion: v1\nkind: Config\nusers: [{name: x, image: Not-A-Ref}]\n')).toEqual([]);
    expect(found('kubelet.yaml', 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\nimage: Not-A-Ref\n')).toEqual([]);
    expect(found('garden.yml', 'apiVersion: garden.io/v1\nkind: Deploy\nspec: {image: redis:7}\n')).toEqual(['3:15 kubernetes redis:7']);
  });

  test('a kustomize document under another name is read as a kustomization; a Flux Kustomization’s spec.images too', () => {
    const component = 'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\nimages:\n  - name: app\n    newTag: v2\n';
    expect(found('overlays/component.yaml', component)).toEqual(['4:11 kustomize app:v2']);
    const flux =
      'apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nspec:\n  path: ./deploy\n  images:\n    - name: ghcr.io/acme/app\n      newTag: 1.4.0\n';
    expect(found('clusters/prod/app.yaml', flux)).toEqual(['6:13 kustomize ghcr.io/acme/app:1.4.0']);
  });

  test('an Argo CD Application’s kustomize.images override what its manifests deploy', () => {
    const app = [
      'apiVersion: argoproj.io/v1alpha1',
      'kind: Application',
      'spec:',
      '  source:',
      '    kustomize:',
      '      images: [gcr.io/heptio-images/ks-guestbook-demo:0.2, "web=ghcr.io/acme/web:1.4", renamed=ghcr.io/acme/other]',
      '  sources:',
      '    - kustomize: {images: ["${ARGOCD_APP_REVISION}"]}',
      '',
    ].join('\n');
    expect(found('apps/guestbook.yaml', app)).toEqual(['6:16 kubernetes gcr.io/heptio-images/ks-guestbook-demo:0.2', '6:65 kubernetes ghcr.io/acme/web:1.4']);
    expect(templated('apps/guestbook.yaml', app)).toEqual(['8:28']);
    const scan = scanText('apps/guestbook.yaml', '/w/apps/guestbook.yaml', app);
    const out = applyEdits(
      app,
      scan.sites.flatMap((s) => editsFor(s, app, { digest: D, tag: s.ref.tag })),
    );
    expect(out.split('\n')[5]).toBe(
      `      images: [gcr.io/heptio-images/ks-guestbook-demo:0.2@${D.toString()}, "web=ghcr.io/acme/web:1.4@${D.toString()}", renamed=ghcr.io/acme/other]`,
    );
  });
});

describe('build configs are not deployments', () => {
  test('compose: `pull_policy: build` makes `image` the name of what compose builds; without it compose pulls first', () => {
    const compose =
      'services:\n  web:\n    build: .\n    image: ghcr.io/acme/web:dev\n    pull_policy: build\n  api:\n    build: ./api\n    image: ghcr.io/acme/api:1\n';
    expect(found('compose.yaml', compose)).toEqual(['8:12 compose ghcr.io/acme/api:1']);
  });

  test('Cloud Build: each step’s image, not the images it pushes', () => {
    const cb =
      "steps:\n  - name: gcr.io/cloud-builders/docker\n    args: [build, -t, 'gcr.io/$PROJECT_ID/app', .]\n  - name: 'gcr.io/$PROJECT_ID/tools'\nimages: ['gcr.io/$PROJECT_ID/app']\n";
    expect(found('cloudbuild.yaml', cb)).toEqual(['2:11 cloudbuild gcr.io/cloud-builders/docker']);
    expect(templated('cloudbuild.yaml', cb)).toEqual(['4:11']);
  });

  test('goreleaser: image_templates are what it pushes', () => {
    expect(found('.goreleaser.yaml', 'dockers:\n  - image_templates: ["ghcr.io/acme/app:{{ .Tag }}"]\n    dockerfile: Dockerfile\n')).toEqual([]);
  });
});

describe('Helm templates', () => {
  const chart = [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: {{ include "app.fullname" . }}',
    '  labels: {{- include "app.labels" . | nindent 4 }}',
    '    tier: web',
    '{{/* a comment may hold }}, and YAML:',
    'image: nope:1 }}',
    'image: still-nope:2',
    '*/}}',
    'spec:',
    '  template:',
    '    spec:',
    '      containers:',
    '        - name: app',
    '          {{- if .Values.public }}',
    '          image: "redis:7"',
    '          {{- else }}',
    '          image: {{ .Values.registry }}/redis:7',
    '          {{- end }}',
    '          resources:',
    '{{ toYaml .Values.resources | indent 12 }}',
    '        - name: sidecar',
    '          image: {{ .Values.sidecar.repository }}:{{ .Values.sidecar.tag }}',
    '          command:',
    '            - |',
    '              {{- if .Values.wait }}',
    '              sleep 1',
    '              {{- end }}',
    '{{- if .Values.debug }}',
    '---',
    'apiVersion: v1',
    'kind: Pod',
    'spec: {containers: [{name: dbg, image: busybox:1.36}]}',
    '{{- end }}',
    '',
  ].join('\n');

  test('the YAML around the actions is read: both branches of an if, templates as notices', () => {
    expect(found('charts/app/templates/deployment.yaml', chart)).toEqual(['17:19 kubernetes redis:7', '34:40 kubernetes busybox:1.36']);
    expect(templated('charts/app/templates/deployment.yaml', chart)).toEqual(['19:18', '24:18']);
  });

  test('a template whose YAML does not hold together is read by its `image:` lines', () => {
    const broken =
      '{{ if .Values.x -}} stringData: {{- else -}} data: {{- end }}\nspec:\n  containers:\n    - image: nginx:1.27 # web\n    - image: "{{ .Values.img }}"\n{{/*\n    - image: commented:out\n*/}}\n';
    expect(found('charts/app/templates/odd.yaml', broken)).toEqual(['4:14 kubernetes nginx:1.27']);
    expect(templated('charts/app/templates/odd.yaml', broken)).toEqual(['5:14']);
  });

  test('a file under templates/ that is YAML as written is also read as kubectl reads it: `{{` in comments hides nothing', () => {
    const asIs =
      'apiVersion: v1\nkind: Pod\n# {{ a comment, not an action\nspec:\n  containers:\n    - image: ghcr.io/acme/evil:latest\n# }}\n    - image: "{{ .Values.image }}"\n';
    expect(found('deploy/templates/pod.yaml', asIs)).toEqual(['6:14 kubernetes ghcr.io/acme/evil:latest']);
    expect(templated('deploy/templates/pod.yaml', asIs)).toEqual(['8:14']);
    // Read both ways, each place is reported once.
    const both = 'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - image: "{{ .Values.image }}"\n    - image: redis:7\n';
    expect(found('charts/x/templates/pod.yaml', both)).toEqual(['6:14 kubernetes redis:7']);
    expect(templated('charts/x/templates/pod.yaml', both)).toEqual(['5:14']);
  });

  test('read line by line, an image in flow style counts; a comment does not; a form that cannot be pinned is a problem', () => {
    const broken = '{{ if .Values.x -}} a: {{- else -}} b: {{- end }}\nspec: {containers: [{name: a, image: evil:latest}]}\n# image: old:1\n';
    expect(found('charts/x/templates/a.yaml', broken)).toEqual(['2:38 kubernetes evil:latest']);
    expect(found('charts/x/templates/b.yaml', `${broken}    - image: |\n        evil:2\n`)).toEqual([
      "problem 4:14 value '|' is written in a form pinship cannot rewrite in place (block scalar, escapes or folded lines); write it on one line",
    ]);
  });

  test('outside a templates folder `{{` is just text in YAML', () => {
    expect(found('values.yaml', 'image: "{{ .Values.x }}"\nother:\n  image: nginx:1\n')).toEqual(['3:10 yaml nginx:1']);
  });
});
