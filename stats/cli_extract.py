"""`stats extract`: its arguments, progress bar, messages and exit statuses.

The command's face only: the run itself is `stats.engines`' (and `stats.batch`'s for one
process), reading inputs `stats.read`'s and extraction `stats.extract`'s. `stats.cli` adds
this command to the `stats` parser and re-exports the exit statuses.
"""

from __future__ import annotations

import argparse
import signal
import sys
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Never

from stats import batch, engines, export, interrupts
from stats.extras import MissingExtra
from stats.model import Document
from stats.read import sources

if TYPE_CHECKING:  # tqdm itself is imported when a run starts
    from tqdm import tqdm

# Exit statuses (documented in --help and the README).
EXIT_OK = 0  # every input was read (empty and skipped files included)
EXIT_SOME_FAILED = 1  # some inputs could not be read; the others' figures were written
EXIT_USAGE = 2  # bad arguments or an output folder that cannot be written
EXIT_INTERRUPTED = 130  # interrupted (Ctrl+C): the previous output files were left as they were
EXIT_TERMINATED = 143  # stopped by SIGTERM, likewise (128 + the signal's number, as shells report)
PROGRESS_MIN_FILES = 4  # show a progress bar from this many files ...
PROGRESS_MIN_BYTES = 1 << 20  # ... or this many bytes of input
SKIPPED_SHOWN = 10  # skipped non-article files named on stderr before the rest go unlisted (-v lists all)

EPILOG = """\
exit status:
  0    every input was read (empty files and skipped non-article files are reported, not failures)
  1    some inputs could not be read; the figures of the others were still written
  2    bad arguments, or the output folder cannot be written (nothing was changed)
  130  interrupted (Ctrl+C; 143 for SIGTERM); the output folder was left as it was

environment:
  FIGURES_PATTERN_CACHE  the folder where compiled patterns are kept between runs (default
                         $XDG_CACHE_HOME/figures-from-news or ~/.cache/figures-from-news; it
                         must be one only you can write to); off (or 0, no, false) compiles
                         them afresh in every run
"""


class _Messages(batch.Listener):
    """Turns a run's events into a progress bar and messages on stderr."""

    def __init__(self, quiet: bool, verbose: bool) -> None:
        self.quiet, self.verbose = quiet, verbose
        self.files = 0
        self.skipped = 0
        self.bar: tqdm[Never] | None = None

    def say(self, message: str, always: bool = True) -> None:
        """A message on stderr that does not break the progress bar."""
        if self.quiet or not (always or self.verbose):
            return
        if self.bar is not None and not self.bar.disable:
            self.bar.write(message, file=sys.stderr)
        else:
            print(message, file=sys.stderr)

    def surveyed(self, files: int, size: int) -> None:
        self.files = files
        self.bar = _progress(files, size, self.quiet)

    def reading(self, files_started: int) -> None:
        if self.bar is not None:
            self.bar.set_postfix_str(f"{files_started}/{self.files} files", refresh=False)

    def progress(self, bytes_done: int) -> None:
        if self.bar is not None and bytes_done > self.bar.n:
            self.bar.update(bytes_done - self.bar.n)

    def finished(self, document: Document) -> None:
        """The per-document message: always for problems, with -v for every document."""
        where = document.path if Path(document.path).name == document.doc or document.doc == "stdin" \
            else f"{document.path} [{document.doc}]"
        if document.status == "error":
            self.say(f"stats: cannot read {where}: {document.error}")
        elif document.status == "empty":
            self.say(f"stats: empty: {where} ({document.error})")
        elif document.status == "skipped":
            self.skipped += 1
            if self.skipped <= SKIPPED_SHOWN or self.verbose:
                self.say(f"stats: skipped {where}: {document.error}")
            elif self.skipped == SKIPPED_SHOWN + 1:
                self.say("stats: more files skipped as not articles: see documents.csv, or -v to list them")
        else:
            self.say(f"stats: read {where} ({document.encoding}, {document.chars:,} characters, "
                     f"{document.figures} figure(s))", always=False)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _summary(outcome: batch.Outcome, seconds: float) -> str:
    """The one-line summary printed at the end."""
    counts = Counter(d.status for d in outcome.documents)
    problems = ", ".join(f"{counts[s]} {word}" for s, word in
                         (("empty", "empty"), ("skipped", "skipped"), ("error", "failed")) if counts[s])
    line = (f"stats: read {counts['ok']} of {len(outcome.documents)} document(s)"
            f"{' (' + problems + ')' if problems else ''}, found {outcome.figures} figure(s) in "
            f"{seconds:.1f} s; wrote {outcome.out}/{', '.join(outcome.written)}")
    if set(outcome.encodings) - {"utf-8"}:
        line += "; encodings: " + ", ".join(f"{n} {e}" for e, n in outcome.encodings.most_common())
    return line


def _progress(files: int, size: int, quiet: bool) -> tqdm[Never]:
    """A progress bar on stderr (tqdm, in bytes read) for runs of more than a few files or a big one."""
    from tqdm import tqdm

    return tqdm(total=max(size, 1), unit="B", unit_scale=True, unit_divisor=1024, file=sys.stderr,
                leave=False, dynamic_ncols=True, postfix=f"0/{files} files",
                disable=quiet or (files < PROGRESS_MIN_FILES and size < PROGRESS_MIN_BYTES))


def run_extract(inputs: Sequence[str], out: Path, quiet: bool = False, verbose: bool = False,
                timeout: float | None = None, stdin: IO[str] | IO[bytes] | None = None,
                options: engines.Options = engines.Options()) -> int:  # noqa: B008 (frozen)
    """Extract figures from every input into `out`; returns the exit status (see EPILOG)."""
    out = Path(out)
    if out.exists() and not out.is_dir():
        print(f"stats: error: --out {out} is a file, not a folder", file=sys.stderr)
        return EXIT_USAGE
    if timeout is not None and options.engine == "dask" and not quiet:
        print("stats: note: --timeout is not enforced by --engine dask (its workers run tasks in "
              "threads, where no alarm can stop one)", file=sys.stderr)
    with interrupts.handled():  # Ctrl+C or SIGTERM once; the cleanup is not cut by a second
        try:
            return _run_and_report(inputs, out, quiet, verbose, timeout, stdin, options)
        except KeyboardInterrupt as interrupt:  # before the run began: nothing was written
            return _interrupted(out, interrupt)


def _interrupted(out: Path, interrupt: KeyboardInterrupt) -> int:
    """Say that the run was interrupted and how; the exit status (130, or 128 + the signal)."""
    signum = interrupts.signal_number(interrupt)
    how = "" if signum == signal.SIGINT else f" by {signal.Signals(signum).name}"
    print(f"stats: interrupted{how}; {out}/ was left as it was", file=sys.stderr)
    return EXIT_INTERRUPTED if signum == signal.SIGINT else 128 + signum


def _run_and_report(inputs: Sequence[str], out: Path, quiet: bool, verbose: bool, timeout: float | None,
                    stdin: IO[str] | IO[bytes] | None, options: engines.Options) -> int:
    """Run the batch with messages on stderr; the exit status."""
    messages = _Messages(quiet, verbose)
    started = time.monotonic()
    try:
        outcome = engines.run(inputs, out, timeout, stdin, messages, options)
    except MissingExtra as missing:
        print(f"stats: error: {missing}", file=sys.stderr)
        return EXIT_USAGE
    except batch.OutputUnwritable as unwritable:
        print(f"stats: error: cannot write to --out {out}: {sources.describe_os_error(unwritable.error)}",
              file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt as interrupt:
        messages.close()
        return _interrupted(out, interrupt)
    except OSError as error:  # the outputs cannot be written (a full disk, a vanished folder)
        messages.close()
        print(f"stats: error: cannot write to --out {out}: {sources.describe_os_error(error)}; "
              "the previous output files were left as they were", file=sys.stderr)
        return EXIT_USAGE
    finally:
        messages.close()
    with interrupts.held():  # the outputs are in place: the run is over, whatever comes now
        if not quiet:
            print(_summary(outcome, time.monotonic() - started), file=sys.stderr)
    return EXIT_SOME_FAILED if outcome.failed else EXIT_OK


def _positive(value: str) -> float:
    """An argparse type: a number of seconds above zero."""
    try:
        seconds = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not seconds > 0 or seconds == float("inf"):
        raise argparse.ArgumentTypeError(f"must be a positive number of seconds: {value!r}")
    return seconds


def _jobs(value: str) -> int:
    """An argparse type: a number of worker processes, at least 1."""
    try:
        jobs = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if jobs < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {value!r}")
    return jobs


def _formats(value: str) -> tuple[str, ...]:
    """An argparse type: figure formats separated by commas (csv, jsonl, parquet)."""
    formats = tuple(f.strip().lower() for f in value.split(",") if f.strip())
    unknown = [f for f in formats if f not in export.FIGURE_FORMATS]
    if unknown or not formats:
        raise argparse.ArgumentTypeError(f"{', '.join(unknown) or 'none given'}: formats are "
                                         f"{', '.join(export.FIGURE_FORMATS)}, separated by commas")
    return formats


def extract_options(args: argparse.Namespace) -> engines.Options:
    """--jobs, --engine, --scheduler, --format and --partition-by as engine options (the dask
    engine writes partitioned Parquet besides the CSV and JSON Lines unless told otherwise)."""
    dask = args.engine == "dask"
    formats = args.format or ((*export.DEFAULT_FORMATS, "parquet") if dask else export.DEFAULT_FORMATS)
    partition = args.partition_by or ("month" if dask and "parquet" in formats else None)
    return engines.Options(jobs=args.jobs, engine=args.engine, scheduler=args.scheduler, formats=formats,
                           partition=None if partition == "none" else partition)


def add_parser(commands: Any) -> None:
    """The `extract` command's parser, added to the `stats` command's subparsers."""
    ex = commands.add_parser(
        "extract", help="extract figures from articles into CSV and JSON Lines",
        description="Read articles (.txt, .md, .html, .jsonl or .csv exports; folders are read "
                    "recursively; - reads standard input) and write figures.csv, "
                    "figures.jsonl, documents.csv and texts.jsonl (each article as read, which the "
                    "figures' offsets index). Text may be UTF-8 (with or without a BOM), "
                    "UTF-16/32 with a BOM, or Windows-1252/Latin-1; HTML pages give their article "
                    "text, and offsets index that text. Files that cannot be read are listed in "
                    "documents.csv with the reason, and the others are still read. --jobs shares the "
                    "work out to processes (--engine dask: a Dask cluster) with the same output; "
                    "--format adds Parquet.",
        formatter_class=argparse.RawDescriptionHelpFormatter, epilog=EPILOG)
    ex.add_argument("inputs", nargs="+", metavar="PATH", help="files or folders, or - for stdin")
    ex.add_argument("--out", default="output", type=Path, metavar="DIR",
                    help="output folder, created if missing (default: output/)")
    ex.add_argument("-q", "--quiet", action="store_true", help="no progress bar, messages or summary")
    ex.add_argument("-v", "--verbose", action="store_true",
                    help="a line per document: the encoding it was read in, its length and figures, "
                         "and the files skipped as not articles")
    ex.add_argument("--timeout", type=_positive, metavar="SECONDS",
                    help="give up on an article whose reading (decoding, HTML) or extraction takes "
                         "longer, each (it is reported as an error); default: no limit")
    ex.add_argument("-j", "--jobs", type=_jobs, metavar="N",
                    help="worker processes (default: every core this process may use; 1: no pool); "
                         "with --engine dask, the workers of the local cluster")
    ex.add_argument("--engine", choices=engines.ENGINES, default="local",
                    help="local: processes on this machine (default); dask: a Dask cluster, local or "
                         "--scheduler's (needs the [cluster] extra)")
    ex.add_argument("--scheduler", metavar="ADDRESS",
                    help="with --engine dask: the scheduler to use (tcp://host:8786); default: start a "
                         "local cluster. Workers need this package and must see the input paths")
    ex.add_argument("--format", type=_formats, metavar="LIST",
                    help="figure files to write, separated by commas: csv, jsonl, parquet (needs the "
                         "[parquet] extra); default csv,jsonl (with --engine dask: csv,jsonl,parquet). "
                         "documents.csv and texts.jsonl are always written")
    ex.add_argument("--partition-by", choices=("month", "none"),
                    help="figures.parquet as a folder of one file per publication month (default with "
                         "--engine dask) or one file (none; the default otherwise)")
