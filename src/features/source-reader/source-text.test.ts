import { createElement, createRef } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { paragraphsOf, type Highlight } from './segments';
import { SourceText } from './source-text';

const render = (
  text: string,
  highlights: Highlight[],
  current: string | null = null,
  chosen: string | null = null,
) =>
  renderToStaticMarkup(
    createElement(SourceText, {
      text,
      paragraphs: paragraphsOf(text, highlights),
      current,
      chosen,
      nameOf: (events: string[]) => `Excerpt of: ${events.join(' and ')}`,
      describe: (segment) => `described ${segment.highlights.map((h) => h.key).join(' ')}`,
      onActivate: () => {},
      currentRef: createRef<HTMLElement>(),
    }),
  );

describe('SourceText', () => {
  const text = 'قال الكاظمي <b>إن</b> القوات ستنسحب.\n\nوقال بايدن كلاما آخر.';
  const start = text.indexOf('القوات');
  const highlights = [
    { key: 'a#0', event: 'a', start, end: start + 'القوات ستنسحب'.length },
    { key: 'b#0', event: 'b', start: text.indexOf('بايدن'), end: text.indexOf(' كلاما') },
  ];

  it('renders the article as escaped text, never as HTML', () => {
    const html = render(text, []);
    expect(html).toContain('&lt;b&gt;إن&lt;/b&gt;');
    expect(html).not.toContain('<b>');
  });

  it('marks the text as Arabic, right to left, one paragraph per line', () => {
    const html = render(text, []);
    expect(html).toMatch(/^<div class="reader-text" lang="ar" dir="rtl"><p>/);
    expect(html.match(/<p>/g)).toHaveLength(2);
  });

  it('wraps each excerpt in a mark holding a button named after its event and its words', () => {
    const html = render(text, highlights);
    expect(html.match(/<mark/g)).toHaveLength(2);
    const [, label, self] =
      /role="button" tabindex="0" aria-labelledby="(\S+) (\S+)"/.exec(html) ?? [];
    expect(html).toContain(`id="${label}">Excerpt of: a</span>`);
    expect(html).toContain(`id="${self}"`);
  });

  it('sets the selected event’s passages apart and marks only the chosen one current', () => {
    const two = [
      ...highlights,
      { key: 'b.2', event: 'b', start: text.indexOf('كلاما'), end: text.indexOf(' آخر') },
    ];
    const html = render(text, two, 'b', 'b.2');
    expect(html.match(/reader-mark--current/g)).toHaveLength(2);
    expect(html.match(/aria-current="true"/g)).toHaveLength(1);
    expect(html).toMatch(/reader-mark--chosen"><span[^>]*aria-current="true"[^>]*>كلاما</);
    expect(html).not.toMatch(/aria-current="true"[^>]*>بايدن</);
  });

  it('describes each highlight by a referenced hidden text', () => {
    const html = render(text, highlights, 'b', 'b#0');
    const [, described] = /aria-describedby="(\S+)"[^>]*>بايدن/.exec(html) ?? [];
    expect(html).toContain(`id="${described}">described b#0</span>`);
  });
});
