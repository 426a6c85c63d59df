"""Entry point of the frozen application: the same as the ``fabrique-desktop`` command."""

import sys

from fabrique_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
