// Every zint vector (testdata/zint/<symbology>/*.json): our matrix must equal zint's module for
// module, through the public encode() with the vector's options as they are.
import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'

import cv, { testdata } from './backend.mjs'

const root = join(testdata, 'zint')
const dirs = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory())

test('zint vectors exist', () => {
  assert.ok(dirs.length >= 3, `expected symbology folders under ${root}`)
})

for (const dir of dirs) {
  const files = readdirSync(join(root, dir.name)).filter((f) => f.endsWith('.json')).sort()
  for (const file of files) {
    test(`zint ${dir.name}/${file}`, () => {
      const v = JSON.parse(readFileSync(join(root, dir.name, file), 'utf8'))
      const symbol = cv.encode(Buffer.from(v.data_hex, 'hex'), { symbology: v.symbology, ...v.options })
      const rows = symbol.toMatrix().map((row) => row.map((dark) => (dark ? '1' : '0')).join(''))
      assert.equal(symbol.width, v.matrix[0].length)
      assert.equal(symbol.height, v.matrix.length)
      assert.deepEqual(rows, v.matrix)
      assert.equal(symbol.toMatrixText(), v.matrix.join('\n') + '\n')
    })
  }
}
