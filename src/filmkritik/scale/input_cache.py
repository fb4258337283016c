"""What a batch job's input files held when last looked at, so a rerun need not read unchanged files again.

A rerun compares each done part's inputs with what they hold now (:func:`filmkritik.scale.batch.unit_digest`):
it read and hashed every input file, and parsed every corpus, feed and crawl, even when nothing had changed
(about as long as reading 10,000 files takes). Now each file's size, modification and change times and inode
are kept beside its units' keys and digests (``OUT/_manifest/inputs.json``); a file whose four are the same as
then is taken to hold the same units, unread. A file touched in the two seconds before it was hashed is hashed
again next time (an edit in the same clock tick would keep its time: git's "racy clean" files); an edit that
keeps the size and sets the modification time back (``touch -r``) still moves the change time, which no user
can set.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from filmkritik.errors import InputError

CACHE_FILE = "inputs.json"
_VERSION = 1
#: A file changed this close before it was hashed is hashed again on the next run.
RACY_NS = 2_000_000_000


@dataclass(frozen=True)
class KnownUnit:
    """A unit of an input file unchanged since its digest was taken: its key and that digest, nothing read."""

    key: str
    digest: str

    def to_document(self) -> Any:
        raise InputError(f"{self.key}: not read again (unchanged); this is a bug if you see it")


@dataclass
class InputCache:
    """Input files' signatures with their units' keys and digests: the last run's, and this run's as it looks."""

    before: dict[str, dict[str, Any]] = field(default_factory=dict)
    now: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: Files this run read and hashed again (new, changed, or touched too close to their last digest).
    hashed: list[str] = field(default_factory=list)

    @classmethod
    def load(cls, folder: Path) -> InputCache:
        """The cache kept in ``folder`` (a job's ``_manifest``); empty when there is none or it is damaged."""
        try:
            data = json.loads((folder / CACHE_FILE).read_text(encoding="utf-8", errors="surrogateescape"))
        except (OSError, ValueError):
            return cls()
        if not isinstance(data, dict) or data.get("version") != _VERSION or not isinstance(data.get("files"), dict):
            return cls()
        return cls(before=data["files"])

    def save(self, folder: Path, write: Callable[[Path, str], None]) -> None:
        write(folder / CACHE_FILE, json.dumps({"version": _VERSION, "files": self.now}, ensure_ascii=False))

    def expand_file(
        self, path: str, expand_file: Callable[[str], Iterator[Any]], digest: Callable[[Any], str]
    ) -> Iterator[KnownUnit]:
        """The units of the file at ``path`` as keys and digests: the last run's when the file is unchanged since,
        else read (``expand_file``) and hashed (``digest``) now."""
        taken = time.time_ns()
        signature = _signature(path)
        known = self.before.get(path)
        if signature is not None and known is not None and _still(known, signature):
            self.now[path] = known
            yield from (KnownUnit(k, d) for k, d in zip(known["keys"], known["digests"], strict=True))
            return
        keys: list[str] = []
        digests: list[str] = []
        for unit in expand_file(path):
            keys.append(unit.key)
            digests.append(digest(unit))
            yield KnownUnit(keys[-1], digests[-1])
        self.hashed.append(path)
        if signature is not None:
            self.now[path] = {"signature": signature, "taken": taken, "keys": keys, "digests": digests}


def _signature(path: str) -> list[int] | None:
    """Size, modification and change times (ns) and inode of a regular file; None for anything else (a pipe is
    read once, a missing file is an error each time)."""
    with contextlib.suppress(OSError):
        info = os.stat(path)
        if stat.S_ISREG(info.st_mode):
            return [info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino]
    return None


def _still(known: dict[str, Any], signature: list[int]) -> bool:
    """Whether a file with ``signature`` now holds what ``known`` says it held: the same signature, and its last
    change well before the digest was taken (else an edit in the same clock tick could keep the signature)."""
    try:
        return (
            known["signature"] == signature
            and signature[2] < int(known["taken"]) - RACY_NS
            and len(known["keys"]) == len(known["digests"])
        )
    except (KeyError, TypeError, ValueError):
        return False
