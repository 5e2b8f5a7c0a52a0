import {
  closeSync,
  existsSync,
  fstatSync,
  openSync,
  readFileSync,
  readSync,
  statSync,
} from 'node:fs';
import { SourceMap } from 'node:module';
import { dirname, isAbsolute, posix, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** How much of a file's end is read to find its `//# sourceMappingURL=` comment. */
const TAIL_BYTES = 1024;

const MAPPING_URL = /\/\/[#@] sourceMappingURL=(\S+)\s*$/;

/** `    at name (location:line:column)` or `    at location:line:column`. */
const NAMED_FRAME =
  /^(?<prefix>\s+at )(?<name>.+?) \((?<location>.+):(?<line>\d+):(?<column>\d+)\)$/;
const BARE_FRAME = /^(?<prefix>\s+at )(?<location>.+):(?<line>\d+):(?<column>\d+)$/;

/** A V8 function name ogi may replace with the source's: `e`, `async e`, `new e`. */
const PLAIN_NAME = /^((?:async |new )?)[\w$]+$/;

/** A URL or an absolute path: a source kept as the map gives it. */
const ABSOLUTE_SOURCE = /^(?:[a-z][a-z\d+.-]*:|\/)/i;

interface Frame {
  readonly prefix: string;
  readonly name: string | undefined;
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

interface Entry {
  readonly originalSource?: unknown;
  readonly originalLine?: unknown;
  readonly originalColumn?: unknown;
  readonly name?: unknown;
}

/** Each generated file's map, or `null` when it has none (or a broken one): read once per process. */
const maps = new Map<string, SourceMap | null>();

/**
 * `stack` (an `Error`'s) with each V8 frame in a file that has a source map
 * mapped through it, as `--enable-source-maps` would answer it:
 * `at readCase (packages/store/src/case-reader.ts:42:11)` for
 * `at e (file:///var/task/index.mjs:1:2345)`. The map is the one the file's
 * `//# sourceMappingURL=` comment names, or `<file>.map`; each is read and
 * parsed once per process, on the first stack that needs it.
 *
 * A source is answered as the map gives it without its leading `../`: for
 * ogi's bundles, built at a fixed depth under the workspace, that is the
 * workspace-relative path a reader opens (`packages/http/src/…`), where
 * resolving it against `/var/task` would climb past the root. Frames in
 * files without a map, `node:` frames and lines that are not frames stay as
 * they are; a map that cannot be read or parsed leaves the stack as it was.
 * Never throws.
 *
 * The stack's heading (the error's name and `message`, as many lines as the
 * message has) is never read as frames: a message may quote what a caller
 * sent, and a line of it that reads like a frame must not make the logger
 * open the file it names. Only regular files are read (a pipe would block).
 *
 * @example sourceMappedStack(error.stack, error.message)
 */
export function sourceMappedStack(stack: string, message: string): string {
  try {
    const lines = stack.split('\n');
    const heading = message.split('\n').length;
    const frames = lines.map((line, index) => (index < heading ? undefined : frameOf(line)));
    return lines
      .map((line, index) => {
        const frame = frames[index];
        return frame ? (mappedFrame(frame, frames[index + 1]) ?? line) : line;
      })
      .join('\n');
  } catch {
    return stack;
  }
}

/**
 * The stack a log line carries: `stack` itself when Node already maps stacks
 * (`--enable-source-maps`), else `sourceMappedStack(stack, message)`.
 */
export function loggedStack(stack: string, message: string): string {
  return process.sourceMapsEnabled ? stack : sourceMappedStack(stack, message);
}

function frameOf(line: string): Frame | undefined {
  const groups = (NAMED_FRAME.exec(line) ?? BARE_FRAME.exec(line))?.groups;
  if (!groups?.prefix || !groups.location) return undefined;
  const file = filePathOf(groups.location);
  if (file === undefined) return undefined;
  const { prefix, name } = groups;
  return { prefix, name, file, line: Number(groups.line), column: Number(groups.column) };
}

function filePathOf(location: string): string | undefined {
  if (!location.startsWith('file://')) return isAbsolute(location) ? location : undefined;
  try {
    return fileURLToPath(location);
  } catch {
    // A file URL with a host, say: not a file of this machine.
    return undefined;
  }
}

function mappedFrame(frame: Frame, caller: Frame | undefined): string | undefined {
  const map = mapOf(frame.file);
  if (!map) return undefined;
  const entry = map.findEntry(frame.line - 1, frame.column - 1) as Entry;
  const { originalSource: source, originalLine: line, originalColumn: column } = entry;
  if (typeof source !== 'string' || source === '' || !isPosition(line) || !isPosition(column)) {
    return undefined;
  }
  const location = `${shownSource(source, map)}:${line + 1}:${column + 1}`;
  const name = frame.name && originalName(frame.name, map, frame, caller);
  return name ? `${frame.prefix}${name} (${location})` : `${frame.prefix}${location}`;
}

/**
 * The function's name in the source: a minifier's maps name an identifier
 * where it is used, so the caller's call site (the next frame, in the same
 * file) names the function called, as Node itself looks it up.
 */
function originalName(name: string, map: SourceMap, frame: Frame, caller: Frame | undefined) {
  const plain = PLAIN_NAME.exec(name);
  if (!plain || caller?.file !== frame.file) return name;
  const { name: original } = map.findEntry(caller.line - 1, caller.column - 1) as Entry;
  return typeof original === 'string' && original !== '' ? `${plain[1]}${original}` : name;
}

function isPosition(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function shownSource(source: string, map: SourceMap): string {
  const root = map.payload.sourceRoot;
  const joined = typeof root === 'string' && root !== '' ? posix.join(root, source) : source;
  if (ABSOLUTE_SOURCE.test(joined)) return joined;
  return posix.normalize(joined).replace(/^(?:\.\.\/)+/, '');
}

function mapOf(file: string): SourceMap | null {
  const known = maps.get(file);
  if (known !== undefined) return known;
  let map: SourceMap | null = null;
  try {
    const mapFile = isRegularFile(file) ? mapFileOf(file) : undefined;
    if (mapFile && isRegularFile(mapFile))
      map = new SourceMap(JSON.parse(readFileSync(mapFile, 'utf8')));
  } catch {
    map = null;
  }
  maps.set(file, map);
  return map;
}

/** The map file `file`'s comment names (a data: URL is no file), else `<file>.map` if it exists. */
function mapFileOf(file: string): string | undefined {
  const url = MAPPING_URL.exec(tailOf(file))?.[1];
  if (url?.startsWith('data:')) return undefined;
  if (url) {
    return url.startsWith('file://') ? fileURLToPath(url) : resolve(dirname(file), decodeURI(url));
  }
  return existsSync(`${file}.map`) ? `${file}.map` : undefined;
}

function isRegularFile(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isFile() === true;
}

function tailOf(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    const length = Math.min(size, TAIL_BYTES);
    const buffer = Buffer.alloc(length);
    readSync(fd, buffer, 0, length, size - length);
    return buffer.toString('utf8');
  } finally {
    closeSync(fd);
  }
}
