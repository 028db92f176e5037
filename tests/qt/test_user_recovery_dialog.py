"""The message after a damaged notes file was rebuilt: counts, backup, where the file is."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QAbstractButton
from pytestqt.qtbot import QtBot

from explorer.kiosk.language import LanguageSwitcher
from explorer.store import workspace as ws
from explorer.store.userdb import open_user_db, start_user_db
from explorer.ui.dialogs.user_recovery import show_recovery


def test_the_message_says_what_came_back_and_where_the_damaged_file_is(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "user.sqlite"
    user = ws.durable(open_user_db(path))
    for i in range(3):
        ws.add_note(user, f"BRA:{i}", f"ملاحظة {i} 笔记", f"Title {i}")
    ws.add_bookmark(user, "MOZ", "Mozambique")
    user.dispose()
    start_user_db(path)  # the day's backup
    with path.open("r+b") as f:
        f.write(b"\0" * 100)
    _, report = start_user_db(path)
    assert report is not None
    english = LanguageSwitcher()  # the real catalogues: English plurals
    english.apply("en")
    try:
        box = show_recovery(report, None)
    finally:
        english.remove()
    qtbot.addWidget(box)
    text = box.text()
    assert "3 notes" in text and "1 bookmark" in text  # from the backup
    assert str(report.damaged) in text and "Nothing was deleted" in text
    buttons = box.findChildren(QAbstractButton)
    assert buttons and all(b.accessibleName() or b.text() for b in buttons)
    assert box.isVisible()
    out = os.environ.get("EXPLORER_PNG_DIR")
    if out:
        box.grab().save(str(Path(out) / "user-recovery.png"))
    box.close()
