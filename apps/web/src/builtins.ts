/**
 * The built-ins the shared packages (`@ogi/schema`'s messages) call that
 * the oldest browsers of the build target lack: `Object.hasOwn` (Chromium
 * 93, Firefox 92, Safari 15.4) and `Array.prototype.at` (Chromium 92,
 * Firefox 90, Safari 15.4). The build lowers syntax, never built-ins;
 * without these, leaving a field on Chromium 86 throws instead of showing
 * its error. Imported first by `main.ts`, so defined before the app
 * mounts; the shared packages call them only once it runs, never while
 * their modules load (`tests/web/office-pc.test.ts` would fail to load).
 */

function define(owner: object, name: string, value: unknown): void {
  if (!(name in owner)) {
    Object.defineProperty(owner, name, { value, writable: true, configurable: true });
  }
}

define(Object, 'hasOwn', (object: object, key: PropertyKey) =>
  // biome-ignore lint/suspicious/noPrototypeBuiltins: this is Object.hasOwn, for browsers without it
  Object.prototype.hasOwnProperty.call(object, key),
);

define(Array.prototype, 'at', function at(this: unknown[], index: number) {
  const whole = Math.trunc(index) || 0;
  return this[whole < 0 ? this.length + whole : whole];
});
