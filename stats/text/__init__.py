"""Text: an article split into sentences with exact offsets, page furniture flagged."""
