'use strict'
// JS errors for CodeVault: `CodeVaultError` and one subclass per core error code, generated
// from the table the backend exports (`errorCodes()`, i.e. Rust's `ErrorCode::ALL`). The backend
// throws plain `Error`s carrying `code` (kebab name) and `errno` (stable number); `fromBackend`
// swaps in the matching subclass. Nothing here knows any individual code.

/** Base class of every error CodeVault reports about a request. */
class CodeVaultError extends Error {
  /**
   * @param {string} message the core's message, unchanged
   * @param {string} code kebab-case name, e.g. 'data-too-long'
   * @param {number} errno stable number, e.g. 9
   * @param {{cause?: unknown}} [options]
   */
  constructor(message, code, errno, options) {
    super(message, options)
    this.code = code
    this.errno = errno
  }

  /** Alias of `errno`, the stable number of the code. */
  get codeNumber() {
    return this.errno
  }
}
Object.defineProperty(CodeVaultError.prototype, 'name', {
  value: 'CodeVaultError',
  writable: true,
  configurable: true,
})

/** 'data-too-long' → 'DataTooLongError' */
function className(code) {
  return code.replace(/(^|-)([a-z0-9])/g, (_, __, c) => c.toUpperCase()) + 'Error'
}

/**
 * Builds the subclasses for a backend's code table.
 * @param {{number: number, name: string}[]} table
 */
function makeErrors(table) {
  const byCode = new Map()
  const classes = {}
  for (const { number, name: code } of table) {
    const name = className(code)
    // A named class per code, so stack traces and `err.name` say what went wrong.
    const cls = {
      [name]: class extends CodeVaultError {
        constructor(message, options) {
          super(message, code, number, options)
        }
      },
    }[name]
    Object.defineProperty(cls.prototype, 'name', { value: name, writable: true, configurable: true })
    Object.defineProperty(cls, 'code', { value: code, enumerable: true })
    Object.defineProperty(cls, 'errno', { value: number, enumerable: true })
    byCode.set(code, cls)
    classes[name] = cls
  }
  const errorCodes = Object.freeze(
    table.map(({ number, name: code }) => Object.freeze({ code, errno: number, className: className(code) })),
  )

  /** The CodeVaultError subclass for a backend error; anything else is returned unchanged. */
  function fromBackend(err) {
    if (err instanceof CodeVaultError || err === null || typeof err !== 'object') return err
    const cls = byCode.get(err.code)
    if (!cls) return err
    const converted = new cls(err.message)
    if (typeof err.index === 'number') converted.index = err.index
    return converted
  }

  return { CodeVaultError, classes, byCode, errorCodes, fromBackend, className }
}

module.exports = { CodeVaultError, makeErrors, className }
