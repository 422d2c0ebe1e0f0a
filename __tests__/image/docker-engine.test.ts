/**
 * The engine API calls pinship makes over the docker socket read whole answers only up to a bound.
 * A real dockerd never answers /info with megabytes, so a stand-in engine on a private unix socket
 * does; the client side is pinship's real code.
 */
import { mkdtempSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { engineCall } from '../../src/image/docker-engine.js';
import { SMALL_BODY_MAX_BYTES } from '../../src/registry/limits.js';

let socket: string;
let server: http.Server;

beforeAll(async () => {
  socket = join(mkdtempSync(join(tmpdir(), 'pinship-engine-')), 'docker.sock');
  server = http.createServer((req, res) => {
    if (req.url === '/huge') {
      res.writeHead(200, { 'content-type': 'application/json' });
      // Endless, as a hostile engine could: the client must stop reading, not the server stop writing.
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const more = (): void => {
        while (res.write(chunk));
        res.once('drain', more);
      };
      res.on('close', () => res.removeAllListeners('drain'));
      more();
      return;
    }
    if (req.url === '/missing') return void res.writeHead(404, { 'content-type': 'application/json' }).end('{"message":"No such image: x"}');
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"DriverStatus":[]}');
  });
  await new Promise<void>((r) => server.listen(socket, r));
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
});

test('a small answer is read whole', async () => {
  expect(JSON.parse((await engineCall(socket, 'GET', '/info')).toString('utf8'))).toEqual({ DriverStatus: [] });
});

test("an error answer is an error quoting the engine's message", async () => {
  await expect(engineCall(socket, 'DELETE', '/missing')).rejects.toThrow(`docker engine at ${socket}: DELETE /missing returned HTTP 404: No such image: x`);
});

test('an answer past the bound is refused instead of buffered', async () => {
  await expect(engineCall(socket, 'GET', '/huge')).rejects.toThrow(
    `the answer to GET /huge is too large: the docker engine at ${socket} sent more than ${SMALL_BODY_MAX_BYTES} bytes`,
  );
});
