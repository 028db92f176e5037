"""Fill the English plural forms of ``resources/translations/explorer_en.ts``.

English is the source language, but Qt only chooses between "1 initiative" and "2
initiatives" for a ``%n`` string through a catalogue: ``lupdate -pluralonly`` writes one
with only those strings, and this fills both forms from the source text's parentheses:
``initiative(s)`` -> initiative / initiatives, ``country(ies)`` -> country / countries.

    python scripts/english_plurals.py resources/translations/explorer_en.ts
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

_IES = re.compile(r"y\(ies\)")
_SUFFIX = re.compile(r"(?<=[A-Za-z])\((s|es)\)")


def forms(source: str) -> tuple[str, str]:
    """(singular, plural) of a ``%n`` source text."""
    singular = _SUFFIX.sub("", _IES.sub("y", source))
    plural = _SUFFIX.sub(lambda m: m.group(1), _IES.sub("ies", source))
    return singular, plural


def fill(path: Path) -> int:
    """Write both forms of every numerus message; the number of messages filled."""
    tree = ET.parse(path)
    filled = 0
    for message in tree.getroot().iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        translation.attrib.pop("type", None)
        for text in forms(source):
            ET.SubElement(translation, "numerusform").text = text
        filled += 1
    ET.indent(tree, space="    ")
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return filled


if __name__ == "__main__":
    for name in sys.argv[1:]:
        print(f"{name}: {fill(Path(name))} English plural forms")
