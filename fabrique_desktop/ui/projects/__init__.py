"""The Projets screen: projects, their candidacies, support milestones and outcome."""

from .screen import build

__all__ = ["build"]
