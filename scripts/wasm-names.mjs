// Shortens the names by which wasm-bindgen's glue and the wasm call each other (used by
// scripts/post-build.mjs in release builds). wasm-bindgen names each of the two hundred
// imports after its JavaScript function and a hash (`__wbg_setAttribute_f75317b2b5cabfb4`),
// and writes every name twice: in the wasm's import section and in the glue's imports object.
// The hashes are random digits that gzip cannot shrink: the names were a twentieth of the
// interactive layer's gzip bytes. Here each import becomes `$` and a short counter, in both
// files at once, and so do the exports the glue calls (`wasm.__wbindgen_malloc`); other exports
// (`memory`, which the tests read from the module's exports, and `main`) keep their names.
// The wasm's code is untouched: only its import and export sections are rewritten.
// Why not binaryen's `wasm-opt --minify-imports`: it renames only the imports of Emscripten's
// `env` module, and maps none of wasm-bindgen's (tried with binaryen 132: an empty mapping).

const IMPORT_SECTION = 2;
const EXPORT_SECTION = 7;

/** A reader of the wasm binary format's LEB128 integers and names. */
class Reader {
  constructor(bytes, offset = 0) {
    this.bytes = bytes;
    this.offset = offset;
  }
  byte() {
    return this.bytes[this.offset++];
  }
  u32() {
    let result = 0;
    let shift = 0;
    for (;;) {
      const byte = this.byte();
      result += (byte & 0x7f) * 2 ** shift;
      shift += 7;
      if (byte < 0x80) return result;
    }
  }
  name() {
    const length = this.u32();
    const text = Buffer.from(this.bytes.subarray(this.offset, this.offset + length)).toString('utf8');
    this.offset += length;
    return text;
  }
  limits() {
    const flags = this.byte();
    this.u32();
    if (flags & 1) this.u32();
  }
}

const u32 = (value) => {
  const bytes = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    bytes.push(byte);
  } while (value > 0);
  return Buffer.from(bytes);
};
const name = (text) => {
  const bytes = Buffer.from(text, 'utf8');
  return Buffer.concat([u32(bytes.length), bytes]);
};

/** `$0`, `$1`, … `$z`, `$A`, … `$Z`, `$_`, `$10`, …: a property name in JavaScript. */
const shortName = (index) => {
  const digits = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_';
  let text = '';
  do {
    text = digits[index % digits.length] + text;
    index = Math.floor(index / digits.length);
  } while (index > 0);
  return `$${text}`;
};

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Every occurrence of a name as a whole identifier (not inside a longer one). */
const wholeName = (text) => new RegExp(`(?<![\\w$])${escapeRegExp(text)}(?![\\w$])`, 'g');

/** The sections of a wasm module: id, and where the payload starts and ends. */
function sections(wasm) {
  const reader = new Reader(wasm, 8);
  const found = [];
  while (reader.offset < wasm.length) {
    const id = reader.byte();
    const size = reader.u32();
    found.push({ id, start: reader.offset, end: reader.offset + size });
    reader.offset += size;
  }
  return found;
}

/** Reads past an import's kind and type; `what` names it in the error for an unknown kind. */
function skipImportDescription(reader, what) {
  const kind = reader.byte();
  if (kind === 0) reader.u32(); // a function: its type
  else if (kind === 1) { reader.byte(); reader.limits(); } // a table
  else if (kind === 2) reader.limits(); // a memory
  else if (kind === 3) { reader.byte(); reader.byte(); } // a global
  else if (kind === 4) { reader.byte(); reader.u32(); } // a tag
  else throw new Error(`wasm-names: import ${what} of unknown kind ${kind}`);
}

/** The import section with each glue import's field (and its module) renamed. */
function renameImports(wasm, section, glueModule, renamed, next) {
  const reader = new Reader(wasm, section.start);
  const count = reader.u32();
  const parts = [u32(count)];
  for (let i = 0; i < count; i++) {
    const module = reader.name();
    const field = reader.name();
    const descriptionStart = reader.offset;
    skipImportDescription(reader, `${module}.${field}`);
    const description = wasm.subarray(descriptionStart, reader.offset);
    if (module === glueModule.from) {
      if (!renamed.has(field)) renamed.set(field, next());
      parts.push(name(glueModule.to), name(renamed.get(field)), description);
    } else {
      parts.push(name(module), name(field), description);
    }
  }
  return Buffer.concat(parts);
}

/** The export section with the exports the glue calls renamed. */
function renameExports(wasm, section, glue, renamed, next) {
  const reader = new Reader(wasm, section.start);
  const count = reader.u32();
  const parts = [u32(count)];
  for (let i = 0; i < count; i++) {
    const field = reader.name();
    const descriptionStart = reader.offset;
    reader.byte();
    reader.u32();
    const description = wasm.subarray(descriptionStart, reader.offset);
    // Only wasm-bindgen's own exports, as the glue calls them (`wasm.__wbindgen_free(`).
    const called = field.startsWith('__') && new RegExp(`\\bwasm\\.${escapeRegExp(field)}(?![\\w$])`).test(glue);
    if (called && !renamed.has(field)) renamed.set(field, next());
    parts.push(name(called ? renamed.get(field) : field), description);
  }
  return Buffer.concat(parts);
}

/**
 * The wasm (a Buffer) and its glue (a string) with short import and export names. Throws if
 * a name is not where it should be, rather than write a module that cannot start.
 */
export function shortenNames(wasm, glue) {
  if (/(?<![\w$])\$[0-9a-zA-Z_]+(?![\w$])/.test(glue)) throw new Error('wasm-names: the glue already has a $name');
  const found = sections(wasm);
  const imports = found.find((section) => section.id === IMPORT_SECTION);
  const exports = found.find((section) => section.id === EXPORT_SECTION);
  if (!imports || !exports) throw new Error('wasm-names: the wasm has no import or no export section');

  // The glue's module: the one module name that its imports object holds as a key.
  const modules = new Set();
  const reader = new Reader(wasm, imports.start);
  for (let count = reader.u32(); count > 0; count--) {
    const module = reader.name();
    modules.add(module);
    skipImportDescription(reader, `${module}.${reader.name()}`);
  }
  const glueModules = [...modules].filter((module) => glue.split(`"${module}":`).length === 2);
  if (glueModules.length !== 1) throw new Error(`wasm-names: no single glue module among ${[...modules].join(', ')}`);
  const glueModule = { from: glueModules[0], to: 'a' };

  // One counter for both: no short name stands for two things anywhere in the glue.
  let count = 0;
  const next = () => shortName(count++);
  const importNames = new Map();
  const exportNames = new Map();
  const newSections = new Map([
    [imports, renameImports(wasm, imports, glueModule, importNames, next)],
    [exports, renameExports(wasm, exports, glue, exportNames, next)],
  ]);
  const parts = [wasm.subarray(0, 8)];
  for (const section of found) {
    const payload = newSections.get(section) ?? wasm.subarray(section.start, section.end);
    parts.push(Buffer.from([section.id]), u32(payload.length), payload);
  }

  let shortGlue = glue.replace(`"${glueModule.from}":`, `"${glueModule.to}":`);
  for (const [from, to] of [...importNames, ...exportNames]) {
    const pattern = wholeName(from);
    if (!pattern.test(shortGlue)) throw new Error(`wasm-names: ${from} is not in the glue`);
    // Exports are renamed where the glue calls them; the import keys, wherever they stand.
    shortGlue = shortGlue.replace(pattern, to);
  }
  return { wasm: Buffer.concat(parts), glue: shortGlue };
}
