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

/** ITF / ITF-14 bearer bars. */
export type Bearer = 'none' | 'horizontal' | 'frame'

/** Structured append: one symbol of a sequence (QR, Data Matrix, Aztec). */
export interface StructuredAppend {
  /** This symbol's place in the sequence, from 1. */
  index: number
  /** Number of symbols in the sequence. */
  count: number
  /** QR: parity byte of the whole message (XOR of its bytes); Data Matrix and Aztec ignore it (give 0). */
  parity: number
}

/** Macro PDF417 control block: which segment of a file this symbol is, and the file fields. */
export interface MacroPdf417 {
  /** This symbol's place in the file, counting from 0 (0–99998). */
  segment_index?: number
  /** File ID as decimal digits, read in groups of three (each 000–899); empty: no ID. */
  file_id?: string
  /** Number of segments in the file (1–99999). */
  segment_count?: number | null
  /** File name (printable ASCII, tab, CR, LF). */
  file_name?: string | null
  /** Time stamp: seconds since 1970-01-01 UTC. */
  time_stamp?: number | null
  /** Sender (printable ASCII, tab, CR, LF). */
  sender?: string | null
  /** Addressee (printable ASCII, tab, CR, LF). */
  addressee?: string | null
  /** File size in bytes. */
  file_size?: number | null
  /** CRC-16 checksum of the whole file (0–65535). */
  checksum?: number | null
  /** Marks the file's last segment. */
  last_segment?: boolean
}

/** Encoder options (all optional; fields a symbology does not use are ignored by it). */
export interface EncodeOptions {
  /** Minimum error correction level (default `M`). */
  ecc?: EccLevel
  /** Raise the level while the symbol does not grow (default true). */
  boost?: boolean
  /**
   * Pinned version: `"1"`–`"40"` or a number (QR), `"M1"`–`"M4"`, `"R7x43"`–`"R17x139"`;
   * Data Matrix sizes (`"24x24"`, `"16x48"`), Aztec layers (`"5"`, compact `"C3"`).
   */
  version?: string | number | null
  /** Pinned mask: QR 0–7, Micro QR 0–3. */
  mask?: number | null
  /** Force one mode instead of optimal segments. */
  mode?: Mode | null
  /** ECI designator (0–999999); 26 marks UTF-8. QR, rMQR, Data Matrix, Aztec, PDF417. */
  eci?: number | null
  /** FNC1: `'gs1'` for GS1 element strings (`[01]…` syntax) in QR, Data Matrix, Aztec. */
  fnc1?: Fnc1
  /** Structured append (QR, Data Matrix, Aztec). */
  structured_append?: StructuredAppend | null
  /** Use Kanji mode for characters Shift JIS can carry (default true). */
  kanji?: boolean
  /** Aztec: minimum share of error correction codewords, in percent (5–95; default 23). */
  ecc_percent?: number | null
  /** PDF417: error correction level 0–8 (default: by data size). */
  security_level?: number | null
  /** PDF417: data columns 1–30. */
  columns?: number | null
  /** PDF417: rows 3–90 (default: as few as fit). */
  rows?: number | null
  /** PDF417: target height ÷ width when neither columns nor rows are pinned. */
  aspect_ratio?: number | null
  /** PDF417: compact (truncated) PDF417. Aztec: compact symbols only. */
  compact?: boolean
  /** Reader initialisation / programming symbol (Data Matrix, Aztec, PDF417, Code 128). */
  reader_init?: boolean
  /** Data Matrix: square sizes only. */
  square_only?: boolean
  /** Data Matrix: also the DMRE rectangular sizes (ISO/IEC 21471). */
  dmre?: boolean
  /** The optional check character (Code 39 mod 43, ITF, Codabar mod 16). */
  check_digit?: boolean
  /** Code 39 / Code 93: full ASCII. */
  full_ascii?: boolean
  /** EAN/UPC: EAN-2 or EAN-5 add-on digits (also accepted after `+` in the data). */
  addon?: string | null
  /** EAN/UPC: gap before the add-on, in modules (default 9 for UPC-A/E, 7 for EAN). */
  addon_gap?: number | null
  /** Code 93 / Codabar: print the check characters in the human-readable text. */
  show_check_digits?: boolean
  /** ITF / ITF-14 bearer bars (default none for ITF, a frame for ITF-14). */
  bearer?: Bearer | null
  /** Code 128: `\^1`–`\^3` in the data are FNC1–FNC3, `\^^` a literal `\^`. */
  extra_escape?: boolean
  /**
   * Structured append ID: Aztec a message ID (no spaces, ≤ 32 bytes), Data Matrix a file ID
   * as first × 1000 + second, each 1–254 (e.g. `"1001"`).
   */
  structured_append_id?: string | null
  /** PDF417: Macro PDF417 control block. */
  macro_pdf417?: MacroPdf417 | null
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
  /**
   * X-dimension (one module) in millimetres (above 0, at most 100): SVG sizes in mm; with
   * `dpi`, PNG gets round(X × dpi ÷ 25.4) pixels per module. Postal codes default to their
   * specification's X.
   */
  x_dim_mm?: number | null
  /** Linear symbols: bar height in modules (default: the standard's). */
  bar_height?: number | null
  /** Linear symbols: bar height in mm (needs a physical X); not with `bar_height`. */
  bar_height_mm?: number | null
  /** Linear and postal symbols: bar width reduction in percent of X (−50 to 50, default 0). */
  print_gain?: number
  /** Linear symbols: draw the human-readable text (default true). */
  text?: boolean
  /** Height of the human-readable digits in modules (default 8). */
  font_size?: number | null
  /** EAN/UPC: draw the quiet zone markers `<` `>` (default false). */
  quiet_zone_markers?: boolean
  /** ITF / ITF-14 bearer bar thickness in modules (0–100, default 5; 0 leaves them out). */
  bearer_thickness?: number | null
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
