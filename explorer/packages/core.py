"""Build, verify and install ``.eedata`` packages.

Layout (a zip, stored members only): ``manifest.json`` (format version, catalogue name,
sequence number, creation time, members with size and SHA-256), ``manifest.sig`` (Ed25519
over the manifest bytes) and ``catalogue.sqlite.xz``. Verification checks the signature and
every hash before anything is written; install decompresses beside the target, runs
``PRAGMA integrity_check``, fsyncs and renames atomically, keeping the previous file. The
install record (signer, sequence, datasets) is a row inside the installed file
(``package_install``), so it switches with the data in the same rename.
"""

from __future__ import annotations

import hashlib
import json
import lzma
import os
import shutil
import sqlite3
import time
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

Progress = Callable[[int, int, str], None]

FORMAT_VERSION = 1
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
DATA = "catalogue.sqlite.xz"
MAX_MEMBERS = 8
MAX_MANIFEST = 1 << 20
MAX_DATA = 4 << 30
MAX_RATIO = 50
SMALL_DATA = 64 << 20  # any database up to this size passes the ratio check
RECORD_TABLE = "package_install"  # one row: the install record (JSON) of this file
_SQLITE_SIDECARS = ("-journal", "-wal", "-shm")


# What zipfile raises on a damaged archive besides BadZipFile: flag bits claiming encryption
# (RuntimeError) or unsupported features (NotImplementedError), a cut stream (EOFError), a
# damaged deflate stream (zlib.error). Found by the mutation tests.
_ZIP_ERRORS: tuple[type[Exception], ...] = (
    zipfile.BadZipFile, OSError, EOFError, NotImplementedError, RuntimeError, zlib.error,
)
_ARCHIVE_ERRORS: tuple[type[Exception], ...] = (*_ZIP_ERRORS, KeyError, UnicodeError)
_MANIFEST_ERRORS: tuple[type[Exception], ...] = (*_ZIP_ERRORS, ValueError)


class PackageError(Exception):
    """A package refused: the message names the problem."""


@dataclass(frozen=True)
class Verified:
    manifest: dict[str, Any]
    signer: str | None


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def build(db: Path, out: Path, secret_key: Any, *, name: str, sequence: int) -> dict[str, Any]:
    """Write a signed package of the SQLite file ``db`` to ``out``; return its manifest."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    if not isinstance(secret_key, Ed25519PrivateKey):
        raise PackageError("the signing key is not an Ed25519 key")
    tmp = out.with_name(out.name + ".part")
    xz = out.with_name(out.name + ".xz.part")
    with db.open("rb") as src, lzma.open(xz, "wb", preset=6) as dst:
        shutil.copyfileobj(src, dst, 1 << 20)
    manifest = {
        "format": FORMAT_VERSION,
        "catalogue": name,
        "sequence": sequence,
        "created": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "database_size": db.stat().st_size,
        **describe(db),
        "members": {DATA: {"size": xz.stat().st_size, "sha256": _sha256_file(xz)}},
    }
    body = json.dumps(manifest, sort_keys=True, indent=1).encode()
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr(MANIFEST, body)
        zf.writestr(SIGNATURE, secret_key.sign(body))
        zf.write(xz, DATA)
    xz.unlink()
    os.replace(tmp, out)
    return manifest


def describe(db: Path) -> dict[str, Any]:
    """The schema revision and datasets (key, version, rows) of a SQLite catalogue, read-only;
    empty values for a file that is not one of ours."""
    con = sqlite3.connect(f"file:{db.resolve().as_posix()}?mode=ro", uri=True)
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
        schema = None
        if "alembic_version" in tables:
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
            schema = row[0] if row else None
        datasets = []
        if "dataset" in tables:
            sql = 'SELECT "key", version, row_count FROM dataset ORDER BY "key"'
            datasets = [{"key": k, "version": v, "rows": n} for k, v, n in con.execute(sql)]
        initiatives = None
        if "initiative" in tables:
            initiatives = con.execute("SELECT count(*) FROM initiative").fetchone()[0]
    finally:
        con.close()
    return {"schema": schema, "datasets": datasets, "initiatives": initiatives}


def fingerprint(public_key: Any) -> str:
    """SHA-256 of the raw 32-byte Ed25519 public key, as 16 groups of 4 hex digits."""
    from cryptography.hazmat.primitives import serialization as s

    raw = public_key.public_bytes(s.Encoding.Raw, s.PublicFormat.Raw)
    digest = hashlib.sha256(raw).hexdigest()
    return " ".join(digest[i:i + 4] for i in range(0, len(digest), 4))


def _safe_name(name: str) -> bool:
    return not (
        name.startswith(("/", "\\")) or ".." in name.replace("\\", "/").split("/")
        or (len(name) > 1 and name[1] == ":")
    )


def verify(path: Path, trusted: dict[str, Any], *, allow_unsigned: bool = False,
           progress: Progress | None = None) -> Verified:
    """Check structure, signature and every member hash; raise PackageError otherwise.

    ``progress(done, total, text)`` is called between 1 MiB chunks; it may raise (to cancel).
    """

    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise PackageError(f"{path.name}: not a readable package (truncated?): {exc}") from None
    with zf:
        try:
            return _verify_open(zf, path, trusted, allow_unsigned, progress)
        except _ARCHIVE_ERRORS as exc:
            raise PackageError(f"{path.name}: damaged package: {exc}") from None


def _verify_open(zf: zipfile.ZipFile, path: Path, trusted: dict[str, Any],
                 allow_unsigned: bool, progress: Progress | None) -> Verified:
    from cryptography.exceptions import InvalidSignature

    if True:
        infos = zf.infolist()
        if len(infos) > MAX_MEMBERS:
            raise PackageError(f"{path.name}: too many members ({len(infos)})")
        for info in infos:
            if not _safe_name(info.filename):
                raise PackageError(f"{path.name}: unsafe member path {info.filename!r}")
            if (info.external_attr >> 16) & 0o170000 == 0o120000:
                raise PackageError(f"{path.name}: symlink member {info.filename!r}")
        names = {i.filename for i in infos}
        if MANIFEST not in names:
            raise PackageError(f"{path.name}: no manifest")
        if zf.getinfo(MANIFEST).file_size > MAX_MANIFEST:
            raise PackageError(f"{path.name}: manifest too large")
        try:
            body = zf.read(MANIFEST)
            manifest = json.loads(body)
        except _MANIFEST_ERRORS as exc:
            raise PackageError(f"{path.name}: unreadable manifest: {exc}") from None
        if not isinstance(manifest, dict) or not isinstance(manifest.get("members"), dict):
            raise PackageError(f"{path.name}: malformed manifest")
        if manifest.get("format") != FORMAT_VERSION:
            raise PackageError(f"{path.name}: format version {manifest.get('format')!r} "
                               f"is not {FORMAT_VERSION} (a newer app is needed?)")
        signer = None
        if SIGNATURE in names:
            sig = zf.read(SIGNATURE)
            for key_name, key in trusted.items():
                try:
                    key.verify(sig, body)
                except InvalidSignature:
                    continue
                signer = key_name
                break
            if signer is None:
                raise PackageError(f"{path.name}: bad signature or unknown signing key")
        elif not allow_unsigned:
            raise PackageError(f"{path.name}: unsigned package")
        for name in names - {MANIFEST, SIGNATURE}:
            if name not in manifest["members"]:
                raise PackageError(f"{path.name}: member {name!r} is not in the manifest")
        for name, meta in manifest["members"].items():
            if name not in names:
                raise PackageError(f"{path.name}: member {name!r} is missing")
            digest = hashlib.sha256()
            size = 0
            try:
                with zf.open(name) as fh:
                    for chunk in iter(lambda: fh.read(1 << 20), b""):
                        digest.update(chunk)
                        size += len(chunk)
                        if progress is not None:
                            progress(size, int(meta.get("size") or 1), "verify")
            except _ZIP_ERRORS as exc:
                raise PackageError(f"{path.name}: member {name!r} unreadable: {exc}") from None
            if size != meta.get("size") or digest.hexdigest() != meta.get("sha256"):
                raise PackageError(f"{path.name}: member {name!r} hash differs from the manifest")
        dbsize = manifest.get("database_size")
        datasize = manifest["members"].get(DATA, {}).get("size", 0)
        # a small, mostly empty database compresses far beyond the ratio: a floor for it
        limit = min(MAX_DATA, max(SMALL_DATA, MAX_RATIO * max(datasize, 1)))
        if not isinstance(dbsize, int) or dbsize > limit:
            raise PackageError(f"{path.name}: database size over the limits")
    return Verified(manifest, signer)


def install(path: Path, target: Path, trusted: dict[str, Any], *,
            allow_unsigned: bool = False, allow_older: bool = False,
            progress: Progress | None = None) -> Verified:
    """Verify, then atomically replace ``target``; the previous file becomes ``.previous``.

    ``progress(done, total, text)`` may raise to cancel; until the final rename nothing
    installed has changed and the temporary file is removed."""
    verified = verify(path, trusted, allow_unsigned=allow_unsigned, progress=progress)
    state = target.with_name(target.name + ".package.json")
    installed = active_record(target) if target.exists() else {}
    if installed.get("sequence") is not None and not allow_older:
        old = installed["sequence"]
        if verified.manifest["sequence"] <= old:
            raise PackageError(f"sequence {verified.manifest['sequence']} is not newer than "
                               f"the installed {old}")
    need = int(verified.manifest["database_size"]) + (64 << 20)
    if shutil.disk_usage(target.parent).free < need:
        raise PackageError(f"not enough free disk space in {target.parent}")
    tmp = target.with_name(target.name + ".installing")
    for suffix in _SQLITE_SIDECARS:  # a stale hot journal must never be replayed onto tmp
        tmp.with_name(tmp.name + suffix).unlink(missing_ok=True)
    with zipfile.ZipFile(path) as zf, zf.open(DATA) as raw, lzma.open(raw) as src, \
            tmp.open("wb") as dst:
        written = 0
        for chunk in iter(lambda: src.read(1 << 20), b""):
            written += len(chunk)
            if written > verified.manifest["database_size"]:
                tmp.unlink()
                raise PackageError(f"{path.name}: database larger than the manifest says")
            dst.write(chunk)
            if progress is not None:
                try:
                    progress(written, int(verified.manifest["database_size"]), "install")
                except BaseException:
                    tmp.unlink(missing_ok=True)
                    raise
        dst.flush()
        os.fsync(dst.fileno())
    record = {key: verified.manifest.get(key)
              for key in ("catalogue", "sequence", "created", "schema", "datasets",
                          "initiatives")}
    record.update(signer=verified.signer, installed=time.strftime("%Y-%m-%dT%H:%M:%SZ",
                                                                  time.gmtime()))
    # The install record goes inside the new file before the rename: the one rename
    # switches the data and its record together, so no kill can show the new rows under
    # the old sequence number (a file beside it would be written after the swap).
    con = sqlite3.connect(tmp, isolation_level=None)
    try:
        con.execute("PRAGMA synchronous=FULL")
        con.execute("BEGIN IMMEDIATE")
        con.execute(f"CREATE TABLE IF NOT EXISTS {RECORD_TABLE} (record TEXT NOT NULL)")
        con.execute(f"DELETE FROM {RECORD_TABLE}")
        con.execute(f"INSERT INTO {RECORD_TABLE} (record) VALUES (?)", (json.dumps(record),))
        con.execute("COMMIT")
        ok = con.execute("PRAGMA integrity_check").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        ok = str(exc)
    finally:
        con.close()
    if ok != "ok":
        tmp.unlink()
        raise PackageError(f"{path.name}: database fails integrity_check: {ok}")
    with tmp.open("rb+") as fh:
        os.fsync(fh.fileno())
    if progress is not None:  # the last moment a Cancel can stop it: before the swap
        size = int(verified.manifest["database_size"])
        try:
            progress(size, size, "install")
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
    previous_state = target.with_name(target.name + ".previous.package.json")
    if target.exists():
        # The active file is never moved away: .previous becomes a second name for it
        # (a hard link, else a copy), then the new file replaces it in one rename, so a
        # kill at any moment leaves a complete database at ``target``.
        previous = target.with_name(target.name + ".previous")
        link = previous.with_name(previous.name + ".part")
        link.unlink(missing_ok=True)
        try:
            os.link(target, link)
        except OSError:
            shutil.copy2(target, link)
        os.replace(link, previous)
        if state.exists():
            _write_durable(previous_state, state.read_text(encoding="utf-8"))
        else:
            previous_state.unlink(missing_ok=True)
    os.replace(tmp, target)
    state.unlink(missing_ok=True)  # an older install's record beside the file; now inside
    fd = os.open(target.parent, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    return verified


def _write_durable(path: Path, text: str) -> None:
    part = path.with_name(path.name + ".part")
    with part.open("w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(part, path)


@dataclass(frozen=True)
class InstalledVersion:
    """One database on disk: the active one or the kept previous one, and its record."""

    path: Path
    active: bool
    record: dict[str, Any]


def installed_versions(target: Path) -> list[InstalledVersion]:
    """The active database and the previous one (if kept), each with its install record
    (signer, sequence, dates, datasets); a database not installed from a package gets its
    datasets read from the file and no signer."""
    found = []
    for path, state, active in (
        (target, target.with_name(target.name + ".package.json"), True),
        (target.with_name(target.name + ".previous"),
         target.with_name(target.name + ".previous.package.json"), False),
    ):
        if not path.is_file():
            continue
        record: dict[str, Any] = _stored_record(path)
        if not record and state.is_file():  # installed before the record moved inside
            try:
                loaded = json.loads(state.read_text(encoding="utf-8"))
                record = loaded if isinstance(loaded, dict) else {}
            except (ValueError, OSError):
                record = {}
        if not record.get("datasets"):
            try:
                record = {**describe(path), **record}
                if not record.get("datasets"):
                    record["datasets"] = describe(path)["datasets"]
            except sqlite3.DatabaseError:
                record.setdefault("datasets", [])
        found.append(InstalledVersion(path, active, record))
    return found


def _stored_record(db: Path) -> dict[str, Any]:
    """The install record kept inside ``db`` (empty if none or unreadable)."""
    try:
        con = sqlite3.connect(f"file:{db.resolve().as_posix()}?mode=ro", uri=True)
    except sqlite3.Error:
        return {}
    try:
        row = con.execute(f"SELECT record FROM {RECORD_TABLE}").fetchone()
        loaded = json.loads(row[0]) if row else {}
    except (sqlite3.Error, ValueError, TypeError):
        return {}
    finally:
        con.close()
    return loaded if isinstance(loaded, dict) else {}


def active_record(target: Path) -> dict[str, Any]:
    """The install record of the active database at ``target`` (empty if none)."""
    for version in installed_versions(target):
        if version.active:
            return version.record
    return {}


def rollback(target: Path) -> None:
    """Swap the active database with the kept previous one (and their records)."""
    previous = target.with_name(target.name + ".previous")
    if not previous.is_file():
        raise PackageError("no previous data to roll back to")
    state = target.with_name(target.name + ".package.json")
    prev_state = target.with_name(target.name + ".previous.package.json")
    swap = target.with_name(target.name + ".swapping")
    swap.unlink(missing_ok=True)
    try:  # a second name for the active file, so ``target`` never goes missing
        os.link(target, swap)
    except OSError:
        shutil.copy2(target, swap)
    os.replace(previous, target)
    os.replace(swap, previous)
    if state.exists() or prev_state.exists():
        tmp_state = target.with_name(target.name + ".swapping.json")
        if state.exists():
            os.replace(state, tmp_state)
        if prev_state.exists():
            os.replace(prev_state, state)
        if tmp_state.exists():
            os.replace(tmp_state, prev_state)


def load_trusted(folders: list[Path]) -> dict[str, Any]:
    """Public keys (``*.pub`` PEM) from these folders or files, by file stem."""
    from cryptography.hazmat.primitives.serialization import load_pem_public_key

    keys: dict[str, Any] = {}
    for folder in folders:
        files = [folder] if folder.is_file() else sorted(folder.glob("*.pub"))
        for f in files:
            keys[f.stem] = load_pem_public_key(f.read_bytes())
    return keys
