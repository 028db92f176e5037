"""Layouts that follow the text size: widgets whose width must grow with their text."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QListWidget

_REFIT = {QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.Polish,
          QEvent.Type.LanguageChange, QEvent.Type.Show}  # fmt: skip


class _WidthFitter(QObject):
    """Keeps a list as wide as its longest item (never narrower than ``minimum``)."""

    def __init__(self, view: QListWidget, minimum: int) -> None:
        super().__init__(view)
        self.view, self.minimum = view, minimum

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _REFIT:
            self.fit()
        return False

    def fit(self) -> None:
        view = self.view
        widest = max((view.sizeHintForIndex(view.model().index(r, 0)).width()
                      for r in range(view.count())), default=0)  # fmt: skip
        extra = 2 * view.frameWidth() + view.contentsMargins().left() + 24
        view.setFixedWidth(max(self.minimum, widest + extra))


def fit_list_width(view: QListWidget, minimum: int) -> None:
    """Make ``view`` as wide as its longest item at the current font, and again whenever the
    font, the stylesheet or the language changes (so large text is never cut off)."""
    fitter = _WidthFitter(view, minimum)
    view.installEventFilter(fitter)
    fitter.fit()
