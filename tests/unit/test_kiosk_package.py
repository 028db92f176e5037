"""The kiosk's ``data_package``: at start it installs the configured signed package (newer
than the installed data) or refuses it in one line and keeps the installed data; nothing
unsigned, unknown, tampered or older. Real packages signed with a key made here, real
migrated SQLite files, the kiosk's real configuration reader."""

from __future__ import annotations

import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization as s
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from explorer.kiosk.config import ConfigError
from explorer.kiosk.launch import prepare_kiosk
from explorer.kiosk.pin import hash_pin
from explorer.packages.core import DATA, active_record, build

PIN = hash_pin("2468").line()


@pytest.fixture()
def world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """A user folder trusting one key, an installed catalogue, a newer one with a story."""
    from explorer.store.engine import make_engine
    from explorer.store.migrate import upgrade_reference

    user = tmp_path / "user"
    monkeypatch.setenv("EXPLORER_USER_DIR", str(user))
    key = Ed25519PrivateKey.generate()
    (user / "keys").mkdir(parents=True)
    (user / "keys" / "stand.pub").write_bytes(key.public_key().public_bytes(
        s.Encoding.PEM, s.PublicFormat.SubjectPublicKeyInfo))
    old = tmp_path / "old.sqlite"
    engine = make_engine(old)
    with engine.begin() as conn:
        upgrade_reference(conn)
    engine.dispose()
    con = sqlite3.connect(old)
    con.execute("INSERT INTO dataset (key, name, publisher, licence, version, url, citation, "
                "coverage, notes, files, row_count) VALUES ('brief', 'Briefs', 'UNDP', '', "
                "'2007', '', '', '', '', '', 1)")
    con.commit()
    con.close()
    new = tmp_path / "new.sqlite"
    shutil.copyfile(old, new)
    con = sqlite3.connect(new)
    con.execute("INSERT INTO initiative (dataset_id, source_record_id, title, summary, "
                "description, language, modality, theme, status, amount_note) SELECT id, "
                "'new-story', 'A new story', '', '', 'en', '', '', '', '' FROM dataset")
    con.commit()
    con.close()
    target = user / "reference.sqlite"
    shutil.copyfile(old, target)
    usb = tmp_path / "usb"
    usb.mkdir()
    build(new, usb / "stand.eedata", key, name="Stand", sequence=5)
    stranger = Ed25519PrivateKey.generate()
    build(new, usb / "stranger.eedata", stranger, name="Stand", sequence=6)
    return {"target": target, "usb": usb, "tmp": tmp_path}


def _config(tmp: Path, package: object, featured: str = "") -> Path:
    path = tmp / "kiosk.toml"
    line = "" if package is None else f"data_package = {package!r}\n".replace("'", '"')
    path.write_text(f'pin_hash = "{PIN}"\nfeatured = [{featured}]\n{line}', encoding="utf-8")
    return path


def _initiatives(path: Path) -> int:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(con.execute("SELECT count(*) FROM initiative").fetchone()[0])
    finally:
        con.close()


def test_installs_the_configured_package_once(world: dict[str, Path]) -> None:
    target, usb, tmp = world["target"], world["usb"], world["tmp"]
    # 'new-story' exists only in the package: checked after the install, against its data
    config_path = _config(tmp, str(usb / "stand.eedata"), '"new-story"')
    config, db, note = prepare_kiosk(config_path, tmp / "shipped.sqlite", target)
    assert config.data_package == usb / "stand.eedata" and config.featured == ("new-story",)
    assert db == target and _initiatives(target) == 1
    assert note == "data package stand.eedata: installed sequence 5 signed by stand"
    assert active_record(target)["sequence"] == 5
    before = target.stat().st_mtime_ns
    _config_again, db, note = prepare_kiosk(config_path, tmp / "shipped.sqlite", target)
    assert note == "data package stand.eedata: sequence 5 is already installed"
    assert db == target and target.stat().st_mtime_ns == before


def _tampered(package: Path) -> Path:
    out = package.with_name("tampered.eedata")
    with zipfile.ZipFile(package) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    body = bytearray(members[DATA])
    body[len(body) // 3] ^= 0x40
    members[DATA] = bytes(body)
    with zipfile.ZipFile(out, "w") as zf:
        for name, content in members.items():
            zf.writestr(name, content)
    return out


@pytest.mark.parametrize("case", ["stranger", "tampered", "missing"])
def test_refused_or_missing_keeps_the_installed_data(world: dict[str, Path],
                                                      case: str) -> None:
    target, usb, tmp = world["target"], world["usb"], world["tmp"]
    package = {"stranger": usb / "stranger.eedata", "tampered": _tampered(usb / "stand.eedata"),
               "missing": usb / "gone.eedata"}[case]
    before = target.read_bytes()
    config, db, note = prepare_kiosk(_config(tmp, str(package)), tmp / "shipped.sqlite", target)
    assert db == target and target.read_bytes() == before
    assert note is not None and "\n" not in note
    expected = {"stranger": "refused: stranger.eedata: bad signature or unknown signing key",
                "tampered": "refused: tampered.eedata: member 'catalogue.sqlite.xz' hash differs",
                "missing": "gone.eedata: not found (is the USB stick in?)"}[case]
    assert expected in note and note.endswith("the installed data is used"), note
    assert config.data_package == package


def test_an_older_package_is_not_installed(world: dict[str, Path]) -> None:
    target, usb, tmp = world["target"], world["usb"], world["tmp"]
    config_path = _config(tmp, str(usb / "stand.eedata"))
    prepare_kiosk(config_path, tmp / "shipped.sqlite", target)
    older = usb / "older.eedata"
    shutil.copyfile(usb / "stand.eedata", older)  # sequence 5 again: not newer than 5
    before = target.read_bytes()
    _c, _db, note = prepare_kiosk(_config(tmp, str(older)), tmp / "shipped.sqlite", target)
    assert note == "data package older.eedata: sequence 5 is already installed"
    assert target.read_bytes() == before


def test_without_a_package_nothing_is_installed(world: dict[str, Path]) -> None:
    target, tmp = world["target"], world["tmp"]
    config, db, note = prepare_kiosk(_config(tmp, None), target, target)
    assert config.data_package is None and note is None and db == target


@pytest.mark.parametrize("value", [5, "", "  "])
def test_a_bad_data_package_setting_names_the_key(world: dict[str, Path], value: object) -> None:
    tmp = world["tmp"]
    path = tmp / "kiosk.toml"
    literal = value if isinstance(value, int) else f'"{value}"'
    path.write_text(f'pin_hash = "{PIN}"\ndata_package = {literal}\n', encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        prepare_kiosk(path, world["target"], world["target"])
    assert any(p.startswith("data_package: must be the path of a .eedata file")
               for p in info.value.problems)
