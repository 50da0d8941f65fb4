// Binding overhead by instruction count (valgrind callgrind), which stays stable on a loaded
// machine where wall-clock medians do not. Each side runs the call N1 and N2 times; the cost of
// one call is the difference divided by N2 - N1, so start-up and first-call work cancel out.
//
//   cd benches/node && node overhead-callgrind.mjs [--write]     (a few minutes)
import { execFileSync, spawnSync } from 'node:child_process'
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
// rust-ref builds into the repository's target/ unless CARGO_TARGET_DIR says otherwise.
process.env.CARGO_TARGET_DIR ??= join(here, '../../target')
const require = createRequire(import.meta.url)
const codevaultPath = require.resolve('codevault')

const request = {
  data: 'https://example.com/codevault?utm_source=print',
  options: { ecc: 'M', boost: false },
  style: { module_size: 10 },
}
const tmp = (name) => join(os.tmpdir(), `codevault-cg-${process.pid}-${name}`)

function instructions(argv) {
  const r = spawnSync('valgrind', ['--tool=callgrind', '--callgrind-out-file=/dev/null', ...argv], {
    encoding: 'utf8',
  })
  const m = /Collected : (\d+)/.exec(r.stderr)
  if (!m) throw new Error(`no callgrind total for ${argv.join(' ')}:\n${r.stderr.slice(-2000)}`)
  return Number(m[1])
}

// The Rust reference binary (rust-ref/), built once.
execFileSync('cargo', ['build', '--release', '--quiet', '--manifest-path', join(here, 'rust-ref/Cargo.toml')], {
  stdio: 'inherit',
})
const meta = JSON.parse(
  execFileSync('cargo', ['metadata', '--format-version', '1', '--no-deps', '--manifest-path', join(here, 'rust-ref/Cargo.toml')], {
    encoding: 'utf8',
  }),
)
const rustBin = join(meta.target_directory, 'release', 'codevault-bench-node-ref')

const cases = [
  { name: 'PNG: `generate(object)` vs `Request::from_json` + `generate`', format: 'png', js: 'cv.generate(r)', rust: 'parse_generate', n: [10, 30] },
  { name: 'PNG: `encode(data).toPng(style)` vs `encode` + `render`', format: 'png', js: 'cv.encode(r.data, r.options).toPng(r.style)', rust: 'encode_render', n: [10, 30] },
  { name: 'SVG: `generate(object)` vs `Request::from_json` + `generate`', format: 'svg', js: 'cv.generate(r)', rust: 'parse_generate', n: [100, 400] },
  { name: 'SVG: `encode(data).toSvg(style)` vs `encode` + `render`', format: 'svg', js: 'cv.encode(r.data, r.options).toSvg(r.style)', rust: 'encode_render', n: [100, 400] },
]

const rows = []
for (const c of cases) {
  const r = { ...request, outputs: [c.format] }
  const requestFile = tmp(`${c.format}.json`)
  writeFileSync(requestFile, JSON.stringify(r))
  const script = tmp(`${c.rust}-${c.format}.cjs`)
  writeFileSync(
    script,
    `const cv = require(${JSON.stringify(codevaultPath)})\n` +
      `const r = ${JSON.stringify(r)}\n` +
      `const n = Number(process.argv[2])\nfor (let i = 0; i < n; i++) ${c.js}\n`,
  )
  const [n1, n2] = c.n
  const node = (instructions(['node', script, String(n2)]) - instructions(['node', script, String(n1)])) / (n2 - n1)
  const rust =
    (instructions([rustBin, requestFile, String(n2), '0', c.rust]) -
      instructions([rustBin, requestFile, String(n1), '0', c.rust])) /
    (n2 - n1)
  unlinkSync(script)
  unlinkSync(requestFile)
  rows.push({ name: c.name, node, rust })
  console.error(`${c.name}: node ${node.toFixed(0)}, rust ${rust.toFixed(0)}, ${(((node - rust) / rust) * 100).toFixed(1)} %`)
}

const M = (n) => (n >= 1e6 ? `${(n / 1e6).toFixed(2)} M` : `${(n / 1e3).toFixed(1)} k`)
const lines = [
  `Instructions per call (callgrind, valgrind ${execFileSync('valgrind', ['--version'], { encoding: 'utf8' }).trim().replace('valgrind-', '')}, Node ${process.version}), URL payload, V4-M, 10 px modules:`,
  '',
  '| Node call vs Rust call | Node | Rust | overhead |',
  '|---|---:|---:|---:|',
  ...rows.map((r) => `| ${r.name} | ${M(r.node)} | ${M(r.rust)} | ${(((r.node - r.rust) / r.rust) * 100).toFixed(1)} % |`),
]
const table = lines.join('\n')
console.log(table)

if (process.argv.includes('--write')) {
  const path = join(here, 'RESULTS.md')
  const text = readFileSync(path, 'utf8')
  const begin = '<!-- callgrind:begin -->'
  const end = '<!-- callgrind:end -->'
  const i = text.indexOf(begin)
  const j = text.indexOf(end)
  if (i < 0 || j < 0) throw new Error('RESULTS.md lacks the callgrind markers')
  writeFileSync(path, text.slice(0, i + begin.length) + '\n' + table + '\n' + text.slice(j))
  console.error('RESULTS.md updated')
}
