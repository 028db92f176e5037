"""A year slider with play/pause, for the map and the bubble chart."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSlider, QWidget

from explorer.ui.charts.numbers import format_year

FRAME_MS = 700


class YearPlayer(QWidget):
    """Chooses a year among ``years``; Play steps through them and stops at the last.

    The timer is public so tests can drive it (``player.timer.timeout.emit()``).

    Signals:
        year_changed(year: int): the year shown changed (by hand or by playing).
        playing_changed(on: bool): playing started or stopped.
    """

    year_changed = Signal(int)
    playing_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None, *, interval_ms: int = FRAME_MS) -> None:
        super().__init__(parent)
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # time runs left to right
        self._years: list[int] = []
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.step)
        self.play_button = QPushButton(self.tr("Play"), self)
        self.play_button.setCheckable(True)
        self.play_button.setAccessibleName(self.tr("Play through the years"))
        self.play_button.toggled.connect(self._on_toggled)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setAccessibleName(self.tr("Year"))
        self.slider.setPageStep(5)
        self.slider.valueChanged.connect(self._on_slider)
        self.year_label = QLabel(self)
        self.year_label.setMinimumWidth(48)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.play_button)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.year_label)
        self.setEnabled(False)

    def set_years(self, years: Sequence[int], current: int | None = None) -> None:
        """Offer ``years``; select ``current`` (or the nearest, or the last)."""
        self.stop()
        self._years = sorted(years)
        self.setEnabled(bool(self._years))
        if not self._years:
            self.year_label.setText(self.tr("no years"))
            return
        self.slider.blockSignals(True)
        self.slider.setRange(0, len(self._years) - 1)
        self.slider.blockSignals(False)
        target = self._years[-1] if current is None else current
        index = min(range(len(self._years)), key=lambda i: abs(self._years[i] - target))
        self.slider.setValue(index)
        self._on_slider(index)

    @property
    def years(self) -> list[int]:
        return list(self._years)

    @property
    def year(self) -> int | None:
        return self._years[self.slider.value()] if self._years else None

    def set_year(self, year: int) -> None:
        if year in self._years:
            self.slider.setValue(self._years.index(year))

    @property
    def playing(self) -> bool:
        return self.timer.isActive()

    def play(self) -> None:
        if len(self._years) > 1:
            self.play_button.setChecked(True)  # from the first year if at the last

    def stop(self) -> None:
        self.play_button.setChecked(False)

    def step(self) -> None:
        """Next year; stops at the last one."""
        if self.slider.value() >= len(self._years) - 1:
            self.stop()
            return
        self.slider.setValue(self.slider.value() + 1)
        if self.slider.value() >= len(self._years) - 1:
            self.stop()

    def _on_toggled(self, on: bool) -> None:
        # Play pressed at the last year starts again from the first (the button too, not
        # only play(): it had stopped at once, issue 19).
        if on and len(self._years) > 1 and self.slider.value() == len(self._years) - 1:
            self.slider.setValue(0)
        if on and not self.timer.isActive():
            self.timer.start()
        elif not on:
            self.timer.stop()
        self.play_button.setText(self.tr("Pause") if on else self.tr("Play"))
        self.playing_changed.emit(on)

    def _on_slider(self, index: int) -> None:
        if not self._years:
            return
        year = self._years[index]
        self.year_label.setText(format_year(year))
        self.year_changed.emit(year)
