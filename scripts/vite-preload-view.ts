import type { HtmlTagDescriptor, Plugin } from 'vite';
import { baseFor } from './vite-noscript.js';

/**
 * The faces the timeline's canvas waits for before its first paint (FACES in
 * src/features/timeline-view/use-canvas-layer.ts): Noto Sans Arabic and Noto Sans, 400 and 700.
 */
const FIRST_DRAW_FACES = [
  /^assets\/noto-sans-arabic-arabic-400-normal-[\w-]+\.woff2$/,
  /^assets\/noto-sans-arabic-arabic-700-normal-[\w-]+\.woff2$/,
  /^assets\/noto-sans-latin-400-normal-[\w-]+\.woff2$/,
  /^assets\/noto-sans-latin-700-normal-[\w-]+\.woff2$/,
];

/**
 * The first draw waits for its fonts, so Arabic labels are measured and shaped in the face they
 * are drawn in. Left to CSS, the browser asks for a face only once text in it is laid out, and
 * the bold faces only when the canvas asks for them — after the app has run: the last request
 * before the first draw (measured: the 700 weights requested 620–770 ms after navigation). This
 * plugin writes a `<link rel="preload" as="font">` for each into every page, so they download
 * alongside the app chunk and the corpus.
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
        return FIRST_DRAW_FACES.map((face): HtmlTagDescriptor => {
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
