"""Entry point of the packaged app: the same as ``exchange-explorer`` / ``python -m explorer``.

PyInstaller needs a script, not a console-script entry point, so this file is the bundle's
``__main__``. Keep it tiny: everything else belongs in ``explorer.cli``.
"""

import sys

from explorer.cli import main

if __name__ == "__main__":
    sys.exit(main())
