"""Text of a CSV as people have it: UTF-8 with or without BOM, UTF-16, cp1252 or latin-1,
and any line ending (Unix, Windows, old-Mac CR)."""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path

from explorer.importers.formats.base import ImportProblem

csv.field_size_limit(10_000_000)
CHUNK = 1 << 20
# Mojibake: UTF-8 read as cp1252 once before it reached us ("SÃ£o", "CÃ´te").
_MOJIBAKE = re.compile("[\u00c3\u00c2][\u0080-\u00bf\u2018-\u203a\u0152\u0153\u0178\u20ac]")


def detect_encoding(path: Path) -> str:
    """``utf-8-sig``, ``utf-16`` (by its BOM or its NUL bytes), ``utf-8`` if every byte is
    valid UTF-8, else ``cp1252`` (``latin-1`` when a byte cp1252 leaves undefined occurs)."""
    with path.open("rb") as fh:
        head = fh.read(4)
        if head.startswith(codecs.BOM_UTF8):
            encoding = "utf-8-sig"
        elif head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return "utf-16"
        elif len(head) >= 4 and head[1] == 0 and head[3] == 0:
            return "utf-16-le"
        elif len(head) >= 4 and head[0] == 0 and head[2] == 0:
            return "utf-16-be"
        else:
            encoding = "utf-8"
        fh.seek(0)
        decoder = codecs.getincrementaldecoder("utf-8")()
        try:
            while chunk := fh.read(CHUNK):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
            return encoding
        except UnicodeDecodeError:
            pass
        fh.seek(0)
        cp = codecs.getincrementaldecoder("cp1252")()
        try:
            while chunk := fh.read(CHUNK):
                cp.decode(chunk)
        except UnicodeDecodeError:
            return "latin-1"
    return "cp1252"


def decode_head(head: bytes) -> str:
    """The first bytes of a file as text, for detection (a cut-off last character is fine)."""
    if head.startswith(codecs.BOM_UTF8):
        return head[3:].decode("utf-8", "ignore")
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return head.decode("utf-16", "ignore")
    if len(head) >= 4 and head[1] == 0 and head[3] == 0:
        return head.decode("utf-16-le", "ignore")
    if len(head) >= 4 and head[0] == 0 and head[2] == 0:
        return head.decode("utf-16-be", "ignore")
    try:
        return head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start >= len(head) - 3:  # only the last character was cut
            return head[: exc.start].decode("utf-8")
        return head.decode("cp1252", "replace")


def head_rows(head: bytes, limit: int = 8) -> list[list[str]]:
    """The first rows of a CSV head (the last, maybe cut-off line dropped when more follow)."""
    text = decode_head(head)
    lines = re.split(r"\r\n|\r|\n", text)
    if len(lines) > 1:
        lines = lines[:-1]
    rows: list[list[str]] = []
    delimiter = _sniff_delimiter(text)
    for line in lines[:limit]:
        try:
            rows.extend(csv.reader([line], delimiter=delimiter))
        except csv.Error:
            rows.append([line])
    return rows


def has_mojibake(text: str) -> bool:
    """Whether ``text`` shows UTF-8 that was once read as cp1252 (kept as given, reported)."""
    return _MOJIBAKE.search(text) is not None


class CsvReader:
    """Rows of a CSV with their line numbers; errors become ``ImportProblem`` naming the line.

    ``delimiter`` is sniffed from the first line (comma, semicolon or tab) unless given.
    """

    def __init__(self, path: Path, *, delimiter: str | None = None) -> None:
        self.path = path
        self.encoding = detect_encoding(path)
        self.line = 0
        self._delimiter = delimiter

    def rows(self) -> Iterator[list[str]]:
        try:
            with self.path.open(encoding=self.encoding, newline="") as fh:
                first = fh.read(4096)
                fh.seek(0)
                delimiter = self._delimiter or _sniff_delimiter(first)
                reader = csv.reader(fh, delimiter=delimiter, strict=True)
                for row in reader:
                    self.line = reader.line_num
                    if "\x00" in "".join(row):
                        raise ImportProblem(self.path, f"line {self.line}: binary data (NUL)")
                    yield row
        except UnicodeDecodeError as exc:
            raise ImportProblem(
                self.path, f"line {self.line + 1}: not valid {self.encoding} text ({exc.reason})"
            ) from None
        except UnicodeError as exc:
            raise ImportProblem(self.path, f"not valid {self.encoding} text ({exc})") from None
        except csv.Error as exc:
            if "unexpected end of data" in str(exc):
                raise ImportProblem(self.path, f"line {self.line + 1}: the file ends inside a "
                                    "quoted value; it looks truncated") from None
            raise ImportProblem(self.path, f"line {self.line + 1}: malformed CSV ({exc})") from None


def _sniff_delimiter(text: str) -> str:
    first = re.split(r"\r\n|\r|\n", text, maxsplit=1)[0]
    counts = {d: first.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def normalise_header(text: str) -> str:
    """A header cell compared loosely: case, accents, spaces and punctuation folded."""
    from explorer.domain.names import normalise_name

    return re.sub(r"[^0-9a-z]+", " ", normalise_name(text.replace("\ufeff", ""))).strip()


def read_head(path: Path, size: int = 8192) -> bytes:
    with path.open("rb") as fh:
        return fh.read(size)


def text_stream(data: bytes) -> io.StringIO:
    return io.StringIO(decode_head(data))
