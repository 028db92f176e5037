"""A synthetic database of N initiatives for the search benchmark (default one million).

``python -m bench.synth_initiatives [--n N] [--ref DB] [--out FILE] [--seed S]``

The reference database is copied (countries, names, groups, datasets stay real) and its
initiatives are replaced by N synthetic ones: title and text words drawn from the real
records' word frequencies, lengths from the real lengths, modality, language, years, dataset,
roles and sectors copied from a randomly chosen real record, and countries drawn by how often
each takes part in the real records. Deterministic for a given seed. Rows go in with big
``executemany`` batches and the full-text index is built once at the end.
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import sqlite3
import time
from collections import Counter
from pathlib import Path

import numpy as np

from bench.harness import WORK_DIR

BATCH = 50_000
_WORD = re.compile(r"\w+", re.UNICODE)


def _words(rows: list[str]) -> tuple[list[str], np.ndarray, list[int]]:
    counts: Counter[str] = Counter()
    lengths = []
    for text in rows:
        words = _WORD.findall(text)
        counts.update(words)
        lengths.append(len(words))
    vocab = list(counts)
    p = np.array([counts[w] for w in vocab], dtype=np.float64)
    return vocab, p / p.sum(), lengths


def generate(ref: Path, out: Path, n: int, seed: int = 7, log: bool = True) -> float:
    """Write ``out`` with ``n`` synthetic initiatives; returns the seconds it took."""
    started = time.perf_counter()
    out.parent.mkdir(parents=True, exist_ok=True)
    out.unlink(missing_ok=True)
    shutil.copyfile(ref, out)
    conn = sqlite3.connect(out)
    conn.executescript(
        "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -400000;"
    )
    real = conn.execute(
        "SELECT id, dataset_id, title, summary || ' ' || description, language, modality, "
        "theme, start_year, end_year, amount_usd FROM initiative"
    ).fetchall()
    who: dict[int, list[tuple[str, str | None, str | None]]] = {}
    freq: dict[str, Counter[str]] = {}
    for init, role, iso3, org in conn.execute(
        "SELECT initiative_id, role, iso3, org_name FROM initiative_participant"
    ):
        who.setdefault(init, []).append((role, iso3, org))
        if iso3:
            freq.setdefault(role, Counter())[iso3] += 1
    sectors: dict[int, list[tuple[str, str | None, str]]] = {}
    for init, scheme, code, name in conn.execute(
        "SELECT initiative_id, scheme, code, name FROM initiative_sector"
    ):
        sectors.setdefault(init, []).append((scheme, code, name))
    t_vocab, t_p, t_len = _words([r[2] for r in real])
    b_vocab, b_p, b_len = _words([r[3] for r in real])
    for table in ("initiative_source", "initiative_link", "initiative_outcome",
                  "initiative_sector", "initiative_participant", "initiative"):  # fmt: skip
        conn.execute(f"DELETE FROM {table}")
    conn.execute("DROP TABLE IF EXISTS initiative_fts")
    conn.commit()
    rng = np.random.default_rng(seed)
    pick = random.Random(seed)
    countries = {r: (list(c), [float(v) for v in c.values()]) for r, c in freq.items()}
    done = 0
    while done < n:
        size = min(BATCH, n - done)
        templates = [real[i] for i in rng.integers(0, len(real), size)]
        tl = np.maximum(1, np.array([t_len[i] for i in rng.integers(0, len(t_len), size)]))
        bl = np.array([b_len[i] for i in rng.integers(0, len(b_len), size)])
        tw = rng.choice(len(t_vocab), int(tl.sum()), p=t_p)
        bw = rng.choice(len(b_vocab), int(bl.sum()), p=b_p)
        inits: list[tuple[object, ...]] = []
        parts: list[tuple[object, ...]] = []
        secs: list[tuple[object, ...]] = []
        ti = bi = 0
        for k, t in enumerate(templates):
            new_id = done + k + 1
            title = " ".join(t_vocab[w] for w in tw[ti : ti + tl[k]])
            body = " ".join(b_vocab[w] for w in bw[bi : bi + bl[k]])
            ti += int(tl[k])
            bi += int(bl[k])
            inits.append((new_id, t[1], f"synth:{new_id}", title.capitalize(), body, t[4],
                          t[5], t[6], t[7], t[8], t[9]))  # fmt: skip
            for role, iso3, org in who.get(t[0], []):
                if iso3 and role in countries:
                    codes, weights = countries[role]
                    iso3 = pick.choices(codes, weights)[0]
                parts.append((new_id, role, iso3, org, ""))
            secs.extend((new_id, *s) for s in sectors.get(t[0], []))
        conn.executemany(
            "INSERT INTO initiative (id, dataset_id, source_record_id, title, summary, "
            "language, modality, theme, start_year, end_year, amount_usd, description, status, "
            "amount_note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', '', '')",
            inits,
        )
        conn.executemany(
            "INSERT INTO initiative_participant (initiative_id, role, iso3, org_name, "
            "source_name) VALUES (?, ?, ?, ?, ?)",
            parts,
        )
        conn.executemany(
            "INSERT INTO initiative_sector (initiative_id, scheme, code, name) VALUES (?, ?, ?, ?)",
            secs,
        )
        conn.commit()
        done += size
        if log:
            print(f"{done:,} initiatives, {time.perf_counter() - started:.0f} s", flush=True)
    conn.close()
    _build_fts(out)
    conn = sqlite3.connect(out)
    conn.execute("ANALYZE")
    conn.close()
    return time.perf_counter() - started


def _build_fts(path: Path) -> None:
    from explorer.store import fts
    from explorer.store.engine import make_engine

    engine = make_engine(path, bulk=True)
    with engine.begin() as conn:
        fts.build_index(conn)
    engine.dispose()


def main() -> None:
    """Command line of the generator."""
    p = argparse.ArgumentParser(prog="python -m bench.synth_initiatives", description=__doc__)
    p.add_argument("--n", type=int, default=1_000_000)
    p.add_argument("--ref", type=Path, default=WORK_DIR / "reference.sqlite")
    p.add_argument("--out", type=Path)
    p.add_argument("--seed", type=int, default=7)
    args = p.parse_args()
    out = args.out or WORK_DIR / f"synth_{args.n}.sqlite"
    seconds = generate(args.ref, out, args.n, args.seed)
    print(f"wrote {out} ({out.stat().st_size / 2**20:.0f} MB) in {seconds:.0f} s")


if __name__ == "__main__":
    main()
