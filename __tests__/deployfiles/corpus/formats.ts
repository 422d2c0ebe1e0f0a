import { documentText, type G } from './emit.js';
import { m, s, type Gen } from './gen.js';
import { ecs, genericJson } from './json.js';
import { workflow } from './workflow.js';

export type Format = 'kubernetes' | 'compose' | 'helm' | 'kustomize' | 'workflow' | 'ecs' | 'json' | 'yaml';

export interface CorpusFile {
  file: string;
  format: Format;
  text: string;
  /** What pinship's refusal must say; unset: the file must be read without a problem. */
  expect?: RegExp;
}

/** A container: written here, an alias of one before, or a merge of one with overrides. */
function container(g: Gen, i: number): G {
  if (g.defs.container.length && g.chance(0.2)) return { alias: g.pick(g.defs.container) };
  const merged = g.chance(0.25) ? g.merge('container') : [];
  const pairs: Array<[string, G]> = [...merged, [g.key('name'), s(`c${i}`)]];
  if (!merged.length || g.chance(0.5)) pairs.push([g.key('image'), g.imageScalar()]);
  if (g.chance(0.3))
    pairs.push([
      g.key('env'),
      {
        seq: [
          m(
            g,
            [
              ['name', s('A')],
              ['value', s('b')],
            ],
            true,
          ),
        ],
      },
    ]);
  const node = m(g, pairs, g.chance(0.2)) as G & { anchor?: string };
  if (g.chance(0.25)) node.anchor = g.anchor('container');
  return node;
}

function containers(g: Gen, n: number): G {
  return { seq: Array.from({ length: n }, (_, i) => container(g, i)), flow: g.chance(0.1) };
}

function podSpec(g: Gen): G {
  const pairs: Array<[string, G]> = [[g.key('containers'), containers(g, 1 + g.int(3))]];
  if (g.chance(0.3)) pairs.push([g.key('initContainers'), containers(g, 1)]);
  if (g.chance(0.15))
    pairs.push([
      'volumes',
      {
        seq: [
          m(g, [
            ['name', s('data')],
            ['image', m(g, [['reference', g.imageScalar()]])],
          ]),
        ],
      },
    ]);
  return m(g, pairs);
}

function kubernetesDoc(g: Gen): G {
  const kind = g.pick(['Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob', 'Pod'] as const);
  const template = (): G =>
    m(g, [
      ['metadata', m(g, [['labels', m(g, [['app', s('x')]])]])],
      ['spec', podSpec(g)],
    ]);
  const spec =
    kind === 'Pod'
      ? podSpec(g)
      : kind === 'CronJob'
        ? m(g, [
            ['schedule', s('*/5 * * * *')],
            ['jobTemplate', m(g, [['spec', m(g, [['template', template()]])]])],
          ])
        : m(g, [['template', template()]]);
  const api = kind === 'Pod' ? 'v1' : kind === 'Job' || kind === 'CronJob' ? 'batch/v1' : 'apps/v1';
  return m(g, [
    [g.key('apiVersion'), s(api)],
    [g.key('kind'), s(kind)],
    ['metadata', m(g, [['name', s(`w${g.id()}`)]])],
    [g.key('spec'), spec],
  ]);
}

function service(g: Gen): G {
  const r = g.int(10);
  if (r < 2 && g.defs.service.length) return { alias: g.pick(g.defs.service) };
  if (r < 5 && g.defs.service.length) {
    const pairs = g.merge('service');
    if (g.chance(0.4)) pairs.push([g.key('image'), g.imageScalar()]);
    if (g.chance(0.5)) pairs.push(['restart', s('always')]);
    return m(g, pairs, g.chance(0.5));
  }
  if (r === 5) return m(g, [['build', s('.')]]);
  if (r === 6) {
    // A merge key over a map written in place: no alias, so the fast parser must hand it on.
    const pairs: Array<[string, G]> = [
      [
        '<<',
        m(
          g,
          [
            [g.key('image'), g.imageScalar()],
            ['restart', s('no')],
          ],
          g.chance(0.5),
        ),
      ],
    ];
    if (g.chance(0.3)) pairs.push([g.key('image'), g.imageScalar()]);
    return m(g, pairs, g.chance(0.5));
  }
  return m(
    g,
    [
      [g.key('image'), g.imageScalar()],
      ['restart', s('unless-stopped')],
    ],
    g.chance(0.3),
  );
}

function compose(g: Gen): G {
  const pairs: Array<[string, G]> = [];
  // A base no service uses is no deployment: only faults where something reads them.
  g.faults = false;
  for (let i = g.int(3); i > 0; i--) {
    const base = m(
      g,
      [
        [g.key('image'), g.imageScalar()],
        ['restart', s('always')],
      ],
      g.chance(0.5),
    ) as G & { anchor?: string };
    base.anchor = g.anchor('service');
    pairs.push([`x-base${i}`, base]);
  }
  g.faults = true;
  const services: Array<[string, G]> = [];
  for (let i = 1 + g.int(4); i > 0; i--) services.push([`svc${i}`, service(g)]);
  pairs.push([g.key('services'), m(g, services)]);
  return m(g, pairs);
}

/** Helm's `{registry, repository, tag, digest}`; an anchored one may be aliased or merged with a new tag. */
function split(g: Gen): G {
  if (g.defs.split.length && g.chance(0.3)) {
    if (g.chance(0.4)) return { alias: g.pick(g.defs.split) };
    return m(
      g,
      [...g.merge('split'), ...(g.chance(0.6) ? ([[g.key('tag'), { s: `v${g.int(99)}`, style: 'double' }]] as Array<[string, G]>) : [])],
      g.chance(0.4),
    );
  }
  const u = g.id();
  const pairs: Array<[string, G]> = [];
  if (g.chance(0.4)) pairs.push([g.key('registry'), s(`reg${u}.example:5000`)]);
  pairs.push([g.key('repository'), { s: `acme/api${u}`, style: g.style() }]);
  pairs.push([g.key('tag'), { s: `v${g.int(9)}.${g.int(9)}`, style: g.style() }]);
  if (g.chance(0.2)) pairs.push(['pullPolicy', s('IfNotPresent')]);
  const node = m(g, pairs, g.chance(0.3)) as G & { anchor?: string };
  if (g.chance(0.4)) node.anchor = g.anchor('split');
  return node;
}

/** Values nested a few levels, with `image` keys as strings or split maps, and, rarely, nested past pinship's limit. */
function values(g: Gen, depth: number): G {
  const pairs: Array<[string, G]> = [];
  let image = false;
  for (let i = 1 + g.int(3); i > 0; i--) {
    const r = g.int(6);
    if (r === 0 && depth < 4) pairs.push([`sub${i}`, values(g, depth + 1)]);
    else if ((r === 1 || r === 2) && !image) {
      image = true;
      pairs.push([g.key('image'), r === 1 ? g.imageScalar() : split(g)]);
    } else if (r === 3)
      pairs.push([
        `list${i}`,
        {
          seq: [
            m(g, [
              ['name', s('x')],
              [g.key('image'), g.imageScalar()],
            ]),
          ],
        },
      ]);
    else pairs.push([`k${i}`, s(g.pick(['a', 'b c', 'true', '3']))]);
  }
  return m(g, pairs, depth > 1 && g.chance(0.3));
}

function nested(g: Gen, levels: number, inner: G): G {
  let node = inner;
  for (let i = 0; i < levels; i++) node = g.chance(0.5) ? { seq: [node] } : { map: [[`l${i}`, node]] };
  return node;
}

function kustomization(g: Gen): G {
  const entries: G[] = [];
  for (let i = 1 + g.int(4); i > 0; i--) {
    if (g.defs.entry.length && g.chance(0.3)) {
      entries.push(g.chance(0.5) ? { alias: g.pick(g.defs.entry) } : m(g, [...g.merge('entry'), ['newTag', { s: `v${g.int(99)}`, style: 'single' }]], true));
      continue;
    }
    const u = g.id();
    const pairs: Array<[string, G]> = [[g.key('name'), s(`app${u}`)]];
    if (g.chance(0.6)) pairs.push([g.key('newName'), { s: `reg${u}.example/app${u}`, style: g.style() }]);
    if (g.chance(0.8)) pairs.push([g.key('newTag'), { s: `v${g.int(9)}`, style: g.style() }]);
    const node = m(g, pairs, g.chance(0.3)) as G & { anchor?: string };
    if (g.chance(0.4)) node.anchor = g.anchor('entry');
    entries.push(node);
  }
  return m(g, [
    ['resources', { seq: [s('deploy.yaml')], flow: true }],
    [g.key('images'), { seq: entries }],
  ]);
}

function yamlDocs(g: Gen, n: number, make: () => G): string {
  const docs: string[] = [];
  for (let i = 0; i < n; i++) {
    g.newDocument();
    docs.push(documentText(make()));
  }
  return (g.chance(0.3) ? '---\n' : '') + docs.join('---\n');
}

/** One generated file of `format`, named as that format's files are. */
export function generate(g: Gen, format: Format, i: number): CorpusFile {
  g.expect = undefined;
  // Templates only where the format holds images by definition: under a generic `image` key (Helm values, other
  // YAML and JSON) a value that is not a reference is documented as not being one, which the reference cannot know.
  g.templates = format === 'kubernetes' || format === 'compose' || format === 'workflow';
  let file: string;
  let text: string;
  if (format === 'kubernetes') [file, text] = [`k8s/app${i}.yaml`, yamlDocs(g, 1 + g.int(3), () => kubernetesDoc(g))];
  else if (format === 'compose') [file, text] = [g.pick([`svc${i}/docker-compose.yml`, `compose.prod${i}.yaml`]), yamlDocs(g, 1, () => compose(g))];
  else if (format === 'helm') [file, text] = [`charts/c${i}/values.yaml`, yamlDocs(g, 1, () => values(g, 0))];
  else if (format === 'kustomize') [file, text] = [`overlays/o${i}/kustomization.yaml`, yamlDocs(g, 1, () => kustomization(g))];
  else if (format === 'workflow') [file, text] = [`.github/workflows/w${i}.yml`, yamlDocs(g, 1, () => workflow(g))];
  else if (format === 'ecs') [file, text] = [`ecs/task${i}.json`, ecs(g)];
  else if (format === 'json') [file, text] = [`config/c${i}.json`, genericJson(g)];
  else {
    const deep = g.chance(0.03) ? (g.chance(0.5) ? 300 : 120) : 0;
    if (deep > 256) g.expect = /nested more than 256 levels deep/;
    [file, text] = [`config/app${i}.yaml`, yamlDocs(g, 1 + g.int(2), () => nested(g, deep, values(g, 0)))];
  }
  return { file, format, text, expect: g.expect };
}
