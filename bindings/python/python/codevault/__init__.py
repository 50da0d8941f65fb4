"""CodeVault: barcodes (QR, Micro QR, rMQR, Data Matrix, PDF417, Aztec, Code 128, GS1-128,
EAN/UPC, Code 39, Code 93, ITF, Codabar, IMb, POSTNET, RM4SCC) from a pure-Rust core.

Two ways in, the same results:

* ``encode(data, **options)`` returns a :class:`Symbol` to render with ``to_svg``,
  ``to_png``, ``to_text``, ``to_matrix`` or ``to_pil``;
* ``generate(request)`` takes a request (a ``dict`` or JSON text, the same shape in every
  CodeVault language) and returns :class:`Artifacts`.

Every failure raises a subclass of :class:`CodeVaultError` whose ``code`` and ``name`` are the
stable numbers and names of the CodeVault error table.

Thread safety: every function and object is safe to use from many threads. Objects are
immutable, and encoding and rendering run with the GIL released, so threads encode in
parallel.
"""

from __future__ import annotations

from enum import Enum

from ._native import (
    ERROR_CODES,
    Artifact,
    Artifacts,
    CharNotInCharsetError,
    CharNotInModeError,
    CodeVaultError,
    ConflictingDataError,
    DataTooLongError,
    EncodeFailedError,
    ImageTooLargeError,
    InvalidDataError,
    InvalidBase64Error,
    InvalidColorError,
    InvalidJsonError,
    InvalidOptionError,
    InvalidSizeError,
    MissingDataError,
    RenderFailedError,
    Symbol,
    SymbolInfo,
    UnknownSymbologyError,
    UnsupportedOutputError,
    UnsupportedSymbologyError,
    __version__,
    encode,
    generate,
    generate_json,
)


class Symbology(str, Enum):
    """The symbologies; any ``str`` argument accepts the value (``"micro-qr"``) too."""

    QR = "qr"
    MICRO_QR = "micro-qr"
    RMQR = "rmqr"
    DATAMATRIX = "datamatrix"
    PDF417 = "pdf417"
    AZTEC = "aztec"
    AZTEC_RUNE = "aztec-rune"
    CODE128 = "code128"
    GS1_128 = "gs1-128"
    EAN13 = "ean13"
    EAN8 = "ean8"
    UPCA = "upca"
    UPCE = "upce"
    CODE39 = "code39"
    CODE93 = "code93"
    ITF = "itf"
    ITF14 = "itf14"
    CODABAR = "codabar"
    IMB = "imb"
    POSTNET = "postnet"
    RM4SCC = "rm4scc"
    MAXICODE = "maxicode"
    DOTCODE = "dotcode"
    HANXIN = "hanxin"
    MICROPDF417 = "micropdf417"


class EcLevel(str, Enum):
    """QR error correction levels, lowest first."""

    L = "L"
    M = "M"
    Q = "Q"
    H = "H"


class Mode(str, Enum):
    """QR data modes, for forcing one mode instead of optimal segmentation."""

    NUMERIC = "numeric"
    ALPHANUMERIC = "alphanumeric"
    BYTE = "byte"
    KANJI = "kanji"


class OutputFormat(str, Enum):
    """Outputs a request can ask for."""

    SVG = "svg"
    PNG = "png"
    TXT = "txt"
    MATRIX = "matrix"


__all__ = [
    "ERROR_CODES",
    "Artifact",
    "Artifacts",
    "CharNotInCharsetError",
    "CharNotInModeError",
    "CodeVaultError",
    "ConflictingDataError",
    "DataTooLongError",
    "EcLevel",
    "EncodeFailedError",
    "ImageTooLargeError",
    "InvalidDataError",
    "InvalidBase64Error",
    "InvalidColorError",
    "InvalidJsonError",
    "InvalidOptionError",
    "InvalidSizeError",
    "MissingDataError",
    "Mode",
    "OutputFormat",
    "RenderFailedError",
    "Symbol",
    "SymbolInfo",
    "Symbology",
    "UnknownSymbologyError",
    "UnsupportedOutputError",
    "UnsupportedSymbologyError",
    "__version__",
    "encode",
    "generate",
    "generate_json",
]
