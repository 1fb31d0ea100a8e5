import { createElement, createRef } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { paragraphsOf, type Highlight } from './segments';
import { SourceText } from './source-text';

const render = (text: string, highlights: Highlight[], current: string | null = null) =>
  renderToStaticMarkup(
    createElement(SourceText, {
      text,
      paragraphs: paragraphsOf(text, highlights),
      current,
      nameOf: (events: string[]) => `Excerpt of: ${events.join(' and ')}`,
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

  it('marks only the selected event’s excerpts as current', () => {
    const html = render(text, highlights, 'b');
    expect(html.match(/aria-current="true"/g)).toHaveLength(1);
    expect(html).toMatch(/reader-mark--current"><span[^>]*aria-current="true"[^>]*>بايدن</);
  });
});
