import { useTranslation } from 'react-i18next';
import type { Lang, Source } from '../domain/types';
import { useDateText } from '../i18n/event-label';

/**
 * When an article was published, saying how that is known: a printed date as a fact, an
 * inferred one as an inference (four of the five articles print none), with the reasoning.
 */
export function PublishedDate({
  source,
  lang,
  reasoning: withReasoning = true,
}: {
  source: Source;
  lang: Lang;
  /** Add how an unprinted date was worked out (the reader does; the compact list does not). */
  reasoning?: boolean;
}) {
  const { t } = useTranslation();
  const dateText = useDateText(lang);
  const { basis, note } = source.published;
  const reasoning = note[lang].trim();
  return (
    <>
      {t(`published.${basis}`, { date: dateText(source.published) })}
      {withReasoning && basis !== 'printed' && reasoning && (
        <span className="published-note"> ({reasoning})</span>
      )}
    </>
  );
}
