"""Resilience Journal: a private, fast, kind journaling companion for the terminal."""

__version__ = "0.1.0"
