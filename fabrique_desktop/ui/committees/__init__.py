"""The Comités screen: committee meetings, their kind, date, place and members."""

from .screen import build

__all__ = ["build"]
