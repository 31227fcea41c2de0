"""Describe: what a figure counts (subject) and what it is about (category)."""
