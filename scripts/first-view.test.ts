import { describe, expect, it } from 'vitest';
import { firstViewFiles, pageScripts, staticImports } from './first-view';

describe('pageScripts', () => {
  it('lists module scripts and module preloads, not styles or classic preloads', () => {
    const html = `<script type="module" crossorigin src="./assets/main.js"></script>
      <link rel="modulepreload" crossorigin href="./assets/app.js">
      <link rel="stylesheet" href="./assets/app.css">
      <link rel="preload" href="./data/corpus.json" as="fetch">`;
    expect(pageScripts(html)).toEqual(['./assets/main.js', './assets/app.js']);
  });
});

describe('staticImports', () => {
  it('finds import-from, bare imports and re-exports but not dynamic imports', () => {
    const code =
      'import{a as b}from"./app.js";import"./side.js";export{c}from"./re.js";' +
      'const v=()=>import("./lazy.js");x.import("./no.js")';
    expect(staticImports(code)).toEqual(['./app.js', './side.js', './re.js']);
  });
});

describe('firstViewFiles', () => {
  const files: Record<string, string> = {
    'embed/index.html': '<script type="module" src="../assets/embed.js"></script>',
    'index.html':
      '<script type="module" src="./assets/main.js"></script>' +
      '<link rel="modulepreload" href="./assets/view.js">',
    'assets/main.js': 'import{a}from"./app.js";',
    'assets/app.js': 'const l=()=>import("./lazy.js");const v=()=>import("./view.js");',
    'assets/view.js': 'import{a}from"./app.js";import{d}from"./d3.js";',
    'assets/d3.js': 'export const d=1;',
    'assets/embed.js': 'import{a}from"./app.js";',
    'assets/lazy.js': 'export const never=1;',
  };
  const read = (file: string) => {
    const text = files[file];
    if (text === undefined) throw new Error(`no ${file}`);
    return text;
  };

  it('counts the entry, its static imports and the preloaded chunks once each, not lazy ones', () => {
    expect(firstViewFiles('index.html', read).map((f) => f.file)).toEqual([
      'assets/main.js',
      'assets/view.js',
      'assets/app.js',
      'assets/d3.js',
    ]);
  });

  it('resolves a page one folder down against its own folder', () => {
    expect(firstViewFiles('embed/index.html', read).map((f) => f.file)).toEqual([
      'assets/embed.js',
      'assets/app.js',
    ]);
  });

  it('gives each file its gzip size in bytes', () => {
    const [main] = firstViewFiles('index.html', read);
    expect(main?.gzip).toBeGreaterThan(20);
    expect(main?.gzip).toBeLessThan(100);
  });
});
