'use strict'
// The public API over a backend (the napi addon here; the WASM build can reuse it). This layer
// only converts: JS values to the JSON text the core parses, backend errors to CodeVaultError
// subclasses, and wrong JS types to TypeError (code 'ERR_INVALID_ARG_TYPE'). Every decision
// about requests, options and styles is made by the Rust core.

const { makeErrors } = require('./errors.js')

function describe(value) {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'object') return `an instance of ${value.constructor?.name ?? 'Object'}`
  return `type ${typeof value} (${String(value).slice(0, 40)})`
}

function argTypeError(name, expected, value) {
  const err = new TypeError(`The "${name}" argument must be ${expected}. Received ${describe(value)}`)
  err.code = 'ERR_INVALID_ARG_TYPE'
  return err
}

function isPlainObject(value) {
  return (
    value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    !ArrayBuffer.isView(value) &&
    !(value instanceof ArrayBuffer)
  )
}

/** A request, options or style as JSON text (objects serialised, strings passed through). */
function jsonArg(name, value, { optional = false } = {}) {
  if (optional && (value === undefined || value === null)) return undefined
  if (typeof value === 'string') return value
  if (isPlainObject(value)) return JSON.stringify(value)
  throw argTypeError(name, optional ? 'an object, a JSON string or undefined' : 'an object or a JSON string', value)
}

/** Data to encode: text (UTF-8) or bytes. */
function dataArg(data) {
  if (typeof data === 'string' || data instanceof Uint8Array) return data
  if (data instanceof ArrayBuffer) return new Uint8Array(data)
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
  throw argTypeError('data', 'a string, Buffer, Uint8Array or ArrayBuffer', data)
}

/** Encoder options: the symbology travels beside the `EncodeOptions`. */
function encodeArgs(options) {
  if (options === undefined || options === null) return [undefined, undefined]
  if (!isPlainObject(options)) throw argTypeError('options', 'an object or undefined', options)
  const { symbology, ...rest } = options
  if (symbology !== undefined && symbology !== null && typeof symbology !== 'string') {
    throw argTypeError('options.symbology', 'a string', symbology)
  }
  return [symbology ?? undefined, JSON.stringify(rest)]
}

function createApi(backend) {
  const errors = makeErrors(backend.errorCodes())
  const { fromBackend } = errors

  function call(fn) {
    try {
      return fn()
    } catch (err) {
      throw fromBackend(err)
    }
  }

  function callAsync(fn) {
    let promise
    try {
      promise = fn()
    } catch (err) {
      return Promise.reject(fromBackend(err))
    }
    return promise.then(undefined, (err) => {
      throw fromBackend(err)
    })
  }

  /** An encoded symbol; render it with `toSvg`, `toPng`, `toText`, `toMatrix`. */
  class Symbol {
    #inner
    /** @internal use `encode` / `encodeAsync` */
    constructor(inner) {
      if (inner === undefined || inner === null || typeof inner.toMatrix !== 'function') {
        throw new TypeError('codevault Symbol objects are made by encode() and encodeAsync()')
      }
      this.#inner = inner
    }
    toSvg(style) {
      const json = jsonArg('style', style, { optional: true })
      return call(() => this.#inner.toSvg(json))
    }
    toPng(style) {
      const json = jsonArg('style', style, { optional: true })
      return call(() => this.#inner.toPng(json))
    }
    toText(style) {
      const json = jsonArg('style', style, { optional: true })
      return call(() => this.#inner.toText(json))
    }
    toMatrix() {
      return this.#inner.toMatrix()
    }
    toMatrixText() {
      return this.#inner.toMatrixText()
    }
    get info() {
      return this.#inner.info
    }
    get width() {
      return this.#inner.width
    }
    get height() {
      return this.#inner.height
    }
    get version() {
      return this.#inner.version
    }
    get ecc() {
      return this.#inner.ecc ?? null
    }
    get mask() {
      return this.#inner.mask ?? null
    }
    get symbology() {
      return this.#inner.symbology
    }
    get quietZone() {
      return this.#inner.quietZone
    }
    get [globalThis.Symbol.toStringTag]() {
      return 'codevault.Symbol'
    }
  }

  function generate(request) {
    const json = jsonArg('request', request)
    return call(() => backend.generate(json))
  }

  function generateJson(text) {
    if (typeof text !== 'string') throw argTypeError('text', 'a JSON string', text)
    return call(() => backend.generateJson(text))
  }

  function encode(data, options) {
    const bytes = dataArg(data)
    const [symbology, optionsJson] = encodeArgs(options)
    return new Symbol(call(() => backend.encode(bytes, symbology, optionsJson)))
  }

  function generateAsync(request) {
    return callAsync(() => backend.generateAsync(jsonArg('request', request)))
  }

  function generateManyAsync(requests) {
    return callAsync(() => {
      if (!Array.isArray(requests)) throw argTypeError('requests', 'an array of requests', requests)
      return backend.generateManyAsync(requests.map((r, i) => jsonArg(`requests[${i}]`, r)))
    })
  }

  function encodeAsync(data, options) {
    return callAsync(() => {
      const bytes = dataArg(data)
      const [symbology, optionsJson] = encodeArgs(options)
      return backend.encodeAsync(bytes, symbology, optionsJson).then((inner) => new Symbol(inner))
    })
  }

  return {
    generate,
    generateJson,
    encode,
    generateAsync,
    generateManyAsync,
    encodeAsync,
    version: () => backend.version(),
    Symbol,
    CodeVaultError: errors.CodeVaultError,
    ...errors.classes,
    errorCodes: errors.errorCodes,
  }
}

module.exports = { createApi }
