"""Developer tool: autogenerate an Alembic revision.

Usage: PYTHONPATH=. python db/new_migration.py reference|user "message" REV_ID
"""
import sys
from pathlib import Path
from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine
kind, msg, rev = sys.argv[1], sys.argv[2], sys.argv[3]
eng = create_engine("sqlite://")
with eng.begin() as conn:
    cfg = Config()
    cfg.set_main_option("script_location", f"explorer/store/migrations/{kind}")
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, "head")
    command.revision(cfg, message=msg, autogenerate=True, rev_id=rev)
