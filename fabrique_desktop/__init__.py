"""Fabrique Desktop: the desktop tool of a *Fabrique à initiatives*.

The package is layered: ``domain`` (the method and its rules), ``store`` (the SQLite
file) and ``dossiers`` (printed committee packs) never import Qt; ``ui`` sits on top.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("fabrique-desktop")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"
