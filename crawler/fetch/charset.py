"""Charset: the bytes of a page as text. HTTP header, then <meta charset>/http-equiv, then
UTF-8, then cp1252."""

from __future__ import annotations

import codecs
import logging

from bs4.dammit import EncodingDetector

log = logging.getLogger(__name__)

_LATIN = {"iso8859-1", "latin-1", "cp1252", "ascii"}       # codecs.lookup names


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().strip("'\"")).name
    except LookupError:
        return None


def header_charset(content_type: str | None) -> str | None:
    for part in (content_type or "").split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset":
            return _codec(value)
    return None


def _try(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def decode_html(data: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Bytes → (text, encoding): BOM, HTTP charset, <meta> charset, UTF-8, cp1252.

    A declared charset that cannot decode the bytes is ignored. A declared Latin
    charset is overruled by UTF-8 when the bytes hold valid multi-byte UTF-8 (real
    Latin-1 text almost never does), which fixes servers that default to ISO-8859-1.
    """
    for bom, codec in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16"),
                       (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            text = _try(data, "utf-8-sig" if codec == "utf-8" else codec)
            if text is not None:
                return text, codec
    meta = None
    try:
        meta = _codec(EncodingDetector.find_declared_encoding(data[:65536], is_html=True))
    except Exception:  # noqa: BLE001 - a detector hiccup must not stop decoding
        log.debug("reading the declared charset failed", exc_info=True)
        meta = None
    if meta and meta.startswith(("utf-16", "utf-32")):
        meta = None            # browsers ignore these in <meta>; the bytes are ASCII-compatible
    non_ascii = not data.isascii()
    for declared in (header_charset(content_type), meta):
        if not declared:
            continue
        if declared in _LATIN and non_ascii:
            text = _try(data, "utf-8")
            if text is not None:
                return text, "utf-8"
        text = _try(data, declared)
        if text is not None:
            return text, declared
    text = _try(data, "utf-8")
    if text is not None:
        return text, "utf-8"
    text = _try(data, "cp1252")
    if text is not None:
        return text, "cp1252"
    return data.decode("iso8859-1"), "iso8859-1"
