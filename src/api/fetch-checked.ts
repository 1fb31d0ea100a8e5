/** An error that says which resource failed and why, for the UI to phrase in the user's language. */
export class LoadError extends Error {
  constructor(
    readonly url: string,
    readonly reason: 'offline' | 'http' | 'corrupt',
    readonly status?: number,
    /** For a corrupt file: what exactly is wrong, as `path: message` lines for a curator. */
    readonly problems: readonly string[] = [],
  ) {
    super(`${url}: ${reason}${status === undefined ? '' : ` ${status}`}`);
    this.name = 'LoadError';
  }
}

/** fetch() that throws a LoadError on a network failure or a non-OK response. */
export async function fetchChecked(url: string): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    throw new LoadError(url, 'offline');
  }
  if (!response.ok) throw new LoadError(url, 'http', response.status);
  return response;
}
