"""Commands that read the data, in an installed app whose bundle ships only a signed
package, install it first (once), as the window does; real package, real CLI."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization as s
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from explorer.cli import main
from explorer.packages.core import active_record, build


def test_check_installs_the_shipped_package_once(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    user = tmp_path / "user"
    monkeypatch.setenv("EXPLORER_USER_DIR", str(user))
    monkeypatch.delenv("EXPLORER_DB", raising=False)
    key = Ed25519PrivateKey.generate()
    (user / "keys").mkdir(parents=True)
    (user / "keys" / "project.pub").write_bytes(key.public_key().public_bytes(
        s.Encoding.PEM, s.PublicFormat.SubjectPublicKeyInfo))
    src = tmp_path / "src.sqlite"
    con = sqlite3.connect(src)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    bundle = tmp_path / "bundle"
    (bundle / "data").mkdir(parents=True)
    build(src, bundle / "data" / "reference.eedata", key, name="reference", sequence=4)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)  # as PyInstaller does
    main(["check"])  # the check itself judges this tiny file; the install came first
    err = capsys.readouterr().err
    assert "installing the data that comes with the app (reference.eedata)" in err
    assert "installed sequence 4 signed by project" in err
    target = user / "reference.sqlite"
    assert active_record(target)["sequence"] == 4
    main(["check"])
    assert "installing" not in capsys.readouterr().err  # once
