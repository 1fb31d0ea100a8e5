import type { HtmlTagDescriptor, Plugin } from 'vite';
import { coreFileName } from '../src/fonts/arabic-core.js';
import { baseFor } from './vite-noscript.js';

/**
 * The faces the first view is drawn in: Noto Sans Arabic and Noto Sans at 400, which the
 * timeline's canvas waits for before its first paint (LABEL_FACES in
 * src/features/timeline-view/use-canvas-layer.ts), and Noto Naskh Arabic at 400 (the tagline,
 * the list, the source passages) and 700 (the brand) — of the Arabic faces, their cores
 * (src/fonts/arabic-core.ts), which hold all the Arabic the first view shows. Left to CSS, Naskh
 * was asked for only once the app had rendered, so the header was first laid out in a fallback
 * face and moved when Naskh arrived (the tagline wrapped to two lines in the fallback: a layout
 * shift of 0.01–0.09 on a phone). The bold Sans faces are not preloaded: only the small filter
 * and count labels use them, and two more fonts at high priority would share the link with the
 * app's own script.
 */
const FIRST_VIEW_FACES = [
  coreFileName({ family: 'noto-sans-arabic', weight: 400 }),
  'noto-sans-latin-400-normal.woff2',
  coreFileName({ family: 'noto-naskh-arabic', weight: 400 }),
  coreFileName({ family: 'noto-naskh-arabic', weight: 700 }),
].map(hashed);

/** A woff2 file as Vite emits it, `assets/<name>-<hash>.woff2` (the names are [a-z0-9-] only). */
function hashed(file: string): RegExp {
  return new RegExp(`^assets/${file.replace(/\.woff2$/, '')}-[\\w-]+\\.woff2$`);
}

/**
 * The first view is laid out in the faces it is drawn in only if they have arrived. This plugin
 * writes a `<link rel="preload" as="font">` for each into every page, so they download alongside
 * the app chunk and the corpus (the canvas's first draw was 0.92× of that without the preloads,
 * median of 7, bench/first-draw.ts).
 */
export function preloadFirstView(): Plugin {
  return {
    name: 'khatt-preload-first-view',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const files = Object.keys(context.bundle ?? {});
        const base = baseFor(context.path);
        return FIRST_VIEW_FACES.map((face): HtmlTagDescriptor => {
          const file = files.find((name) => face.test(name));
          if (!file) {
            throw new Error(`khatt-preload-first-view: no font matching ${face} in the build`);
          }
          return {
            tag: 'link',
            attrs: {
              rel: 'preload',
              as: 'font',
              type: 'font/woff2',
              href: `${base}${file}`,
              crossorigin: '',
            },
            injectTo: 'head',
          };
        });
      },
    },
  };
}
