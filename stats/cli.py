"""The `stats` command: extract figures from articles, evaluate, or serve the dashboard."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from stats import export, sources
from stats.extract import extract
from stats.model import Document

# Exit statuses (documented in --help and the README).
EXIT_OK = 0  # every input was read (empty files included)
EXIT_SOME_FAILED = 1  # some inputs could not be read; the others' figures were written
EXIT_USAGE = 2  # bad arguments or an output folder that cannot be written
PROGRESS_MIN_FILES = 4

_EPILOG = """\
exit status:
  0  every input was read (empty files are reported, not failures)
  1  some inputs could not be read; the figures of the others were still written
  2  bad arguments, or the output folder cannot be written
"""


def _progress(total: int, quiet: bool):  # type: ignore[no-untyped-def]
    """A progress bar on stderr for runs of more than a few files (tqdm)."""
    from tqdm import tqdm

    return tqdm(total=total, unit="file", file=sys.stderr, leave=False,
                disable=quiet or total < PROGRESS_MIN_FILES, dynamic_ncols=True)


def run_extract(inputs: Sequence[str], out: Path, quiet: bool = False) -> int:
    """Extract figures from every input into `out`; returns the exit status."""
    if out.exists() and not out.is_dir():
        print(f"stats: error: --out {out} is a file, not a folder", file=sys.stderr)
        return EXIT_USAGE
    try:
        writer = export.FigureWriter(out)
    except OSError as error:
        print(f"stats: error: cannot write to {out}: {error.strerror or error}", file=sys.stderr)
        return EXIT_USAGE
    documents: list[Document] = []
    bar = _progress(sources.count_inputs(inputs), quiet)
    try:
        for document in sources.iter_documents(inputs):
            if document.status == "ok":
                figures = extract(document.text, doc=document.doc)
                document.figures = len(figures)
                writer.write(figures)
            elif not quiet:
                bar.write(f"stats: skipped {document.path}: {document.error}", file=sys.stderr)
            documents.append(_without_text(document))
            if document.path != getattr(bar, "_last_path", None):
                bar.update(1)
                bar._last_path = document.path  # type: ignore[attr-defined]
        writer.close()
        export.write_documents(documents, out / "documents.csv")
    except BaseException as error:
        writer.abort(error)
        raise
    finally:
        bar.close()
    failed = [d for d in documents if d.status == "error"]
    empty = [d for d in documents if d.status == "empty"]
    if not quiet:
        print(_summary(documents, writer.count, failed, empty, out), file=sys.stderr)
    return EXIT_SOME_FAILED if failed else EXIT_OK


def _without_text(document: Document) -> Document:
    """Keep the metadata, drop the text: memory holds one article at a time."""
    document.chars = len(document.text)
    document.text = ""
    return document


def _summary(documents: list[Document], figures: int, failed: list[Document],
             empty: list[Document], out: Path) -> str:
    parts = [f"read {len(documents) - len(failed)} of {len(documents)} document(s), "
             f"found {figures} figure(s); wrote {out}/figures.csv, figures.jsonl, documents.csv"]
    if empty:
        parts.append(f"{len(empty)} empty: " + ", ".join(d.path for d in empty[:5])
                     + (" ..." if len(empty) > 5 else ""))
    if failed:
        parts.append(f"{len(failed)} failed: " + "; ".join(f"{d.path} ({d.error})" for d in failed[:5])
                     + (" ..." if len(failed) > 5 else ""))
    return "\n".join(parts)


def run_eval(args: argparse.Namespace) -> int:
    """`stats eval`: NewsQuant by default, or a gold file over a folder of articles."""
    from stats import evaluate, scoring

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


def build_parser() -> argparse.ArgumentParser:
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
                    "figures.jsonl and documents.csv.",
        formatter_class=argparse.RawDescriptionHelpFormatter, epilog=_EPILOG)
    ex.add_argument("inputs", nargs="+", metavar="PATH", help="files or folders, or - for stdin")
    ex.add_argument("--out", default="output", type=Path, metavar="DIR",
                    help="output folder, created if missing (default: output/)")
    ex.add_argument("-q", "--quiet", action="store_true", help="no progress bar or summary")

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
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if args.command == "extract":
        return run_extract(args.inputs, args.out, args.quiet)
    if args.command == "eval":
        return run_eval(args)
    from dashboard.__main__ import serve

    return serve(args.data, args.host, args.port, args.debug)


if __name__ == "__main__":
    sys.exit(main())
