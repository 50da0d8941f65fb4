// The error table: every core ErrorCode has a JS class with the right code, number and name,
// declared in errors.d.ts, and the classes behave as real Error subclasses.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'

import cv, { repoRoot } from './backend.mjs'

/** The core's table, read from its source: `ErrorCode::Name = n` and `ErrorCode::Name => "name"`. */
function coreTable() {
  const src = readFileSync(join(repoRoot, 'core/src/error.rs'), 'utf8')
  const enumBody = src.slice(src.indexOf('pub enum ErrorCode'), src.indexOf('impl ErrorCode'))
  const numbers = new Map([...enumBody.matchAll(/^\s*(\w+) = (\d+),/gm)].map((m) => [m[1], Number(m[2])]))
  const names = new Map([...src.matchAll(/ErrorCode::(\w+) => "([a-z0-9-]+)"/g)].map((m) => [m[1], m[2]]))
  assert.ok(numbers.size > 0 && numbers.size === names.size, 'could not read the core table')
  return [...numbers].map(([variant, errno]) => ({ errno, code: names.get(variant) })).sort((a, b) => a.errno - b.errno)
}

test('every core error code has a class, in numeric order', () => {
  const core = coreTable()
  assert.deepEqual(
    cv.errorCodes.map(({ code, errno }) => ({ errno, code })),
    core,
  )
  for (const { code, errno, className } of cv.errorCodes) {
    const cls = cv[className]
    assert.equal(typeof cls, 'function', className)
    assert.equal(cls.code, code)
    assert.equal(cls.errno, errno)
    const err = new cls('boom')
    assert.ok(err instanceof cls && err instanceof cv.CodeVaultError && err instanceof Error)
    assert.equal(err.name, className)
    assert.equal(err.code, code)
    assert.equal(err.errno, errno)
    assert.equal(err.codeNumber, errno)
    assert.equal(err.message, 'boom')
    assert.match(err.stack, new RegExp(`^${className}: boom`))
    assert.equal(Object.prototype.toString.call(err), '[object Error]')
  }
})

test('class names follow the codes', () => {
  for (const { code, className } of cv.errorCodes) {
    const expected = code.split('-').map((w) => w[0].toUpperCase() + w.slice(1)).join('') + 'Error'
    assert.equal(className, expected)
  }
  assert.equal(new Set(cv.errorCodes.map((c) => c.errno)).size, cv.errorCodes.length, 'numbers are unique')
})

test('errors.d.ts declares every class', () => {
  const dts = readFileSync(new URL('../errors.d.ts', import.meta.url), 'utf8')
  for (const { code, errno, className } of cv.errorCodes) {
    assert.match(dts, new RegExp(`export declare class ${className} extends CodeVaultError`))
    assert.match(dts, new RegExp(`readonly code: '${code}'\\n  readonly errno: ${errno}\\n`))
  }
})

test('errors keep the cause option and survive structured cloning as Errors', () => {
  const cause = new Error('inner')
  const err = new cv.DataTooLongError('outer', { cause })
  assert.equal(err.cause, cause)
  const cloned = structuredClone(err)
  assert.ok(cloned instanceof Error)
  assert.equal(cloned.message, 'outer')
})

// One reachable error per code with its exact message, through the public API. Codes that
// this build cannot produce (a feature is on, or the failure is a bug) are listed as such.
const messages = [
  ['invalid-json', () => cv.generate('{"data": 1}'), 'invalid request json at line 1 column 10: invalid type: integer `1`, expected a string'],
  ['missing-data', () => cv.generate({}), 'request has no data: set exactly one of data and data_base64'],
  ['conflicting-data', () => cv.generate({ data: 'x', data_base64: 'eA==' }), 'request has both data and data_base64: set exactly one'],
  ['invalid-base64', () => cv.generate({ data_base64: 'eAx!' }), 'invalid base64 in data_base64 at character 3'],
  ['unknown-symbology', () => cv.encode('x', { symbology: 'qr-code' }), 'unknown symbology "qr-code": expected one of qr, micro-qr, rmqr, datamatrix, pdf417, aztec, aztec-rune, code128, gs1-128, ean13, ean8, upca, upce, code39, code93, itf, itf14, codabar, imb, postnet, rm4scc, maxicode, dotcode, hanxin, micropdf417'],
  ['invalid-option', () => cv.encode('x', { mask: 9 }), 'invalid mask 9: QR masks are 0-7'],
  ['char-not-in-mode', () => cv.encode('12A4', { mode: 'numeric' }), /^character "A" at byte 2 cannot be encoded in numeric mode/],
  ['data-too-long', () => cv.encode('x'.repeat(3000), { ecc: 'H' }), /^data needs [\d,]+ bits/],
  ['invalid-color', () => cv.encode('x').toSvg({ dark: 'red-ish' }), /^invalid colou?r "red-ish"/],
  ['invalid-size', () => cv.encode('x').toPng({ module_size: 0 }), 'module size 0 is out of range: use a value from 1 to 1000'],
  ['image-too-large', () => cv.encode('x').toPng({ module_size: 1000, quiet_zone: 1000 }), /^image of \d+x\d+ pixels exceeds the limit/],
  ['char-not-in-charset', () => cv.generate({ data: 'Grüße €', options: { eci: 3 } }), 'character "€" at byte 8 is not in ISO-8859-1 (ECI 3): use ECI 26 (UTF-8) or remove the character'],
  ['invalid-data', () => cv.encode('9501234567890', { symbology: 'ean13' }), 'invalid EAN-13 check digit: is 0, should be 1'],
]
const unreachable = new Set(['unsupported-symbology', 'unsupported-output', 'encode-failed', 'render-failed'])

test('every reachable code, with its message, through the public API', () => {
  const covered = new Set(unreachable)
  for (const [code, fn, message] of messages) {
    if (!cv.errorCodes.some((c) => c.code === code)) continue // a code this core does not have yet
    const entry = cv.errorCodes.find((c) => c.code === code)
    assert.throws(fn, (err) => {
      assert.ok(err instanceof cv[entry.className], `${code}: got ${err?.name}: ${err?.message}`)
      assert.equal(err.code, code)
      assert.equal(err.errno, entry.errno)
      if (message instanceof RegExp) assert.match(err.message, message)
      else assert.equal(err.message, message)
      return true
    })
    covered.add(code)
  }
  const missing = cv.errorCodes.map((c) => c.code).filter((c) => !covered.has(c))
  assert.deepEqual(missing, [], 'codes without a case in this table')
})

test('docs/quickstart-node.md lists every error class', () => {
  const doc = readFileSync(join(repoRoot, 'docs/quickstart-node.md'), 'utf8')
  for (const { code, errno, className } of cv.errorCodes) {
    assert.ok(doc.includes(`| \`${className}\` | \`${code}\` | ${errno} |`), `${className} missing from the docs table`)
  }
})
