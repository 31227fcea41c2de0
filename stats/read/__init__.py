"""Read: bytes, files, folders and exports into `Document`s (decoding, web pages, metadata)."""
