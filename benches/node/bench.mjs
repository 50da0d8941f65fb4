// codevault (napi) vs npm `qrcode` vs `qr-code-styling` (jsdom for SVG, node-canvas for PNG),
// in the same run: SVG and PNG, plain and styled, two payloads; medians and ratios. Then the
// binding's overhead over the same facade call in Rust (rust-ref/).
//
//   cd benches/node && npm install && node bench.mjs [--write] [--quick]
//
// --write replaces the table in RESULTS.md; --quick takes fewer samples.
import { execFileSync } from 'node:child_process'
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

import * as cv from 'codevault'
import QRCode from 'qrcode'

const require = createRequire(import.meta.url)
const here = dirname(fileURLToPath(import.meta.url))
// rust-ref builds into the repository's target/ unless CARGO_TARGET_DIR says otherwise.
process.env.CARGO_TARGET_DIR ??= join(here, '../../target')
const quick = process.argv.includes('--quick')
const write = process.argv.includes('--write')

const { QRCodeStyling } = require('qr-code-styling/lib/qr-code-styling.common.js')
const { JSDOM } = require('jsdom')
let nodeCanvas = null
let canvasNote = ''
try {
  nodeCanvas = require('canvas')
} catch (err) {
  canvasNote = `canvas not loadable (${err.code ?? err.message.split('\n')[0]}): qr-code-styling PNG skipped`
}

const version = (name) => JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')).version

// ---- timing ----------------------------------------------------------------------------------

const SAMPLES = quick ? 5 : 7
const SAMPLE_MS = quick ? 10 : 25
const ROUNDS = quick ? 1 : 3

/** Median time per call in microseconds (each sample times a batch sized to ~SAMPLE_MS). */
async function measure(fn) {
  // Warm up, and estimate the cost of one call.
  let n = 0
  const start = performance.now()
  while (n < 5 || (performance.now() - start < 100 && n < 200)) {
    await fn()
    n++
  }
  const per = (performance.now() - start) / n
  const batch = Math.max(1, Math.round(SAMPLE_MS / per))
  const samples = []
  for (let s = 0; s < SAMPLES; s++) {
    const t0 = performance.now()
    for (let i = 0; i < batch; i++) await fn()
    samples.push(((performance.now() - t0) / batch) * 1000)
  }
  samples.sort((a, b) => a - b)
  return samples[samples.length >> 1]
}

// Sync calls measured without awaiting a non-promise (await costs a microtask per call).
async function measureSync(fn) {
  let n = 0
  const start = performance.now()
  while (n < 5 || (performance.now() - start < 100 && n < 2000)) {
    fn()
    n++
  }
  const per = (performance.now() - start) / n
  const batch = Math.max(1, Math.round(SAMPLE_MS / per))
  const samples = []
  for (let s = 0; s < SAMPLES; s++) {
    const t0 = performance.now()
    for (let i = 0; i < batch; i++) fn()
    samples.push(((performance.now() - t0) / batch) * 1000)
  }
  samples.sort((a, b) => a - b)
  return samples[samples.length >> 1]
}

// ---- the cases -------------------------------------------------------------------------------

const payloads = {
  'URL (46 B)': 'https://example.com/codevault?utm_source=print',
  'text (500 B)': 'CodeVault benchmark payload. '.repeat(18).slice(0, 500),
}

// Same symbol everywhere: ECC M, no boost (the peers have none).
const styles = {
  plain: { dark: '#000000', light: '#ffffff', module: 10, quiet: 4 },
  styled: { dark: '#1a237e', light: '#fffde7', module: 8, quiet: 2 },
}

function codevaultCase(data, st, format) {
  const request = {
    data,
    options: { ecc: 'M', boost: false },
    style: { dark: st.dark, light: st.light, module_size: st.module, quiet_zone: st.quiet },
    outputs: [format],
  }
  return () => cv.generate(request).outputs[0].data
}

function qrcodeCase(data, st, format) {
  const options = {
    errorCorrectionLevel: 'M',
    margin: st.quiet,
    scale: st.module,
    color: { dark: st.dark + 'ff', light: st.light + 'ff' },
  }
  if (format === 'svg') return () => QRCode.toString(data, { ...options, type: 'svg' })
  return () => QRCode.toBuffer(data, { ...options, type: 'png' })
}

function stylingCase(data, st, format, modules) {
  const size = (modules + 2 * st.quiet) * st.module
  const options = {
    width: size,
    height: size,
    margin: st.quiet * st.module,
    data,
    qrOptions: { errorCorrectionLevel: 'M' },
    dotsOptions: { color: st.dark, type: 'square' },
    cornersSquareOptions: { color: st.dark, type: 'square' },
    cornersDotOptions: { color: st.dark, type: 'square' },
    backgroundOptions: { color: st.light },
  }
  if (format === 'svg') {
    return () => new QRCodeStyling({ jsdom: JSDOM, type: 'svg', ...options }).getRawData('svg')
  }
  if (!nodeCanvas) return null
  return () => new QRCodeStyling({ jsdom: JSDOM, nodeCanvas, type: 'canvas', ...options }).getRawData('png')
}

function check(format, out, who) {
  const buf = Buffer.isBuffer(out) ? out : Buffer.from(String(out))
  const ok = format === 'png' ? buf.subarray(1, 4).toString() === 'PNG' : /<svg/.test(buf.toString('utf8', 0, 400))
  if (!ok) throw new Error(`${who} did not produce ${format}`)
  return buf.length
}

const fmt = (us) => (us >= 1000 ? `${(us / 1000).toFixed(2)} ms` : `${us.toFixed(1)} µs`)
const ratio = (peer, ours) => (peer == null ? 'n/a' : `${(peer / ours).toFixed(1)}×`)

const rows = []
for (const [payloadName, data] of Object.entries(payloads)) {
  const modules = cv.encode(data, { ecc: 'M', boost: false }).width
  const versionName = cv.encode(data, { ecc: 'M', boost: false }).version
  for (const [styleName, st] of Object.entries(styles)) {
    for (const format of ['svg', 'png']) {
      const ours = codevaultCase(data, st, format)
      const peerA = qrcodeCase(data, st, format)
      const peerB = stylingCase(data, st, format, modules)
      const sizes = [check(format, ours(), 'codevault'), check(format, await peerA(), 'qrcode')]
      if (peerB) sizes.push(check(format, await peerB(), 'qr-code-styling'))
      // Rounds interleave the libraries; each keeps its lowest round median (robust to load).
      let tOurs = Infinity
      let tA = Infinity
      let tB = peerB ? Infinity : null
      for (let round = 0; round < ROUNDS; round++) {
        tOurs = Math.min(tOurs, await measureSync(ours))
        tA = Math.min(tA, await measure(peerA))
        if (peerB) tB = Math.min(tB, await measure(peerB))
      }
      const row = {
        payload: `${payloadName}, V${versionName}`,
        style: styleName,
        format,
        codevault: tOurs,
        qrcode: tA,
        styling: tB,
        sizes,
      }
      rows.push(row)
      console.error(
        `${row.payload} ${styleName} ${format}: codevault ${fmt(tOurs)}, qrcode ${fmt(tA)} (${ratio(tA, tOurs)}), ` +
          `qr-code-styling ${tB == null ? 'n/a' : fmt(tB)} (${ratio(tB, tOurs)})`,
      )
    }
  }
}

// ---- binding overhead: Node calls vs the same facade calls in Rust ------------------------------
// Node and Rust (rust-ref/) are timed in alternating rounds; each side's figure is its lowest
// round median, which is the most robust against other load on a shared machine.

const refRequest = {
  data: payloads['URL (46 B)'],
  options: { ecc: 'M', boost: false },
  style: { module_size: 10 },
  outputs: ['png'],
}
const refSvgRequest = { ...refRequest, outputs: ['svg'] }
const files = [refRequest, refSvgRequest].map((r, i) => {
  const f = join(os.tmpdir(), `codevault-bench-${process.pid}-${i}.json`)
  writeFileSync(f, JSON.stringify(r))
  return f
})
let overhead = null
try {
  const refArgs = ['run', '--release', '--quiet', '--manifest-path', join(here, 'rust-ref/Cargo.toml'), '--']
  const iterations = quick ? 100 : 300
  const runRef = (file) =>
    JSON.parse(execFileSync('cargo', [...refArgs, file, String(iterations), String(SAMPLES)], { encoding: 'utf8' }))
  const pngText = JSON.stringify(refRequest)
  const symbolArgs = { ecc: 'M', boost: false }
  const node = {
    generate: () => cv.generate(refRequest),
    generateText: () => cv.generate(pngText),
    encodePng: () => cv.encode(refRequest.data, symbolArgs).toPng({ module_size: 10 }),
    generateSvg: () => cv.generate(refSvgRequest),
    encodeSvg: () => cv.encode(refRequest.data, symbolArgs).toSvg({ module_size: 10 }),
  }
  const best = {}
  const keep = (k, v) => (best[k] = Math.min(best[k] ?? Infinity, v))
  for (let round = 0; round < (quick ? 2 : 5); round++) {
    const png = runRef(files[0])
    const svg = runRef(files[1])
    keep('rustParseGenerate', png.parse_generate / 1000)
    keep('rustGenerate', png.generate / 1000)
    keep('rustEncodeRender', png.encode_render / 1000)
    keep('rustSvgParseGenerate', svg.parse_generate / 1000)
    keep('rustSvgEncodeRender', svg.encode_render / 1000)
    for (const [k, fn] of Object.entries(node)) keep(k, await measureSync(fn))
  }
  overhead = {
    rows: [
      ['PNG: `generate(object)` vs `Request::from_json` + `generate`', best.generate, best.rustParseGenerate],
      ['PNG: `generate(jsonText)` vs `Request::from_json` + `generate`', best.generateText, best.rustParseGenerate],
      ['PNG: `encode(data).toPng(style)` vs `encode` + `render`', best.encodePng, best.rustEncodeRender],
      ['SVG: `generate(object)` vs `Request::from_json` + `generate`', best.generateSvg, best.rustSvgParseGenerate],
      ['SVG: `encode(data).toSvg(style)` vs `encode` + `render`', best.encodeSvg, best.rustSvgEncodeRender],
    ],
    rustGenerateOnly: best.rustGenerate,
  }
} catch (err) {
  console.error(`binding overhead not measured: ${err.message}`)
} finally {
  for (const f of files) {
    try {
      unlinkSync(f)
    } catch {}
  }
}

// ---- report ----------------------------------------------------------------------------------

const cpu = os.cpus()
const lines = []
lines.push(
  `Machine: ${cpu[0]?.model ?? 'unknown CPU'} × ${cpu.length}, Node ${process.version}; ` +
    `codevault ${cv.version()} (napi, release), qrcode ${version('qrcode')}, ` +
    `qr-code-styling ${version('qr-code-styling')} with jsdom ${version('jsdom')}` +
    (nodeCanvas ? ` and canvas ${version('canvas')}` : '') +
    `. Per call: the lowest of ${ROUNDS} interleaved round medians (${SAMPLES} samples of ~${SAMPLE_MS} ms each).`,
)
if (canvasNote) lines.push('', canvasNote)
lines.push(
  '',
  '| payload | style | output | codevault | qrcode | ratio | qr-code-styling | ratio |',
  '|---|---|---|---:|---:|---:|---:|---:|',
)
for (const r of rows) {
  lines.push(
    `| ${r.payload} | ${r.style} | ${r.format.toUpperCase()} | ${fmt(r.codevault)} | ${fmt(r.qrcode)} | ` +
      `${ratio(r.qrcode, r.codevault)} | ${r.styling == null ? 'n/a' : fmt(r.styling)} | ${ratio(r.styling, r.codevault)} |`,
  )
}
const minA = Math.min(...rows.map((r) => r.qrcode / r.codevault))
const stylingRatios = rows.filter((r) => r.styling != null).map((r) => r.styling / r.codevault)
lines.push(
  '',
  `Slowest ratio: qrcode ${minA.toFixed(1)}×` +
    (stylingRatios.length ? `, qr-code-styling ${Math.min(...stylingRatios).toFixed(1)}×` : '') +
    ` (target ≥ 10×: ${minA >= 10 && (!stylingRatios.length || Math.min(...stylingRatios) >= 10) ? 'met' : 'NOT met'}).`,
)
if (overhead) {
  lines.push(
    '',
    'Binding overhead (URL payload, V' + cv.encode(refRequest.data, { ecc: 'M', boost: false }).version + '-M, 10 px modules; lowest round median of each side):',
    '',
    '| Node call vs Rust call | Node | Rust | overhead |',
    '|---|---:|---:|---:|',
  )
  for (const [name, node, rust] of overhead.rows) {
    lines.push(`| ${name} | ${fmt(node)} | ${fmt(rust)} | ${(((node - rust) / rust) * 100).toFixed(1)} % |`)
  }
  lines.push('', `Rust \`generate\` (PNG) on an already parsed request: ${fmt(overhead.rustGenerateOnly)}.`)
}
const table = lines.join('\n')
console.log(table)

if (write) {
  const path = join(here, 'RESULTS.md')
  const text = readFileSync(path, 'utf8')
  const begin = '<!-- results:begin -->'
  const end = '<!-- results:end -->'
  const i = text.indexOf(begin)
  const j = text.indexOf(end)
  if (i < 0 || j < 0) throw new Error('RESULTS.md lacks the results markers')
  writeFileSync(path, text.slice(0, i + begin.length) + '\n' + table + '\n' + text.slice(j))
  console.error('RESULTS.md updated')
}
