/**
 * Removes, before the page's own scripts run, the built-ins today's
 * chromium has and Chromium 86 (360 安全浏览器 13, the app's oldest target)
 * lacks, each with the version that brought it. Syntax is the build's
 * concern (`apps/web/build/target.ts`); built-ins are not lowered, so only
 * running the pages without them shows one is used.
 */
export const WITHOUT_BUILTINS_AFTER_CHROMIUM_86 = `(() => {
  const drop = (owner, names) => {
    for (const name of names) {
      if (owner && Object.getOwnPropertyDescriptor(owner, name)?.configurable) delete owner[name];
    }
  };
  const typedArray = Object.getPrototypeOf(Int8Array.prototype);
  drop(Intl, ['Segmenter']); // 87
  drop(Array.prototype, ['at']); // 92
  drop(String.prototype, ['at']); // 92
  drop(typedArray, ['at', 'findLast', 'findLastIndex', 'toReversed', 'toSorted', 'with']); // 92, 97, 110
  drop(globalThis.Crypto?.prototype, ['randomUUID']); // 92
  drop(Object, ['hasOwn', 'groupBy']); // 93, 117
  drop(Array.prototype, ['findLast', 'findLastIndex']); // 97
  drop(globalThis, ['structuredClone']); // 98
  drop(AbortSignal, ['timeout', 'any']); // 103, 116
  drop(Element.prototype, ['checkVisibility']); // 105
  drop(Array.prototype, ['toReversed', 'toSorted', 'toSpliced', 'with']); // 110
  drop(String.prototype, ['isWellFormed', 'toWellFormed']); // 111
  drop(Map, ['groupBy']); // 117
  drop(Promise, ['withResolvers']); // 119
  drop(Array, ['fromAsync']); // 121
  drop(Set.prototype, [
    'union', 'intersection', 'difference', 'symmetricDifference',
    'isSubsetOf', 'isSupersetOf', 'isDisjointFrom',
  ]); // 122
  drop(globalThis, ['Iterator']); // 122
})();`;
