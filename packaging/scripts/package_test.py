"""Run the BUILT app, not the source tree: the bundle in dist/, then the installed .deb.

    python packaging/scripts/package_test.py --version 0.1.0 [--source-db build/reference.sqlite]
                                             [--no-install] [--runs 5]

Checks, each printed as it runs (exit 1 if any fails):
  bundle     check --json (integrity ok), screenshots of two pages (non-blank PNGs),
             the start-up probe against running from source (median of --runs),
             nothing written inside the bundle, a missing and a damaged database
             (a clear message, no traceback)
  installed  as root: `dpkg -i` the .deb, the same checks from /usr/bin/exchange-explorer
             run as an unprivileged user, first start writes only to the user's folders,
             reinstalling and upgrading keep a file in the user folder, `dpkg -r`;
             otherwise (or with --no-install) `dpkg -x` into a temporary root.
Everything runs offscreen (QT_QPA_PLATFORM=offscreen) with a throwaway HOME.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
APP = "exchange-explorer"
BUNDLE = ROOT / "dist" / APP
PAGES = ("home", "sources")
FAILURES: list[str] = []


def report(ok: bool, what: str, detail: str = "") -> bool:
    print(f"  [{'ok' if ok else 'FAIL'}] {what}{': ' + detail if detail else ''}", flush=True)
    if not ok:
        FAILURES.append(what)
    return ok


class Runner:
    """Runs one executable offscreen with a private HOME, optionally as another user."""

    def __init__(self, exe: list[str], home: Path, user: str | None = None) -> None:
        self.exe, self.home, self.user = exe, home, user

    def env(self, **extra: str) -> dict[str, str]:
        keep = {k: v for k, v in os.environ.items() if k in ("PATH", "LANG", "LC_ALL", "TZ")}
        keep.setdefault("PATH", "/usr/bin:/bin")
        return {
            **keep,
            "HOME": str(self.home),
            "XDG_RUNTIME_DIR": str(self.home / "run"),
            "QT_QPA_PLATFORM": "offscreen",
            **extra,
        }

    def run(
        self, *args: str, timeout: float = 180, **extra: str
    ) -> subprocess.CompletedProcess[str]:
        env = self.env(**extra)
        cmd = [*self.exe, *args]
        if self.user:  # runuser keeps only what `env` passes on
            cmd = [
                "runuser",
                "-u",
                self.user,
                "--",
                "env",
                "-i",
                *[f"{k}={v}" for k, v in env.items()],
                *cmd,
            ]
        return subprocess.run(
            cmd,
            capture_output=True,
            text=True,
            env=env,
            timeout=timeout,
            check=False,
            cwd=self.home,
        )


def make_home(base: Path, name: str, user: str | None = None) -> Path:
    home = base / name
    (home / "run").mkdir(parents=True, exist_ok=True)
    os.chmod(home / "run", 0o700)
    if user:
        shutil.chown(base, user)
        for path in (home, home / "run"):
            shutil.chown(path, user)
    return home


def png_is_blank(path: Path) -> tuple[bool, str]:
    """Whether a PNG is missing or one flat colour (read with Qt, from the source venv)."""
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    if image.isNull():
        return True, "not a readable PNG"
    colours = {
        image.pixel(x, y)
        for x in range(0, image.width(), max(1, image.width() // 64))
        for y in range(0, image.height(), max(1, image.height() // 64))
    }
    return len(colours) < 8, f"{image.width()}x{image.height()}, {len(colours)} colours sampled"


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file under ``folder`` with its size and mtime, to prove nothing was written."""
    stats = {str(p.relative_to(folder)): p.lstat() for p in folder.rglob("*")}
    return {name: (st.st_size, st.st_mtime_ns) for name, st in stats.items()}


def files_under(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` with its SHA-256."""
    if not folder.exists():
        return {}
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def probe_seconds(runner: Runner, *args: str) -> tuple[float | None, float, str]:
    """(painted seconds reported by the app, wall-clock seconds, output) of one probe run."""
    started = time.perf_counter()
    result = runner.run(*args, timeout=120, EXPLORER_STARTUP_PROBE="1")
    wall = time.perf_counter() - started
    painted = None
    for line in result.stdout.splitlines():
        if line.startswith("painted "):
            painted = float(line.split()[1])
    return painted if result.returncode == 0 else None, wall, result.stdout + result.stderr


def check_app(label: str, runner: Runner, install_dir: Path, shots: Path) -> None:
    """check --json, screenshots, one GUI start; nothing may be written to ``install_dir``."""
    before = snapshot(install_dir)
    result = runner.run("check", "--json")
    try:
        data = json.loads(result.stdout)
    except json.JSONDecodeError:
        data = {}
    report(
        result.returncode == 0 and data.get("integrity") == "ok",
        f"{label}: check --json integrity ok",
        f"{data.get('initiatives', '?')} initiatives, {data.get('countries', '?')} countries"
        if data
        else (result.stderr.strip()[-300:] or "no output"),
    )
    for page in PAGES:
        out = runner.home / f"{page}.png"  # the user's own folder: they may not write dist/
        result = runner.run("screenshot", "--page", page, "--out", str(out))
        blank, detail = (
            png_is_blank(out) if result.returncode == 0 else (True, result.stderr[-300:])
        )
        if out.exists():
            shutil.copyfile(out, shots / f"{label.split()[0]}-{page}.png")
        report(not blank, f"{label}: screenshot --page {page} is not blank", detail)
    painted, wall, output = probe_seconds(runner)
    report(
        painted is not None,
        f"{label}: start-up probe painted Home",
        f"painted {painted} s, wall {wall:.2f} s" if painted else output[-400:],
    )
    changed = sorted(set(snapshot(install_dir).items()) ^ set(before.items()))
    report(
        not changed,
        f"{label}: nothing written inside {install_dir}",
        ", ".join(sorted({c[0] for c in changed}))[:300],
    )


def timing(bundle: Runner, source: Runner, runs: int) -> None:
    """Median start-up of the bundle against running from source, after one warm-up each."""
    results: dict[str, list[tuple[float, float]]] = {}
    for name, runner in (("source", source), ("bundle", bundle)):
        probe_seconds(runner)  # warm the page cache
        results[name] = []
        for _ in range(runs):
            painted, wall, _out = probe_seconds(runner)
            if painted is not None:
                results[name].append((painted, wall))
    if not results["source"] or not results["bundle"]:
        failed = "source" if not results["source"] else "bundle"
        report(False, f"start-up timing: every {failed} probe failed", _out.strip()[-300:])
        return
    med = {
        name: (statistics.median(p for p, _ in r), statistics.median(w for _, w in r))
        for name, r in results.items()
    }
    for name, (painted, wall) in med.items():
        print(
            f"  start-up {name:<7} painted {painted:.3f} s, wall {wall:.3f} s "
            f"(median of {len(results[name])})"
        )
    ratio = med["bundle"][0] / med["source"][0]
    print(f"  start-up bundle/source ratio (painted): {ratio:.2f}")


def broken_database(runner_for: Runner, bundle: Path) -> None:
    """A copy of the bundle (hard links) whose data/reference.sqlite is missing or garbage."""
    copy = bundle.parent / "package-test" / "broken-bundle"  # same file system: hard links
    shutil.rmtree(copy, ignore_errors=True)
    subprocess.run(["cp", "-al", str(bundle), str(copy)], check=True)
    db = next(copy.glob("_internal/data/reference.sqlite"), None) or copy / "data/reference.sqlite"
    runner = Runner([str(copy / APP)], runner_for.home, runner_for.user)
    for case in ("missing", "damaged"):
        db.unlink(missing_ok=True)
        if case == "damaged":
            db.write_bytes(b"this is not an SQLite database\n" * 512)
        result = runner.run("check")
        text = result.stdout + result.stderr
        report(
            result.returncode == 2 and "Traceback" not in text and "reference.sqlite" in text,
            f"{case} database: `check` exits 2 with a one-line message",
            text.strip().splitlines()[-1][:200] if text.strip() else "no output",
        )
        result = runner.run(timeout=60, EXPLORER_STARTUP_PROBE="1")
        text = result.stdout + result.stderr
        report(
            result.returncode != 0 and "Traceback" not in text and text.strip() != "",
            f"{case} database: the app reports it (probe mode) without a traceback",
            text.strip()[-200:] or "no output",
        )
    shutil.rmtree(copy)


@contextlib.contextmanager
def installed_deb(deb: Path, work: Path, real: bool) -> Iterator[Path]:
    """The .deb installed with dpkg (removed afterwards), or unpacked with dpkg -x."""
    if not real:
        root = work / "deb-root"
        subprocess.run(["dpkg", "-x", str(deb), str(root)], check=True)
        yield root
        return
    subprocess.run(["dpkg", "-i", str(deb)], check=True, stdout=subprocess.DEVNULL)
    try:
        yield Path("/")
    finally:
        # (dpkg warns that /opt is not empty: it is shared with other packages; harmless.)
        subprocess.run(["dpkg", "-r", APP], check=False, capture_output=True)
        report(
            not Path("/opt", APP).exists() and not Path("/usr/bin", APP).exists(),
            "dpkg -r removes /opt/exchange-explorer and /usr/bin/exchange-explorer",
        )


def repack(deb: Path, version: str, work: Path) -> Path:
    """The same package with a newer version number, to test an upgrade."""
    tree = work / "repack"
    subprocess.run(["dpkg-deb", "-R", str(deb), str(tree)], check=True)
    control = tree / "DEBIAN" / "control"
    lines = [
        f"Version: {version}" if ln.startswith("Version:") else ln
        for ln in control.read_text().splitlines()
    ]
    control.write_text("\n".join(lines) + "\n")
    out = work / f"{APP}_{version}_amd64.deb"
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zgzip", "-z1", "--build", str(tree), str(out)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    shutil.rmtree(tree)
    return out


def test_installed(deb: Path, version: str, work: Path, real: bool, shots: Path) -> None:
    user = "nobody" if real else None
    with installed_deb(deb, work, real) as root:
        opt = root / "opt" / APP
        for rel in (
            f"opt/{APP}/{APP}",
            f"usr/bin/{APP}",
            f"usr/share/applications/{APP}.desktop",
            f"usr/share/icons/hicolor/256x256/apps/{APP}.png",
            f"usr/share/icons/hicolor/scalable/apps/{APP}.svg",
            f"usr/share/doc/{APP}/copyright",
        ):
            report((root / rel).exists() or (root / rel).is_symlink(), f"installed: {rel}")
        if shutil.which("desktop-file-validate"):
            res = subprocess.run(
                ["desktop-file-validate", str(root / f"usr/share/applications/{APP}.desktop")],
                capture_output=True,
                text=True,
                check=False,
            )
            report(res.returncode == 0, "desktop-file-validate", res.stdout.strip()[:200])
        exe = [f"/usr/bin/{APP}"] if real else [str(opt / APP)]
        home = make_home(work / "users", "installed", user)
        runner = Runner(exe, home, user)
        label = "installed (as nobody)" if real else "unpacked .deb"
        check_app(label, runner, opt, shots)
        user_dirs = [home / ".local/share/ExchangeExplorer", home / ".config/ExchangeExplorer"]
        written = [str(p.relative_to(home)) for d in user_dirs if d.exists() for p in d.rglob("*")]
        print(f"  first start wrote in the user's folders: {', '.join(written) or 'nothing'}")
        if not real or user is None:
            return
        # The user's own file, as a later version would find it.
        data_dir = user_dirs[0]
        data_dir.mkdir(parents=True, exist_ok=True)
        (data_dir / "keep-me.txt").write_text("written by package_test before reinstalling\n")
        for path in (home / ".local", home / ".local/share", data_dir, data_dir / "keep-me.txt"):
            shutil.chown(path, user)
        before = {d: files_under(d) for d in user_dirs}
        subprocess.run(["dpkg", "-i", str(deb)], check=True, stdout=subprocess.DEVNULL)
        report(
            all(files_under(d) == before[d] for d in user_dirs),
            "reinstalling the same version leaves the user's files untouched",
        )
        newer = repack(deb, f"{version}+upgradetest1", work)
        subprocess.run(["dpkg", "-i", str(newer)], check=True, stdout=subprocess.DEVNULL)
        ver = subprocess.run(
            ["dpkg-query", "-W", "-f=${Version}", APP], capture_output=True, text=True, check=False
        ).stdout
        report(
            ver.endswith("+upgradetest1") and all(files_under(d) == before[d] for d in user_dirs),
            "upgrading to a newer package leaves the user's files untouched",
            f"now {ver}",
        )
        res = runner.run("check")
        report(res.returncode == 0, "the upgraded install still passes check")
    report((user_dirs[0] / "keep-me.txt").exists(), "dpkg -r leaves the user's files in place")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--version", required=True)
    parser.add_argument("--source-db", type=Path, default=ROOT / "build" / "reference.sqlite")
    parser.add_argument("--no-install", action="store_true", help="dpkg -x, never dpkg -i")
    parser.add_argument("--runs", type=int, default=5, help="start-up runs for the median")
    args = parser.parse_args()

    exe = BUNDLE / APP
    tarball = ROOT / "dist" / f"{APP}-{args.version}-linux-x86_64.tar.gz"
    deb = ROOT / "dist" / f"{APP}_{args.version}_amd64.deb"
    for path in (exe, tarball, deb):
        if not path.exists():
            print(f"error: {path} is missing; run `make package` first", file=sys.stderr)
            return 2
    already = subprocess.run(["dpkg-query", "-W", APP], capture_output=True, check=False)
    real = os.geteuid() == 0 and not args.no_install and already.returncode != 0
    if os.geteuid() == 0 and already.returncode == 0 and not args.no_install:
        print(f"note: {APP} is already installed here; testing with dpkg -x instead")

    work = Path(tempfile.mkdtemp(prefix="ee-package-test-"))
    os.chmod(work, 0o755)
    shots = ROOT / "dist" / "package-test"
    shots.mkdir(parents=True, exist_ok=True)
    try:
        print(f"bundle {exe}")
        bundle = Runner([str(exe)], make_home(work / "users", "bundle"))
        check_app("bundle", bundle, BUNDLE, shots)
        source = Runner(
            [sys.executable, "-m", "explorer", "--db", str(args.source_db.resolve())], bundle.home
        )
        timing(bundle, source, args.runs)
        broken_database(bundle, BUNDLE)
        print(f"package {deb.name} ({'dpkg -i / dpkg -r' if real else 'dpkg -x'})")
        test_installed(deb, args.version, work, real, shots)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    def size(path: Path) -> str:
        if path.is_dir():  # symlinks once, as du counts them
            total = sum(p.lstat().st_size for p in path.rglob("*") if not p.is_dir())
        else:
            total = path.stat().st_size
        return f"{total / 2**20:,.0f} MiB"

    print("sizes")
    print(f"  bundle  {size(BUNDLE):>10}  {BUNDLE.relative_to(ROOT)}/")
    print(f"  tar.gz  {size(tarball):>10}  {tarball.relative_to(ROOT)}")
    print(f"  deb     {size(deb):>10}  {deb.relative_to(ROOT)}")
    print(f"screenshots in {shots.relative_to(ROOT)}/")
    if FAILURES:
        print(f"{len(FAILURES)} check(s) failed: " + "; ".join(FAILURES))
        return 1
    print("all package checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
