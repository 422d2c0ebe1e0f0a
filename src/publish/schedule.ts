/**
 * Runs `fn` over `items` with at most `cap` in flight, of which at most `heavyCap` heavy ones; a free
 * slot takes the next heavy item while heavy slots are free, else the next light one, so light
 * items never queue behind heavy ones waiting for a heavy slot. Order within each kind is kept. The
 * first failure stops new starts and rejects once those in flight settle.
 */
export function mapWeighted<T>(
  items: readonly T[],
  cap: number,
  heavyCap: number,
  isHeavy: (item: T) => boolean,
  fn: (item: T) => Promise<void>,
): Promise<void> {
  const heavy = items.filter(isHeavy);
  const light = items.filter((i) => !isHeavy(i));
  let active = 0;
  let activeHeavy = 0;
  let failure: { error: unknown } | undefined;
  return new Promise((resolve, reject) => {
    const pump = (): void => {
      while (!failure && active < cap) {
        const takeHeavy = activeHeavy < heavyCap && heavy.length > 0;
        const item = takeHeavy ? heavy.shift() : light.shift();
        if (item === undefined) break;
        active++;
        if (takeHeavy) activeHeavy++;
        fn(item)
          .catch((error: unknown) => {
            failure ??= { error };
          })
          .finally(() => {
            active--;
            if (takeHeavy) activeHeavy--;
            pump();
          });
      }
      if (active > 0) return;
      // The item's own rejection, passed on as mapLimit does: not ours to wrap.
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
      if (failure) reject(failure.error);
      else if (!heavy.length && !light.length) resolve();
    };
    pump();
  });
}
