// Quickstart (ES modules): docs/quickstart-node.md runs this file from a fresh install.
import { writeFileSync } from 'node:fs'

import { CodeVaultError, DataTooLongError, encode, generate, generateManyAsync } from 'codevault'

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
