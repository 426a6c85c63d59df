"""Fabrique Desktop: the desktop tool of a *Fabrique à initiatives*.

The package is layered: ``domain`` (the method and its rules), ``store`` (the SQLite
file) and ``dossiers`` (printed committee packs) never import Qt; ``ui`` sits on top.
"""

#: The one place the version is written: pyproject.toml reads it from here, and so do
#: the packaging scripts. A literal, because asking importlib.metadata cost every start
#: of the app ~15 ms, and a frozen build only had it by way of a stray egg-info.
__version__ = "0.1.0"
