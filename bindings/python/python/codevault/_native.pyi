"""Type stubs of the native module ``codevault._native`` (re-exported by ``codevault``)."""

import os
from collections.abc import Mapping
from typing import Any, ClassVar, Optional, TypedDict, Union, final

from typing_extensions import TypeAlias

from PIL.Image import Image as _PILImage

__all__ = [
    "__version__",
    "generate",
    "generate_json",
    "encode",
    "Artifacts",
    "Artifact",
    "SymbolInfo",
    "Symbol",
    "CodeVaultError",
    "InvalidJsonError",
    "MissingDataError",
    "ConflictingDataError",
    "InvalidBase64Error",
    "UnknownSymbologyError",
    "UnsupportedSymbologyError",
    "UnsupportedOutputError",
    "InvalidOptionError",
    "DataTooLongError",
    "CharNotInModeError",
    "EncodeFailedError",
    "InvalidColorError",
    "InvalidSizeError",
    "ImageTooLargeError",
    "RenderFailedError",
    "CharNotInCharsetError",
    "InvalidDataError",
    "ERROR_CODES",
    "SYMBOLOGIES",
    "EC_LEVELS",
    "MODES",
    "OUTPUT_FORMATS",
]

__version__: str
"""The package version (the Rust crate version)."""

ERROR_CODES: list[tuple[int, str, type[CodeVaultError]]]
"""Every error code as ``(number, kebab-name, exception class)``, in numeric order."""

SYMBOLOGIES: list[str]
"""Symbology names the core knows (the values of ``Symbology``)."""
EC_LEVELS: list[str]
"""Error correction letters (the values of ``EcLevel``)."""
MODES: list[str]
"""Mode names (the values of ``Mode``)."""
OUTPUT_FORMATS: list[str]
"""Output format names (the values of ``OutputFormat``)."""

_Data: TypeAlias = Union[str, bytes, bytearray, memoryview, "os.PathLike[str]", "os.PathLike[bytes]"]
"""What ``encode`` accepts: text, bytes-like data, or a path whose file bytes are encoded."""

_Request: TypeAlias = Union[Mapping[str, Any], str]
"""A request: a mapping (sent through ``json.dumps``) or JSON text."""

_StructuredAppend: TypeAlias = Union[tuple[int, int, int], tuple[int, int], Mapping[str, int]]
"""``(index, count, parity)``, ``(index, count)`` or a dict with those keys (``parity`` is QR's
own and optional)."""

class _MacroPdf417(TypedDict, total=False):
    """The Macro PDF417 control block of ``encode(..., macro_pdf417=...)`` (every key optional)."""

    segment_index: int
    """This symbol's place in the file, counting from 0 (0–99998)."""
    file_id: str
    """File ID as decimal digits, read in groups of three (each 000–899); empty: no ID."""
    segment_count: Optional[int]
    """Number of segments in the file (1–99999)."""
    file_name: Optional[str]
    """File name (printable ASCII, tab, CR, LF)."""
    time_stamp: Optional[int]
    """Seconds since 1970-01-01 UTC."""
    sender: Optional[str]
    """Sender (printable ASCII, tab, CR, LF)."""
    addressee: Optional[str]
    """Addressee (printable ASCII, tab, CR, LF)."""
    file_size: Optional[int]
    """File size in bytes."""
    checksum: Optional[int]
    """CRC-16 of the whole file."""
    last_segment: bool
    """Marks the file's last segment."""

class CodeVaultError(Exception):
    """Base class of every CodeVault error.

    ``code`` is the stable number of the CodeVault error table (never reused), ``name`` its
    kebab-case name (``"data-too-long"``), ``str(error)`` the core's one-line message.
    """

    code: ClassVar[int]
    name: ClassVar[str]

class InvalidJsonError(CodeVaultError):
    """1 ``invalid-json``: the request is not JSON or does not match the request schema."""

class MissingDataError(CodeVaultError):
    """2 ``missing-data``: the request has neither ``data`` nor ``data_base64``."""

class ConflictingDataError(CodeVaultError):
    """3 ``conflicting-data``: the request has both ``data`` and ``data_base64``."""

class InvalidBase64Error(CodeVaultError):
    """4 ``invalid-base64``: ``data_base64`` is not standard base64."""

class UnknownSymbologyError(CodeVaultError):
    """5 ``unknown-symbology``: the symbology name is not one CodeVault knows."""

class UnsupportedSymbologyError(CodeVaultError):
    """6 ``unsupported-symbology``: the symbology is left out of this build."""

class UnsupportedOutputError(CodeVaultError):
    """7 ``unsupported-output``: the output format is left out of this build."""

class InvalidOptionError(CodeVaultError):
    """8 ``invalid-option``: an option value the symbology does not have (version, mask, ecc,
    mode, eci, an int outside its type's range, …)."""

class DataTooLongError(CodeVaultError):
    """9 ``data-too-long``: the data does not fit the largest allowed symbol."""

class CharNotInModeError(CodeVaultError):
    """10 ``char-not-in-mode``: a forced mode cannot carry one of the characters."""

class EncodeFailedError(CodeVaultError):
    """11 ``encode-failed``: any other encoder refusal."""

class InvalidColorError(CodeVaultError):
    """12 ``invalid-color``: a colour string that does not parse."""

class InvalidSizeError(CodeVaultError):
    """13 ``invalid-size``: module size, quiet zone or DPI out of range."""

class ImageTooLargeError(CodeVaultError):
    """14 ``image-too-large``: the raster image would exceed the pixel limit."""

class RenderFailedError(CodeVaultError):
    """15 ``render-failed``: any other renderer failure (a bug: please report it)."""

class CharNotInCharsetError(CodeVaultError):
    """16 ``char-not-in-charset``: the text has a character the ECI's character set lacks."""

class InvalidDataError(CodeVaultError):
    """17 ``invalid-data``: the data breaks a rule of the symbology (check digit, length,
    character, GS1 element); the message names the field."""

@final
class SymbolInfo:
    """What the encoder chose, as in the ``symbol`` object of the artifacts JSON."""

    @property
    def symbology(self) -> str:
        """The symbology name (``"qr"``, ``"datamatrix"``, ``"ean13"``, …; a ``Symbology``)."""
    @property
    def version(self) -> str:
        """Version name: ``"10"`` (QR), ``"M3"`` (Micro QR), ``"R13x43"`` (rMQR)."""
    @property
    def ecc(self) -> Optional[str]:
        """Error correction level used (``"L"``, ``"M"``, ``"Q"``, ``"H"``), after boost."""
    @property
    def mask(self) -> Optional[int]:
        """Mask pattern applied, where the symbology has masks."""
    @property
    def width(self) -> int:
        """Width in modules, without quiet zone."""
    @property
    def height(self) -> int:
        """Height in modules, without quiet zone."""
    @property
    def quiet_zone(self) -> int:
        """Quiet zone the standard requires on every side, in modules."""
    @property
    def data_bits(self) -> int:
        """Bits of the data stream (headers and data)."""
    @property
    def capacity_bits(self) -> int:
        """Data bits the symbol holds at its error correction level."""
    def to_dict(self) -> dict[str, Any]:
        """The fields as a dict, the same shape as ``symbol`` in the artifacts JSON."""
    def __eq__(self, other: object, /) -> bool: ...

@final
class Artifact:
    """One rendered output."""

    @property
    def format(self) -> str:
        """``"svg"``, ``"png"``, ``"txt"`` or ``"matrix"`` (equal to the ``OutputFormat``)."""
    @property
    def media_type(self) -> str:
        """IANA media type, e.g. ``"image/svg+xml"``."""
    @property
    def data(self) -> bytes:
        """The bytes (UTF-8 for the text formats)."""
    def text(self) -> Optional[str]:
        """The data as text for ``svg``, ``txt`` and ``matrix``; ``None`` for ``png``."""
    def __len__(self) -> int:
        """Number of bytes."""

@final
class Artifacts:
    """The result of :func:`generate`."""

    @property
    def symbol(self) -> SymbolInfo:
        """What the encoder chose."""
    @property
    def outputs(self) -> list[Artifact]:
        """One artifact per requested output, in request order (a new list each time)."""
    def get(self, format: str) -> Optional[Artifact]:
        """The first artifact of ``format`` (an ``OutputFormat`` or its name), or ``None``.

        Raises :class:`InvalidOptionError` for a name that is no output format.
        """
    def __len__(self) -> int:
        """Number of outputs."""

@final
class Symbol:
    """An encoded symbol: the module grid and what the encoder chose.

    The render methods take the same keyword arguments, the request's ``style``:

    * ``dark`` and ``light`` colours (``"#RGB"``, ``"#RRGGBB"``, ``"#RRGGBBAA"``, ``"black"``,
      ``"white"``, ``"transparent"``; default black on white);
    * ``module_size`` in pixels (1–1000, default 10), ``quiet_zone`` in modules (default: the
      symbology's own) and ``dpi`` (1–100000; stored in PNG, sets SVG size in millimetres);
    * ``x_dim_mm``: the X-dimension (one module) in millimetres (above 0, at most 100); SVG
      sizes become millimetres and, with ``dpi``, PNG gets round(X × dpi ÷ 25.4) pixels per
      module. Postal symbols default to their specification's X;

    and, for linear and postal symbols only (matrix symbols ignore them):

    * ``bar_height`` in modules or ``bar_height_mm`` in millimetres (not both; the latter needs
      a physical X from ``x_dim_mm`` or ``module_size``/``dpi``); default the standard's height;
    * ``print_gain``: bar width reduction in percent of X (−50 to 50, default 0);
    * ``text``: draw the human-readable text (default ``True``), ``font_size`` its digit
      height in modules (default 8), ``quiet_zone_markers`` the EAN/UPC ``<``/``>`` markers
      (default ``False``);
    * ``bearer_thickness``: ITF/ITF-14 bearer bars in modules (0–100, default 5; 0 leaves them
      out).

    A value out of range raises :class:`InvalidSizeError`.
    """

    @property
    def symbology(self) -> str:
        """The symbology name (``"qr"``, ``"datamatrix"``, ``"ean13"``, …; a ``Symbology``)."""
    @property
    def width(self) -> int:
        """Width in modules, without quiet zone."""
    @property
    def height(self) -> int:
        """Height in modules, without quiet zone."""
    @property
    def version(self) -> str:
        """Version or size name: ``"10"``, ``"M3"``, ``"R13x43"``, ``"24x24"``, …"""
    @property
    def ecc(self) -> Optional[str]:
        """Error correction level used, after boost."""
    @property
    def mask(self) -> Optional[int]:
        """Mask pattern applied, where the symbology has masks."""
    @property
    def quiet_zone(self) -> int:
        """Quiet zone the standard requires on every side, in modules."""
    @property
    def data_bits(self) -> int:
        """Bits of the data stream."""
    @property
    def capacity_bits(self) -> int:
        """Data bits the symbol holds."""
    def to_matrix(self) -> list[list[bool]]:
        """Rows of modules, ``True`` = dark, without quiet zone."""
    def to_svg(
        self,
        *,
        dark: Optional[str] = None,
        light: Optional[str] = None,
        module_size: Optional[int] = None,
        quiet_zone: Optional[int] = None,
        dpi: Optional[int] = None,
        x_dim_mm: Optional[float] = None,
        bar_height: Optional[float] = None,
        bar_height_mm: Optional[float] = None,
        print_gain: Optional[float] = None,
        text: bool = True,
        font_size: Optional[float] = None,
        quiet_zone_markers: bool = False,
        bearer_thickness: Optional[float] = None,
    ) -> str:
        """An SVG document (one merged path per colour)."""
    def to_png(
        self,
        *,
        dark: Optional[str] = None,
        light: Optional[str] = None,
        module_size: Optional[int] = None,
        quiet_zone: Optional[int] = None,
        dpi: Optional[int] = None,
        x_dim_mm: Optional[float] = None,
        bar_height: Optional[float] = None,
        bar_height_mm: Optional[float] = None,
        print_gain: Optional[float] = None,
        text: bool = True,
        font_size: Optional[float] = None,
        quiet_zone_markers: bool = False,
        bearer_thickness: Optional[float] = None,
    ) -> bytes:
        """A PNG image."""
    def to_text(
        self,
        *,
        dark: Optional[str] = None,
        light: Optional[str] = None,
        module_size: Optional[int] = None,
        quiet_zone: Optional[int] = None,
        dpi: Optional[int] = None,
        x_dim_mm: Optional[float] = None,
        bar_height: Optional[float] = None,
        bar_height_mm: Optional[float] = None,
        print_gain: Optional[float] = None,
        text: bool = True,
        font_size: Optional[float] = None,
        quiet_zone_markers: bool = False,
        bearer_thickness: Optional[float] = None,
    ) -> str:
        """Unicode half-block text for terminals, quiet zone included."""
    def to_pil(
        self,
        *,
        dark: Optional[str] = None,
        light: Optional[str] = None,
        module_size: Optional[int] = None,
        quiet_zone: Optional[int] = None,
        dpi: Optional[int] = None,
        x_dim_mm: Optional[float] = None,
        bar_height: Optional[float] = None,
        bar_height_mm: Optional[float] = None,
        print_gain: Optional[float] = None,
        text: bool = True,
        font_size: Optional[float] = None,
        quiet_zone_markers: bool = False,
        bearer_thickness: Optional[float] = None,
    ) -> _PILImage:
        """The PNG as a loaded ``PIL.Image.Image`` (needs Pillow: ``pip install codevault[pil]``;
        raises ``ImportError`` without it)."""
    def info(self) -> SymbolInfo:
        """What the encoder chose, as in ``Artifacts.symbol``."""

def encode(
    data: _Data,
    *,
    symbology: Optional[str] = None,
    ecc: Optional[str] = None,
    boost: bool = True,
    version: Union[int, str, None] = None,
    mask: Optional[int] = None,
    mode: Optional[str] = None,
    eci: Optional[int] = None,
    gs1: bool = False,
    industry: Optional[int] = None,
    structured_append: Optional[_StructuredAppend] = None,
    kanji: bool = True,
    ecc_percent: Optional[int] = None,
    security_level: Optional[int] = None,
    columns: Optional[int] = None,
    rows: Optional[int] = None,
    aspect_ratio: Optional[float] = None,
    compact: bool = False,
    reader_init: bool = False,
    square_only: bool = False,
    dmre: bool = False,
    check_digit: bool = False,
    full_ascii: bool = False,
    addon: Optional[str] = None,
    addon_gap: Optional[int] = None,
    show_check_digits: bool = False,
    bearer: Optional[str] = None,
    extra_escape: bool = False,
    structured_append_id: Union[str, int, None] = None,
    macro_pdf417: Optional[_MacroPdf417] = None,
) -> Symbol:
    """Encodes ``data`` into a symbol.

    ``data``: a ``str`` (text: UTF-8, or converted to the ECI's character set when ``eci`` is
    set, as a request's ``data``), ``bytes``/``bytearray``/``memoryview`` (encoded as they
    are), or an ``os.PathLike`` whose file's bytes are encoded (``OSError`` if it cannot be
    read).

    The keyword arguments are the request's ``options`` (the same names; an option a
    symbology does not use is ignored by it):

    * ``symbology`` (``Symbology``; default ``"qr"``);
    * QR family: ``ecc`` (``EcLevel``; default ``"M"``, the minimum while ``boost`` raises
      it), ``version`` (``10``, ``"M3"``, ``"R13x43"``; default the smallest that fits; also
      Data Matrix ``"24x24"`` and Aztec layers ``"5"``/``"C3"``), ``mask``, ``mode``
      (``Mode``: force one mode), ``kanji`` (Kanji mode for text Shift JIS can carry);
    * ``eci`` (designator written first; 26 = UTF-8; QR family, Data Matrix, Aztec, PDF417);
    * ``gs1`` (GS1 element strings, ``[01]…`` syntax: FNC1 first position; QR family, Data
      Matrix, Aztec; GS1-128 always) or ``industry`` (FNC1 second position, QR);
    * ``structured_append``: ``(index, count, parity)`` for QR, ``(index, count)`` for Data
      Matrix and Aztec, with ``structured_append_id`` the sequence's ID (Data Matrix: file ID
      as first × 1000 + second, e.g. ``1001``; Aztec: a message ID string);
    * Aztec: ``ecc_percent`` (5–95, default 23), ``compact`` (compact symbols only);
    * PDF417: ``security_level`` (0–8), ``columns`` (1–30), ``rows`` (3–90),
      ``aspect_ratio`` (height ÷ width), ``compact`` (truncated PDF417), ``macro_pdf417`` (a
      dict: ``segment_index``, ``file_id``, ``segment_count``, ``file_name``, ``time_stamp``,
      ``sender``, ``addressee``, ``file_size``, ``checksum``, ``last_segment``);
    * ``reader_init`` (reader programming symbol: Data Matrix, Aztec, PDF417, Code 128);
    * Data Matrix: ``square_only``, ``dmre`` (also the DMRE rectangles);
    * Code 128: ``extra_escape`` (``\\^1``–``\\^3`` are FNC1–FNC3);
    * ``check_digit`` (Code 39 mod 43, ITF, Codabar mod 16), ``full_ascii`` (Code 39/93),
      ``show_check_digits`` (Code 93/Codabar: in the human-readable text);
    * EAN/UPC: ``addon`` (EAN-2/EAN-5 digits), ``addon_gap`` (modules before the add-on);
    * ITF/ITF-14: ``bearer`` (``"none"``, ``"horizontal"`` or ``"frame"``).

    Raises a :class:`CodeVaultError` subclass for a refused value (e.g.
    :class:`InvalidDataError` for a wrong EAN check digit), ``TypeError`` for a value of the
    wrong type. The GIL is released while encoding.
    """

def generate(request: _Request) -> Artifacts:
    """Generates every output of a request (a dict or JSON text).

    The request has the same shape in every CodeVault language: ``data`` or ``data_base64``,
    ``symbology``, ``options``, ``style``, ``outputs``. A dict goes through ``json.dumps`` (so
    bytes values raise ``TypeError``: put bytes in ``data_base64``). The GIL is released while
    generating.
    """

def generate_json(request: str) -> str:
    """JSON in, JSON out: the artifacts as JSON text with artifact bytes in base64."""
