"""Careful readers for source files: clear errors for missing, mis-encoded or truncated files."""

from __future__ import annotations

import csv
import gzip
import io
import tomllib
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from explorer.importers.errors import SourceError

csv.field_size_limit(10_000_000)


def require_file(path: Path) -> Path:
    """Return ``path`` if it is a readable file, else raise ``SourceError``."""
    if not path.exists():
        raise SourceError(path, "file not found")
    if not path.is_file():
        raise SourceError(path, "not a file")
    return path


def _open_text(path: Path, encoding: str) -> io.TextIOBase:
    if path.suffix == ".gz":
        return io.TextIOWrapper(gzip.open(path, "rb"), encoding=encoding, newline="")
    return open(path, encoding=encoding, newline="")


def iter_csv(
    path: Path,
    required: Sequence[str],
    *,
    delimiter: str = ",",
    encoding: str = "utf-8-sig",
    skip_comment_lines: bool = False,
    strip: bool = False,
) -> Iterator[dict[str, str]]:
    """Rows of a CSV file as dicts, checking the header has every ``required`` column.

    Raises ``SourceError`` naming the file for: missing file, wrong encoding (with the byte
    offset), missing columns, a row with more fields than the header, a truncated gzip
    stream, or malformed quoting.
    """
    require_file(path)
    line_no = 1
    try:
        with _open_text(path, encoding) as handle:
            lines: Any = handle
            if skip_comment_lines:
                lines = (ln for ln in handle if not ln.lstrip().startswith("#") and ln.strip())
            reader = csv.reader(lines, delimiter=delimiter, strict=True)
            try:
                header = next(reader)
            except StopIteration:
                raise SourceError(path, "file is empty (no header row)") from None
            if strip:
                header = [h.strip() for h in header]
            missing = [c for c in required if c not in header]
            if missing:
                raise SourceError(
                    path,
                    f"missing column(s) {', '.join(missing)}; found {', '.join(header[:12])}",
                )
            width = len(header)
            short_last = 0
            for row in reader:
                line_no = reader.line_num
                if not row:
                    continue
                if len(row) > width:
                    raise SourceError(
                        path, f"line {line_no}: {len(row)} fields, header has {width}"
                    )
                short_last = len(row) if len(row) < width else 0
                if len(row) < width:
                    row = row + [""] * (width - len(row))
                if strip:
                    row = [v.strip() for v in row]
                yield dict(zip(header, row, strict=True))
            if short_last and not _ends_with_newline(path):
                # A short last row with no line end after it: a copy cut off mid-row.
                raise SourceError(
                    path,
                    f"line {line_no}: the file ends in the middle of a row ({short_last} of "
                    f"{width} fields); it looks truncated",
                )
    except UnicodeDecodeError as exc:
        raise SourceError(
            path, f"not valid {encoding} text (byte {exc.start}: {exc.reason})"
        ) from None
    except (EOFError, gzip.BadGzipFile) as exc:
        raise SourceError(path, f"truncated or damaged compressed file ({exc})") from None
    except csv.Error as exc:
        raise SourceError(path, f"line {line_no}: malformed CSV ({exc})") from None


def _ends_with_newline(path: Path) -> bool:
    """Whether a plain file's last byte ends a line (compressed files: always True, since
    their own checksum catches a truncation)."""
    if path.suffix == ".gz":
        return True
    try:
        with path.open("rb") as fh:
            fh.seek(0, 2)
            if fh.tell() == 0:
                return True
            fh.seek(-1, 2)
            return fh.read(1) in (b"\n", b"\r")
    except OSError:
        return True


def load_toml(path: Path) -> dict[str, Any]:
    """A TOML file as a dict, with a ``SourceError`` naming the file when malformed."""
    require_file(path)
    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise SourceError(path, f"malformed TOML ({exc})") from None
    except UnicodeDecodeError as exc:
        raise SourceError(path, f"not valid UTF-8 text ({exc.reason})") from None


def parse_int(value: str) -> int | None:
    """``"2010"`` -> 2010; blanks, ``NA`` and ``..`` -> None; ``"2010.0"`` -> 2010."""
    text = value.strip()
    if not text or text in {"NA", "..", "-", "nan", "NaN"}:
        return None
    try:
        return int(float(text))
    except ValueError:
        return None


def parse_float(value: str) -> float | None:
    """A number or None for blanks and the usual missing-value markers."""
    text = value.strip().replace(",", "") if value else ""
    if not text or text in {"NA", "..", "-", "nan", "NaN"}:
        return None
    try:
        return float(text)
    except ValueError:
        return None


def parse_bool(value: str) -> bool:
    """TRUE/True/yes/x/1 -> True; anything else -> False."""
    return value.strip().lower() in {"true", "yes", "x", "1", "y"}
