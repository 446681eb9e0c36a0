/**
 * A lossless, smaller form of a list of JSON documents, for shipping the seed plans to the browser.
 *
 * `packPlans(docs)` turns the documents into a {@link Packed} value (itself plain JSON) and
 * `unpackPlans(packed)` gives them back exactly: `JSON.stringify(unpackPlans(packPlans(docs)))`
 * equals `JSON.stringify(docs)` for every JSON input, key order included. Both are pure and know
 * nothing of the plan schema beyond one convention: an object may carry a
 * `provenance: { section, quote }` citation. Three rewrites make the gzipped text smaller:
 *
 * 1. **Sections.** In every object `o` whose `provenance` is an object with a `section`, a string
 *    section becomes its index (a number) in the document's own list of section strings.
 * 2. **Quotes.** When that provenance's `quote` is a string equal to a string field of `o` itself
 *    (say the initiative's `title`), the quote becomes the index (a number) of that field among
 *    `o`'s keys. (Fields named `provenance`, `section` or `quote` are never pointed at.)
 * 3. **Shapes.** Every object becomes an array `[1 + s, ...values]`: `s` indexes one list of key
 *    lists shared by all documents (`shapes`), and the values follow in that key order. Keys are
 *    written once in all, and objects with the same keys repeat the same small number.
 *
 * Markers never collide with data, because each sits where the data cannot have that type:
 * - in a section or quote slot a number is a marker; a real value there that is a number or an
 *   array is written wrapped in a one-element array, any other real value as itself;
 * - after step 3 there are no objects, and an array whose first element is a number is a tagged
 *   form: tag 0 is an array (the tag is added exactly when the array's own first element is a
 *   number), tags from 1 up are objects. An array whose first element is not a number is itself.
 *
 * Input is what `JSON.parse` returns. As in `JSON.stringify`, a property whose value is
 * `undefined` is treated as absent and an `undefined` array element as `null`; values JSON cannot
 * hold (functions, symbols, bigints, NaN/Infinity, objects with `toJSON`, cycles) are rejected
 * with a `TypeError`. The format carries a version number; a reader refuses another version.
 */

/** A JSON value as `JSON.parse` returns it. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
type JsonObject = { [key: string]: JsonValue };

/** The version of the packed format written by {@link packPlans}, read by {@link unpackPlans}. */
export const PACK_FORMAT_VERSION = 1;

/** One packed document: its table of provenance sections and its rewritten value. */
export interface PackedDocument {
  sections: string[];
  value: JsonValue;
}

/** The packed form of a list of documents (plain JSON, safe to write to a file). */
export interface Packed {
  /** {@link PACK_FORMAT_VERSION} of the writer. */
  version: number;
  /** The key lists of all objects of all documents, each once, in order of first use. */
  shapes: string[][];
  documents: PackedDocument[];
}

/** Tag of an array whose first element is a number; tags from OBJECT up are objects (OBJECT + shape index). */
const ARRAY = 0;
const OBJECT = 1;
/** Keys of an object whose string value a quote marker may not point at (they are rewritten themselves). */
const NOT_QUOTE_SOURCES = new Set(['provenance', 'section', 'quote']);

const hasOwn = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Sets an own property, also for the key `__proto__` (a plain assignment would set the prototype). */
function setOwn(target: JsonObject, key: string, value: JsonValue): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  else target[key] = value;
}

/** A copy of `value` as JSON holds it (see the module notes); throws a TypeError for what JSON cannot hold. */
function toJson(value: unknown, path: string, ancestors: Set<object>): JsonValue {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`${path}: ${value} is not a JSON number`);
      return value;
    case 'object': {
      if (value === null) return null;
      if (typeof (value as { toJSON?: unknown }).toJSON === 'function') throw new TypeError(`${path}: objects with toJSON are not JSON data`);
      if (ancestors.has(value)) throw new TypeError(`${path}: circular structure`);
      ancestors.add(value);
      let out: JsonValue;
      if (Array.isArray(value)) {
        out = Array.from(value, (item: unknown, i) => (item === undefined ? null : toJson(item, `${path}/${i}`, ancestors))); // holes too
      } else {
        const obj: JsonObject = {};
        for (const key of Object.keys(value)) {
          const item = (value as Record<string, unknown>)[key];
          if (item !== undefined) setOwn(obj, key, toJson(item, `${path}/${key}`, ancestors));
        }
        out = obj;
      }
      ancestors.delete(value);
      return out;
    }
    default:
      throw new TypeError(`${path}: a ${typeof value} is not JSON data`);
  }
}

/** The provenance object of `o` whose section (and quote) get rewritten, if it has one. */
function provenanceOf(o: JsonObject): JsonObject | undefined {
  if (!hasOwn(o, 'provenance')) return undefined;
  const p = o['provenance'];
  return isObject(p) && hasOwn(p, 'section') ? p : undefined;
}

/** Steps 1 and 2: sections to indexes, quotes equal to a sibling field to that field's index. */
function rewriteProvenance(doc: JsonValue): PackedDocument {
  const sections: string[] = [];
  const sectionIndex = new Map<string, number>();
  const escape = (v: JsonValue): JsonValue => (typeof v === 'number' || Array.isArray(v) ? [walk(v)] : walk(v));
  const walk = (v: JsonValue): JsonValue => {
    if (Array.isArray(v)) return v.map(walk);
    if (!isObject(v)) return v;
    const out: JsonObject = {};
    const keys = Object.keys(v);
    for (const key of keys) setOwn(out, key, walk(v[key]!));
    const p = provenanceOf(v);
    if (p) {
      const rewritten = out['provenance'] as JsonObject;
      const section = p['section']!;
      if (typeof section === 'string') {
        let i = sectionIndex.get(section);
        if (i === undefined) {
          i = sections.push(section) - 1;
          sectionIndex.set(section, i);
        }
        rewritten['section'] = i;
      } else rewritten['section'] = escape(section);
      if (hasOwn(p, 'quote')) {
        const quote = p['quote']!;
        const source = typeof quote === 'string' ? keys.findIndex((k) => !NOT_QUOTE_SOURCES.has(k) && v[k] === quote) : -1;
        rewritten['quote'] = source >= 0 ? source : escape(quote);
      }
    }
    return out;
  };
  const value = walk(doc);
  return { sections, value };
}

/**
 * Step 3: every object becomes `[1 + shape, ...values]`, where `shape` indexes the shared list of
 * key lists; an array whose first element is a number gets the tag 0 in front.
 */
function encodeShapes(v: JsonValue, shapes: string[][], shapeIndex: Map<string, number>): JsonValue {
  if (Array.isArray(v)) {
    const items = v.map((item) => encodeShapes(item, shapes, shapeIndex));
    return typeof items[0] === 'number' ? [ARRAY, ...items] : items;
  }
  if (!isObject(v)) return v;
  const keys = Object.keys(v);
  const id = JSON.stringify(keys);
  let shape = shapeIndex.get(id);
  if (shape === undefined) {
    shape = shapes.push(keys) - 1;
    shapeIndex.set(id, shape);
  }
  return [OBJECT + shape, ...keys.map((k) => encodeShapes(v[k]!, shapes, shapeIndex))];
}

/**
 * Packs documents (each a JSON value, e.g. one plan) into one {@link Packed} JSON value.
 * Pure: the input is not changed. Throws a TypeError for values JSON cannot hold; an `undefined`
 * document becomes `null`, as it would in `JSON.stringify(docs)`.
 */
export function packPlans(docs: unknown[]): Packed {
  const shapes: string[][] = [];
  const shapeIndex = new Map<string, number>();
  const documents = docs.map((doc, i) => {
    const { sections, value } = rewriteProvenance(doc === undefined ? null : toJson(doc, `/${i}`, new Set()));
    return { sections, value: encodeShapes(value, shapes, shapeIndex) };
  });
  return { version: PACK_FORMAT_VERSION, shapes, documents };
}

function corrupt(what: string): never {
  throw new Error(`packed data is corrupt: ${what}`);
}

/** The documents `packed` was made from. Pure: builds new objects, leaves `packed` unchanged. */
export function unpackPlans(packed: Packed): unknown[] {
  if (!isObject(packed) || packed.version !== PACK_FORMAT_VERSION) {
    throw new Error(`packed data has format version ${isObject(packed) ? String(packed.version) : '(none)'}; this reader reads version ${PACK_FORMAT_VERSION}`);
  }
  const { shapes, documents } = packed;
  if (!Array.isArray(shapes) || !Array.isArray(documents)) corrupt('no shapes or documents list');
  return documents.map(({ sections, value }) => {
    if (!Array.isArray(sections)) corrupt('no sections list');
    return unpackValue(value, shapes, sections);
  });
}

function unpackValue(value: JsonValue, shapes: string[][], sections: string[]): JsonValue {
  const unwrap = (a: JsonValue[]): JsonValue => (a.length === 1 ? a[0]! : corrupt('a wrapped value is not one element'));

  /** Undoes steps 1–2 on a freshly built object whose children are already unpacked. */
  const restore = (o: JsonObject): JsonObject => {
    if (!hasOwn(o, 'provenance')) return o;
    const p = o['provenance'];
    if (!isObject(p) || !hasOwn(p, 'section')) return o;
    const section = p['section']!;
    if (typeof section === 'number') p['section'] = sections[section] ?? corrupt(`no section ${section}`);
    else if (Array.isArray(section)) p['section'] = unwrap(section);
    if (hasOwn(p, 'quote')) {
      const quote = p['quote']!;
      if (typeof quote === 'number') {
        const key = Object.keys(o)[quote];
        const text = key === undefined || NOT_QUOTE_SOURCES.has(key) ? undefined : o[key];
        p['quote'] = typeof text === 'string' ? text : corrupt(`quote points at field ${quote}, which is not a text`);
      } else if (Array.isArray(quote)) p['quote'] = unwrap(quote);
    }
    return o;
  };

  const walk = (v: JsonValue): JsonValue => {
    if (!Array.isArray(v)) return isObject(v) ? corrupt('an object outside a shape') : v;
    const tag = v[0];
    if (typeof tag !== 'number') return v.map(walk);
    if (tag === ARRAY) return v.slice(1).map(walk);
    const keys = shapes[tag - OBJECT];
    if (!keys || keys.length !== v.length - 1) corrupt(`an object does not fit shape ${tag - OBJECT}`);
    const o: JsonObject = {};
    for (let i = 0; i < keys.length; i++) setOwn(o, keys[i]!, walk(v[i + 1]!));
    return restore(o);
  };

  return walk(value);
}
