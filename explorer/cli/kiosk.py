"""Command line of kiosk mode: ``--kiosk [--config kiosk.toml]`` and ``kiosk-pin``.

Registered in ``explorer.cli``; nothing here imports Qt until the kiosk starts.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from explorer.paths import APP_NAME, default_reference_db


def default_kiosk_config() -> Path:
    """``kiosk.toml`` in the user's configuration folder."""
    from platformdirs import user_config_path

    return user_config_path(APP_NAME, appauthor=False) / "kiosk.toml"


def register(sub: Any) -> None:
    """Add this group's commands to the top-level sub-parsers."""
    pin = sub.add_parser("kiosk-pin", help="read a new kiosk admin PIN on stdin, print its hash")
    pin.set_defaults(func=cmd_kiosk_pin)


def add_kiosk_arguments(parser: argparse.ArgumentParser) -> None:
    """Add ``--kiosk`` and ``--config`` to the top-level parser."""
    parser.add_argument(
        "--kiosk", action="store_true", help="run locked down, full screen, for a conference stand"
    )
    parser.add_argument(
        "--config", type=Path, help="kiosk configuration (default: kiosk.toml in the config folder)"
    )


def run_kiosk(args: argparse.Namespace) -> int:
    """Validate the configuration and run the kiosk; 2 with one line per problem."""
    from explorer.kiosk.config import ConfigError
    from explorer.kiosk.launch import prepare_kiosk, run
    from explorer.paths import user_data_dir

    if getattr(args, "db", None) is None:  # an installed app that ships a data package
        from explorer.packages.startup import install_shipped_if_needed

        install_shipped_if_needed(lambda line: print(line, file=sys.stderr))
    config_path: Path = getattr(args, "config", None) or default_kiosk_config()
    db_path: Path = getattr(args, "db", None) or default_reference_db()
    # a configured data package goes into --db, else the user's data folder
    target = Path(args.db) if getattr(args, "db", None) else user_data_dir() / "reference.sqlite"
    try:
        config, db_path, note = prepare_kiosk(config_path, db_path, target)
        if note:
            print(note, file=sys.stderr)
    except ConfigError as exc:
        print(f"error: kiosk configuration {config_path} cannot be used:", file=sys.stderr)
        for problem in exc.problems:
            print(f"  - {problem}", file=sys.stderr)
        return 2
    return run(config, db_path)


def read_new_pin() -> str:
    """A PIN from standard input: hidden and asked twice on a terminal, else one line."""
    if sys.stdin.isatty():
        import getpass

        first = getpass.getpass("New kiosk PIN (4-12 digits): ")
        if getpass.getpass("Repeat it: ") != first:
            raise ValueError("the two PINs differ")
        return first
    return sys.stdin.readline().strip()


def cmd_kiosk_pin(args: argparse.Namespace) -> int:
    """Print the ``pin_hash`` line for a PIN read from standard input (never an argument)."""
    from explorer.kiosk.pin import hash_pin, valid_pin

    try:
        pin = read_new_pin()
    except (ValueError, EOFError, KeyboardInterrupt) as exc:
        print(f"error: {exc or 'no PIN given'}", file=sys.stderr)
        return 2
    if not valid_pin(pin):
        print("error: a PIN is 4 to 12 digits (0-9)", file=sys.stderr)
        return 2
    print(f'pin_hash = "{hash_pin(pin).line()}"')
    return 0
