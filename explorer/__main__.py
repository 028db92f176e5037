"""``python -m explorer``: the same entry point as the ``exchange-explorer`` script."""

import sys

from explorer.cli import main

sys.exit(main())
