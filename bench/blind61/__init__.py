"""Blind draw 61 (placeholder docstring, replaced below)."""

from bench.blind61.corpus import TYPES, VERSION, generate

__all__ = ["TYPES", "VERSION", "generate"]
