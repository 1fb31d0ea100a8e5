// @vitest-environment happy-dom
// TimelineJS's data model sanitises text with DOMPurify, which needs a DOM.
import { TimelineConfig } from '@knight-lab/timelinejs/src/js/core/TimelineConfig';
import { describe, expect, it } from 'vitest';
import { escapeHtml, timelineData, timelineJson } from './timelinejs';
import { TEST_CORPUS, testEvent } from './test-corpus';

interface LoadedSlide {
  unique_id: string;
  display_date: string;
  group: string;
  text: { headline: string; text: string };
  start_date: { data: { year: number; month?: number; day?: number } };
  end_date?: { data: { year: number; month?: number; day?: number } };
}

/** Loads JSON text the way TimelineJS does: its own TimelineConfig, then its validate(). */
function load(json: string) {
  const config = new TimelineConfig(JSON.parse(json));
  config.validate();
  return {
    errors: config.getErrors(),
    valid: config.isValid(),
    events: config.events as LoadedSlide[],
  };
}

describe('timelineJson', () => {
  const config = load(timelineJson(TEST_CORPUS, TEST_CORPUS.events, 'en'));
  const slide = (id: string) => config.events.find((e) => e.unique_id === id);

  it("loads in TimelineJS's own data model without an error, one slide per event", () => {
    expect(config.errors).toEqual([]);
    expect(config.valid).toBe(true);
    expect(config.events).toHaveLength(TEST_CORPUS.events.length);
  });

  it('gives each date only the parts the event knows, and ranges an end date', () => {
    expect(slide('erbil-rockets')?.start_date.data).toMatchObject({
      year: 2021,
      month: 2,
      day: 15,
    });
    expect(slide('erbil-rockets')?.end_date).toBeUndefined();
    expect(slide('strategic-talks')?.end_date?.data).toMatchObject({
      year: 2021,
      month: 7,
      day: 26,
    });
    expect(slide('us-exit-2011')?.start_date.data.month).toBeUndefined();
  });

  it('says approximate dates in display_date, as the app writes them', () => {
    expect(slide('drone-claim')?.display_date).toBe('about December 2021');
    expect(slide('erbil-rockets')?.display_date).toBe('15 February 2021');
  });

  it('puts the first excerpt in the text and its source as the credit, escaped as text', () => {
    const rockets = slide('erbil-rockets');
    expect(rockets?.text.headline).toBe('Rockets hit Erbil, &quot;again&quot;');
    expect(rockets?.text.text).toContain('<blockquote>قال: "سقطت صواريخ"، ثم صمت</blockquote>');
    expect(rockets?.text.text).toContain('<cite>Alhurra, Title, one, 25 July 2021</cite>');
    expect(rockets?.group).toBe('Attack');
  });

  it('writes Arabic text and dates for Arabic', () => {
    const data = timelineData(TEST_CORPUS, [testEvent('drone-claim')], 'ar');
    expect(data.events[0]?.display_date).toBe('نحو كانون الأول 2021');
    expect(data.events[0]?.group).toBe('هجوم');
  });
});

describe('escapeHtml', () => {
  it('turns markup into text', () => {
    expect(escapeHtml(`<img src=x onerror="a('b')">&`)).toBe(
      '&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt;&amp;',
    );
  });
});
