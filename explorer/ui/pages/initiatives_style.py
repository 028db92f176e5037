"""Looks of the Initiatives page's own widgets (by object name), in the app's palette."""

from __future__ import annotations

STYLE = """
#filterChip { background: #e3f1ef; color: #0b5e57; border: 1px solid #b9dcd6;
              border-radius: 12px; padding: 3px 10px; font-weight: 600; }
#filterChip:hover { background: #cfe8e4; border-color: #0f766e; }
#hints { color: #8a5a00; background: #fff8e6; border: 1px solid #f3dfa8; border-radius: 6px;
         padding: 6px 10px; }
#resultStatus { color: #52606d; }
#langBadge { color: #5b4b8a; background: #f1eefb; border-radius: 4px; padding: 3px 8px;
             font-size: 9pt; }
#detailSection { font-size: 10.5pt; font-weight: 600; color: #17212b; padding-top: 10px; }
#detailText { color: #17212b; font-size: 10.5pt; }
#sourceBlock { color: #33404d; background: #ffffff; border: 1px solid #e1e4e8;
               border-radius: 6px; padding: 8px 10px; }
QLineEdit#linkText { color: #0b5e57; background: #fafbfc; border: 1px solid #e1e4e8;
                     padding: 3px 6px; }
#helpButton { background: #ffffff; color: #0f766e; border: 1px solid #c9ced4;
              border-radius: 15px; min-width: 30px; min-height: 30px; font-weight: 700; }
#helpButton:hover { border-color: #0f766e; }
#helpPopup { background: #ffffff; border: 1px solid #c9ced4; border-radius: 8px; }
#secondaryButton { background: #ffffff; color: #0b5e57; border: 1px solid #c9ced4; }
#secondaryButton:hover { background: #eef3f2; border-color: #0f766e; }
#detailFrame, #facetFrame { background: #ffffff; border: 1px solid #e1e4e8; border-radius: 8px; }
QTreeView#facets { background: #ffffff; border: none; outline: 0; }
QTreeView#facets::item { padding: 3px 2px; }
QTreeView#facets::item:hover { background: #eef3f2; }
QTreeView#facets::item:selected { background: #e3f1ef; color: #0b5e57; }
#searchEdit { font-size: 11.5pt; padding: 8px 10px; }
QComboBox { background: #ffffff; border: 1px solid #c9ced4; border-radius: 6px;
            padding: 6px 10px; }
"""
