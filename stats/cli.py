"""The `stats` command: extract figures from articles, evaluate, or serve the dashboard.

Owns arguments, progress, messages and exit statuses only: the `extract` command's are in
`stats.cli_extract`, running a batch is `stats.engines`' and `stats.batch`'s, reading inputs
`stats.read`'s and extraction `stats.extract`'s. The dashboard is a separate package (an
optional install); `stats dashboard` starts it as its own process, so the core never
imports the web stack.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import logging
import signal
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from stats.cli_extract import (
    EPILOG,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_SOME_FAILED,
    EXIT_TERMINATED,
    EXIT_USAGE,
    SKIPPED_SHOWN,
    extract_options,
    run_extract,
)
from stats.cli_extract import add_parser as add_extract_parser
from stats.extract import extract
from stats.read import sources

# (the exit statuses are the extract command's, and named here for the other commands and callers)
__all__ = ["EXIT_INTERRUPTED", "EXIT_OK", "EXIT_SOME_FAILED", "EXIT_TERMINATED", "EXIT_USAGE",
           "SKIPPED_SHOWN", "build_parser", "main", "run_extract"]


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


def build_parser() -> argparse.ArgumentParser:
    """The `stats` argument parser: extract, eval and dashboard commands."""
    parser = argparse.ArgumentParser(
        prog="stats",
        description="Pull every figure a news article reports (counts, money, percentages, "
                    "fractions, distances, durations) with its qualifier, subject, category "
                    "and the exact sentence it came from.",
        formatter_class=argparse.RawDescriptionHelpFormatter, epilog=EPILOG)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    add_extract_parser(commands)

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
        if args.scheduler and args.engine != "dask":
            print("stats extract: error: --scheduler goes with --engine dask", file=sys.stderr)
            return EXIT_USAGE
        return run_extract(args.inputs, args.out, args.quiet, args.verbose, args.timeout,
                           options=extract_options(args))
    if args.command == "eval":
        return run_eval(args)
    return run_dashboard(args)


if __name__ == "__main__":
    sys.exit(main())
