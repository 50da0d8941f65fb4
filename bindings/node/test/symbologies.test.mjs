// The options and style fields of every symbology family: encode()'s options and the render
// methods' style give what the same request gives to generate().
import assert from 'node:assert/strict'
import { test } from 'node:test'

import cv from './backend.mjs'

// [symbology, data, request options]: one case per family and option.
const cases = [
  ['datamatrix', '[01]09501101530003[17]250101[10]ABC', { fnc1: 'gs1' }],
  ['datamatrix', 'HELLO WORLD', { version: '16x48' }],
  ['datamatrix', 'HELLO', { square_only: true, reader_init: true }],
  ['datamatrix', 'HELLO WORLD 123456', { dmre: true }],
  ['datamatrix', 'PART', { structured_append: { index: 2, count: 3, parity: 0 }, structured_append_id: '42007' }],
  ['datamatrix', 'Grüße', { eci: 26 }],
  ['pdf417', 'PDF417 test 12345', { security_level: 4, columns: 3 }],
  ['pdf417', 'PDF417 rows', { rows: 12 }],
  ['pdf417', 'aspect', { aspect_ratio: 0.5 }],
  ['pdf417', 'compact pdf', { compact: true, reader_init: true }],
  ['pdf417', 'segment', {
    macro_pdf417: {
      segment_index: 1, segment_count: 3, file_id: '123456', file_name: 'report.txt',
      time_stamp: 1700000000, sender: 'CV', addressee: 'YOU', file_size: 4096, checksum: 4660,
    },
  }],
  ['pdf417', 'last', { macro_pdf417: { segment_index: 0, file_id: '7', last_segment: true } }],
  ['aztec', 'Aztec Code 2D', { ecc_percent: 50 }],
  ['aztec', 'compact', { compact: true }],
  ['aztec', '[01]09501101530003', { fnc1: 'gs1' }],
  ['aztec', 'message', { structured_append: { index: 1, count: 2, parity: 0 }, structured_append_id: 'ID42' }],
  ['aztec-rune', '25', {}],
  ['code128', 'Code 128 \\^1x', { extra_escape: true }],
  ['code128', 'INIT', { reader_init: true }],
  ['gs1-128', '[01]09501101530003[10]AB-123', {}],
  ['ean13', '9501234567891', { addon: '12' }],
  ['ean13', '950123456789', { addon: '52495', addon_gap: 10 }],
  ['ean8', '9501234', {}],
  ['upca', '01234567890', { addon: '12', addon_gap: 12 }],
  ['upce', '0123456', {}],
  ['code39', 'CODE39', { check_digit: true }],
  ['code39', 'full ascii!', { full_ascii: true }],
  ['code93', 'code 93', { full_ascii: true, show_check_digits: true }],
  ['itf', '1234567', { check_digit: true, bearer: 'horizontal' }],
  ['itf14', '1234567890123', { bearer: 'none' }],
  ['itf14', '1234567890123', { bearer: 'frame' }],
  ['codabar', 'A1234B', { check_digit: true, show_check_digits: true }],
  ['imb', '01234567094987654321-01234567891', {}],
  ['postnet', '12345', {}],
  ['rm4scc', 'SN34RD1A', {}],
]

for (const [symbology, data, options] of cases) {
  test(`encode(${symbology}, ${JSON.stringify(options)}) = generate`, async () => {
    const symbol = cv.encode(data, { symbology, ...options })
    const artifacts = cv.generate({ data, symbology, options, outputs: ['matrix', 'svg'] })
    assert.equal(symbol.toMatrixText(), artifacts.outputs[0].data.toString('utf8'))
    assert.equal(symbol.toSvg(), artifacts.outputs[1].data.toString('utf8'))
    assert.deepEqual(symbol.info, artifacts.symbol)
    assert.equal(symbol.symbology, symbology)
    const later = await cv.encodeAsync(data, { symbology, ...options })
    assert.equal(later.toMatrixText(), symbol.toMatrixText())
  })
}

test('each new option reaches the encoder', () => {
  const pairs = [
    ['aztec', 'Aztec Code 2D', { ecc_percent: 80 }],
    ['pdf417', 'PDF417 test', { security_level: 5 }],
    ['pdf417', 'PDF417 test', { columns: 5 }],
    ['pdf417', 'PDF417 test', { rows: 20 }],
    ['pdf417', 'PDF417 test', { aspect_ratio: 2 }],
    ['pdf417', 'PDF417 test', { compact: true }],
    ['pdf417', 'PDF417 test', { macro_pdf417: { segment_index: 0, segment_count: 2 } }],
    ['datamatrix', '1234567890123456789012345', { square_only: true }],
    ['datamatrix', 'HELLO', { reader_init: true }],
    ['datamatrix', 'HELLO', { structured_append: { index: 1, count: 2, parity: 0 }, structured_append_id: '2003' }],
    ['aztec', 'HELLO', { structured_append: { index: 1, count: 2, parity: 0 }, structured_append_id: 'X1' }],
    ['code39', 'ABC', { check_digit: true }],
    ['code128', 'A\\^1B', { extra_escape: true }],
    ['ean13', '950123456789', { addon: '12' }],
    ['ean13', '950123456789+12', { addon_gap: 12 }],
    ['itf', '1234', { check_digit: true }],
    ['itf', '1234', { bearer: 'frame' }],
    ['codabar', 'A123B', { check_digit: true }],
  ]
  for (const [symbology, data, options] of pairs) {
    const plain = cv.encode(data, { symbology })
    const withOption = cv.encode(data, { symbology, ...options })
    const changed = plain.toMatrixText() !== withOption.toMatrixText() || plain.toSvg() !== withOption.toSvg()
    assert.ok(changed, `${symbology} ${JSON.stringify(options)} made no difference`)
  }
  assert.throws(() => cv.encode('abc', { symbology: 'code39' }), cv.CodeVaultError)
  assert.ok(cv.encode('abc', { symbology: 'code39', full_ascii: true }).width > 0)
})

test('style fields match generate and change the drawing', () => {
  const style = {
    x_dim_mm: 0.33, dpi: 600, bar_height_mm: 15, print_gain: 5, text: true, font_size: 9.5,
    quiet_zone_markers: true,
  }
  const symbol = cv.encode('9501234567891', { symbology: 'ean13', addon: '12' })
  const artifacts = cv.generate({
    data: '9501234567891', symbology: 'ean13', options: { addon: '12' }, style, outputs: ['png', 'svg'],
  })
  assert.deepEqual(symbol.toPng(style), artifacts.outputs[0].data)
  assert.equal(symbol.toSvg(style), artifacts.outputs[1].data.toString('utf8'))
  assert.equal(symbol.toSvg(JSON.stringify(style)), artifacts.outputs[1].data.toString('utf8'))
  assert.match(symbol.toSvg(style), /mm"/)
  const base = symbol.toSvg()
  for (const [field, value] of [['x_dim_mm', 0.5], ['bar_height', 30], ['print_gain', 10], ['text', false], ['font_size', 12], ['quiet_zone_markers', true]]) {
    assert.notEqual(symbol.toSvg({ [field]: value }), base, field)
  }
  const itf14 = cv.encode('1234567890123', { symbology: 'itf14' })
  assert.notEqual(itf14.toSvg({ bearer_thickness: 2 }), itf14.toSvg())
  assert.ok(itf14.toPng({ module_size: 2, bar_height: 20, text: false, bearer_thickness: 0 }).length > 0)
})

test('bad style fields and options raise typed errors', () => {
  const ean8 = cv.encode('12345670', { symbology: 'ean8' })
  for (const style of [{ bar_height: 10, bar_height_mm: 5 }, { print_gain: 60 }, { x_dim_mm: 0 }, { bearer_thickness: -1 }]) {
    assert.throws(() => ean8.toSvg(style), cv.InvalidSizeError, JSON.stringify(style))
  }
  assert.throws(() => ean8.toSvg({ bar_height: '10' }), cv.InvalidJsonError)
  assert.throws(() => cv.encode('1234', { symbology: 'itf', bearer: 'diagonal' }), cv.InvalidJsonError)
  assert.throws(() => cv.encode('12345', { symbology: 'pdf417', security_level: 9 }), cv.InvalidOptionError)
  assert.throws(() => cv.encode('12345', { symbology: 'aztec', ecc_percent: 99 }), cv.InvalidOptionError)
  assert.throws(() => cv.encode('12345', { symbology: 'pdf417', macro_pdf417: { segment_idx: 1 } }), cv.InvalidJsonError)
})

test('a wrong EAN-13 check digit is invalid-data, sync and async', async () => {
  const message = 'invalid EAN-13 check digit: is 0, should be 1'
  for (const fn of [
    () => cv.encode('9501234567890', { symbology: 'ean13' }),
    () => cv.generate({ data: '9501234567890', symbology: 'ean13' }),
  ]) {
    assert.throws(fn, (err) => {
      assert.ok(err instanceof cv.InvalidDataError && err instanceof cv.CodeVaultError)
      assert.equal(err.code, 'invalid-data')
      assert.equal(err.errno, 17)
      assert.equal(err.message, message)
      return true
    })
  }
  await assert.rejects(cv.encodeAsync('9501234567890', { symbology: 'ean13' }), { code: 'invalid-data', errno: 17, message })
})
