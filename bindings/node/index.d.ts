// Typed API of the `codevault` npm package (hand-written over the napi-generated
// `native.d.ts`; the error classes are generated into `errors.d.ts`). Option objects use the
// request JSON's own field names (snake_case), so a request moves unchanged between languages.

import type { Artifact, Artifacts, SymbolInfo } from './native'
import type { ErrorCode } from './errors'

export type { Artifact, Artifacts, SymbolInfo } from './native'
export * from './errors'

/** A symbology name: the QR family (`qr`, `micro-qr`, `rmqr`), 2D (`datamatrix`, `pdf417`, `aztec`, `aztec-rune`), 1D and postal codes. */
export type Symbology = 'qr' | 'micro-qr' | 'rmqr' | 'datamatrix' | 'pdf417' | 'aztec' | 'aztec-rune' | 'code128' | 'gs1-128' | 'ean13' | 'ean8' | 'upca' | 'upce' | 'code39' | 'code93' | 'itf' | 'itf14' | 'codabar' | 'imb' | 'postnet' | 'rm4scc' | 'maxicode' | 'dotcode' | 'hanxin' | 'micropdf417'
/** Error correction level. */
export type EccLevel = 'L' | 'M' | 'Q' | 'H'
/** A forced data mode. */
export type Mode = 'numeric' | 'alphanumeric' | 'byte' | 'kanji'
/** An output a request can ask for. */
export type OutputFormat = 'svg' | 'png' | 'txt' | 'matrix'
/** FNC1 mode: plain data, GS1 element strings, or an AIM industry application indicator. */
export type Fnc1 = 'none' | 'gs1' | { industry: number }

/** Encoder options (all optional; fields a symbology does not use are ignored by it). */
export interface EncodeOptions {
  /** Minimum error correction level (default `M`). */
  ecc?: EccLevel
  /** Raise the level while the symbol does not grow (default true). */
  boost?: boolean
  /** Pinned version: `"1"`–`"40"` or a number (QR), `"M1"`–`"M4"`, `"R7x43"`–`"R17x139"`. */
  version?: string | number | null
  /** Pinned mask: QR 0–7, Micro QR 0–3. */
  mask?: number | null
  /** Force one mode instead of optimal segments. */
  mode?: Mode | null
  /** ECI designator (0–999999); 26 marks UTF-8. Not in Micro QR. */
  eci?: number | null
  fnc1?: Fnc1
  /** Structured-append header for one symbol of a sequence (QR only). */
  structured_append?: { index: number; count: number; parity: number } | null
  /** Use Kanji mode for characters Shift JIS can carry (default true). */
  kanji?: boolean
}

/** `encode`'s options: the symbology beside the encoder options. */
export interface EncodeArgs extends EncodeOptions {
  symbology?: Symbology
}

/** How outputs are drawn (all optional). */
export interface Style {
  /** Dark modules: `#RGB`, `#RRGGBB`, `#RRGGBBAA`, `black`, `white` or `transparent`. */
  dark?: string
  /** Light modules and quiet zone. */
  light?: string
  /** Pixels per module (1–1000, default 10). */
  module_size?: number
  /** Quiet zone in modules (default: the symbology's own). */
  quiet_zone?: number | null
  /** Resolution stored in PNG and used for SVG's physical size. */
  dpi?: number | null
}

/** One request: exactly one of `data` and `data_base64`. Same shape as the request JSON. */
export interface Request {
  data?: string
  data_base64?: string
  symbology?: Symbology
  options?: EncodeOptions
  style?: Style
  /** Default `['svg']`. */
  outputs?: OutputFormat[]
}

/** An encoded symbol. Made by `encode` / `encodeAsync`. */
export declare class Symbol {
  private constructor()
  /** SVG document. */
  toSvg(style?: Style | string | null): string
  /** PNG bytes. */
  toPng(style?: Style | string | null): Buffer
  /** Terminal text (Unicode half blocks, quiet zone included). */
  toText(style?: Style | string | null): string
  /** Rows of modules, `true` = dark, without quiet zone. */
  toMatrix(): boolean[][]
  /** One line of `0`/`1` per row (the `matrix` output). */
  toMatrixText(): string
  readonly info: SymbolInfo
  readonly width: number
  readonly height: number
  /** `"10"`, `"M3"` or `"R13x43"`. */
  readonly version: string
  readonly ecc: EccLevel | null
  readonly mask: number | null
  readonly symbology: Symbology
  readonly quietZone: number
}

/** Base class of every error CodeVault reports about a request or its data. */
export declare class CodeVaultError extends Error {
  constructor(message: string, code: ErrorCode, errno: number, options?: { cause?: unknown })
  /** Stable kebab-case name, e.g. `'data-too-long'`. */
  readonly code: ErrorCode
  /** Stable number, e.g. 9 (never reused). */
  readonly errno: number
  /** Alias of `errno`. */
  readonly codeNumber: number
  /** Set on errors from `generateManyAsync`: which request failed. */
  index?: number
}

/** The error-code table, in numeric order. */
export declare const errorCodes: ReadonlyArray<{
  readonly code: ErrorCode
  readonly errno: number
  readonly className: string
}>

/** Encodes and renders one request (an object or its JSON text). Throws `CodeVaultError`. */
export declare function generate(request: Request | string): Artifacts
/** JSON in, JSON out (artifact bytes as base64). */
export declare function generateJson(text: string): string
/** Encodes text (as UTF-8) or bytes into a symbol. */
export declare function encode(
  data: string | Uint8Array | ArrayBuffer | ArrayBufferView,
  options?: EncodeArgs | null,
): Symbol
/** `generate` off the main thread. */
export declare function generateAsync(request: Request | string): Promise<Artifacts>
/**
 * Many requests off the main thread, spread over the cores. Resolves in order, or rejects with
 * the first failing request's error (`err.index`).
 */
export declare function generateManyAsync(requests: ReadonlyArray<Request | string>): Promise<Artifacts[]>
/** `encode` off the main thread. */
export declare function encodeAsync(
  data: string | Uint8Array | ArrayBuffer | ArrayBufferView,
  options?: EncodeArgs | null,
): Promise<Symbol>
/** The library version. */
export declare function version(): string
