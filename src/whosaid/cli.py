"""The `whosaid` command line."""

from __future__ import annotations

import argparse
import sys
from typing import Iterable, Optional

from . import web
from .batch import cli as batch_cli
from .evaluate import events as eval_events
from .evaluate import factru, rucoco
from .evaluate import quotes as eval_quotes
from .model import Article
from .pipeline import Pipeline
from .process import process
from .read import InputError, add_input_arguments, options_from_args, report
from .render import render_article
from .stages import StageError, add_stage_argument


def write_records(articles: Iterable[Article], fmt: str, out=None) -> int:
    """Write records as text, a JSON document (a list if several) or JSON lines; return the count.
    Standard output is looked up when called, so that a redirected `sys.stdout` gets them."""
    out = out or sys.stdout
    count = 0
    buffered: Optional[Article] = None
    for article in articles:
        if fmt == "text":
            out.write(("\n" if count else "") + render_article(article))
        elif fmt == "jsonl":
            out.write(article.to_json() + "\n")
        else:  # json: one object, or a list once a second record arrives
            if count == 1 and buffered is not None:
                out.write("[\n" + buffered.to_json(indent=2))
            if count >= 1:
                out.write(",\n" + article.to_json(indent=2))
            buffered = article
        out.flush()
        count += 1
    if fmt == "json":
        if count == 1 and buffered is not None:
            out.write(buffered.to_json(indent=2) + "\n")
        elif count > 1:
            out.write("\n]\n")
    return count


def only_articles(items) -> Iterable[Article]:
    for item in items:
        if isinstance(item, InputError):
            report(item)
        else:
            yield item


def cmd_extract(args) -> int:
    fmt = args.format or ("text" if sys.stdout.isatty() else "jsonl")
    items = process(args.paths, args.input_format, Pipeline.default(args.stages),
                    learn_boilerplate=not args.no_site_boilerplate, options=options_from_args(args))
    count = write_records(only_articles(items), fmt)
    if count == 0:
        print("whosaid: no article could be processed", file=sys.stderr)
        return 1
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="whosaid", description="Who said what, about whom, when and where, in Russian news.")
    commands = parser.add_subparsers(dest="command", required=True)

    extract = commands.add_parser("extract", help="analyse articles and print their records")
    extract.add_argument("paths", nargs="+", metavar="PATH",
                         help="page text, JSONL corpora, HTML pages, RSS/Atom feeds, WARC archives, URL lists "
                              "(.urls), directories (searched recursively), http(s) URLs, - for stdin")
    extract.add_argument("--format", choices=["text", "json", "jsonl"],
                         help="output format (default: text on a terminal, jsonl otherwise)")
    extract.add_argument("--no-site-boilerplate", action="store_true",
                         help="do not mark lines repeated across a site's articles as boilerplate")
    add_input_arguments(extract)
    add_stage_argument(extract)
    extract.set_defaults(run=cmd_extract)

    batch_cli.register(commands)
    from .store import cli as store_cli  # it uses this module's helpers: imported once both exist
    store_cli.register(commands)

    evaluate = commands.add_parser("eval", help="score whosaid against a gold set")
    metrics = evaluate.add_subparsers(dest="metric", required=True)  # each evaluate/ module registers one
    factru.register(metrics)
    eval_quotes.register(metrics)
    eval_events.register(metrics)
    rucoco.register(metrics)

    web.register(commands)
    return parser


def main(argv: Optional[list[str]] = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except StageError as error:  # raised while the pipeline is built, before any input is read
        print(f"whosaid: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("whosaid: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        sys.stderr.close()  # the reader went away (`| head`): not an error
        return 0


if __name__ == "__main__":
    sys.exit(main())
