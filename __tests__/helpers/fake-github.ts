import { execFileSync } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The one stand-in of these tests: GitHub's REST API cannot run here, so this loopback server
 * answers the few pull-request endpoints pin uses the way GitHub documents them, and records
 * every request octokit sends (method, path, Authorization header, JSON body).
 */
export interface RecordedRequest {
  method: string;
  path: string;
  authorization?: string;
  body?: Record<string, unknown>;
}

export interface FakePull {
  number: number;
  state: 'open' | 'closed';
  head: string;
  base: string;
  title: string;
  body: string;
}

export interface FakeGitHub {
  url: string;
  requests: RecordedRequest[];
  pulls: FakePull[];
  /** When set, requests (of this method, if given) are answered with this status and GitHub's message. */
  fail?: { status: number; message: string; method?: string; errors?: Record<string, string>[] };
  /** The bare repository the compare endpoint answers from, with real git. */
  gitDir?: string;
  close(): Promise<void>;
}

export async function startFakeGitHub(owner: string, repo: string, defaultBranch = 'main'): Promise<FakeGitHub> {
  const fake: FakeGitHub = { url: '', requests: [], pulls: [], close: async () => undefined };
  const prefix = `/repos/${owner}/${repo}`;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const url = new URL(req.url ?? '/', 'http://fake');
      const recorded: RecordedRequest = { method: req.method ?? '', path: `${url.pathname}${url.search}`, authorization: req.headers.authorization };
      if (text) recorded.body = JSON.parse(text) as Record<string, unknown>;
      fake.requests.push(recorded);
      const send = (status: number, data: unknown): void => {
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(data));
      };
      if (fake.fail && (!fake.fail.method || fake.fail.method === req.method)) {
        const { status, message, errors } = fake.fail;
        return send(status, { message, ...(errors ? { errors } : {}), documentation_url: 'https://docs.github.com/rest' });
      }
      const asJson = (p: FakePull): unknown => ({
        number: p.number,
        state: p.state,
        html_url: `https://github.example/${owner}/${repo}/pull/${p.number}`,
        head: { ref: p.head, label: `${owner}:${p.head}` },
        base: { ref: p.base },
        title: p.title,
        body: p.body,
      });
      const body = recorded.body ?? {};
      if (req.method === 'GET' && url.pathname === prefix) return send(200, { name: repo, default_branch: defaultBranch });
      if (req.method === 'GET' && url.pathname === `${prefix}/pulls`) {
        // GitHub filters by `head=owner:branch` and `state`.
        const head = url.searchParams.get('head');
        const state = url.searchParams.get('state') ?? 'open';
        return send(200, fake.pulls.filter((p) => p.state === state && (!head || `${owner}:${p.head}` === head)).map(asJson));
      }
      if (req.method === 'POST' && url.pathname === `${prefix}/pulls`) {
        const pull: FakePull = {
          number: fake.pulls.length + 1,
          state: 'open',
          head: String(body.head),
          base: String(body.base),
          title: String(body.title),
          body: String(body.body),
        };
        fake.pulls.push(pull);
        return send(201, asJson(pull));
      }
      const compare = /^\/compare\/(.+)\.\.\.(.+)$/.exec(url.pathname.slice(prefix.length));
      if (req.method === 'GET' && compare && fake.gitDir)
        return send(...compareCommits(fake.gitDir, decodeURIComponent(compare[1]), decodeURIComponent(compare[2])));
      const m = /^\/pulls\/(\d+)$/.exec(url.pathname.slice(prefix.length));
      const pull = m && fake.pulls.find((p) => p.number === Number(m[1]));
      if (req.method === 'PATCH' && pull) {
        if (typeof body.title === 'string') pull.title = body.title;
        if (typeof body.body === 'string') pull.body = body.body;
        return send(200, asJson(pull));
      }
      send(404, { message: 'Not Found' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fake.close = () => new Promise((resolve) => server.close(() => resolve()));
  return fake;
}

/**
 * GitHub's `GET /repos/{owner}/{repo}/compare/{base}...{head}`, the `status` it reports, computed by
 * git over the remote: `identical`, `ahead` (base is an ancestor of head), `behind`, or `diverged`.
 */
function compareCommits(gitDir: string, base: string, head: string): [number, unknown] {
  const git = (...args: string[]): string | undefined => {
    try {
      return execFileSync('git', args, { cwd: gitDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return undefined;
    }
  };
  const [b, h] = [git('rev-parse', '--verify', `${base}^{commit}`), git('rev-parse', '--verify', `${head}^{commit}`)];
  if (!b || !h) return [404, { message: 'Not Found' }];
  const ancestor = (x: string, y: string): boolean => git('merge-base', '--is-ancestor', x, y) !== undefined;
  const status = b === h ? 'identical' : ancestor(b, h) ? 'ahead' : ancestor(h, b) ? 'behind' : 'diverged';
  const count = (range: string): number => Number(git('rev-list', '--count', range) ?? '0');
  return [200, { status, ahead_by: count(`${b}..${h}`), behind_by: count(`${h}..${b}`), base_commit: { sha: b } }];
}
