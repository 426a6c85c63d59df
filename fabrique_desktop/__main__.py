"""``python -m fabrique_desktop``: the same as the ``fabrique-desktop`` command."""

import sys

from .cli import main

sys.exit(main())
