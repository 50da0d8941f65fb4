// Package shape: CommonJS and ESM entries export the same API, generated files are current,
// the package.json entry points exist.
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'

import { backendName } from './backend.mjs'

const pkgDir = join(dirname(fileURLToPath(import.meta.url)), '..')
const napi = backendName === 'napi'

test('CommonJS and ESM export the same names and objects', { skip: !napi && 'napi package only' }, async () => {
  const require = createRequire(import.meta.url)
  const cjs = require(join(pkgDir, 'index.js'))
  const esm = await import(join(pkgDir, 'index.mjs'))
  const names = Object.keys(esm).filter((k) => k !== 'default').sort()
  assert.deepEqual(names, Object.keys(cjs).sort())
  for (const name of names) assert.equal(esm[name], cjs[name], name)
  assert.equal(esm.default, cjs)
})

test('generated index.mjs and errors.d.ts are current', { skip: !napi && 'napi package only' }, () => {
  execFileSync(process.execPath, [join(pkgDir, 'scripts/generate.mjs'), '--check'], { stdio: 'pipe' })
})

test('package.json entry points exist', { skip: !napi && 'napi package only' }, () => {
  const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'))
  assert.equal(pkg.name, 'codevault')
  for (const file of [pkg.main, pkg.types, pkg.exports['.'].import, pkg.exports['.'].require, pkg.exports['.'].types]) {
    assert.ok(existsSync(join(pkgDir, file)), file)
  }
})
