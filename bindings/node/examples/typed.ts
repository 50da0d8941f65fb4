// Type-checked by test.sh (`tsc -p tsconfig.json`): the declarations accept what the docs show.
import {
  type Artifacts,
  type EncodeArgs,
  type ErrorCode,
  type Request,
  CodeVaultError,
  DataTooLongError,
  encode,
  encodeAsync,
  generate,
  generateManyAsync,
} from 'codevault'

const request: Request = {
  data: 'https://example.com',
  symbology: 'qr',
  options: { ecc: 'H', version: 5, fnc1: 'none' },
  style: { dark: '#000', module_size: 4 },
  outputs: ['svg', 'png'],
}
const artifacts: Artifacts = generate(request)
const bytes: Buffer = artifacts.outputs[0].data
const options: EncodeArgs = { symbology: 'micro-qr', version: 'M3', ecc: 'L' }
const symbol = encode(new Uint8Array([1, 2, 3]), options)
const rows: boolean[][] = symbol.toMatrix()
const png: Buffer = symbol.toPng({ module_size: 2 })

async function later(): Promise<number> {
  const s = await encodeAsync('x')
  const all = await generateManyAsync([request, '{"data":"x"}'])
  return s.width + all.length + rows.length + png.length + bytes.length
}

try {
  generate({ data: 'x', options: { mask: 9 } })
} catch (err) {
  if (err instanceof DataTooLongError) {
    const errno: 9 = err.errno
    void errno
  } else if (err instanceof CodeVaultError) {
    const code: ErrorCode = err.code
    void code
  }
}
void later
