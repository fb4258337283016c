"""One entry point for every kind of single input: a path, a URL, stdin or a string."""

from __future__ import annotations

import errno
import os
import re
import stat
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from filmkritik.errors import InputError, TooLargeError
from filmkritik.ingest.controls import without_controls
from filmkritik.ingest.decode import MAX_BYTES, check_size, decode_bytes
from filmkritik.ingest.document import Document, make_document
from filmkritik.ingest.html import html_to_document, looks_like_html
from filmkritik.ingest.shape import check_words, not_prose
from filmkritik.ingest.wrapping import unwrapped
from filmkritik.model import Source

if TYPE_CHECKING:
    import httpx

URL_TIMEOUT = 15.0
#: The longest a whole download may take (each read also times out after URL_TIMEOUT).
URL_TOTAL_SECONDS = 120.0
_USER_AGENT = "filmkritik (+https://pypi.org/project/filmkritik/)"
_HTML_SUFFIXES = (".html", ".htm", ".xhtml")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _has_surrogate(text: str) -> bool:
    """Whether ``text`` holds a surrogate code point: what ``_SURROGATE.search`` tells, found by the UTF-8 encoder
    (which refuses exactly those) in a fraction of the regex's time."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def is_url(arg: str) -> bool:
    return arg[:8].lower().startswith(("http://", "https://"))  # ("HTTP://x" was taken for a file name)


#: What an empty argument most likely is, and what to give instead.
EMPTY_ARGUMENT = "'': an empty argument (an unset shell variable?); give a file, a folder, a URL or - for stdin"
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*)://")


def local_path(arg: str) -> str:
    """The path an argument names: a ``file://`` URL's path (``add`` and ``batch`` said "no such file" for one),
    else the argument itself; a URL of a scheme that is not read here is an InputError."""
    return _other_scheme(arg) or arg


def _other_scheme(arg: str) -> str | None:
    """The path a ``file://`` URL names, or an error for a URL of a scheme that is not read here; else None."""
    found = _SCHEME.match(arg)
    if found is None or _lexists(Path(arg)):
        return None
    from urllib.parse import unquote, urlsplit

    scheme = found.group(1).lower()
    if scheme == "file":
        parts = urlsplit(arg)
        if parts.netloc in ("", "localhost"):
            return unquote(parts.path)
    raise InputError(
        f"{arg}: {scheme}: URLs are not read here; give a local file or an http(s) URL"
        + (" (`filmkritik spark` reads hdfs: and s3a: inputs)" if scheme in ("hdfs", "s3a", "s3", "gs") else "")
    )


def load_text(text: str, source: Source | None = None) -> Document:
    """A review given as a string: HTML is extracted, plain text is used as it is."""
    source = source or Source(kind="text")
    text = without_controls(text)
    if _has_surrogate(text):
        # A lone surrogate (JSON allows "\ud800") cannot be encoded: one replacement character keeps the offsets.
        text = _SURROGATE.sub("\ufffd", text)
    if looks_like_html(text):
        source.kind = "html" if source.kind == "text" else source.kind
        return html_to_document(text, source, url=source.url)
    if not text.strip() or not text.replace("\ufeff", "").strip():  # (a byte-order mark alone is empty too)
        raise InputError(f"{source.path or 'input'}: the text is empty; give a review")
    check_words(text, source.path or source.url or "input")
    check_prose(text, source.path or source.url or "input")
    # (Prose hard-wrapped at a fixed width: its line breaks inside paragraphs become spaces, offsets kept.)
    return make_document(unwrapped(text), source)


_INSTEAD = {
    "a CSV table": "a table of reviews is read from a file named .csv with a `text` column",
    "a tab-separated table": "a table of reviews is read from a file named .tsv with a `text` column",
    "a table": "give the review's own text",
    "a directory listing": "give the files themselves, or a folder to `filmkritik batch` or `add`",
    "a list of file paths": "give the files themselves, or a folder to `filmkritik batch` or `add`",
    "a list of URLs": "give the URLs themselves as arguments",
    "a filmkritik record (JSON)": "a record saved by `read -f json` is shown again from a file named .json",
    "a filmkritik record (JSON lines)": "records saved by `read -f jsonl` are read from a file named .jsonl",
    "JSON data": "a corpus of reviews is read from a file named .jsonl with a `text` field",
    "JSON lines (data, not prose)": "a corpus of reviews is read from a file named .jsonl with a `text` field",
    "source code": "give the text of a review (a program is not read)",
}


def check_prose(text: str, name: str) -> None:
    """Refuse a text that is plainly no prose (a table, a listing, JSON): the reader would judge it a review."""
    what = not_prose(text)
    if what:
        raise InputError(f"{name}: this is {what}, not the text of a review; {_INSTEAD[what]}")


def load_bytes(data: bytes, source: Source) -> Document:
    name = source.path or source.url or "input"
    return load_text(decode_bytes(data, name), source)


def load_path(path: str | Path) -> Document:
    p = Path(path)
    name = str(path)
    try:
        exists = p.exists()
    except OSError as error:
        exists = False
        if not ("\n" in name or len(name) > 4096):
            raise InputError(missing_path(p) or f"{name[:80]}: not a usable file path ({error.strerror})") from None
    if not exists and ("\n" in name or len(name) > 4096):
        # A review passed where a path belongs: say so rather than fail on the file system. (A file whose
        # name holds a line break is still read.)
        raise InputError("that is text, not a file path; give text to filmkritik.read_text() or `filmkritik read -`")
    if not exists:
        hint = " (a web page? give its URL with https://)" if name.lower().startswith("www.") else ""
        raise InputError(missing_path(p) or f"{name}: no such file{hint}")
    if p.is_dir():
        raise InputError(f"{name}: is a directory; give files (or use `filmkritik batch` for folders)")
    try:
        mode = p.stat().st_mode
        if stat.S_ISFIFO(mode):
            # A pipe named on the command line (`read <(curl ...)`, `read /dev/stdin`): read as stdin is,
            # up to the size limit (its size is not known before).
            with p.open("rb") as pipe:
                data = pipe.read(MAX_BYTES + 1)
        elif not stat.S_ISREG(mode):
            what = (
                "a device"
                if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
                else "a socket"
                if stat.S_ISSOCK(mode)
                else "no regular file"
            )
            raise InputError(f"{name}: is {what}, not a file; give a review as a text or HTML file")
        else:
            check_size(p.stat().st_size, name)
            data = p.read_bytes()
    except PermissionError:
        raise InputError(f"{name}: permission denied") from None
    except OSError as error:
        raise InputError(f"{name}: cannot be read ({error.strerror})") from None
    return load_file_bytes(data, name)


def special_kind(mode: int) -> str:
    """What a file that is not a regular file is (``stat`` mode), as a user would name it."""
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "no regular file"


def broken_link(path: Path) -> str | None:
    """The error for a symbolic link whose target does not exist (or that leads back to itself), else None."""
    try:
        if not path.is_symlink():
            return None
        target = os.readlink(path)
        os.stat(path)
    except OSError as error:
        if error.errno == errno.ELOOP:
            # "its target loop2 does not exist" was said of a link whose target is a link back to it.
            return f"{path}: a symbolic link loop (its target {target} leads back to it); fix or remove the link"
        if error.errno in (errno.ENOENT, errno.ENOTDIR):
            return f"{path}: a broken symbolic link (its target {target} does not exist)"
        return None
    return None


def missing_path(path: Path) -> str | None:
    """Why a path that does not seem to exist cannot be used, as a user would say it (a link loop, a broken
    link, a folder on the way that cannot be entered, a file taken for a folder), else None (plainly missing)."""
    link = broken_link(path)
    if link:
        return link
    try:
        os.stat(path)
    except OSError as error:
        if error.errno == errno.EACCES:
            return f"{path}: permission denied (a folder on its way cannot be entered)"
        if error.errno == errno.ELOOP:
            return f"{path}: a symbolic link loop on its way; fix or remove the link"
        if error.errno == errno.ENOTDIR:
            blocker = next((p for p in path.parents if _lexists(p) and not p.is_dir()), path.parent)
            return f"{path}: {blocker} is a file, not a folder"
    return None


def unreadable_folder(error: OSError) -> str:
    """The line for a folder whose files cannot be listed (``os.walk``'s or ``scandir``'s error): its files were
    skipped without a word before."""
    reason = "permission denied" if error.errno == errno.EACCES else (error.strerror or str(error))
    return f"{error.filename}: the folder cannot be read ({reason}); the files in it were not read"


def _lexists(path: Path) -> bool:
    """Whether anything (a link too) is at ``path``; False also when the path cannot be looked at."""
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def walked_file_problem(path: Path) -> str | None:
    """Why a file found in a folder is not read (a broken link, a pipe, a device), else None.

    A pipe named on the command line is read; one found in a folder is not opened (with no writer it would
    block the run for ever).
    """
    try:
        mode = path.stat().st_mode
    except OSError:
        return broken_link(path) or f"{path}: cannot be read"
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    return f"{path}: is {special_kind(mode)}, not a file; it was not read"


def load_file_bytes(data: bytes, path: str) -> Document:
    """The bytes of the file at ``path`` (read here, or by a Spark executor) as a document."""
    check_size(len(data), path)
    name = path
    if data.startswith(_GZIP_MAGIC):
        # A review saved gzipped (`review.txt.gz`, `page.html.gz`): read as `zcat` would give it.
        data = _gunzip(data, path)
        name = path[:-3] if path.lower().endswith(".gz") else path
    kind = "html" if Path(name).suffix.lower() in _HTML_SUFFIXES else "text"
    return load_bytes(data, Source(kind=kind, path=path))


def shown_name(name: str) -> str:
    """A file name whose bytes are not all UTF-8 (``$'caf\\xe9.txt'``, kept by Python as lone surrogates) with
    those bytes written ``\\xe9``; other names as they are."""
    try:
        raw = name.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # (a surrogate that stands for no byte)
        return name.encode("utf-8", "backslashreplace").decode("utf-8")
    return raw.decode("utf-8", "backslashreplace")


_GZIP_MAGIC = b"\x1f\x8b"


def _gunzip(data: bytes, path: str) -> bytes:
    """The content of a gzip file, never more than the size limit (a small file may unpack to gigabytes)."""
    import gzip
    import io
    import zlib

    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as unpacked:
            content = unpacked.read(MAX_BYTES + 1)
    except (OSError, EOFError, zlib.error) as error:
        raise InputError(f"{path}: a damaged gzip file ({error}); unpack it with gunzip to see what is left") from None
    if len(content) > MAX_BYTES:
        raise TooLargeError(
            f"{path}: unpacks to more than {MAX_BYTES // 1024 // 1024} MB, too large for one review; "
            "use `filmkritik batch` for corpora"
        )
    if not content:
        raise InputError(f"{path}: the file is empty once unpacked; give a review as text or HTML")
    return content


def load_url(url: str) -> Document:
    # Imported here, not with the module: reading text never needs the HTTP client, and its ~20,000 objects
    # would lengthen every full garbage collection of a long reading process.
    import httpx

    try:
        with (
            httpx.Client(timeout=URL_TIMEOUT, follow_redirects=True, headers={"User-Agent": _USER_AGENT}) as client,
            client.stream("GET", url) as response,
        ):
            if response.status_code >= 400:
                raise InputError(f"{url}: the server answered HTTP {response.status_code}")
            content = _read_capped(response, url)
    except httpx.InvalidURL as error:  # not an HTTPError: "http://[::1", a space in the host
        raise InputError(f"{url}: not a valid URL ({error}); check it, or quote it in the shell") from None
    except httpx.HTTPError as error:
        raise InputError(f"{url}: the server did not answer ({type(error).__name__})") from None
    source = Source(kind="url", url=str(response.url))
    _refuse_many(content, url)
    text = without_controls(decode_bytes(content, url))
    if looks_like_html(text):
        return html_to_document(text, source, url=str(response.url))
    if not text.strip():
        raise InputError(f"{url}: the page is empty; give a review")
    check_words(text, url)
    check_prose(text, url)
    return make_document(text, source)


def _refuse_many(content: bytes, url: str) -> None:
    """A URL that serves a feed or a WARC file holds many reviews: read as one page, a feed's entries ran
    together into one record (the film of one, the verdict of all)."""
    from filmkritik.ingest.feed import looks_like_feed

    head = content[:4096]
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"WARC/"):
        what, name = "a WARC file", "crawl.warc"
    elif head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<") and looks_like_feed(head):
        what, name = "an RSS or Atom feed", "feed.rss"
    else:
        return
    raise InputError(
        f"{url}: the server sent {what}, which holds many reviews; save it (curl -o {name} URL) and give the file: "
        "each entry is read as one review"
    )


def _read_capped(response: httpx.Response, url: str) -> bytes:
    """The body, but never more than the size limit: a huge download is refused while it streams."""
    declared = response.headers.get("content-length", "")
    if declared.isdigit():
        check_size(max(int(declared), 1), url)
    chunks: list[bytes] = []
    size = 0
    deadline = time.monotonic() + URL_TOTAL_SECONDS
    for chunk in response.iter_bytes():
        if time.monotonic() > deadline:
            # The timeout is per read: a server dripping a byte every few seconds kept a command waiting for hours.
            raise InputError(
                f"{url}: the server sent too slowly ({size:,} bytes in {URL_TOTAL_SECONDS:.0f} s); try again later"
            )
        size += len(chunk)
        if size > MAX_BYTES:
            raise TooLargeError(
                f"{url}: more than {MAX_BYTES // 1024 // 1024} MB, too large for one review; "
                "save the page and split it, or use `filmkritik batch` for corpora"
            )
        chunks.append(chunk)
    return b"".join(chunks)


#: The standard input an earlier ``-`` of this process read to its end (None: not read yet).
_stdin_used: object = None


def stdin_bytes() -> bytes:
    """What standard input holds (up to the size limit), or an InputError saying why there is nothing: it is
    closed, empty, or was read already by an earlier ``-`` (`read - -` called the second "the file is empty")."""
    global _stdin_used
    if sys.stdin is None:  # started with stdin closed (`filmkritik read - <&-`)
        raise InputError("-: there is no standard input (it is closed); pipe a review in, or give a file")
    data = sys.stdin.buffer.read(MAX_BYTES + 1)
    if not data and _stdin_used is sys.stdin:
        raise InputError("-: standard input was read already by an earlier - (it can be read once); give - once")
    _stdin_used = sys.stdin
    if not data:
        raise InputError("-: standard input is empty; pipe a review in (cat review.txt | filmkritik read -)")
    if len(data) > MAX_BYTES:
        # (Read up to one byte past the limit: its size is unknown, and "10.0 MB is too large (limit 10 MB)" read
        # as a bug.)
        raise TooLargeError(
            f"-: standard input holds more than {MAX_BYTES // 1024 // 1024} MB, too large for one review; split it, "
            "or save it and use `filmkritik batch` for corpora"
        )
    return data


def load_stdin() -> Document:
    return load_bytes(stdin_bytes(), Source(kind="text", path="-"))


def load(arg: str | Path) -> Document:
    """Load one input named on a command line: ``-`` is stdin, URLs are fetched, else a path."""
    arg_s = str(arg)
    if arg_s == "-":
        return load_stdin()
    if is_url(arg_s):
        return load_url(arg_s)
    if isinstance(arg, str):
        if not arg.strip():
            # Path("") is the current folder: `read "$UNSET"` said ": is a directory".
            raise InputError(EMPTY_ARGUMENT)
        local = _other_scheme(arg)
        if local is not None:
            return load_path(local)
    return load_path(arg)
