import { statSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
// A .js specifier (TypeScript maps it to the .ts file) keeps Vite's config loader quiet.
import { baseFor, noscriptEvents } from './scripts/vite-noscript.js';
import { preloadFirstView } from './scripts/vite-preload-view.js';
import { linkPreviews } from './scripts/vite-previews.js';

/**
 * Security headers the preview server sends; README repeats them for static hosts.
 * Trusted Types with no policy at all ('none'): React renders through DOM APIs and no HTML
 * string ever reaches a sink, so any innerHTML, eval or Function(string) fails loudly.
 */
export const securityHeaders = {
  'Content-Security-Policy': [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
    "require-trusted-types-for 'script'",
    "trusted-types 'none'",
  ].join('; '),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

/**
 * The embed (/embed/) is made to be framed by other sites: the same headers, except that any
 * page may frame it (`frame-ancestors *`) and X-Frame-Options is not sent (it has no "allow").
 */
export const embedSecurityHeaders: Record<string, string> = Object.fromEntries(
  Object.entries(securityHeaders)
    .filter(([name]) => name !== 'X-Frame-Options')
    .map(([name, value]) => [
      name,
      name === 'Content-Security-Policy'
        ? value.replace("frame-ancestors 'none'", 'frame-ancestors *')
        : value,
    ]),
);

/** The header set for a request path: the embed's under /embed/, the strict one elsewhere. */
export function headersFor(path: string): Record<string, string> {
  return /^\/embed(?:\/|$)/.test(path) ? embedSecurityHeaders : securityHeaders;
}

/** `vite preview` sends the header set of each path (its `preview.headers` is one set for all). */
function pathHeaders(): Plugin {
  return {
    name: 'khatt-path-headers',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '/').split('?')[0] ?? '/';
        for (const [name, value] of Object.entries(headersFor(path))) res.setHeader(name, value);
        next();
      });
    },
  };
}

/**
 * `vite preview` answers any unknown path with index.html, whose relative asset URLs then point
 * below that path (/nope/assets/…) and come back as HTML too: a blank page. Instead a page
 * request for an unknown path goes to the app root with its query (the app then cleans the
 * query), and any other unknown file is a plain 404, never HTML posing as a script or text.
 */
function unknownPathsToRoot(): Plugin {
  return {
    name: 'khatt-unknown-paths',
    configurePreviewServer(server) {
      const outDir = resolve(server.config.root, server.config.build.outDir);
      const isFile = (requested: string) => {
        let path = requested;
        // A folder counts when it has an index.html: /e/<id>/ and /embed/ are entries.
        if (path.endsWith('/')) path += 'index.html';
        if (path.includes('\0')) return false;
        const file = resolve(outDir, `.${path}`);
        if (!file.startsWith(outDir + sep)) return false;
        try {
          return statSync(file).isFile();
        } catch {
          return false;
        }
      };
      server.middlewares.use((req, res, next) => {
        const [rawPath = '/', ...query] = (req.url ?? '/').split('?');
        let path: string | null;
        try {
          path = decodeURIComponent(rawPath);
        } catch {
          path = null;
        }
        if (path === '/' || (path !== null && isFile(path))) {
          next();
          return;
        }
        if (path !== null && !path.endsWith('/') && isFile(`${path}/`)) {
          // /embed → /embed/, so the page's relative asset paths resolve.
          res.statusCode = 301;
          res.setHeader('Location', `${rawPath}/${query.length ? `?${query.join('?')}` : ''}`);
          res.end();
          return;
        }
        const page =
          req.headers['sec-fetch-dest'] === 'document' ||
          (req.headers['sec-fetch-dest'] === undefined &&
            /text\/html/.test(req.headers.accept ?? ''));
        if (page && (req.method === 'GET' || req.method === 'HEAD')) {
          res.statusCode = 302;
          res.setHeader('Location', query.length ? `/?${query.join('?')}` : '/');
        } else res.statusCode = 404;
        res.end();
      });
    },
  };
}

/**
 * The corpus is the one thing the first paint of events waits for: fetch it alongside the
 * script instead of after it. `crossorigin` makes the preload match the app's same-origin
 * fetch() (mode cors, credentials same-origin) so the response is reused, not fetched twice.
 */
function preloadCorpus(): Plugin {
  return {
    name: 'khatt-preload-corpus',
    apply: 'build',
    transformIndexHtml: (_html, context) => [
      {
        tag: 'link',
        attrs: {
          rel: 'preload',
          href: `${baseFor(context.path)}data/corpus.json`,
          as: 'fetch',
          crossorigin: '',
        },
        injectTo: 'head',
      },
    ],
  };
}

/**
 * What may load after the first draw: the gesture behaviours (with the d3-interpolate and d3-color
 * they bring), the corpus schema (a corrupt file only), the details, the reader and the export
 * renderers. Everything else the first view needs
 * goes into one chunk: one request, one compression window, and no chain of small shared chunks.
 */
const AFTER_FIRST_VIEW =
  /node_modules\/(?:d3-(?:zoom|brush|selection|transition|drag|dispatch|timer|ease|interpolate|color)|zod)\/|src\/(?:domain\/corpus-schema|domain\/export\/|features\/(?:event-details|source-reader)\/)/;
/** The two pages' entries stay their own chunks: each runs its own start-up. */
const ENTRY = /\/src\/(?:main|embed)\.tsx$/;
const firstViewModule = (id: string) =>
  !AFTER_FIRST_VIEW.test(id) && !ENTRY.test(id) && /\/(?:node_modules|src)\//.test(id);

export default defineConfig({
  plugins: [
    react(),
    noscriptEvents(),
    linkPreviews(),
    pathHeaders(),
    unknownPathsToRoot(),
    preloadCorpus(),
    preloadFirstView(),
  ],
  base: './',
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    // Every browser that runs es2022 supports <link rel="modulepreload">: no polyfill needed.
    modulePreload: { polyfill: false },
    // Two pages, one app: the full view and the embed (src/embed.tsx).
    rollupOptions: {
      input: {
        main: resolve(import.meta.dirname, 'index.html'),
        embed: resolve(import.meta.dirname, 'embed/index.html'),
      },
      output: { advancedChunks: { groups: [{ name: 'app', test: firstViewModule }] } },
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
    // Property tests run thousands of cases; on a loaded 2-core machine that can pass 5 s.
    // Nothing here asserts a duration (timings live in bench/).
    testTimeout: 30_000,
  },
});
