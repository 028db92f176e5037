"""Walk the QAccessible tree the way a screen reader sees it and list interactive elements."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QWidget

Role = QAccessible.Role
INTERACTIVE = frozenset({
    Role.PushButton, Role.CheckBox, Role.RadioButton, Role.ComboBox, Role.EditableText,
    Role.SpinBox, Role.Slider, Role.List, Role.Table, Role.Tree, Role.PageTab,
    Role.ButtonMenu, Role.ButtonDropDown, Role.Link, Role.ScrollBar, Role.Dial,
    Role.PageTabList, Role.ToolBar,
})
# Roles an assistive technology names from elsewhere: a scroll bar from its view.
EXEMPT = frozenset({Role.ScrollBar})


@dataclass(frozen=True)
class Element:
    """One interactive element: role, name, and a path of object names for the report."""

    role: str
    name: str
    path: str


def _path(iface: QAccessibleInterface) -> str:
    obj: QObject | None = iface.object()
    parts = []
    while obj is not None:
        parts.append(obj.objectName() or type(obj).__name__)
        obj = obj.parent()
    return "/".join(reversed(parts))


def interactive_elements(root: QWidget, max_depth: int = 60) -> list[Element]:
    """Every showing interactive element under ``root`` (invisible and offscreen skipped)."""
    top = QAccessible.queryAccessibleInterface(root)
    out: list[Element] = []
    if top is None:
        return out

    def visit(iface: QAccessibleInterface, depth: int) -> None:
        state = iface.state()
        if state.invisible or depth > max_depth:
            return
        role = iface.role()
        if role in INTERACTIVE and role not in EXEMPT:
            out.append(Element(role.name, iface.text(QAccessible.Text.Name).strip(),
                               _path(iface)))
        if role in (Role.Table, Role.List, Role.Tree):
            return  # cells and items are named by the model's data
        for i in range(iface.childCount()):
            child = iface.child(i)
            if child is not None and child.isValid():
                visit(child, depth + 1)

    visit(top, 0)
    return out


def unnamed(root: QWidget) -> list[Element]:
    """The interactive elements under ``root`` that a screen reader would read without a name."""
    return [e for e in interactive_elements(root) if not e.name]
