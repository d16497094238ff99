"""Blind draw 60 (placeholder docstring, written in full below)."""

from bench.blind60.corpus import TYPES, VERSION, generate

__all__ = ["TYPES", "VERSION", "generate"]
