// Data and argument types: text, Buffer, Uint8Array, ArrayBuffer and views encode the same
// bytes; wrong JS types give a TypeError with code ERR_INVALID_ARG_TYPE, never a crash.
import assert from 'node:assert/strict'
import { test } from 'node:test'

import cv from './backend.mjs'

const rows = (s) => s.toMatrixText()

test('text is encoded as UTF-8, bytes as they are', () => {
  const text = 'Grüße, 世界 https://example.com'
  const fromText = rows(cv.encode(text))
  const utf8 = Buffer.from(text, 'utf8')
  assert.equal(rows(cv.encode(utf8)), fromText)
  assert.equal(rows(cv.encode(new Uint8Array(utf8))), fromText)
  assert.equal(rows(cv.encode(utf8.buffer.slice(utf8.byteOffset, utf8.byteOffset + utf8.length))), fromText)
  // A view into the middle of a larger buffer reads only its own bytes.
  const big = Buffer.concat([Buffer.from('xxxx'), utf8, Buffer.from('yyyy')])
  assert.equal(rows(cv.encode(big.subarray(4, 4 + utf8.length))), fromText)
  assert.equal(rows(cv.encode(new DataView(big.buffer, big.byteOffset + 4, utf8.length))), fromText)
})

test('binary data (not UTF-8) round-trips through encode and data_base64', () => {
  const bytes = Buffer.from([0x00, 0x01, 0x02, 0x03, 0xfe, 0xff, 0x80, 0x81])
  const viaEncode = rows(cv.encode(bytes, { mode: 'byte' }))
  const viaRequest = cv
    .generate({ data_base64: bytes.toString('base64'), options: { mode: 'byte' }, outputs: ['matrix'] })
    .outputs[0].data.toString('utf8')
  assert.equal(viaEncode, viaRequest)
})

test('encode options and symbology', () => {
  const s = cv.encode('HELLO WORLD', { ecc: 'Q', boost: false, version: 1, mask: 2 })
  assert.equal(s.symbology, 'qr')
  assert.equal(s.version, '1')
  assert.equal(s.ecc, 'Q')
  assert.equal(s.mask, 2)
  assert.equal(s.width, 21)
  assert.equal(s.height, 21)
  assert.equal(s.quietZone, 4)
  assert.deepEqual(s.info, { ...s.info, symbology: 'qr', version: '1', width: 21, height: 21 })

  const micro = cv.encode('12345', { symbology: 'micro-qr', version: 'M2' })
  assert.equal(micro.symbology, 'micro-qr')
  assert.equal(micro.version, 'M2')
  assert.equal(micro.width, 13)
  assert.equal(micro.quietZone, 2)

  const rmqr = cv.encode('HELLO', { symbology: 'rmqr' })
  assert.equal(rmqr.symbology, 'rmqr')
  assert.match(rmqr.version, /^R\d+x\d+$/)
  assert.ok(rmqr.width > rmqr.height)

  // Options a symbology refuses come back as the core's error.
  assert.throws(() => cv.encode('x', { symbology: 'micro-qr', version: 'M1', ecc: 'Q' }), cv.InvalidOptionError)
  // Unknown option fields are refused, as in request JSON.
  assert.throws(() => cv.encode('x', { colour: 'red' }), { name: 'InvalidJsonError', code: 'invalid-json' })
})

test('Symbol renders every format, with and without a style', () => {
  const s = cv.encode('https://example.com')
  const matrix = s.toMatrix()
  assert.equal(matrix.length, s.height)
  assert.ok(matrix.every((row) => row.length === s.width && row.every((m) => typeof m === 'boolean')))
  assert.equal(matrix.map((r) => r.map(Number).join('')).join('\n') + '\n', s.toMatrixText())

  const svg = s.toSvg()
  assert.match(svg, /^<svg|^<\?xml/)
  const styled = s.toSvg({ dark: '#1a237e', light: '#fffde7', module_size: 4 })
  assert.match(styled, /1a237e/i)
  assert.notEqual(styled, svg)
  assert.equal(s.toSvg('{"dark": "#1a237e", "light": "#fffde7", "module_size": 4}'), styled)

  const png = s.toPng({ module_size: 2 })
  assert.ok(Buffer.isBuffer(png))
  assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG')
  const text = s.toText()
  assert.ok(text.includes('█') || text.includes('▀'))

  // The same bytes as generate() gives for the same request.
  const a = cv.generate({ data: 'https://example.com', style: { module_size: 2 }, outputs: ['png', 'svg', 'txt'] })
  assert.deepEqual(a.outputs[0].data, png)
  assert.equal(a.outputs[1].data.toString('utf8'), s.toSvg({ module_size: 2 }))
  assert.equal(a.outputs[2].data.toString('utf8'), s.toText({ module_size: 2 }))
  assert.equal(String(s), '[object codevault.Symbol]')
})

test('wrong argument types give TypeError with ERR_INVALID_ARG_TYPE', () => {
  const typeError = { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' }
  for (const bad of [undefined, null, 42, true, [1, 2], () => 1, Symbol('x'), 10n]) {
    assert.throws(() => cv.encode(bad), typeError, `encode(${String(bad)})`)
    assert.throws(() => cv.generate(bad), typeError, `generate(${String(bad)})`)
    assert.throws(() => cv.generateJson(bad), typeError, `generateJson(${String(bad)})`)
  }
  for (const bad of [42, 'qr', [1], true]) {
    assert.throws(() => cv.encode('x', bad), typeError, `encode options ${String(bad)}`)
  }
  assert.throws(() => cv.encode('x', { symbology: 5 }), typeError)
  const s = cv.encode('x')
  for (const bad of [42, [1], true, new Uint8Array(2)]) {
    assert.throws(() => s.toSvg(bad), typeError)
    assert.throws(() => s.toPng(bad), typeError)
    assert.throws(() => s.toText(bad), typeError)
  }
  // Values JSON cannot carry fail as JSON would, with a TypeError, not a crash.
  assert.throws(() => cv.generate({ data: 'x', options: { version: 10n } }), TypeError)
  const cyclic = { data: 'x' }
  cyclic.self = cyclic
  assert.throws(() => cv.generate(cyclic), TypeError)
  // Symbols are made by encode only.
  assert.throws(() => new cv.Symbol(), TypeError)
  assert.throws(() => new cv.Symbol({}), TypeError)
})

test('JSON-shaped values a request may hold', () => {
  // undefined fields are left out, as JSON.stringify does.
  const a = cv.generate({ data: 'x', data_base64: undefined, options: undefined, outputs: ['matrix'] })
  assert.equal(a.outputs[0].format, 'matrix')
  // Null options and style mean the defaults only where the core accepts null.
  assert.throws(() => cv.generate({ data: 'x', options: null }), { code: 'invalid-json' })
  // A request as JSON text and as an object give the same artifacts.
  const text = '{"data":"hello","outputs":["svg"]}'
  assert.deepEqual(cv.generate(text), cv.generate(JSON.parse(text)))
})

test('version() is the package version', async () => {
  assert.match(cv.version(), /^\d+\.\d+\.\d+/)
})

test('text with an ECI is converted to its character set, as generate() does; bytes are not', () => {
  const text = 'Grüße aus Köln'
  const viaRequest = cv.generate({ data: text, options: { eci: 3 }, outputs: ['matrix'] }).outputs[0].data.toString()
  assert.equal(cv.encode(text, { eci: 3 }).toMatrixText(), viaRequest)
  assert.equal(cv.encode(Buffer.from(text, 'latin1'), { eci: 3 }).toMatrixText(), viaRequest)
  assert.notEqual(cv.encode(Buffer.from(text, 'utf8'), { eci: 3 }).toMatrixText(), viaRequest)
  assert.throws(() => cv.encode('5 €', { eci: 3 }), { code: 'char-not-in-charset' })
})
