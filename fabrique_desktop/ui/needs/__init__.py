"""The Besoins screen: the list of needs and the fiche besoin."""

from .screen import build

__all__ = ["build"]
