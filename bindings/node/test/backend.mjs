// The adapter every test imports: it loads "the backend" under test, so the same suite runs
// against the napi addon (default) and, later, the WASM build:
//   CODEVAULT_BACKEND=/path/to/wasm/package/index.mjs node --test test/
// A backend module must export the public API (generate, encode, errors, …) by name.
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))

/** The repository root (shared vectors live there). */
export const repoRoot = resolve(here, '../../..')
export const testdata = join(repoRoot, 'testdata')
export const requestsDir = join(repoRoot, 'core/examples/requests')

const spec = process.env.CODEVAULT_BACKEND
const url = spec ? pathToFileURL(resolve(spec)).href : new URL('../index.mjs', import.meta.url).href

/** The API under test. */
const cv = await import(url)
export const backendName = spec ?? 'napi'
export default cv
