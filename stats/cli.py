"""The `stats` command: extract figures from articles, evaluate, or serve the dashboard.

Owns arguments, progress, messages and exit statuses only: running a batch is
`stats.batch`'s, reading inputs `stats.read`'s and extraction `stats.extract`'s. The
dashboard is a separate package (an optional install); `stats dashboard` starts it as its
own process, so the core never imports the web stack.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import logging
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Never

from stats import batch, export, interrupts
from stats.extract import extract
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

_EPILOG = """\
exit status:
  0    every input was read (empty files and skipped non-article files are reported, not failures)
  1    some inputs could not be read; the figures of the others were still written
  2    bad arguments, or the output folder cannot be written (nothing was changed)
  130  interrupted (Ctrl+C; 143 for SIGTERM); the output folder was left as it was
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
            f"{seconds:.1f} s; wrote {outcome.out}/{export.FIGURES_CSV}, {export.FIGURES_JSONL}, "
            f"{export.DOCUMENTS_CSV}, {export.TEXTS_JSONL}")
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
                timeout: float | None = None, stdin: IO[str] | IO[bytes] | None = None) -> int:
    """Extract figures from every input into `out`; returns the exit status (see _EPILOG)."""
    out = Path(out)
    if out.exists() and not out.is_dir():
        print(f"stats: error: --out {out} is a file, not a folder", file=sys.stderr)
        return EXIT_USAGE
    with interrupts.handled():  # Ctrl+C or SIGTERM once; the cleanup is not cut by a second
        try:
            return _run_and_report(inputs, out, quiet, verbose, timeout, stdin)
        except KeyboardInterrupt as interrupt:  # before the run began: nothing was written
            return _interrupted(out, interrupt)


def _interrupted(out: Path, interrupt: KeyboardInterrupt) -> int:
    """Say that the run was interrupted and how; the exit status (130, or 128 + the signal)."""
    signum = interrupts.signal_number(interrupt)
    how = "" if signum == signal.SIGINT else f" by {signal.Signals(signum).name}"
    print(f"stats: interrupted{how}; {out}/ was left as it was", file=sys.stderr)
    return EXIT_INTERRUPTED if signum == signal.SIGINT else 128 + signum


def _run_and_report(inputs: Sequence[str], out: Path, quiet: bool, verbose: bool,
                    timeout: float | None, stdin: IO[str] | IO[bytes] | None) -> int:
    """Run the batch with messages on stderr; the exit status."""
    messages = _Messages(quiet, verbose)
    started = time.monotonic()
    try:
        outcome = batch.run(inputs, out, timeout, stdin, messages)
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


def run_eval(args: argparse.Namespace) -> int:
    """`stats eval`: NewsQuant by default, or a gold file over a folder of articles."""
    from stats.evaluate import gold_check, report, scoring
    from stats.evaluate import newsquant as evaluate

    if args.gold or args.docs:
        if not (args.gold and args.docs):
            print("stats eval: error: --gold and --docs go together", file=sys.stderr)
            return EXIT_USAGE
        try:
            gold = scoring.read_gold_lines(Path(args.gold))
        except (OSError, ValueError) as error:
            print(f"stats eval: error: cannot read gold {args.gold}: {error}", file=sys.stderr)
            return EXIT_USAGE
        predictions, texts = [], {}
        for document in sources.iter_documents([args.docs]):
            if document.status == "ok":
                texts[document.doc] = document.text
                predictions += [f.to_record() for f in extract(document.text, doc=document.doc)]
        result = scoring.score([row for _, row in gold], predictions)
        unmatched = gold_check.problems(gold, texts, result["false_negatives"])
        if unmatched:
            print(f"stats eval: {len(unmatched)} gold line(s) matched nothing because of the gold file "
                  "or --docs:", *unmatched, sep="\n  ", file=sys.stderr)
        if args.json:
            print(json.dumps({**{k: v for k, v in result.items() if k != "field_errors"},
                              "unmatched_gold_lines": unmatched}, indent=2, ensure_ascii=False, default=str))
        else:
            print(report.format_report(result, args.show_errors))
        return EXIT_OK
    path = Path(args.newsquant) if args.newsquant else evaluate.find_newsquant()
    if path is None or not path.is_file():
        where = args.newsquant or f"../{evaluate.NEWSQUANT_RELATIVE}"
        print(f"stats eval: error: NewsQuant benchmark not found at {where}; it is not shipped "
              "with this project (pass --newsquant PATH to NewsQuant.json)", file=sys.stderr)
        return EXIT_USAGE
    metrics, results = evaluate.evaluate_newsquant(path)
    if args.json:
        print(json.dumps(metrics, indent=2))
    else:
        print(f"NewsQuant ({path}): {metrics['sentences']} sentences, {metrics['gold']} gold "
              f"quantities, {metrics['predicted']} predicted, {metrics['matched']} matched")
        print(f"value precision {metrics['precision']:.1f}  recall {metrics['recall']:.1f}  "
              f"F1 {metrics['f1']:.1f}")
        if args.show_errors:
            for r in results:
                if r.matched != len(r.gold) or r.matched != len(r.predicted):
                    print(f"\n{r.text}\n  gold {r.gold}\n  ours {r.predicted} {r.spans}")
    return EXIT_OK


def _positive(value: str) -> float:
    """An argparse type: a number of seconds above zero."""
    try:
        seconds = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not seconds > 0 or seconds == float("inf"):
        raise argparse.ArgumentTypeError(f"must be a positive number of seconds: {value!r}")
    return seconds


def build_parser() -> argparse.ArgumentParser:
    """The `stats` argument parser: extract, eval and dashboard commands."""
    parser = argparse.ArgumentParser(
        prog="stats",
        description="Pull every figure a news article reports (counts, money, percentages, "
                    "fractions, distances, durations) with its qualifier, subject, category "
                    "and the exact sentence it came from.",
        formatter_class=argparse.RawDescriptionHelpFormatter, epilog=_EPILOG)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    ex = commands.add_parser(
        "extract", help="extract figures from articles into CSV and JSON Lines",
        description="Read articles (.txt, .md, .html, .jsonl or .csv exports; folders are read "
                    "recursively; - reads standard input) and write figures.csv, "
                    "figures.jsonl, documents.csv and texts.jsonl (each article as read, which the "
                    "figures' offsets index). Text may be UTF-8 (with or without a BOM), "
                    "UTF-16/32 with a BOM, or Windows-1252/Latin-1; HTML pages give their article "
                    "text, and offsets index that text. Files that cannot be read are listed in "
                    "documents.csv with the reason, and the others are still read.",
        formatter_class=argparse.RawDescriptionHelpFormatter, epilog=_EPILOG)
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

    ev = commands.add_parser(
        "eval", help="measure the extractor on NewsQuant or on your own gold file",
        description="Without options: value precision, recall and F1 on CQE's NewsQuant "
                    "benchmark (looked for in ../shared/data/newsquant/). With --gold and "
                    "--docs: score the extractor against a gold file written to the "
                    "annotation guide (precision, recall and F1 per kind; field accuracy).")
    ev.add_argument("--newsquant", metavar="FILE", help="path to NewsQuant.json")
    ev.add_argument("--gold", metavar="FILE", help="gold figures, JSON Lines (ANNOTATION.md format)")
    ev.add_argument("--docs", metavar="DIR", help="folder of the articles the gold file covers")
    ev.add_argument("--show-errors", action="store_true", help="list misses and extras")
    ev.add_argument("--json", action="store_true", help="print JSON")

    dash = commands.add_parser(
        "dashboard", help="serve the dashboard over extracted figures",
        description="Serve the Dash dashboard over figures.csv, documents.csv and texts.jsonl in --data "
                    "(extracting seeds/ first when they are missing).")
    dash.add_argument("--data", default="output", type=Path, metavar="DIR",
                      help="the output folder of stats extract (default: output/)")
    dash.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1)")
    dash.add_argument("--port", default=8050, type=int, help="port (default: 8050)")
    dash.add_argument("--debug", action="store_true", help="Dash debug mode (off by default)")
    dash.add_argument("-v", "--verbose", action="store_true", help="log every request")
    return parser


DASHBOARD_MODULES = ("dashboard", "dash", "plotly", "pandas", "dash_ag_grid", "flask_compress")


def run_dashboard(args: argparse.Namespace) -> int:
    """`stats dashboard`: start the dashboard package in its own process, if it is installed.

    The child gets SIGTERM when this process does, and Ctrl+C (which the terminal sends to
    both) ends it cleanly: the exit status is the dashboard's.
    """
    missing = [name for name in DASHBOARD_MODULES if importlib.util.find_spec(name) is None]
    if missing:
        print("stats dashboard: error: the dashboard is not installed (missing: "
              f"{', '.join(missing)}); install it with: pip install -e \".[dashboard]\"", file=sys.stderr)
        return EXIT_USAGE
    command = [sys.executable, "-m", "dashboard", "--data", str(args.data), "--host", args.host,
               "--port", str(args.port), *(["--debug"] if args.debug else []),
               *(["-v"] if args.verbose else [])]
    child = subprocess.Popen(command)
    previous = signal.signal(signal.SIGTERM, lambda signum, frame: child.send_signal(signum))
    try:
        while True:
            try:
                return child.wait()
            except KeyboardInterrupt:
                continue  # the child got the same Ctrl+C; wait for it to stop
    finally:
        signal.signal(signal.SIGTERM, previous)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if args.command == "extract":
        return run_extract(args.inputs, args.out, args.quiet, args.verbose, args.timeout)
    if args.command == "eval":
        return run_eval(args)
    return run_dashboard(args)


if __name__ == "__main__":
    sys.exit(main())
