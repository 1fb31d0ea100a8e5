import type { HtmlTagDescriptor, Plugin } from 'vite';
import { baseFor } from './vite-noscript.js';

/** The lazily imported module the first view needs (the list on phones never does). */
const FIRST_VIEW_MODULE = /\/src\/features\/timeline-view\/timeline-view\.tsx$/;

/**
 * The timeline is a lazy chunk (phones show the list and never need it), so without help the
 * browser learns of it only after the main chunk has loaded and run: a request waterfall before
 * the first draw. This plugin writes a `<link rel="modulepreload">` for that chunk (and a style
 * preload for its CSS) into each page, so it downloads alongside the main chunk and the corpus.
 * The dynamic import() then finds it in the module map; nothing runs before React asks for it.
 */
export function preloadFirstView(): Plugin {
  return {
    name: 'khatt-preload-first-view',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const chunk = Object.values(context.bundle ?? {}).find(
          (output) =>
            output.type === 'chunk' && output.moduleIds.some((id) => FIRST_VIEW_MODULE.test(id)),
        );
        if (chunk?.type !== 'chunk') {
          throw new Error(
            'khatt-preload-first-view: the timeline module is missing from the build',
          );
        }
        // Bundled into the page's own chunk (vite.config.ts groups the first view): it loads
        // with the page, and there is nothing to preload.
        if (!chunk.isDynamicEntry || chunk.isEntry) return [];
        const base = baseFor(context.path);
        const tags: HtmlTagDescriptor[] = [...(chunk.viteMetadata?.importedCss ?? [])].map(
          (css) => ({
            tag: 'link',
            attrs: { rel: 'preload', as: 'style', href: `${base}${css}`, crossorigin: '' },
            injectTo: 'head',
          }),
        );
        tags.push({
          tag: 'link',
          attrs: { rel: 'modulepreload', href: `${base}${chunk.fileName}`, crossorigin: '' },
          injectTo: 'head',
        });
        return tags;
      },
    },
  };
}
