import type { G } from './emit.js';
import { m, s, type Gen } from './gen.js';

/** GitHub Actions jobs: containers as strings or maps (anchored, aliased), services, `docker://` steps. */
export function workflow(g: Gen): G {
  const jobs: Array<[string, G]> = [];
  for (let j = 1 + g.int(3); j > 0; j--) {
    const pairs: Array<[string, G]> = [['runs-on', s('ubuntu-latest')]];
    if (g.chance(0.6)) {
      const alias = g.defs.job.length > 0 && g.chance(0.2);
      const c = alias
        ? { alias: g.pick(g.defs.job) }
        : g.chance(0.5)
          ? g.imageScalar()
          : m(g, [
              [g.key('image'), g.imageScalar()],
              ['options', s('--user 1001')],
            ]);
      if ('map' in c && g.chance(0.3)) (c as { anchor?: string }).anchor = g.anchor('job');
      pairs.push([g.key('container'), c]);
    }
    if (g.chance(0.5))
      pairs.push([
        'services',
        m(g, [
          ['db', g.imageScalar()],
          ['cache', m(g, [[g.key('image'), g.imageScalar()]])],
        ]),
      ]);
    const steps: G[] = [m(g, [['uses', s('actions/checkout@v4')]])];
    if (g.chance(0.5)) steps.push(m(g, [[g.key('uses'), { s: `docker://${g.imageValue()}`, style: g.style() }]]));
    pairs.push(['steps', { seq: steps }]);
    jobs.push([`job${j}`, m(g, pairs)]);
  }
  return m(g, [
    ['name', s('ci')],
    ['on', s('push')],
    [g.key('jobs'), m(g, jobs)],
  ]);
}
