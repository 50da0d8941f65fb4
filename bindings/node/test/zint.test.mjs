// The zint vectors (testdata/zint/<symbology>/*.json): our matrix must equal zint's module for
// module, through the public encode(). The QR family's options are request options as they are;
// the other families' vectors hold the family's own options struct, mapped here to the flat
// request options. Those families follow the Rust tests' rules (formats/tests/zint_*.rs): Data
// Matrix `opt-…` and PDF417 `len-…` vectors, and the Aztec / Code 128 / GS1-128 vectors where
// zint's heuristic and our shortest-path plan differ, are compared by length there, so skipped.
import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'

import cv, { testdata } from './backend.mjs'

const root = join(testdata, 'zint')
const QR_FAMILY = ['qr', 'micro-qr', 'rmqr']
const FAMILIES = [
  'datamatrix', 'pdf417', 'aztec', 'aztec-rune', 'code128', 'gs1-128', 'ean13', 'ean8', 'upca',
  'upce', 'code39', 'code93', 'itf', 'itf14', 'codabar', 'imb', 'postnet', 'rm4scc',
]
const LENGTH_COMPARED = {
  aztec: new Set([
    'binary-300', 'binary-32', 'binary-62', 'binary-mixed', 'binary-nul', 'compact-C2-text',
    'compact-C3-text', 'compact-C4-text', 'eci-26', 'eci-899', 'gs1-2', 'mode-cr-alone',
    'mode-url', 'structapp-0', 'structapp-1', 'structapp-2', 'structapp-3', 'structapp-4',
  ]),
  code128: new Set(['latin1-8', 'random-bytes-0', 'digits-mixed-5', 'digits-mixed-6', 'init-3']),
  'gs1-128': new Set(['gtin-var-7', 'many-1', 'many-3', 'max-48', 'var-2', 'var-7', 'var-9', 'parens-var']),
}

/** Whether the Rust test of `family` compares vector `name` module for module. */
function moduleExact(family, name) {
  if (family === 'datamatrix') return !name.startsWith('opt-')
  if (family === 'pdf417') return name.startsWith('exact-')
  return !(LENGTH_COMPARED[family]?.has(name) ?? false)
}

/** A family's options struct as request options and style. */
function vectorOptions(options) {
  const encode = {}
  const style = {}
  for (const [key, value] of Object.entries(options)) {
    if (value === null || value === undefined) continue
    if (key === 'quiet_zone_markers') style[key] = value
    else if (key === 'show_check_digit') encode.show_check_digits = value
    else if (key === 'gs1') {
      if (value) encode.fnc1 = 'gs1'
    } else if (key === 'structured_append') {
      encode.structured_append = { index: value.index, count: value.total, parity: 0 }
      if (Array.isArray(value.file_id)) encode.structured_append_id = String(value.file_id[0] * 1000 + value.file_id[1])
      else if (value.id !== null && value.id !== undefined) encode.structured_append_id = value.id
    } else encode[key] = value
  }
  return { encode, style }
}

function files(dir) {
  return readdirSync(join(root, dir)).filter((f) => f.endsWith('.json')).sort()
}

function check(symbol, v) {
  const rows = symbol.toMatrix().map((row) => row.map((dark) => (dark ? '1' : '0')).join(''))
  assert.equal(symbol.width, v.matrix[0].length)
  assert.equal(symbol.height, v.matrix.length)
  assert.deepEqual(rows, v.matrix)
  assert.equal(symbol.toMatrixText(), v.matrix.join('\n') + '\n')
  assert.equal(symbol.symbology, v.symbology)
}

test('zint vectors exist', () => {
  for (const dir of [...QR_FAMILY, ...FAMILIES]) assert.ok(files(dir).length >= 50, dir)
})

for (const dir of QR_FAMILY) {
  for (const file of files(dir)) {
    test(`zint ${dir}/${file}`, () => {
      const v = JSON.parse(readFileSync(join(root, dir, file), 'utf8'))
      check(cv.encode(Buffer.from(v.data_hex, 'hex'), { symbology: v.symbology, ...v.options }), v)
    })
  }
}

let familyCount = 0
for (const dir of FAMILIES) {
  for (const file of files(dir)) {
    if (!moduleExact(dir, file.slice(0, -'.json'.length))) continue
    familyCount += 1
    test(`zint ${dir}/${file}`, () => {
      const v = JSON.parse(readFileSync(join(root, dir, file), 'utf8'))
      const { encode, style } = vectorOptions(v.options)
      const symbol = cv.encode(Buffer.from(v.data_hex, 'hex'), { symbology: v.symbology, ...encode })
      check(symbol, v)
      // Style-only fields (EAN quiet zone markers) render.
      if (Object.keys(style).length > 0) assert.match(symbol.toSvg(style), /^<svg/)
    })
  }
}

test('module-exact family vectors', () => {
  assert.equal(familyCount, 1620)
})
