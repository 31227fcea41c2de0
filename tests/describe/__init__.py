"""Tests of the describe stage (stats.describe): subjects and categories."""
