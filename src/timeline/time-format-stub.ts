/**
 * What the app bundles in place of d3-time-format (vite.config.ts aliases it here). d3-scale's
 * time scales build their default `tickFormat` from it, which Khatt never calls: labels come
 * from memoised Intl formatters (src/i18n), never from d3's English-only locale. The real module
 * is a tenth of the timeline's script; these stand-ins make a stray `tickFormat()` fail loudly.
 */
const notBundled = (specifier: string) => () => {
  throw new Error(`d3-time-format is not bundled (format "${specifier}"): format dates with Intl`);
};

/** @public d3-scale's local-time scale imports it (through the alias). */
export const timeFormat = notBundled;
export const utcFormat = notBundled;
