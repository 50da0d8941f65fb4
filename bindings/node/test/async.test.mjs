// The async variants run off the main thread and give exactly what the sync calls give.
import assert from 'node:assert/strict'
import { test } from 'node:test'

import cv from './backend.mjs'

test('generateAsync equals generate', async () => {
  const request = { data: 'https://example.com/async', outputs: ['svg', 'png', 'matrix'] }
  const promise = cv.generateAsync(request)
  assert.ok(promise instanceof Promise)
  assert.deepEqual(await promise, cv.generate(request))
  assert.deepEqual(await cv.generateAsync(JSON.stringify(request)), cv.generate(request))
})

test('encodeAsync equals encode, for text and bytes', async () => {
  for (const data of ['HELLO', Buffer.from('HELLO'), new Uint8Array([0x48, 0x49])]) {
    const s = await cv.encodeAsync(data, { ecc: 'H' })
    assert.ok(s instanceof cv.Symbol)
    assert.equal(s.toMatrixText(), cv.encode(data, { ecc: 'H' }).toMatrixText())
    assert.equal(s.ecc, 'H')
  }
  const micro = await cv.encodeAsync('123', { symbology: 'micro-qr' })
  assert.equal(micro.symbology, 'micro-qr')
})

test('async errors reject with the same classes', async () => {
  await assert.rejects(cv.generateAsync({ data: 'x', options: { mask: 9 } }), cv.InvalidOptionError)
  await assert.rejects(cv.encodeAsync('x'.repeat(8000)), cv.DataTooLongError)
  await assert.rejects(cv.encodeAsync('x', { symbology: 'nope' }), cv.UnknownSymbologyError)
  // Wrong types reject too (never a synchronous throw from an async function).
  const p = cv.encodeAsync(42)
  assert.ok(p instanceof Promise)
  await assert.rejects(p, { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' })
  await assert.rejects(cv.generateAsync(42), TypeError)
  await assert.rejects(cv.generateManyAsync('nope'), TypeError)
  await assert.rejects(cv.generateManyAsync([{ data: 'x' }, 42]), TypeError)
})

test('generateManyAsync keeps order and equals generate', async () => {
  const requests = Array.from({ length: 50 }, (_, i) => ({
    data: `https://example.com/item/${i}`,
    options: { ecc: ['L', 'M', 'Q', 'H'][i % 4] },
    outputs: ['matrix', 'png'],
  }))
  const results = await cv.generateManyAsync(requests)
  assert.equal(results.length, requests.length)
  results.forEach((r, i) => assert.deepEqual(r, cv.generate(requests[i]), `request ${i}`))
  assert.deepEqual(await cv.generateManyAsync([]), [])
  // Strings and objects may be mixed.
  const mixed = await cv.generateManyAsync([JSON.stringify(requests[0]), requests[1]])
  assert.deepEqual(mixed[0], results[0])
})

test('generateManyAsync rejects with the first failing request and its index', async () => {
  const requests = [{ data: 'a' }, { data: 'b' }, { data: 'c', options: { version: 99 } }, {}]
  await assert.rejects(cv.generateManyAsync(requests), (err) => {
    assert.ok(err instanceof cv.InvalidOptionError)
    assert.equal(err.index, 2)
    return true
  })
})

test('the main thread keeps running while work is in flight', async () => {
  const big = Array.from({ length: 200 }, (_, i) => ({ data: 'x'.repeat(500) + i, outputs: ['png'] }))
  let ticks = 0
  const timer = setInterval(() => ticks++, 0)
  const started = performance.now()
  await cv.generateManyAsync(big)
  clearInterval(timer)
  const elapsed = performance.now() - started
  // When the batch takes measurable time, timers fired meanwhile.
  if (elapsed > 20) assert.ok(ticks > 0, `no timer ticks in ${elapsed.toFixed(1)} ms`)
  const many = await Promise.all(Array.from({ length: 20 }, (_, i) => cv.encodeAsync(`n${i}`)))
  assert.equal(many.length, 20)
})
