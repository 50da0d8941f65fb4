// Quickstart (ES modules): docs/quickstart-node.md runs this file from a fresh install.
import { writeFileSync } from 'node:fs'

import { CodeVaultError, DataTooLongError, InvalidDataError, encode, generate, generateManyAsync } from 'codevault'

// One request in, artifacts out: the same JSON shape as every other CodeVault language.
const artifacts = generate({
  data: 'https://example.com',
  options: { ecc: 'H' },
  style: { dark: '#1a237e', module_size: 8 },
  outputs: ['svg', 'png'],
})
for (const { format, mediaType, data } of artifacts.outputs) {
  writeFileSync(`example.${format}`, data)
  console.log(`example.${format}: ${mediaType}, ${data.length} bytes`)
}
console.log(`QR version ${artifacts.symbol.version}, ECC ${artifacts.symbol.ecc}, ${artifacts.symbol.width} modules`)

// Or encode once and render as often as you like.
const symbol = encode('HELLO WORLD', { ecc: 'Q' })
console.log(symbol.toText())
console.log(`${symbol.width}x${symbol.height}, first row: ${symbol.toMatrix()[0].map(Number).join('')}`)

// Every other symbology takes its own options beside the QR ones; linear codes have style
// fields of their own. An EAN-13 with an add-on, X 0.33 mm at 600 dpi, bars 15 mm high:
const ean = encode('9501234567891', { symbology: 'ean13', addon: '12' })
writeFileSync('ean13.png', ean.toPng({ x_dim_mm: 0.33, dpi: 600, bar_height_mm: 15, quiet_zone_markers: true }))
// A GS1 Data Matrix: element strings in [AI] syntax, checked against the GS1 rules.
const gs1 = encode('[01]09501101530003[17]250101[10]ABC123', { symbology: 'datamatrix', fnc1: 'gs1' })
writeFileSync('gs1-datamatrix.svg', gs1.toSvg({ module_size: 6 }))
console.log(`EAN-13 ${ean.width} modules wide, GS1 Data Matrix ${gs1.version}`)

// Many requests off the main thread.
const batch = await generateManyAsync(
  ['alpha', 'beta', 'gamma'].map((data) => ({ data, outputs: ['png'] })),
)
console.log(`batch: ${batch.map((a) => a.outputs[0].data.length).join(', ')} bytes`)

// Errors are Error subclasses with a stable code.
try {
  encode('x'.repeat(5000))
} catch (err) {
  if (err instanceof DataTooLongError) console.log(`${err.name} (${err.code}, ${err.errno})`)
  else if (err instanceof CodeVaultError) console.log(`other CodeVault error: ${err.code}`)
  else throw err
}
try {
  encode('9501234567890', { symbology: 'ean13' })
} catch (err) {
  if (!(err instanceof InvalidDataError)) throw err
  console.log(`${err.code}: ${err.message}`) // invalid-data: invalid EAN-13 check digit: is 0, should be 1
}
