// The HTTP front of Threatline: Next.js behind a plain Node server that owns X-Forwarded-For.
// Next only fills X-Forwarded-For when the client did not send one, so a client could pick the
// address our rate limits see. Here the header is rebuilt: entries added by TRUST_PROXY_HOPS
// trusted reverse proxies are kept, anything further left is dropped, and the socket address is
// appended. server/client-ip.ts then reads the right entry.
// Usage: node scripts/next-server.mjs <start|dev> --port N --hostname H
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import next from 'next';

const args = process.argv.slice(2);
const mode = args[0] === 'dev' ? 'dev' : 'start';
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const port = Number(option('--port', process.env.PORT ?? '3000'));
const hostname = option('--hostname', process.env.HOST ?? 'localhost');
const hops = Math.max(0, Number.parseInt(process.env.TRUST_PROXY_HOPS ?? '0', 10) || 0);
const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function forwardedFor(header, remoteAddress, trustedHops) {
  const chain = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const kept = trustedHops > 0 ? chain.slice(-trustedHops) : [];
  return [...kept, remoteAddress ?? 'unknown'].join(', ');
}

async function main() {
  const app = next({ dev: mode === 'dev', dir, hostname, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = createServer((req, res) => {
    req.headers['x-forwarded-for'] = forwardedFor(req.headers['x-forwarded-for'], req.socket.remoteAddress, hops);
    handle(req, res);
  });
  if (mode === 'dev') {
    const upgrade = app.getUpgradeHandler();
    server.on('upgrade', (req, socket, head) => upgrade(req, socket, head));
  }
  server.listen(port, hostname, () => console.log(`▲ Next.js ${mode} server listening on http://${hostname}:${port}`));
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeAllConnections?.();
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
