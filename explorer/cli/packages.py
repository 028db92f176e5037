"""Signed data packages: ``keygen``, ``package-data``, ``verify-data``, ``install-data``,
``rollback-data``, ``data-versions``. Passphrases come from EXPLORER_KEY_PASSPHRASE or a
prompt, never argv."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any


def register(sub: Any) -> None:
    """Add this group's commands to the top-level sub-parsers."""
    p: argparse.ArgumentParser = sub.add_parser("keygen", help="make an Ed25519 signing key")
    p.add_argument("--out", type=Path, required=True)
    p.set_defaults(func=cmd_keygen)
    p = sub.add_parser("package-data", help="sign the catalogue into one .eedata file")
    p.add_argument("--from", dest="source", metavar="DB_OR_URL",
                   help="an SQLite file or a postgresql:// catalogue (default: --db)")
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--sign", type=Path, required=True)
    p.add_argument("--name", default="reference")
    p.add_argument("--sequence", type=int, required=True)
    p.set_defaults(func=cmd_package)
    p = sub.add_parser("verify-data", help="check a package's signature and hashes")
    p.add_argument("file", type=Path)
    p.add_argument("--keys", type=Path, action="append", default=[])
    p.set_defaults(func=cmd_verify)
    p = sub.add_parser("install-data", help="verify and install a data package")
    p.add_argument("file", type=Path)
    p.add_argument("--keys", type=Path, action="append", default=[])
    p.add_argument("--allow-unsigned", action="store_true")
    p.add_argument("--allow-older", action="store_true")
    p.set_defaults(func=cmd_install)
    p = sub.add_parser("rollback-data", help="put the previously installed data back")
    p.set_defaults(func=cmd_rollback)
    p = sub.add_parser("data-versions", help="list the installed data versions")
    p.add_argument("--keys", type=Path, action="append", default=[])
    p.set_defaults(func=cmd_versions)


def _passphrase(confirm: bool) -> bytes:
    env = os.environ.get("EXPLORER_KEY_PASSPHRASE")
    if env:
        return env.encode()
    first = getpass.getpass("Key passphrase: ")
    if confirm and getpass.getpass("Again: ") != first:
        raise SystemExit("exchange-explorer: passphrases differ")
    return first.encode()


def _trusted(extra: list[Path]) -> dict[str, Any]:
    from cryptography.hazmat.primitives.serialization import load_pem_public_key

    from explorer.paths import REPO_ROOT, user_data_dir

    keys: dict[str, Any] = {}
    for folder in [REPO_ROOT / "resources" / "keys", user_data_dir() / "keys", *extra]:
        files = [folder] if folder.is_file() else sorted(folder.glob("*.pub"))
        for f in files:
            keys[f.stem] = load_pem_public_key(f.read_bytes())
    return keys


def _target(args: argparse.Namespace) -> Path:
    from explorer.paths import default_reference_db

    return Path(args.db) if getattr(args, "db", None) else default_reference_db()


def cmd_keygen(args: argparse.Namespace) -> int:
    from cryptography.hazmat.primitives import serialization as s
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key = Ed25519PrivateKey.generate()
    secret = key.private_bytes(s.Encoding.PEM, s.PrivateFormat.PKCS8,
                               s.BestAvailableEncryption(_passphrase(True)))
    args.out.write_bytes(secret)
    os.chmod(args.out, 0o600)
    pub = key.public_key().public_bytes(s.Encoding.PEM, s.PublicFormat.SubjectPublicKeyInfo)
    args.out.with_suffix(".pub").write_bytes(pub)
    print(f"secret key {args.out}, public key {args.out.with_suffix('.pub')}")
    return 0


def cmd_package(args: argparse.Namespace) -> int:
    from cryptography.hazmat.primitives.serialization import load_pem_private_key

    from explorer.packages.core import PackageError, build
    from explorer.store.database import is_url

    server = args.source if args.source and is_url(args.source) else None
    snapshot = args.out.with_name(args.out.name + ".server.sqlite")
    try:
        key = load_pem_private_key(args.sign.read_bytes(), _passphrase(False))
        if server is not None:
            manifest = _package_server(server, snapshot, args, key)
        else:
            manifest = build(Path(args.source) if args.source else _target(args), args.out,
                             key, name=args.name, sequence=args.sequence)
    except (PackageError, ValueError, OSError) as exc:
        print(f"exchange-explorer: {exc}", file=sys.stderr)
        return 1
    finally:
        snapshot.unlink(missing_ok=True)
    print(f"{args.out}: sequence {manifest['sequence']}, {args.out.stat().st_size} bytes")
    return 0


def _package_server(url: str, snapshot: Path, args: argparse.Namespace,
                    key: Any) -> dict[str, Any]:
    """The server's catalogue copied to an SQLite snapshot beside the package, then signed;
    a server that cannot be reached or read raises OSError naming the server and why."""
    from sqlalchemy.exc import DBAPIError

    from explorer.packages.core import build
    from explorer.packages.from_server import export_catalogue
    from explorer.store.database import redact
    from explorer.store.postgresql.errors import reason

    try:
        export_catalogue(url, snapshot)
    except DBAPIError as exc:
        raise OSError(f"{redact(url)}: {reason(exc)}") from None
    return build(snapshot, args.out, key, name=args.name, sequence=args.sequence)


def cmd_verify(args: argparse.Namespace) -> int:
    from explorer.packages.core import PackageError, verify

    try:
        v = verify(args.file, _trusted(args.keys))
    except PackageError as exc:
        print(f"exchange-explorer: refused: {exc}", file=sys.stderr)
        return 1
    from explorer.packages.core import fingerprint

    keys = _trusted(args.keys)
    fp = fingerprint(keys[v.signer]) if v.signer in keys else "-"
    print(f"{args.file}: valid, signed by {v.signer} ({fp}), sequence "
          f"{v.manifest['sequence']}, created {v.manifest.get('created')}")
    for d in v.manifest.get("datasets", []):
        print(f"  {d.get('key')}: {d.get('version')} ({d.get('rows')} rows)")
    return 0


def cmd_install(args: argparse.Namespace) -> int:
    from explorer.packages.core import PackageError, install

    try:
        v = install(args.file, _target(args), _trusted(args.keys),
                    allow_unsigned=args.allow_unsigned, allow_older=args.allow_older)
    except PackageError as exc:
        print(f"exchange-explorer: refused: {exc}", file=sys.stderr)
        return 1
    if v.signer is None:
        print("warning: the package is unsigned", file=sys.stderr)
    print(f"installed sequence {v.manifest['sequence']} signed by {v.signer}")
    return 0


def cmd_rollback(args: argparse.Namespace) -> int:
    from explorer.packages.core import PackageError, rollback

    target = _target(args)
    try:
        rollback(target)
    except (PackageError, OSError) as exc:
        print(f"exchange-explorer: {exc}", file=sys.stderr)
        return 1
    print(f"rolled back {target}")
    return 0


def cmd_versions(args: argparse.Namespace) -> int:
    from explorer.packages.core import fingerprint, installed_versions

    target = _target(args)
    versions = installed_versions(target)
    if not versions:
        print(f"exchange-explorer: no data installed at {target}", file=sys.stderr)
        return 1
    keys = _trusted(args.keys)
    for v in versions:
        r = v.record
        signer = r.get("signer")
        who = "not installed from a package"
        if signer:
            key = keys.get(signer)
            who = f"signed by {signer}" + (f" ({fingerprint(key)})" if key else "")
        print(f"{'* active  ' if v.active else '  previous'} {v.path}")
        print(f"    sequence {r.get('sequence', '-')}, created {r.get('created', '-')}, "
              f"installed {r.get('installed', '-')}, schema {r.get('schema') or '-'}, {who}")
        for d in r.get("datasets", []):
            print(f"    {d.get('key')}: {d.get('version')} ({d.get('rows')} rows)")
    return 0
