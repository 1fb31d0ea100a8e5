/**
 * The one shape of an id (event, actor, source, group): lower-case letters, digits and hyphens,
 * starting with a letter or digit. Safe in a URL, a file name and a CSS selector as it is.
 */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
