"""Tests of the Dash dashboard."""
