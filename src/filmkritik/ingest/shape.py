"""Texts that are plainly not prose: a table, a directory listing, a list of paths, JSON data.

The reader judges whether prose is a film review; it cannot be asked about text that holds no prose at all.
A CSV export piped into ``filmkritik read -`` was read as a review with confidence 0.999 (the pull quotes in its
cells are prose), a saved record renamed ``.txt`` and an ``ls -l`` listing likewise. Such a text is refused here
as an input error, naming what it is and what to give instead.

Each check looks at the shape of whole lines only, and every one needs several lines that all have it, so a
review (paragraphs of sentences, a credits block, a rating line) never matches: over the owned dev and fixture
texts and the Pang & Lee files none does. The checks stop at the first line that does not fit, so prose costs
a few microseconds.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable

from filmkritik.errors import InputError

#: At most this many non-empty lines are looked at (a listing or table is judged by its head).
_HEAD_LINES = 60

_LS_LONG = re.compile(
    r"[-dlbcps][-rwxsStT]{9}[.@+]?\s+\d+\s+\S+(?:\s+\S+)?\s+[\d,]+[KMGTP]?\s+"
    r"(?:\S+\s+\d{1,2}|\d{1,2}\.?\s+\S+|\d{4}-\d\d-\d\d)\s+(?:\d{1,2}:\d\d(?::\d\d(?:\.\d+)?)?(?:\s+[-+]\d{4})?|\d{4})\s+\S"
)
_LS_TOTAL = re.compile(r"(?:total|insgesamt|gesamt)\s+[\d,.]+[KMGTP]?|\S.*:")
_DIR_LINE = re.compile(
    r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4},?\s+\d{1,2}:\d\d(?::\d\d)?(?:\s*[AP]M)?\s+(?:<[A-Z]+>|[\d.,']+)\s+\S"
)
_DIR_FRAME = re.compile(
    r"(?:Volume in drive|Volume Serial Number|Datenträger in Laufwerk|Volumeseriennummer|Directory of|"
    r"Verzeichnis von|\d+ File\(s\)|\d+ Dir\(s\)|\d+ Datei\(en\)|\d+ Verzeichnis\(se\))"
)
_PATH = re.compile(r"(?:[A-Za-z]:)?[\\/]?(?:[^\s\\/]+(?: [^\s\\/]+)*[\\/])+[^\s\\/]*(?: [^\s\\/]+)*[\\/]?")
_URL = re.compile(r"(?:https?|ftp|file)://\S+")
_FILE_NAME = re.compile(r"[\w.+~-]+\.[A-Za-z][A-Za-z0-9]{0,5}|[\w+~-]+")
_HAS_EXTENSION = re.compile(r"\.[A-Za-z][A-Za-z0-9]{0,5}$")
_LATIN_LETTER = re.compile("[A-Za-z]")
_DRIVE = re.compile(r"[A-Za-z]:[\\/]")


def _head(text: str) -> list[str]:
    lines: list[str] = []
    for line in text.split("\n", 400)[:400]:
        if line.strip():
            lines.append(line.strip())
            if len(lines) == _HEAD_LINES:
                break
    return lines


def not_prose(text: str) -> str | None:
    """What ``text`` is when it plainly is not prose (``"a CSV table"``...), else None."""
    start = text.lstrip()[:1]
    if start in "{[" and start:
        what = _json_kind(text)
        if what:
            return what
    lines = _head(text)
    if len(lines) < 2:
        return None
    if _SHEBANG.match(lines[0]):
        return "source code"  # a script: one of plain commands has no code punctuation to be told by
    if len(lines) == 2:
        return _table_kind(text, lines, min_width=5)  # a header and one row: only a wide table
    if _all(lines, _is_listing_line) and any(_LS_LONG.match(line) or _DIR_LINE.match(line) for line in lines):
        return "a directory listing"
    if _is_tree(lines):
        return "a directory listing"
    if _all(lines, _is_path_line):
        if all(_URL.fullmatch(line) for line in lines):
            return "a list of URLs"
        if any("/" in line or "\\" in line for line in lines) or sum(map(_has_extension, lines)) * 3 >= len(lines):
            return "a list of file paths"
    table = _table_kind(text, lines)
    if table:
        return table
    if _is_source_code(lines):
        return "source code"
    return None


#: The first line of a script run as a program: "#!/bin/sh", "#!/usr/bin/env python3", "#! /bin/bash -e".
_SHEBANG = re.compile(r"#!\s*/[\w.+-]+(?:/[\w.+-]+)*(?:\s+\S+)*")

#: A branch of `tree` output: "├── name", "│   └── name", and `tree --charset=ascii`'s "|-- name", "`-- name".
_TREE_BRANCH = re.compile(r"(?:[│|]\s+)*(?:[├└]──|[|`+\\]--)(?:\s.*)?")
_TREE_SUMMARY = re.compile(r"\d+ director(?:y|ies)(?:, \d+ files?)?")


def _is_tree(lines: list[str]) -> bool:
    """`tree` output: a root line, then every line a branch, and perhaps its count of folders and files."""
    body = lines[1:]
    if body and _TREE_SUMMARY.fullmatch(body[-1]):
        body = body[:-1]
    return len(body) >= 2 and _all(body, _TREE_BRANCH.fullmatch) and " " not in lines[0].strip()[:200].rstrip("/")


# Source code is judged line by line: a line is code when it starts with a keyword of a programming language
# (lower case, followed by what follows a keyword there), ends as a statement or block does ("{", "}", ";"),
# is an assignment or a bare call; comments and docstrings count for neither side; every other line is prose.
_CODE_START = re.compile(
    r"(?:def|class|import|from\s+[\w.]+\s+import|return|elif|except|raise|yield|async\s+def|await|lambda"
    r"|#include|#define|#!/|package|using|namespace|function|var|let|const|public|private|protected|static|void"
    r"|fn|impl|struct|enum|pub|func|if|for|while|switch|else|try|catch|finally|fi|done|esac|then|do|end"
    r"|echo|exit|export|set|cd|local|unset|shift|printf|print|puts|require|use|module|mod|interface|val|my|sub"
    r"|unless|until|case|default|break|continue|assert|with|del|global|nonlocal|pass|extern|typedef|template|self\."
    r"|this\.|async|await|match|select|insert|update|delete|create|drop|alter)"
    r"(?=[\s({:;<]|$)"
)
_CLOSERS = frozenset(" )}];,")
_CODE_CHARS = re.compile(r"[(){}\[\]=;:$<>]")
_BARE_WORD = re.compile(r"[\w.*-]+")
_COMMENT_STARTS = "#/*-<%;\"'rbfu"
_CODE_ASSIGN = re.compile(r"[A-Za-z_$][\w.$\[\]'\"]*\s*(?::\s*[\w\[\], .|]+)?\s*[-+*/%|&]?=\s*[^=\s].*")
_CODE_CALL = re.compile(r"[A-Za-z_$][\w.$]*\(.*\);?")
_COMMENT = re.compile(r"(?:#|//|/\*|\*|--\s|<!--|%|;;)")
_STRING_LINE = re.compile(r"""[rbfu]?(?:"[^"]*"|'[^']*')(?:\s*[,)\]+]|\s*\\)*""")
_DECORATOR = re.compile(r"@[\w.]+(?:\(.*)?")


def _is_source_code(lines: list[str]) -> bool:
    # Prose is told at once by its sentences (lines holding ". ", not comments, not ending as code).
    sentences = sum(1 for line in lines if ". " in line and line[0] not in _COMMENT_STARTS and line[-1] not in "{;\\>:")
    if 3 * sentences > len(lines):
        return False
    code = other = strong = 0
    in_docstring: str | None = None
    for index, line in enumerate(lines):
        if 3 * other > code + len(lines) - index:
            return False  # prose: the code lines left could not outnumber it any more
        if in_docstring:
            if in_docstring in line:
                in_docstring = None
            continue
        if line.startswith(('"""', "'''", 'r"""')):
            quote = '"""' if '"""' in line else "'''"
            if line.count(quote) == 1:
                in_docstring = quote
            continue
        if (_COMMENT.match(line) and not _CODE_START.match(line)) or _STRING_LINE.fullmatch(line):
            continue
        if ". " in line.rstrip(".") and not _ends_as_code(line):
            other += 1  # a sentence
        elif (
            (_CODE_START.match(line) and _keyword_statement(line))
            or _CODE_ASSIGN.fullmatch(line)
            or _CODE_CALL.fullmatch(line)
            or _DECORATOR.fullmatch(line)
            or line[-1] in "{}"
            or _shell_signs(line)
        ):
            code += 1
            strong += 1
        elif _ends_as_code(line) or _shell_signs(line) == 0:
            # (a ";" alone ends tokenized prose's "&nbsp ;" too; "make" or "make install" is a command without a
            # sign of one, as "loved it" is a line of a short review)
            code += 1
        else:
            other += 1
    return code >= 5 and strong >= 3 and code >= 3 * other


def _keyword_statement(line: str) -> bool:
    """A line starting with a keyword is a statement when it holds code's punctuation ("if (x) {", "for f in *;
    do", "echo $f") or is a few bare words ("import json", "fi", "exit 0"), not a sentence: "if it were a
    ship, it would be ..." starts lines of lower-case prose too."""
    if _CODE_CHARS.search(line):
        return True
    words = line.split()
    return len(words) <= 4 and line[-1] not in ".!?" and all(_BARE_WORD.fullmatch(word) for word in words)


# A shell command: a lower-case program name, then only options, paths, variables, quoted words, redirections and
# lower-case words. A script without a #! line is a column of these ("mkdir -p build", "rsync -av src/ dest/",
# "make"), which the keyword and punctuation tests above do not see.
_SHELL_PROGRAM = re.compile(r"(?:sudo\s+)?(?:\.{0,2}/)?[a-z][\w.+-]*(?:/[\w.+-]+)*(?=\s|$)")
_SHELL_QUOTED = re.compile(r""""(?:[^"\\]|\\.)*"|'[^']*'""")
_SHELL_SIGN = re.compile(
    r"--?[A-Za-z0-9][\w-]*(?:=\S*)?"  # an option
    r"|\S*[$/~*]\S*"  # a variable, a path, a home folder or a wildcard
    r"|[\w+-]+(?:\.[A-Za-z][A-Za-z0-9]{0,5})+"  # a file name ("release.tar.gz")
    r"|\d?>>?(?:&\d)?\S*|<|\|\|?|&&|;|&"  # a redirection, a pipe, a list of commands
    r"|\x00"  # a quoted word (replaced by a NUL below)
)
_SHELL_WORD = re.compile(r"[a-z0-9][\w.+:=@,-]*")


def _shell_signs(line: str) -> int | None:
    """How many signs of a shell command a command line holds ("tar czf out.tar.gz build": 1, "make install": 0),
    None for a line that is no command.

    Prose is no such line: a sentence ends with ".", "!" or "?", has capitals or punctuation between its words,
    and one of lower-case words alone ("and the film goes on") is no command beyond two words."""
    program = _SHELL_PROGRAM.match(line)
    if not program or line[-1] in ".!?,":
        return None
    words = _SHELL_QUOTED.sub("\x00", line[program.end() :]).split()
    signs = 0
    for word in words:
        if _SHELL_SIGN.fullmatch(word):
            signs += 1
        elif not _SHELL_WORD.fullmatch(word):
            return None
    return signs if signs or len(words) <= 1 else None


def _ends_as_code(line: str) -> bool:
    """A line that ends a statement or opens a block (``{``, ``;``, ``):``, ``=>``), or only closes brackets."""
    return (
        line.endswith(("{", ";", "=>", "->", "\\"))
        or line.rstrip(": ").endswith("):")
        or (line[-1] in ")}]" and set(line) <= _CLOSERS)
    )


def _all(lines: list[str], test: Callable[[str], object]) -> bool:
    return all(test(line) for line in lines)


def _is_listing_line(line: str) -> bool:
    return bool(_LS_LONG.match(line) or _DIR_LINE.match(line) or _DIR_FRAME.match(line) or _LS_TOTAL.fullmatch(line))


def _is_path_line(line: str) -> bool:
    if len(line) > 4096 or "  " in line or ", " in line or ". " in line:
        return False
    if _URL.fullmatch(line):
        return True
    if not _LATIN_LETTER.search(line):
        return False  # "5/5", "10/10": ratings, not paths
    if _PATH.fullmatch(line):
        # "/a/b", "./a", "~/a", "C:\\a", "a/b/c" or "a/b.txt"; "Story/Plot" is no path.
        rooted = line.startswith(("/", "./", "../", "~/", "\\")) or _DRIVE.match(line)
        return bool(rooted or _separators(line.rstrip("/\\")) >= 2 or _has_extension(line))
    return bool(_FILE_NAME.fullmatch(line))


def _separators(line: str) -> int:
    return line.count("/") + line.count("\\")


def _has_extension(line: str) -> bool:
    return bool(_HAS_EXTENSION.search(line))


def _json_kind(text: str) -> str | None:
    stripped = text.strip()
    try:
        data = json.loads(stripped)
    except ValueError:
        first = stripped.split("\n", 1)[0]
        if "\n" not in stripped:
            return None
        try:
            data = json.loads(first)
        except ValueError:
            return None
        if not isinstance(data, (dict, list)):
            return None
        return "a filmkritik record (JSON lines)" if _is_record(data) else "JSON lines (data, not prose)"
    if not isinstance(data, (dict, list)):
        return None
    if _is_record(data) or (isinstance(data, list) and data and _is_record(data[0])):
        return "a filmkritik record (JSON)"
    return "JSON data"


def _is_record(data: object) -> bool:
    return isinstance(data, dict) and str(data.get("schema", "")).startswith("filmkritik.review/")


def _table_kind(text: str, lines: list[str], min_width: int = 3) -> str | None:
    """A CSV/TSV (or semicolon- or bar-separated) table: a header of at least three short names, and every
    row in the head with the same number of fields."""
    header = lines[0]
    for delimiter, what in (
        (",", "a CSV table"),
        ("\t", "a tab-separated table"),
        (";", "a CSV table"),
        ("|", "a table"),
    ):
        if header.count(delimiter) < 2:
            continue
        rows = _rows(text, delimiter)
        if len(rows) < len(lines[:3]):
            continue
        names = rows[0]
        width = len(names)
        if width < min_width or not all(0 < len(name.strip()) <= 40 and len(name.split()) <= 4 for name in names):
            continue
        if all(len(row) == width for row in rows[1:]):
            return what
    return None


def _rows(text: str, delimiter: str) -> list[list[str]]:
    """The first rows of ``text`` parsed as delimited records (quoted cells may hold line breaks)."""
    head = text[:200_000]
    try:
        reader = csv.reader(io.StringIO(head, newline=""), delimiter=delimiter)
        rows: list[list[str]] = []
        for row in reader:
            if not any(cell.strip() for cell in row):
                continue
            rows.append([cell.strip() for cell in row])
            if len(rows) > _HEAD_LINES:
                break
    except csv.Error:
        return []
    if len(head) < len(text) or len(rows) > _HEAD_LINES:
        rows = rows[:-1]  # the last row seen may be cut off
    if delimiter == "|":
        # A Markdown table: bars at both ends (an empty field each) and a rule line of dashes.
        rows = [row[1:-1] if len(row) > 2 and not row[0] and not row[-1] else row for row in rows]
        rows = [row for row in rows if not all(set(cell) <= set("-: ") for cell in row)]
    return rows


#: Signs a rating is written with: "★★★★☆" or "4/5" alone is a critic's verdict (a short text's), read as such.
_RATING_SIGNS = frozenset("★☆✩✪✫✬✭✮✯✰⭐½¼¾")


def has_words(text: str) -> bool:
    """Whether ``text`` holds a letter, a digit or a rating's star (stops at the first: at once for a review)."""
    return any(ch.isalnum() or ch in _RATING_SIGNS for ch in text)


def check_words(text: str, name: str) -> None:
    """Refuse a text without a letter, a digit or a star: emoji alone were a film review with an invented
    verdict ("negative, 27"), and zero-width spaces alone (which ``str.strip`` keeps) a text to read."""
    if has_words(text):
        return
    import unicodedata

    if all(ch.isspace() or unicodedata.category(ch) == "Cf" for ch in text):
        raise InputError(f"{name}: the text is empty (only spaces and invisible characters); give a review")
    raise InputError(f"{name}: the text has no words (not a letter or a rating in it); give a review")
