"""The Porteurs screen: project holders and their candidacies."""

from .screen import build

__all__ = ["build"]
