"""IMF Direction of Trade: entity kinds, small gzip fixtures, bad input and the real file."""

from __future__ import annotations

import csv
import gzip
import io
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Connection, Engine, text

from explorer.importers import countries, dots
from explorer.importers.context import BuildContext
from explorer.importers.errors import SourceError
from explorer.store import summary
from explorer.store.engine import make_engine
from explorer.store.migrate import upgrade_reference
from tests.helpers import fresh_context

HEADER = ["reporter", "partner", "flow", "year", "value_usd_millions", "flag"]
CROSSWALK = [
    ["imf_dots_name", "iso3", "country_converter_name", "match_method"],
    ["Brazil", "BRA", "Brazil", "regex"],
    ["China, P.R.: Mainland", "CHN", "China", "regex"],
    ["World", "", "", "aggregate_or_unspecified"],
    ["Africa not specified", "", "", "aggregate_or_unspecified"],
    ["Yugoslavia", "", "", "historical_entity_not_mapped"],
    ["USSR", "SUN", "Soviet Union (former)", "regex"],
]
GOOD_ROWS = [
    ["Brazil", "China, P.R.: Mainland", "exports_fob", "2019", "63357.5", ""],
    ["Brazil", "China, P.R.: Mainland", "exports_fob", "2019", "63357.5", ""],  # exact repeat
    ["Brazil", "World", "imports_cif", "2019", "177347.9", "e"],
    ["Brazil", "Yugoslavia", "exports_fob", "1990", "12.5", ""],
    ["China, P.R.: Mainland", "Africa not specified", "exports_fob", "2000", "3.25", ""],
    ["China, P.R.: Mainland", "USSR", "imports_cif", "1990", "1.5", "e"],
]


@pytest.mark.parametrize(
    ("name", "iso3", "expected"),
    [
        ("Brazil", "BRA", ("country", "BRA")),
        ("World", "", ("aggregate", None)),
        ("Emerging and Developing Economies", "", ("aggregate", None)),
        ("Euro Area", "", ("aggregate", None)),
        ("Africa not specified", "", ("unspecified", None)),
        ("Countries & Areas not specified", "", ("unspecified", None)),
        ("Other Countries not included elsewhere", "", ("unspecified", None)),
        ("Special Categories", "", ("unspecified", None)),
        ("Belgium-Luxembourg", "", ("historical", None)),
        ("USSR", "SUN", ("historical", None)),  # SUN is not in the country table
        ("South African Common Customs Area (SACCA)", "ZAF", ("historical", None)),
    ],
)
def test_classify(name: str, iso3: str, expected: tuple[str, str | None]) -> None:
    assert dots.classify(name, iso3, {"BRA", "ZAF"}) == expected


def test_classify_refuses_unknown_names() -> None:
    with pytest.raises(KeyError):
        dots.classify("Atlantis", "", {"BRA"})


def _write(tmp: Path, rows: list[list[str]], *, header: list[str] = HEADER,
           crosswalk: list[list[str]] = CROSSWALK, cut: int = 0) -> Path:
    folder = tmp / "imf-dots"
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "dots_name_to_iso3.csv", "w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(crosswalk)
    buffer = io.StringIO()
    csv.writer(buffer).writerows([header, *rows])
    data = gzip.compress(buffer.getvalue().encode("utf-8"))
    path = folder / "dots_bilateral_1990_2020.csv.gz"
    path.write_bytes(data[: len(data) - cut] if cut else data)
    return path


def _add_countries(ctx: BuildContext, *codes: tuple[str, str]) -> None:
    ds = ctx.dataset_id("country-codes")
    ctx.conn.execute(
        text("INSERT INTO country (iso3, name, is_ldc, is_lldc, is_sids, dataset_id) "
             "VALUES (:c, :n, false, false, false, :ds)"),
        [{"c": c, "n": n, "ds": ds} for c, n in codes],
    )


def _load(engine: Engine, sources: Path) -> tuple[int, dict[str, int]]:
    with engine.begin() as conn:
        ctx = fresh_context(conn, sources)
        _add_countries(ctx, ("BRA", "Brazil"), ("CHN", "China"))
        return dots.load_trade(ctx), ctx.counts


def test_small_file(empty_db: Engine, tmp_path: Path) -> None:
    _write(tmp_path, GOOD_ROWS)
    inserted, counts = _load(empty_db, tmp_path)
    assert counts["trade_duplicates_skipped"] == 1
    assert counts["trade_aliases"] == 1  # "China, P.R.: Mainland"; "Brazil" is already a name
    assert inserted == 6 + 1 + 5
    with empty_db.connect() as conn:
        kinds: dict[str, str] = dict(
            conn.execute(text("SELECT imf_name, kind FROM trade_entity")).all()
        )
        assert kinds == {"Brazil": "country", "China, P.R.: Mainland": "country",
                         "World": "aggregate", "Africa not specified": "unspecified",
                         "Yugoslavia": "historical", "USSR": "historical"}
        row = conn.execute(text(
            "SELECT f.flow, f.value_musd, f.estimated FROM trade_flow f "
            "JOIN trade_entity r ON r.id = f.reporter_id "
            "JOIN trade_entity p ON p.id = f.partner_id "
            "WHERE r.imf_name = 'Brazil' AND p.imf_name = 'World' AND f.year = 2019"
        )).one()
        assert tuple(row) == ("M", 177347.9, True)
        alias = conn.execute(text(
            "SELECT iso3, lang, kind FROM country_name WHERE name = 'China, P.R.: Mainland'"
        )).one()
        assert tuple(alias) == ("CHN", "en", "alias")


@pytest.mark.parametrize(
    ("rows", "header", "cut", "message"),
    [
        ([["Brazil", "World", "exports_fob", str(y), str(y / 7), ""] for y in range(3000)],
         HEADER, 20, "truncated or damaged compressed file"),
        (GOOD_ROWS, ["reporter", "partner", "flow", "year", "value", "flag"], 0,
         "missing column(s) value_usd_millions"),
        ([["Brazil", "World", "exports_fob", "2019", "n/a", ""]], HEADER, 0,
         "line 2: year '2019' or value 'n/a' is not a number"),
        ([["Brazil", "Atlantis", "exports_fob", "2019", "1", ""]], HEADER, 0,
         "line 2: unknown value 'Atlantis'"),
        ([["Brazil", "World", "re-exports", "2019", "1", ""]], HEADER, 0,
         "line 2: unknown value 're-exports'"),
        ([["Brazil", "World", "exports_fob", "2019", "1", "p"]], HEADER, 0,
         "line 2: unknown value 'p'"),
        ([["Brazil", "World", "exports_fob", "2019", "1", ""],
          ["Brazil", "World", "exports_fob", "2019", "2", ""]], HEADER, 0,
         "line 3: conflicting repeat"),
    ],
)
def test_bad_data_names_the_file(
    empty_db: Engine, tmp_path: Path, rows: list[list[str]], header: list[str], cut: int,
    message: str,
) -> None:
    path = _write(tmp_path, rows, header=header, cut=cut)
    with pytest.raises(SourceError) as err:
        _load(empty_db, tmp_path)
    assert err.value.path == path
    assert message in str(err.value)


def test_unclassifiable_crosswalk_name(empty_db: Engine, tmp_path: Path) -> None:
    _write(tmp_path, GOOD_ROWS, crosswalk=[*CROSSWALK, ["Atlantis", "", "", "regex"]])
    with pytest.raises(SourceError, match="cannot classify Atlantis") as err:
        _load(empty_db, tmp_path)
    assert err.value.path.name == "dots_name_to_iso3.csv"


@pytest.fixture(scope="module")
def real_dots(tmp_path_factory: pytest.TempPathFactory, sources_dir: Path
              ) -> Iterator[tuple[Connection, dict[str, int], float]]:
    """Countries, DOTS and the summary figures from the real sources, once per module."""
    if not sources_dir.is_dir():
        pytest.skip("public sources not found")
    engine = make_engine(tmp_path_factory.mktemp("dots") / "ref.sqlite", bulk=True)
    with engine.begin() as conn:
        upgrade_reference(conn)
        ctx = fresh_context(conn, sources_dir)
        countries.load_countries(ctx)
        started = time.perf_counter()
        dots.load_trade(ctx)
        seconds = time.perf_counter() - started
        summary.build_summary(conn)
        counts = dict(ctx.counts)
    with engine.connect() as conn:
        yield conn, counts, seconds
    engine.dispose()


def _flow(
    conn: Connection, reporter: str, partner: str, flow: str, year: int
) -> tuple[float, bool]:
    row = conn.execute(text(
        "SELECT f.value_musd, f.estimated FROM trade_flow f "
        "JOIN trade_entity r ON r.id = f.reporter_id JOIN trade_entity p ON p.id = f.partner_id "
        "WHERE r.imf_name = :r AND p.imf_name = :p AND f.flow = :f AND f.year = :y"
    ), {"r": reporter, "p": partner, "f": flow, "y": year}).one()
    return float(row[0]), bool(row[1])


@pytest.mark.realdata
def test_real_counts(real_dots: tuple[Connection, dict[str, int], float]) -> None:
    conn, counts, seconds = real_dots
    flows = conn.execute(text("SELECT count(*) FROM trade_flow")).scalar_one()
    # The file has 1,810,147 rows, of which 16,172 repeat an earlier row exactly.
    assert flows + counts["trade_duplicates_skipped"] == 1_810_147
    assert counts["trade_duplicates_skipped"] == 16_172
    kinds: dict[str, int] = dict(conn.execute(
        text("SELECT kind, count(*) FROM trade_entity GROUP BY kind")).all())
    assert sum(kinds.values()) == 239
    assert kinds["country"] >= 205
    assert kinds["aggregate"] == 14 and kinds["unspecified"] == 8 and kinds["historical"] == 7
    assert seconds < 60  # generous bound for slow CI; about 16 s on 2 cores


@pytest.mark.realdata
def test_real_known_values(real_dots: tuple[Connection, dict[str, int], float],
                           sources_dir: Path) -> None:
    conn = real_dots[0]
    wanted = {
        ("Afghanistan, Islamic Rep. of", "Australia", "exports_fob", "1990"),
        ("Brazil", "China, P.R.: Mainland", "exports_fob", "2019"),
    }
    found: dict[tuple[str, ...], tuple[float, bool]] = {}
    with gzip.open(sources_dir / dots.DATA_FILE, "rt", encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle):
            if tuple(row[:4]) in wanted:
                found[tuple(row[:4])] = (float(row[4]), row[5] == "e")
                if len(found) == len(wanted):
                    break
    afg = found[("Afghanistan, Islamic Rep. of", "Australia", "exports_fob", "1990")]
    assert afg == (0.22, True)
    assert _flow(conn, "Afghanistan, Islamic Rep. of", "Australia", "X", 1990) == afg
    bra = found[("Brazil", "China, P.R.: Mainland", "exports_fob", "2019")]
    assert bra[1] is False
    assert _flow(conn, "Brazil", "China, P.R.: Mainland", "X", 2019) == bra


@pytest.mark.realdata
def test_real_aggregates_and_aliases(real_dots: tuple[Connection, dict[str, int], float]) -> None:
    conn = real_dots[0]
    world = conn.execute(text("SELECT kind, iso3 FROM trade_entity WHERE imf_name = 'World'"))
    assert tuple(world.one()) == ("aggregate", None)
    sacca = conn.execute(text(
        "SELECT kind, iso3 FROM trade_entity WHERE imf_name LIKE 'South African Common%'"))
    assert tuple(sacca.one()) == ("historical", None)
    assert conn.execute(text(
        "SELECT count(*) FROM trade_entity WHERE iso3 = 'ZAF'")).scalar_one() == 1
    alias = conn.execute(text(
        "SELECT iso3 FROM country_name WHERE name = 'Korea, Rep. of' AND kind = 'alias'"))
    assert alias.scalar_one() == "KOR"


@pytest.mark.realdata
def test_real_south_south_share_2019(real_dots: tuple[Connection, dict[str, int], float]) -> None:
    conn = real_dots[0]
    emde = "Emerging and Developing Economies"
    assert _flow(conn, emde, emde, "X", 2019) == (3159763.62643, False)
    assert _flow(conn, emde, "World", "X", 2019) == (7585398.551853, False)
    share = conn.execute(text(
        "SELECT value, unit FROM summary_figure "
        "WHERE key = 'south_south_export_share' AND year = 2019")).one()
    assert share[0] == pytest.approx(100 * 3159763.62643 / 7585398.551853)
    assert share[0] == pytest.approx(41.656, abs=0.001)
    assert share[1] == "%"
    years = conn.execute(text(
        "SELECT min(year), max(year), count(*) FROM summary_figure "
        "WHERE key = 'south_south_share_world_trade'")).one()
    assert tuple(years) == (1990, 2020, 31)
