// Quickstart (CommonJS): docs/quickstart-node.md runs this file from a fresh install.
const { encode, generateAsync, CodeVaultError } = require('codevault')

async function main() {
  const symbol = encode('https://example.com/menu', { symbology: 'qr', ecc: 'M' })
  const png = symbol.toPng({ module_size: 4, dpi: 300 })
  console.log(`PNG ${png.length} bytes, version ${symbol.version}, mask ${symbol.mask}`)

  const micro = encode('12345', { symbology: 'micro-qr' })
  console.log(`Micro QR ${micro.version}: ${micro.width}x${micro.height}`)

  const { outputs } = await generateAsync({ data: 'async hello', outputs: ['svg'] })
  console.log(outputs[0].data.toString('utf8').slice(0, 4))

  try {
    encode('x', { mask: 9 })
  } catch (err) {
    if (!(err instanceof CodeVaultError)) throw err
    console.log(`${err.code}: ${err.message}`)
  }
}

main()
