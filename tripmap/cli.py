"""The ``tripmap`` command: ``extract`` articles to JSON/GeoJSON/CSV, ``serve`` the dashboard, ``export`` images.

User mistakes (missing file, empty text, bad date, unreadable encoding) print one line to stderr
and exit with status 2; no tracebacks.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from extract.errors import InputError, TripmapError
from extract.export import FORMATS
from extract.model import Article, Itinerary
from extract.reader import parse_date, read_bytes, read_path
from extract.settings import Settings

EXIT_USAGE = 2


def _read_one(name: str, published: date | None, settings: Settings) -> Article:
    if name == "-":
        article = read_bytes(sys.stdin.buffer.read(), "stdin", published, settings)
        article.id = article.id or "stdin"
    elif name.startswith(("http://", "https://")):
        from extract.fetch import fetch_article

        article = fetch_article(name, settings)
        if published is not None:
            article.published, article.published_source = published, "given"
    else:
        article = read_path(name, published, settings)
    return article


def _read_articles(inputs: Sequence[str], published: date | None, settings: Settings) -> list[Article]:
    """Every readable input; unreadable ones are reported on stderr and skipped, so one bad file among
    several loses nothing else. All of them unreadable is an error."""
    articles, failures = [], []
    for name in inputs:
        try:
            articles.append(_read_one(name, published, settings))
        except TripmapError as e:
            if len(inputs) == 1:
                raise
            failures.append(str(e))
            print(f"tripmap: error: {e}", file=sys.stderr)
    if not articles:
        raise InputError(f"none of the {len(inputs)} inputs could be read")
    _PARTIAL.extend(failures)
    return articles


_PARTIAL: list[str] = []  # inputs skipped in this run: the exit status reports them


def _itinerary(args: argparse.Namespace) -> Itinerary:
    from extract import extract_articles

    settings = Settings.from_env(traveller=args.traveller)
    published = parse_date(args.published, "--published") if args.published else None
    return extract_articles(_read_articles(args.inputs, published, settings), settings)


def cmd_extract(args: argparse.Namespace) -> int:

    it = _itinerary(args)
    out = FORMATS[args.format](it)
    if args.output:
        Path(args.output).write_text(out, encoding="utf-8")
    else:
        sys.stdout.write(out if out.endswith("\n") else out + "\n")
    for w in it.warnings:
        print(f"tripmap: warning: {w}", file=sys.stderr)
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from dashboard.app import run

    settings = Settings.from_env()
    published = parse_date(args.published, "--published") if args.published else None
    articles = _read_articles(args.inputs, published, settings) if args.inputs else None
    run(articles, host=args.host, port=args.port, debug=args.debug, workspace=args.workspace)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from dashboard.images import export_image
    from dashboard.state import filter_itinerary

    it = _itinerary(args)
    lo = parse_date(args.date_from, "--from") if args.date_from else None
    hi = parse_date(args.date_to, "--to") if args.date_to else None
    it = filter_itinerary(it, lo, hi)
    path = export_image(it, args.what, args.format, Path(args.output))
    print(f"wrote {path}", file=sys.stderr)
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="tripmap", description=__doc__)
    sub = p.add_subparsers(dest="command", required=True)

    def article_args(sp: argparse.ArgumentParser, nargs: str = "+") -> None:
        sp.add_argument(
            "inputs", nargs=nargs, metavar="ARTICLE", help="file (.txt, .html, .json), http(s) URL, or - for stdin"
        )
        sp.add_argument("--published", metavar="YYYY-MM-DD", help="publication date (base of relative dates)")
        sp.add_argument("--traveller", metavar="NAME", help="whose trip to extract (default: detected)")

    ex = sub.add_parser("extract", help="print the itinerary of one or more articles")
    article_args(ex)
    ex.add_argument("--format", choices=sorted(FORMATS), default="json")
    ex.add_argument("-o", "--output", help="write to this file instead of stdout")
    ex.set_defaults(func=cmd_extract)

    sv = sub.add_parser("serve", help="open the dashboard (default: on the embedded sample article)")
    sv.add_argument("inputs", nargs="*", metavar="ARTICLE")
    sv.add_argument("--published", metavar="YYYY-MM-DD")
    sv.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    sv.add_argument("--port", type=int, default=8050)
    sv.add_argument("--workspace", help="SQLite workspace file for corrections")
    sv.add_argument("--debug", action="store_true", help="Dash debug mode (never in production)")
    sv.set_defaults(func=cmd_serve)

    xp = sub.add_parser("export", help="write the map or timeline as PNG, SVG or PDF")
    article_args(xp)
    xp.add_argument("--what", choices=["timeline", "map"], required=True)
    xp.add_argument("--format", choices=["png", "svg", "pdf"], required=True)
    xp.add_argument("-o", "--output", required=True)
    xp.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD")
    xp.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD")
    xp.set_defaults(func=cmd_export)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        status = int(args.func(args))
        return 1 if status == 0 and _PARTIAL else status
    except TripmapError as e:
        print(f"tripmap: error: {e}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
