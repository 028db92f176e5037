#!/bin/sh
# Translation sources and catalogues.
#
#   scripts/translations.sh           update resources/translations/explorer_*.ts from the code
#                                     (lupdate merges: existing translations are kept), then
#                                     build the .qm catalogues
#   scripts/translations.sh release   only build the .qm catalogues from the committed .ts
#                                     (the install path: make run, make test, packaging)
#
# The .qm files are build output and are not committed (see .gitignore).
set -eu
cd "$(dirname "$0")/.."
VENV=${VENV:-.venv}
PY="$VENV/bin/python"
LUPDATE="$VENV/bin/pyside6-lupdate"
LRELEASE="$VENV/bin/pyside6-lrelease"
DIR=resources/translations
# The UN languages but English, and Portuguese (the language of Brazil's ABC records).
LANGS=${TRANSLATION_LANGS-"fr es pt ar zh_CN ru"}

release() {
    for ts in "$DIR"/explorer_*.ts; do
        [ -e "$ts" ] || continue
        "$LRELEASE" -silent "$ts" -qm "${ts%.ts}.qm"
    done
}

if [ "${1:-}" = "release" ]; then
    release
    exit 0
fi

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT INT TERM

# lupdate reads self.tr(), QCoreApplication.translate() and QT_TRANSLATE_NOOP() itself. It
# cannot see through explorer.ui.i18n.tr(context, text) (it takes the context for the text)
# or through a module's one-line wrapper such as menus._tr(text). This pass finds those
# calls with the ast module and writes them as QCoreApplication.translate() calls into a
# shim file that lupdate reads beside the code.
"$PY" - "$WORK/shim.py" <<'PYTHON'
import ast
import sys
from pathlib import Path

TRANSLATE = {"translate", "tr"}  # QCoreApplication.translate / explorer.ui.i18n.tr


def literal(node, constants):
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return constants.get(node.id)
    return None


def call_name(node):
    f = node.func
    return f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""


def is_translate(node):
    """QCoreApplication.translate(...) or a bare tr(ctx, text, ...): not self.tr(text)."""
    f = node.func
    if isinstance(f, ast.Attribute):
        return f.attr == "translate"
    return isinstance(f, ast.Name) and f.id in TRANSLATE and len(node.args) >= 2


def wrappers(tree, constants):
    """Module functions f(text[, n]) whose body returns translate(CONTEXT, text[, ..., n])."""
    found = {}
    for fn in tree.body:
        if not isinstance(fn, ast.FunctionDef) or len(fn.body) != 1:
            continue
        ret = fn.body[0]
        if not (isinstance(ret, ast.Return) and isinstance(ret.value, ast.Call)):
            continue
        call = ret.value
        params = [a.arg for a in fn.args.args]
        if not is_translate(call) or len(call.args) < 2 or not params:
            continue
        context = literal(call.args[0], constants)
        text = call.args[1]
        if context is None or not (isinstance(text, ast.Name) and text.id == params[0]):
            continue
        n = call.args[3] if len(call.args) > 3 else None
        plural = isinstance(n, ast.Name) and n.id in params
        found[fn.name] = (context, plural)
    return found


def noop_loop(node, path):
    """QT_TRANSLATE_NOOP(CONTEXT, name) for name in ("A", "B"): one entry per literal."""
    call, gens = node.elt, node.generators
    if isinstance(call, ast.Call) and call_name(call) == "str" and call.args:
        call = call.args[0]  # str(QT_TRANSLATE_NOOP(...)), for the type checker
    if not (isinstance(call, ast.Call) and call_name(call) == "QT_TRANSLATE_NOOP"):
        return []
    if len(gens) != 1 or not isinstance(gens[0].iter, ast.Tuple | ast.List):
        return []
    context = literal(call.args[0], {})
    names = [literal(e, {}) for e in gens[0].iter.elts]
    if context is None or None in names:
        return []
    return [
        f"QCoreApplication.translate({context!r}, {name!r}, '')  # {path}:{node.lineno}"
        for name in names
    ]


out = []
for path in sorted(Path("explorer").rglob("*.py")):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    constants = {
        t.id: s.value.value
        for s in tree.body
        if isinstance(s, ast.Assign) and isinstance(s.value, ast.Constant)
        and isinstance(s.value.value, str)
        for t in s.targets
        if isinstance(t, ast.Name)
    }
    wrapped = wrappers(tree, constants)
    for node in ast.walk(tree):
        if isinstance(node, ast.GeneratorExp | ast.ListComp):
            out.extend(noop_loop(node, path))
        if not isinstance(node, ast.Call):
            continue
        name = call_name(node)
        if isinstance(node.func, ast.Name) and name in wrapped and node.args:
            context, plural = wrapped[name]
            text = literal(node.args[0], {})
            has_n = plural and len(node.args) > 1
            disambiguation = None
        elif isinstance(node.func, ast.Name) and name == "tr" and len(node.args) >= 2:
            context = literal(node.args[0], constants)
            text = literal(node.args[1], {})
            disambiguation = literal(node.args[2], {}) if len(node.args) > 2 else None
            has_n = len(node.args) > 3
        else:
            continue
        if context is None or text is None:
            continue  # a variable: its strings are marked with QT_TRANSLATE_NOOP where defined
        args = [repr(context), repr(text), repr(disambiguation or "")]
        if has_n:
            args.append("n")
        out.append(f"QCoreApplication.translate({', '.join(args)})  # {path}:{node.lineno}")

Path(sys.argv[1]).write_text("\n".join(out) + "\n", encoding="utf-8")
PYTHON

find explorer -name '*.py' | sort >"$WORK/files.lst"
echo "$WORK/shim.py" >>"$WORK/files.lst"
for lang in $LANGS; do
    ts="$DIR/explorer_$lang.ts"
    "$LUPDATE" -silent -locations none -no-obsolete -target-language "$lang" \
        @"$WORK/files.lst" -ts "$ts"
    # What lupdate made of a bare tr(context, text) lands in a nameless context: drop it
    # (the shim above has the real entry).
    "$PY" - "$ts" <<'PYTHON'
import re
import sys
from pathlib import Path

path = Path(sys.argv[1])
text = path.read_text(encoding="utf-8")
path.write_text(
    re.sub(r"<context>\s*<name></name>.*?</context>\n", "", text, flags=re.S), encoding="utf-8"
)
PYTHON
done
# English is the source language; its catalogue holds only the %n strings, so that Qt
# says "1 initiative" and "2 initiatives" (the forms come from the source's parentheses).
"$LUPDATE" -silent -locations none -no-obsolete -pluralonly -source-language en \
    -target-language en @"$WORK/files.lst" -ts "$DIR/explorer_en.ts"
"$PY" - "$DIR/explorer_en.ts" <<'PYTHON'
import re
import sys
from pathlib import Path

path = Path(sys.argv[1])
text = path.read_text(encoding="utf-8")
path.write_text(
    re.sub(r"<context>\s*<name></name>.*?</context>\n", "", text, flags=re.S), encoding="utf-8"
)
PYTHON
"$PY" scripts/english_plurals.py "$DIR/explorer_en.ts"
release
for ts in "$DIR"/explorer_*.ts; do
    "$PY" - "$ts" <<'PYTHON'
import sys
import xml.etree.ElementTree as ET

root = ET.parse(sys.argv[1]).getroot()
messages = root.iter("message")
total = done = 0
for m in messages:
    t = m.find("translation")
    if t is None or t.get("type") in ("obsolete", "vanished"):
        continue
    total += 1
    done += t.get("type") != "unfinished"
print(f"{sys.argv[1]}: {done}/{total} translated")
PYTHON
done
