"""The `stats` command: extract figures from articles, evaluate, or serve the dashboard.

Owns arguments, progress, messages, time limits and exit statuses; reading inputs is
`stats.sources`'s and extraction (long articles a part at a time) `stats.extract`'s.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import re
import signal
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from stats import export
from stats.extract import CHUNK_CHARS, extract, extract_parts
from stats.model import Document
from stats.read import sources

# Exit statuses (documented in --help and the README).
EXIT_OK = 0  # every input was read (empty and skipped files included)
EXIT_SOME_FAILED = 1  # some inputs could not be read; the others' figures were written
EXIT_USAGE = 2  # bad arguments or an output folder that cannot be written
EXIT_INTERRUPTED = 130  # interrupted (Ctrl+C): the previous output files were left as they were
PROGRESS_MIN_FILES = 4  # show a progress bar from this many files ...
PROGRESS_MIN_BYTES = 1 << 20  # ... or this many bytes of input
SKIPPED_SHOWN = 10  # skipped non-article files named on stderr before the rest go unlisted (-v lists all)

_EPILOG = """\
exit status:
  0    every input was read (empty files and skipped non-article files are reported, not failures)
  1    some inputs could not be read; the figures of the others were still written
  2    bad arguments, or the output folder cannot be written (nothing was changed)
  130  interrupted; the output folder was left as it was
"""


class ExtractionTimeout(BaseException):
    """An article took longer than --timeout to extract.

    A BaseException, like KeyboardInterrupt, so that no `except Exception` in the rules (the
    quantulum3 adapter has one) can swallow it and carry on with a figure silently missing.
    """


@contextlib.contextmanager
def _time_limit(seconds: float | None) -> Iterator[None]:
    """Raise ExtractionTimeout in the block after `seconds` (SIGALRM: main thread on POSIX only)."""
    in_main = threading.current_thread() is threading.main_thread()
    if not seconds or not hasattr(signal, "setitimer") or not in_main:
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise ExtractionTimeout

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)



class _Run:
    """One `stats extract` run: reads documents, writes figures, reports as it goes."""

    def __init__(self, out: Path, quiet: bool, verbose: bool, timeout: float | None) -> None:
        self.out, self.quiet, self.verbose, self.timeout = out, quiet, verbose, timeout
        self.documents: list[Document] = []
        self.encodings: Counter[str] = Counter()
        self.skipped = 0
        self.bar: Any = None

    def say(self, message: str, always: bool = True) -> None:
        """A message on stderr that does not break the progress bar."""
        if self.quiet or not (always or self.verbose):
            return
        if self.bar is not None and not self.bar.disable:
            self.bar.write(message, file=sys.stderr)
        else:
            print(message, file=sys.stderr)

    def extract(self, document: Document, writer: export.FigureWriter, done_before: int,
                done_after: int) -> None:
        """Write a document's figures; a failure or a timeout in the rules marks it as an error.

        Only extraction runs under the time limit and the failure guard: a write that fails
        (a full disk) stops the run, and an alarm never lands halfway through a CSV row.
        """
        text, written = document.text, 0
        parts = extract_parts(text, document.doc)
        deadline = None if self.timeout is None else time.monotonic() + self.timeout
        while True:
            try:
                with _time_limit(None if deadline is None else max(deadline - time.monotonic(), 1e-3)):
                    figures, reached = next(parts)
            except StopIteration:
                break
            except ExtractionTimeout:
                document.status = "error"
                document.error = f"extraction took longer than --timeout {self.timeout:g} s and was stopped"
                break
            except Exception as error:  # a bug in a rule must not cost the other articles
                logging.getLogger("stats").debug("extraction failed for %s", document.doc, exc_info=True)
                document.status = "error"
                document.error = f"extraction failed ({type(error).__name__}: {error})"
                break
            writer.write(figures)
            written += len(figures)
            if len(text) > CHUNK_CHARS:
                self.move_bar(done_before + (done_after - done_before) * reached // max(len(text), 1))
        if document.status == "error" and written:
            document.error += f"; the {written} figure(s) found before that were kept"
        document.figures = written

    def move_bar(self, done: int) -> None:
        if self.bar is not None and done > self.bar.n:
            self.bar.update(done - self.bar.n)

    def report(self, document: Document) -> None:
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

    def summary(self, figures: int, seconds: float) -> str:
        """The one-line summary printed at the end."""
        counts = Counter(d.status for d in self.documents)
        problems = ", ".join(f"{counts[s]} {word}" for s, word in
                             (("empty", "empty"), ("skipped", "skipped"), ("error", "failed")) if counts[s])
        line = (f"stats: read {counts['ok']} of {len(self.documents)} document(s)"
                f"{' (' + problems + ')' if problems else ''}, found {figures} figure(s) in {seconds:.1f} s; "
                f"wrote {self.out}/figures.csv, figures.jsonl, documents.csv")
        if set(self.encodings) - {"utf-8"}:
            line += "; encodings: " + ", ".join(f"{n} {e}" for e, n in self.encodings.most_common())
        return line


def _progress(files: int, size: int, quiet: bool) -> Any:
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
    try:
        writer = export.FigureWriter(out)
    except OSError as error:
        print(f"stats: error: cannot write to --out {out}: {sources.describe_os_error(error)}",
              file=sys.stderr)
        return EXIT_USAGE
    run = _Run(out, quiet, verbose, timeout)
    started = time.monotonic()
    reader = sources.Reader(inputs, stdin, exclude=[out])
    try:
        if timeout is not None:
            # The first extraction loads quantulum3's unit tables (2-3 s); a short --timeout
            # would interrupt that load for every article in turn, so pay it before timing.
            from stats.find import quantities

            quantities.warm_up()
        files, size = reader.survey()
        run.bar = _progress(files, size, quiet)
        before = 0
        for document in reader:
            run.bar.set_postfix_str(f"{reader.files_started}/{files} files", refresh=False)
            if document.status == "ok":
                run.extract(document, writer, before, reader.bytes_done)
            document.chars = len(document.text)
            document.text = ""  # keep the metadata row, let the article go
            if document.status == "ok":
                run.encodings[re.sub(r" with \d+ ", " with some ", document.encoding)] += 1
            run.report(document)
            run.documents.append(document)
            run.move_bar(reader.bytes_done)
            before = reader.bytes_done
        writer.close(run.documents)
    except KeyboardInterrupt:
        writer.abort()
        _close(run.bar)
        print(f"stats: interrupted; {out}/ was left as it was", file=sys.stderr)
        return EXIT_INTERRUPTED
    except OSError as error:  # writing the outputs failed (a full disk, a vanished folder)
        writer.abort()
        _close(run.bar)
        print(f"stats: error: cannot write to --out {out}: {sources.describe_os_error(error)}; "
              "the previous output files were left as they were", file=sys.stderr)
        return EXIT_USAGE
    except BaseException:
        writer.abort()
        _close(run.bar)
        raise
    _close(run.bar)
    if not quiet:
        print(run.summary(writer.count, time.monotonic() - started), file=sys.stderr)
    return EXIT_SOME_FAILED if any(d.status == "error" for d in run.documents) else EXIT_OK


def _close(bar: Any) -> None:
    if bar is not None:
        bar.close()


def run_eval(args: argparse.Namespace) -> int:
    """`stats eval`: NewsQuant by default, or a gold file over a folder of articles."""
    from stats.evaluate import newsquant as evaluate
    from stats.evaluate import scoring

    if args.gold or args.docs:
        if not (args.gold and args.docs):
            print("stats eval: error: --gold and --docs go together", file=sys.stderr)
            return EXIT_USAGE
        try:
            gold = scoring.read_gold(Path(args.gold))
        except (OSError, ValueError) as error:
            print(f"stats eval: error: cannot read gold {args.gold}: {error}", file=sys.stderr)
            return EXIT_USAGE
        predictions = []
        for document in sources.iter_documents([args.docs]):
            if document.status == "ok":
                predictions += [f.to_record() for f in extract(document.text, doc=document.doc)]
        result = scoring.score(gold, predictions)
        if args.json:
            print(json.dumps({k: v for k, v in result.items() if k != "field_errors"}, indent=2,
                             ensure_ascii=False, default=str))
        else:
            print(scoring.format_report(result, args.show_errors))
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
                    "figures.jsonl and documents.csv. Text may be UTF-8 (with or without a BOM), "
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
                    help="give up on an article whose extraction takes longer (it is reported as an "
                         "error); default: no limit")

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
        description="Serve the Dash dashboard over figures.csv and documents.csv in --data "
                    "(extracting seeds/ first when they are missing).")
    dash.add_argument("--data", default="output", type=Path, metavar="DIR",
                      help="folder with figures.csv and documents.csv (default: output/)")
    dash.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1)")
    dash.add_argument("--port", default=8050, type=int, help="port (default: 8050)")
    dash.add_argument("--debug", action="store_true", help="Dash debug mode (off by default)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if args.command == "extract":
        return run_extract(args.inputs, args.out, args.quiet, args.verbose, args.timeout)
    if args.command == "eval":
        return run_eval(args)
    from dashboard.__main__ import serve

    return serve(args.data, args.host, args.port, args.debug)


if __name__ == "__main__":
    sys.exit(main())
