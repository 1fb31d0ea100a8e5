import { posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The first view's JavaScript budget, gzip bytes (issue 9: "first-view JavaScript ≤ 150 KB"). */
export const FIRST_VIEW_BUDGET = 150_000;

/** Script and module-preload addresses of a built page, in document order. */
export function pageScripts(html: string): string[] {
  const found: string[] = [];
  for (const [tag = ''] of html.matchAll(/<(?:script|link)\b[^>]*>/g)) {
    const module = /^<script\b/.test(tag) && /\btype="module"/.test(tag);
    const preload = /^<link\b/.test(tag) && /\brel="modulepreload"/.test(tag);
    const address = /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    if ((module || preload) && address) found.push(address);
  }
  return found;
}

/**
 * A built chunk's static imports (`import … from "x"`, `import "x"`, `export … from "x"`), not
 * its dynamic `import("x")`: those load on demand and count only when preloaded by the page.
 */
export function staticImports(code: string): string[] {
  const pattern = /\b(?:import|export)\s*(?:[^'"();=]*?\bfrom\s*)?["']([^"']+\.js)["']/g;
  return [...code.matchAll(pattern)].map((match) => match[1] ?? '');
}

export interface FileSize {
  /** Path from the build's root, e.g. `assets/app-x.js`. */
  file: string;
  gzip: number;
}

/**
 * Every JavaScript file a page loads before it can draw its first view: its module scripts,
 * its module preloads, and their static imports, transitively; each with its gzip size.
 * `pagePath` is the page's path from the build root (`index.html`, `embed/index.html`).
 */
export function firstViewFiles(pagePath: string, read: (file: string) => string): FileSize[] {
  const seen = new Set<string>();
  const queue = pageScripts(read(pagePath)).map((src) =>
    posix.normalize(posix.join(posix.dirname(pagePath), src)),
  );
  const sizes: FileSize[] = [];
  while (queue.length > 0) {
    const file = queue.shift() ?? '';
    if (seen.has(file)) continue;
    seen.add(file);
    const code = read(file);
    sizes.push({ file, gzip: gzipSync(code, { level: 9 }).length });
    for (const spec of staticImports(code)) {
      if (spec.startsWith('.')) queue.push(posix.normalize(posix.join(posix.dirname(file), spec)));
    }
  }
  return sizes;
}
