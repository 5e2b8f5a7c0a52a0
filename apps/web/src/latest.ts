/**
 * Tells, when an answer arrives, whether the request it answers is still the
 * latest one asked for. An answer overtaken by a later request (another
 * year, another filter) must not replace what the later one shows: answers
 * do not arrive in the order they were asked for.
 *
 * @example
 * const ask = latestOnly();
 * const stillLatest = ask();
 * const answer = await api.stats(year);
 * if (!stillLatest()) return;
 */
export function latestOnly(): () => () => boolean {
  let asked = 0;
  return () => {
    const ticket = ++asked;
    return () => ticket === asked;
  };
}
