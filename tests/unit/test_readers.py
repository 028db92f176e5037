"""The careful CSV/TOML readers: every kind of bad file gets a message naming it."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from explorer.importers.errors import SourceError
from explorer.importers.readers import iter_csv, load_toml, parse_float, parse_int


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _truncated_gzip() -> bytes:
    body = "a,b\n" + "".join(f"{i},{i * 7919 % 10007}\n" for i in range(5000))
    data = gzip.compress(body.encode())
    return data[: len(data) // 2]


def test_reads_rows_and_pads_short_rows(tmp_path: Path) -> None:
    f = _write(tmp_path / "a.csv", b"a,b,c\n1,2,3\n4,5\n")
    assert list(iter_csv(f, ["a", "b"])) == [
        {"a": "1", "b": "2", "c": "3"},
        {"a": "4", "b": "5", "c": ""},
    ]


def test_bom_and_multiline_fields(tmp_path: Path) -> None:
    f = _write(tmp_path / "b.csv", '\ufeffname,text\nx,"line one\nline two"\n'.encode())
    assert list(iter_csv(f, ["name"])) == [{"name": "x", "text": "line one\nline two"}]


def test_gzip_and_comments_and_tabs(tmp_path: Path) -> None:
    f = tmp_path / "c.tsv.gz"
    with gzip.open(f, "wt", encoding="utf-8") as out:
        out.write("# a comment\n k \t v \n a\t1\n")
    rows = list(iter_csv(f, ["k", "v"], delimiter="\t", skip_comment_lines=True, strip=True))
    assert rows == [{"k": "a", "v": "1"}]


@pytest.mark.parametrize(
    ("name", "data", "required", "message"),
    [
        ("missing.csv", None, ["a"], "file not found"),
        ("empty.csv", b"", ["a"], "file is empty"),
        ("cols.csv", b"x,y\n1,2\n", ["a", "b"], "missing column(s) a, b"),
        ("enc.csv", "a\nS\u00e3o\n".encode("latin-1"), ["a"], "not valid utf-8-sig text"),
        ("wide.csv", b"a,b\n1,2,3\n", ["a"], "line 2: 3 fields, header has 2"),
        ("quote.csv", b'a,b\n"1,2\n', ["a"], "malformed CSV"),
        ("trunc.csv.gz", _truncated_gzip(), ["a"], "truncated"),
    ],
)
def test_bad_files_name_the_file(
    tmp_path: Path, name: str, data: bytes | None, required: list[str], message: str
) -> None:
    path = tmp_path / name
    if data is not None:
        path.write_bytes(data)
    with pytest.raises(SourceError) as err:
        list(iter_csv(path, required))
    assert str(err.value).startswith(str(path))
    assert message in str(err.value)


def test_toml_errors(tmp_path: Path) -> None:
    bad = _write(tmp_path / "x.toml", b"[a\nb = 1")
    with pytest.raises(SourceError, match="malformed TOML"):
        load_toml(bad)


@pytest.mark.parametrize(
    ("text", "as_int", "as_float"),
    [("2010", 2010, 2010.0), ("2010.0", 2010, 2010.0), ("", None, None), ("..", None, None),
     ("NA", None, None), ("1,234.5", None, 1234.5), ("abc", None, None)],
)
def test_number_parsing(text: str, as_int: int | None, as_float: float | None) -> None:
    assert parse_int(text) == as_int
    assert parse_float(text) == as_float
