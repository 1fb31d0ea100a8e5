import { useTranslation } from 'react-i18next';
import type { Lang } from '../../domain/types';
import { formatNumber } from '../../i18n/format';

/**
 * One filter choice with its live count: the count is shown, and described (not named), so a
 * screen reader hears "Kadhimi, checkbox, 12 events" and the name stays what a test finds. A
 * choice that matches nothing is dimmed, unless it is chosen (it must stay easy to untick).
 */
export function CountedCheckbox({
  inputId,
  name,
  count,
  checked,
  lang,
  onChange,
}: {
  inputId: string;
  name: string;
  count: number;
  checked: boolean;
  lang: Lang;
  onChange: (checked: boolean) => void;
}) {
  const { t } = useTranslation('filters');
  return (
    <li className={count === 0 && !checked ? 'actor actor--empty' : 'actor'}>
      <input
        id={inputId}
        type="checkbox"
        checked={checked}
        aria-describedby={`${inputId}-count`}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label htmlFor={inputId}>
        <span className="actor-name">{name}</span>
        <span className="filters-count" aria-hidden="true">
          {formatNumber(lang, count)}
        </span>
      </label>
      <span id={`${inputId}-count`} hidden>
        {t('count', { count, n: formatNumber(lang, count) })}
      </span>
    </li>
  );
}
