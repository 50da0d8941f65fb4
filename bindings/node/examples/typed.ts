// Type-checked by test.sh (`tsc -p tsconfig.json`): the declarations accept what the docs show.
import {
  type Artifacts,
  type Bearer,
  type EncodeArgs,
  type ErrorCode,
  type Request,
  type Style,
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

// The other symbologies' options and the linear style fields.
const ean = encode('9501234567891', { symbology: 'ean13', addon: '12', addon_gap: 9 })
const eanPng: Buffer = ean.toPng({ x_dim_mm: 0.33, dpi: 600, bar_height_mm: 15, print_gain: 5, quiet_zone_markers: true })
const itfStyle: Style = { bar_height: 40, text: false, font_size: 8, bearer_thickness: 2 }
const more: EncodeArgs[] = [
  { symbology: 'datamatrix', fnc1: 'gs1', square_only: true, dmre: false, reader_init: false },
  { symbology: 'datamatrix', structured_append: { index: 1, count: 2, parity: 0 }, structured_append_id: '1001' },
  { symbology: 'aztec', ecc_percent: 33, compact: true, version: 'C3' },
  { symbology: 'pdf417', security_level: 3, columns: 4, rows: 10, aspect_ratio: 0.5, macro_pdf417: { segment_index: 0, segment_count: 2, file_id: '042', last_segment: false } },
  { symbology: 'code128', extra_escape: true },
  { symbology: 'code39', check_digit: true, full_ascii: true },
  { symbology: 'codabar', show_check_digits: true },
  { symbology: 'itf14', bearer: 'frame' },
]
const bearer: Bearer = 'horizontal'
void [eanPng, itfStyle, more, bearer]

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
