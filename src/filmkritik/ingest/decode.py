"""Bytes to text: detect the encoding, refuse what is not text."""

from __future__ import annotations

from charset_normalizer import from_bytes

from filmkritik.errors import InputError, TooLargeError
from filmkritik.ingest.stray_bytes import utf8_with_stray_bytes

#: Larger inputs are refused: a review is a few pages, 10 MB of text is a mistake.
MAX_BYTES = 10 * 1024 * 1024

_MAGIC = {
    b"%PDF": "a PDF",
    b"PK\x03\x04": "a ZIP archive (or an office document)",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x1f\x8b": "gzip-compressed data",
    b"\x7fELF": "a program",
    b"{\\rtf": "an RTF document",  # text, but its control words would be read as the review
    b"\xd0\xcf\x11\xe0": "an old Word or Excel document",
}


def check_size(size: int, name: str) -> None:
    if size == 0:
        raise InputError(f"{name}: the file is empty; give a review as text or HTML")
    if size > MAX_BYTES:
        mb = size / 1024 / 1024
        # One decimal while it would round to the limit: "10 MB is too large (limit 10 MB)" read as a bug.
        shown = f"{mb:.1f}" if mb < 100 else f"{mb:.0f}"
        raise TooLargeError(
            f"{name}: {shown} MB is too large for one review (limit {MAX_BYTES // 1024 // 1024} MB); "
            "split it, or use `filmkritik batch` for corpora"
        )


def decode_bytes(data: bytes, name: str) -> str:
    """Decode ``data`` whose encoding is unknown (UTF-8 first, then detection)."""
    check_size(len(data), name)
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise InputError(f"{name}: this is {what}, not text; convert it to text or HTML first")
    # UTF-32's byte-order marks first: the little-endian one begins with UTF-16's.
    for boms, encoding in (
        ((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff"), "utf-32"),
        ((b"\xff\xfe", b"\xfe\xff"), "utf-16"),
    ):
        if data.startswith(boms):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                pass
    if b"\x00" in data[:4096]:
        text16 = _utf16_without_bom(data)
        if text16 is not None:
            return text16
        raise InputError(f"{name}: binary data (NUL bytes); give a review as text or HTML")
    if _control_bytes_ratio(data) > 0.05:
        # Checked before UTF-8: random bytes hold enough valid UTF-8 pairs to pass for damaged UTF-8 text.
        raise InputError(f"{name}: binary data, not text; give a review as text or HTML")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        repaired = utf8_with_stray_bytes(data, name)  # (UTF-8 but for a few stray bytes: those replaced)
        if repaired is not None:
            return repaired
    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise InputError(f"{name}: the text encoding could not be detected; save it as UTF-8")
    text = str(best)
    if _control_ratio(text) > 0.05:
        raise InputError(f"{name}: binary data, not text; give a review as text or HTML")
    return text


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text saved without a byte-order mark, else None.

    Latin-script UTF-16 has a NUL in every other byte, all on one side (odd offsets for
    little-endian, even for big-endian); random binary data scatters its NULs.
    """
    head = data[:4096]
    odd, even = head[1::2].count(0), head[0::2].count(0)
    pairs = len(head) // 2
    if len(data) % 2 or not pairs:
        return None
    for encoding, nuls, other in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if nuls >= 0.3 * pairs and other <= 0.01 * pairs:
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                return None
            return text if _control_ratio(text) <= 0.05 else None
    return None


_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\r\f")


def _control_bytes_ratio(data: bytes) -> float:
    head = data[:20000]
    return (len(head) - len(head.translate(None, _CONTROL_BYTES))) / len(head)


def _control_ratio(text: str) -> float:
    if not text:
        return 0.0
    bad = sum(1 for ch in text[:20000] if ord(ch) < 32 and ch not in "\n\r\t\f")
    return bad / min(len(text), 20000)
