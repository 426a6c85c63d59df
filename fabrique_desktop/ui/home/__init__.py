"""The Aujourd'hui screen."""

from .screen import build

__all__ = ["build"]
