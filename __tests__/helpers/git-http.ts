import { spawn } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface GitHttpServer {
  /** http://<host>:<port>/ ; repositories under root are served at their relative path. */
  url: string;
  /** The Authorization header of every request, as git sent it. */
  authorizations: (string | undefined)[];
  /** Refuse pushes with 403, as GitHub does for a token without `contents: write`. */
  refuseWrites: boolean;
  close(): Promise<void>;
}

/**
 * Git's smart HTTP protocol on loopback: the real `git http-backend` as a CGI, behind a check of
 * the Basic credentials GitHub expects from a token (`x-access-token:<token>`).
 */
export async function startGitHttp(root: string, token: string, host = '127.0.0.1'): Promise<GitHttpServer> {
  const expected = `Basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`;
  const authorizations: (string | undefined)[] = [];
  const served: GitHttpServer = { url: '', authorizations, refuseWrites: false, close: async () => undefined };
  const server = http.createServer((req, res) => {
    const auth = req.headers.authorization;
    authorizations.push(auth);
    const write = (req.url ?? '').includes('git-receive-pack');
    if (auth?.toLowerCase() !== expected.toLowerCase() || (write && served.refuseWrites)) {
      req.resume();
      res.writeHead(auth ? 403 : 401, { 'www-authenticate': 'Basic realm="git"' }).end('denied\n');
      return;
    }
    const url = new URL(req.url ?? '/', 'http://git');
    const cgi = spawn('git', ['http-backend'], {
      env: {
        PATH: process.env.PATH,
        GIT_PROJECT_ROOT: root,
        GIT_HTTP_EXPORT_ALL: '1',
        PATH_INFO: decodeURIComponent(url.pathname),
        QUERY_STRING: url.search.slice(1),
        REQUEST_METHOD: req.method,
        CONTENT_TYPE: req.headers['content-type'] ?? '',
        HTTP_CONTENT_ENCODING: req.headers['content-encoding'] ?? '',
        GIT_PROTOCOL: String(req.headers['git-protocol'] ?? ''),
        REMOTE_USER: 'x-access-token',
        REMOTE_ADDR: '127.0.0.1',
      },
    });
    req.pipe(cgi.stdin);
    const out: Buffer[] = [];
    cgi.stdout.on('data', (d: Buffer) => out.push(d));
    cgi.on('close', () => {
      const all = Buffer.concat(out);
      const split = all.indexOf('\r\n\r\n') >= 0 ? all.indexOf('\r\n\r\n') + 4 : all.indexOf('\n\n') + 2;
      const headers: Record<string, string> = {};
      let status = 200;
      for (const line of all.subarray(0, split).toString('latin1').split(/\r?\n/)) {
        const i = line.indexOf(':');
        if (i < 0) continue;
        const [name, value] = [line.slice(0, i).trim(), line.slice(i + 1).trim()];
        if (name.toLowerCase() === 'status') status = Number(value.split(' ')[0]);
        else headers[name] = value;
      }
      res.writeHead(status, headers).end(all.subarray(split));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  served.url = `http://${host}:${(server.address() as AddressInfo).port}/`;
  served.close = () => new Promise((resolve) => server.close(() => resolve()));
  return served;
}
