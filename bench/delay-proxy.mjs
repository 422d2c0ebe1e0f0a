// A TCP proxy on 127.0.0.1 that delays every chunk by `oneWayMs` in each direction (so each round
// trip gains 2 × oneWayMs), in order. It also makes one registry look like another host:port, so a
// copy through it is a real cross-registry copy (no mounts). Used by bench/promote.mjs.
import net from 'node:net';

/** Starts a proxy to 127.0.0.1:targetPort; resolves with its port and a close function. */
export function startDelayProxy(targetPort, oneWayMs) {
  const sockets = new Set();
  const forward = (from, to) => {
    from.on('data', (chunk) => (oneWayMs > 0 ? setTimeout(() => to.writable && to.write(chunk), oneWayMs) : to.write(chunk)));
    from.on('end', () => setTimeout(() => to.end(), oneWayMs));
    from.on('error', () => to.destroy());
  };
  const server = net.createServer((client) => {
    const upstream = net.connect(targetPort, '127.0.0.1');
    for (const s of [client, upstream]) {
      s.setNoDelay(true);
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
    }
    forward(client, upstream);
    forward(upstream, client);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        port: server.address().port,
        close: () => {
          for (const s of sockets) s.destroy();
          server.close();
        },
      }),
    ),
  );
}

// As a program (`node bench/delay-proxy.mjs <targetPort> <oneWayMs>`): for scripts whose own event loop
// blocks on synchronous child runs. Prints the proxy's port on one line, runs until killed.
if (import.meta.url === `file://${process.argv[1]}`) {
  const proxy = await startDelayProxy(Number(process.argv[2]), Number(process.argv[3]));
  console.log(proxy.port);
}
