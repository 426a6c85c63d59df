"""The « Vue pipeline » screen: needs, studies and projects as cards by stage."""

from .screen import build

__all__ = ["build"]
