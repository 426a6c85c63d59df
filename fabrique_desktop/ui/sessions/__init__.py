"""The Séances de créativité screen."""

from .screen import build

__all__ = ["build"]
