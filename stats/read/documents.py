"""Documents as reading makes them: one from an article's text (with what the article states
about itself), or one saying in words why an input could not be read. Shared by the file,
export and stdin readers so that every input ends as a Document, never as an exception.
"""

from __future__ import annotations

import errno

from stats.model import Document
from stats.read.decoding import InputError
from stats.read.metadata import Metadata, read_metadata

_OS_REASONS = {errno.EACCES: "permission denied", errno.EPERM: "permission denied",
               errno.ENOENT: "no such file or folder", errno.ELOOP: "symlink loop (too many levels of links)",
               errno.EISDIR: "is a folder", errno.ENOTDIR: "a part of the path is not a folder",
               errno.EIO: "input/output error (a disk or network problem)",
               errno.ENAMETOOLONG: "file name too long"}


def describe_os_error(error: OSError) -> str:
    """A short reason for a failed read ("permission denied", "symlink loop", ...)."""
    return _OS_REASONS.get(error.errno or -1) or (error.strerror or str(error)).lower()


def describe_failure(error: InputError | OSError) -> str:
    """Why a file could not be read, in words: the decoder's reason or the system's."""
    return describe_os_error(error) if isinstance(error, OSError) else str(error)


def error_document(doc: str, path: str, reason: str, status: str = "error", encoding: str = "") -> Document:
    """A Document for an input that was not read: `status` is "error" or "skipped"."""
    return Document(doc=doc, path=path, status=status, error=reason, encoding=encoding)


def text_document(doc: str, path: str, text: str, encoding: str, meta: Metadata | None = None,
                  empty_reason: str = "") -> Document:
    """A Document for an article's text; `meta` (what a page or record states) comes before
    what the text's own first lines state. A blank text makes the document `empty`."""
    stated = read_metadata(text)
    meta = meta or Metadata()
    document = Document(
        doc=doc, path=path, text=text, encoding=encoding,
        title=meta.title or stated.title, publisher=meta.publisher or stated.publisher,
        published=meta.published or stated.published,
    )
    if not text.strip():
        document.status = "empty"
        document.error = empty_reason or ("no text" if not text else "only whitespace")
    return document
