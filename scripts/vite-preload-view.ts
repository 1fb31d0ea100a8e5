import type { HtmlTagDescriptor, Plugin } from 'vite';
import { baseFor } from './vite-noscript.js';

/**
 * The faces the timeline's canvas waits for before its first paint (LABEL_FACES in
 * src/features/timeline-view/use-canvas-layer.ts): Noto Sans Arabic and Noto Sans at 400, the
 * labels' weight. The bold faces are not preloaded: nothing waits for them, and on a slow
 * mobile link (Lighthouse) two more fonts at high priority only delay the app's own script.
 */
const FIRST_DRAW_FACES = [
  /^assets\/noto-sans-arabic-arabic-400-normal-[\w-]+\.woff2$/,
  /^assets\/noto-sans-latin-400-normal-[\w-]+\.woff2$/,
];

/**
 * The first draw waits for its fonts, so Arabic labels are measured and shaped in the face they
 * are drawn in. Left to CSS, the browser asks for a face only once text in it is laid out —
 * after the app has run. This plugin writes a `<link rel="preload" as="font">` for each into
 * every page, so they download alongside the app chunk and the corpus (first draw 0.92× of
 * that without the preloads, median of 7, bench/first-draw.ts).
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
