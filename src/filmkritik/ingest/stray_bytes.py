"""UTF-8 text with a few stray bytes: read as UTF-8, each stray byte one replacement character.

A review saved as UTF-8 and then touched by a tool that wrote a byte or two in a legacy code page (a pasted
"\\x96" dash, a cut multi-byte letter) is no longer valid UTF-8. Detection then read the whole text in a legacy
code page, every letter of the UTF-8 text garbled ("schĂ¶ner"), or, when the text had many UTF-8 letters, the
file was refused. A text whose valid multi-byte letters far outnumber its stray bytes is UTF-8: it is read as
UTF-8, the stray bytes shown as U+FFFD, and the record says so (:func:`replacement_warning`).

Legacy texts are left to detection: their bytes over 127 only now and then happen to form a valid UTF-8 letter
(German cp1252 "Spaß“" does), far fewer than their other bytes over 127 (CJK code pages: a fifth to a half;
Latin, Cyrillic and Greek ones: next to none). Reading a text as UTF-8 costs a character for each stray byte;
reading it in a legacy code page garbles each UTF-8 letter: where the letters are more, UTF-8 loses less.
"""

from __future__ import annotations

from dataclasses import dataclass

from filmkritik.model import Warning

#: The replacement character's UTF-8 bytes: a text may hold it already (damaged before it reached us).
_REPLACEMENT_BYTES = "\ufffd".encode()


@dataclass(frozen=True)
class Utf8Reading:
    """The bytes read as UTF-8 with errors replaced: how many letters were valid multi-byte UTF-8, how many
    stray bytes were replaced, and where the first one is."""

    text: str
    letters: int
    stray: int
    first_stray: int

    @property
    def mostly_utf8(self) -> bool:
        """More valid UTF-8 letters than stray bytes (at least three): the file is UTF-8. (Legacy texts of the
        code pages tried make at most one accidental letter for two of their other bytes: EUC-JP, GBK.)"""
        return self.letters >= 3 and self.letters > self.stray

    @property
    def few_stray(self) -> bool:
        """Few enough stray bytes to replace: up to 8, or up to one for each ten valid letters. More is a file
        of mixed encodings, refused with the place to repair."""
        return self.stray <= max(8, self.letters // 10)


def read_utf8(data: bytes) -> Utf8Reading:
    """``data`` read as UTF-8, each undecodable sequence one U+FFFD, with its counts."""
    text = data.decode("utf-8", "replace")
    stray = text.count("\ufffd") - data.count(_REPLACEMENT_BYTES)
    letters = len(text) - len(text.encode("ascii", "ignore")) - text.count("\ufffd")
    first = _first_stray(data)
    return Utf8Reading(text=text, letters=letters, stray=stray, first_stray=first)


def _first_stray(data: bytes) -> int:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        return error.start
    return -1


def utf8_with_stray_bytes(data: bytes, name: str) -> str | None:
    """``data`` read as UTF-8 with its few stray bytes replaced, when it is UTF-8 but for them; None when it
    is no UTF-8 (a legacy code page: left to detection).

    Raises InputError for UTF-8 with many stray bytes (a file of mixed encodings), naming the first.
    """
    from filmkritik.errors import InputError

    reading = read_utf8(data)
    if not reading.mostly_utf8:
        return None
    if not reading.few_stray:
        raise InputError(
            f"{name}: invalid UTF-8 at byte {reading.first_stray} and {reading.stray - 1} more places in otherwise "
            "UTF-8 text (mixed encodings?); repair or re-save the file as UTF-8"
        )
    return reading.text


def replacement_warning(text: str, *, given_as_text: bool = False) -> Warning | None:
    """The record's warning for a text holding replacement characters (stray bytes in a UTF-8 file, a NUL, a
    lone surrogate, or a U+FFFD the text had already), with the offset of each; None for a text without.

    ``given_as_text``: the text came as a string (``filmkritik.read_text``, the web form), not as bytes: the
    damage happened before it reached us, so the advice names where the string came from, not a file.
    """
    if "\ufffd" not in text:
        return None
    places = [at for at, char in enumerate(text) if char == "\ufffd"]
    shown = len(places)
    cause = (
        "(decoded with errors replaced, or a lone surrogate, before it was given?); check where the text came from"
        if given_as_text
        else "(bytes that are not UTF-8 in a UTF-8 file?); check or re-save the file as UTF-8"
    )
    return Warning(
        kind="undecodable_characters",
        message=(
            f"{shown} character{'s' if shown != 1 else ''} of the input could not be decoded and "
            f"{'are' if shown != 1 else 'is'} shown as \ufffd {cause}"
        ),
        evidence=[(at, at + 1) for at in places[:20]],
    )


def with_replacement_warning(record: object, *, given_as_text: bool = False) -> None:
    """Add :func:`replacement_warning` to a record read from a text that holds replacement characters (once)."""
    from filmkritik.model import ReviewRecord

    if not isinstance(record, ReviewRecord) or any(w.kind == "undecodable_characters" for w in record.warnings):
        return
    warning = replacement_warning(record.text, given_as_text=given_as_text)
    if warning is not None:
        record.warnings.append(warning)
