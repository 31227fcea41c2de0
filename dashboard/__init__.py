"""The figures-from-news dashboard: charts, table and citations over the extractor's output."""

from dashboard.app import create_app

__all__ = ["create_app"]
