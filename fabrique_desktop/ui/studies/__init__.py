"""The Études et validations screen: opportunity studies, their grid and validation."""

from .screen import build

__all__ = ["build"]
