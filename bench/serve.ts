import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

/** A URL prefix served from a folder, e.g. `/khatt/data/` → the benchmark's corpus folder. */
export interface Mount {
  prefix: string;
  dir: string;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

/**
 * Both apps are served cross-origin isolated (every file is same-origin, so nothing else
 * changes): only then does a page's clock tick in 5 µs. Without it Chromium coarsens
 * `performance.now()` and requestAnimationFrame's time to 100 µs with jitter, and frames that
 * are all 16.66–16.67 ms apart read as 16.5–16.8, so a p95 at the display's floor came out 16.7
 * or 16.8 ms by chance, for either app (measured on 2026-12-03).
 */
const ISOLATED = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

/** The file a request path maps to, or null when no mount holds it or it escapes its folder. */
function resolvePath(mounts: readonly Mount[], pathname: string): string | null {
  const mount = mounts.find((m) => pathname.startsWith(m.prefix));
  if (!mount) return null;
  let rest = decodeURIComponent(pathname.slice(mount.prefix.length));
  if (rest === '' || rest.endsWith('/')) rest += 'index.html';
  const file = normalize(join(mount.dir, rest));
  return file.startsWith(normalize(mount.dir) + sep) ? file : null;
}

/**
 * A static server on loopback, longest prefix first, no caching (every run is a cold load), no
 * compression (both apps pay the same bytes). Tries `port`, then the next few; with `strict`,
 * only `port` (and fails if it is taken).
 */
export async function serveStatic(
  mounts: readonly Mount[],
  port: number,
  { strict = false } = {},
): Promise<Server> {
  const sorted = [...mounts].sort((a, b) => b.prefix.length - a.prefix.length);
  const server = createServer((req, res) => {
    const file = resolvePath(sorted, new URL(req.url ?? '/', 'http://localhost').pathname);
    const fail = (code: number) => {
      res.writeHead(code, { 'Content-Type': 'text/plain' });
      res.end(String(code));
    };
    if (!file) return fail(404);
    stat(file).then(
      (info) => {
        if (!info.isFile()) return fail(404);
        res.writeHead(200, {
          'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
          'Content-Length': info.size,
          'Cache-Control': 'no-store',
          ...ISOLATED,
        });
        createReadStream(file).pipe(res);
      },
      () => fail(404),
    );
  });
  const last = strict ? port : port + 19;
  for (let p = port; p <= last; p++) {
    const ok = await new Promise<boolean>((resolve, reject) => {
      const onError = (error: NodeJS.ErrnoException) =>
        error.code === 'EADDRINUSE' ? resolve(false) : reject(error);
      server.once('error', onError);
      server.listen(p, '127.0.0.1', () => {
        server.off('error', onError);
        resolve(true);
      });
    });
    if (ok) return server;
  }
  throw new Error(strict ? `port ${port} is taken` : `no free port in ${port}–${last}`);
}

/** The origin a server listens on. */
export const originOf = (server: Server) =>
  `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
