"""The store's commands: ingest, search, trace, speakers, speaker, events, export, identities, watch.

Each takes `--db` (default ./whosaid.db; `postgresql://…` for a server); every command but ingest refuses
a store that is not there rather than make an empty one. Output is text for a person, or `--format jsonl`,
one JSON object a line, for programs.
"""

from __future__ import annotations

import dataclasses
import gzip
import io
import json
import sys
import sqlite3
from functools import wraps
from typing import Callable, Iterator, Optional

from ..batch.progress import Progress
from ..read import report
from ..model import SPEAKER_KINDS, Article, in_role
from ..pipeline import Pipeline
from ..process import analyse, sources
from ..read import InputError, add_input_arguments, options_from_args, read_inputs
from ..render import (as_said, day_or_unknown, event_when, moment_or_unknown, plural, reported_when, shortened,
                      with_changes)
from ..stages import add_stage_argument
from . import DEFAULT_DB, ArticleHit, EventRow, Filters, Page, SpeakerRow, StatementHit, Store, Trace
from .export import FORMATS, KINDS
from ..numbers import positive, whole_argument, whole_number
from .queries import STATEMENT_TYPES, describe_role
from .watches import News, Webhook, describe, given, post


def register(commands) -> None:
    ingest = commands.add_parser("ingest", help="analyse articles (or read records) into a store")
    ingest.add_argument("paths", nargs="+", metavar="PATH",
                        help="what `whosaid extract` reads: page text, JSONL corpora, HTML pages, feeds, WARC "
                             "archives, URL lists, directories, URLs, - for stdin")
    _db(ingest)
    ingest.add_argument("--records", action="store_true",
                        help="the inputs are records already made by `whosaid extract --format jsonl`")
    ingest.add_argument("--no-site-boilerplate", action="store_true",
                        help="do not mark lines repeated across a site's articles as boilerplate")
    add_input_arguments(ingest)
    add_stage_argument(ingest)
    ingest.set_defaults(run=_plain_errors(cmd_ingest))

    search = commands.add_parser("search", help="statements (or articles) by words in any form, and filters")
    _search(search)
    search.add_argument("--articles", action="store_true", help="find articles, not statements")
    search.add_argument("--sort", choices=["relevance", "date"], default="relevance",
                        help="best match first (the default when there is a query) or latest first")
    _paging(search)
    search.set_defaults(run=_plain_errors(cmd_search))

    trace = commands.add_parser("trace", help="where a statement came from: every report of it, earliest first, "
                                              "with the words changed in its quotes marked")
    trace.add_argument("statement", metavar="WORDS_OR_ID",
                       help="words of the statement in any form (`переговоры под давлением`), or a statement id")
    _db(trace)
    trace.add_argument("--speaker", help="only a statement of this speaker (a name in any form, or an identity id)")
    _format(trace)
    trace.set_defaults(run=_plain_errors(cmd_trace))

    speakers = commands.add_parser("speakers", help="speakers ranked by their statements")
    _db(speakers)
    speakers.add_argument("--query", help="only statements with these words")
    _filters(speakers)
    _paging(speakers)
    speakers.set_defaults(run=_plain_errors(cmd_speakers))

    speaker = commands.add_parser("speaker", help="one speaker: names, roles, statements over time, whom about")
    speaker.add_argument("name", help="a name in any form (`Захаровой`, `М. Захарова`) or an identity id")
    _db(speaker)
    speaker.add_argument("--latest", type=whole_argument(), default=10,
                         help="how many of the latest statements to show")
    _format(speaker)
    speaker.set_defaults(run=_plain_errors(cmd_speaker))

    events = commands.add_parser("events", help="events: talks, meetings, court cases, detentions, attacks, ... "
                                                "with participants and their roles")
    events.add_argument("query", nargs="?", help="only events of articles with these words")
    _db(events)
    events.add_argument("--type", help="the event type (talks, meeting, court, detention, attack, ...)")
    events.add_argument("--participant", help="a participant's name in any form (`Рябкова`, `С. Рябков`)")
    events.add_argument("--role", help="only events with a participant (the one --participant names, if given) "
                                       "in this role: court, defendant, detained, attacker, target, ...")
    events.add_argument("--place", help="where, in any form")
    _dates(events)
    _paging(events)
    events.set_defaults(run=_plain_errors(cmd_events))

    export = commands.add_parser("export", help="statements, mentions, roles, events, articles or records to a file")
    _db(export)
    export.add_argument("what", nargs="?", default="statements", choices=[*KINDS, "records"],
                        help="what to export (default: statements)")
    export.add_argument("--format", choices=FORMATS, default="jsonl",
                        help="jsonl, csv (UTF-8 with BOM, for spreadsheets) or parquet")
    export.add_argument("-o", "--output", help="the file to write (default: standard output)")
    export.add_argument("--query", help="statements only: with these words")
    _filters(export)
    export.set_defaults(run=_plain_errors(cmd_export))

    identities = commands.add_parser("identities", help="people and organisations across articles; merge, split")
    _db(identities)
    identities.add_argument("--type", choices=["PER", "ORG", "LOC"], help="only this type")
    identities.add_argument("--name", help="only identities this name may stand for, in any form, with initials")
    action = identities.add_mutually_exclusive_group()
    action.add_argument("--splits", action="store_true", help="people who share a surname but were kept apart")
    action.add_argument("--merge", nargs="+", type=whole_argument(), metavar="ID",
                        help="merge the identities after the first into the first")
    action.add_argument("--split", nargs=2, metavar=("ID", "KEY"),
                        help="give one name key of an identity an identity of its own")
    _paging(identities, limit=50)
    identities.set_defaults(run=_plain_errors(cmd_identities))

    watch = commands.add_parser("watch", help="saved searches: what is new since the last run; a feed, a webhook")
    actions = watch.add_subparsers(dest="action", required=True)
    add = actions.add_parser("add", help="save a search as a watch: the filters of `search`")
    add.add_argument("name", help="letters, digits, - and _: the feed is /watch/NAME.atom")
    _search(add)
    add.add_argument("--webhook", metavar="URL", help="POST each run's new statements to this URL, as JSON")
    add.set_defaults(run=_plain_errors(cmd_watch_add))
    listing = actions.add_parser("list", help="the watches: filters, webhook, last run")
    _db(listing)
    _format(listing)
    listing.set_defaults(run=_plain_errors(cmd_watch_list))
    remove = actions.add_parser("remove", help="forget a watch and what it delivered")
    remove.add_argument("name")
    _db(remove)
    remove.set_defaults(run=_plain_errors(cmd_watch_remove))
    run = actions.add_parser("run", help="print what is new in each watch (or one) since its last run")
    run.add_argument("name", nargs="?", help="only this watch")
    _db(run)
    _format(run)
    run.set_defaults(run=_plain_errors(cmd_watch_run))


def _plain_errors(command):
    """A bad filter, a missing store or driver, a database error: one line on stderr, exit status 2."""
    @wraps(command)
    def run(args) -> int:
        try:
            return command(args)
        except (ValueError, RuntimeError, sqlite3.Error) as error:
            print(f"whosaid {args.command}: {error}", file=sys.stderr)
            return 2
        except Exception as error:
            if type(error).__module__.startswith("psycopg"):
                print(f"whosaid {args.command}: {str(error).strip()}", file=sys.stderr)
                return 2
            raise
    return run


def _db(parser) -> None:
    parser.add_argument("--db", default=DEFAULT_DB,
                        help=f"an SQLite file or a postgresql:// URL (default: ./{DEFAULT_DB})")


def _dates(parser) -> None:
    parser.add_argument("--since", help="from this day, month or year (YYYY[-MM[-DD]])")
    parser.add_argument("--until", help="to this day, month or year, inclusive")
    parser.add_argument("--source", help="only this outlet, in any case (sputnik, ТАСС, ...)")
    parser.add_argument("--duplicates", action="store_true", help="include near-duplicate copies")


def _filters(parser) -> None:
    parser.add_argument("--speaker", help="a speaker's name in any form (`Захаровой`, `М. Захарова`) or identity id")
    parser.add_argument("--org", dest="organization",
                        help="speakers with a role in this organisation, or the organisation itself")
    parser.add_argument("--about", help="statements whose content mentions this person, organisation or place, "
                                        "by any of its names, in any form, or identity id")
    parser.add_argument("--type", choices=STATEMENT_TYPES, help="the statement type")
    parser.add_argument("--kind", help=f"the speaker's kind: {', '.join(SPEAKER_KINDS)}")
    parser.add_argument("--first-only", action="store_true",
                        help="one statement per utterance reported (its cluster, see `whosaid trace`): the earliest "
                             "report that matches")
    _dates(parser)


def _search(parser) -> None:
    """What a search is asked (`search`, `watch add`): its words, the store and the filters."""
    parser.add_argument("query", nargs="?", help="words in any form: `гарантий безопасности`")
    _db(parser)
    _filters(parser)


def _format(parser) -> None:
    parser.add_argument("--format", choices=["text", "jsonl"], default="text",
                        help="text for a person (the default) or jsonl")


def _paging(parser, limit: int = 20) -> None:
    parser.add_argument("--limit", type=positive, default=limit, help=f"how many (default {limit})")
    parser.add_argument("--offset", type=whole_argument(), default=0, help="skip this many first")
    _format(parser)


def filters_of(args) -> Filters:
    return Filters(**{f.name: getattr(args, f.name) for f in dataclasses.fields(Filters)
                      if getattr(args, f.name, None) is not None})


# ingest

def read_records(paths: list[str]) -> Iterator[tuple[str, Article] | InputError]:
    """Records written by `whosaid extract --format jsonl` (files, .jsonl.gz, - for stdin), each with
    the line it was read from."""
    for path in paths:
        try:
            if path == "-":
                handle = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8-sig")
            elif path.endswith(".gz"):
                handle = gzip.open(path, "rt", encoding="utf-8-sig")
            else:
                handle = open(path, encoding="utf-8-sig")
        except OSError as error:
            yield InputError(path, error.strerror or str(error))
            continue
        with handle:
            try:
                for lineno, line in enumerate(handle, 1):
                    if line.strip():
                        yield _record(line, f"{path}:{lineno}")
            except (OSError, EOFError, UnicodeDecodeError) as error:
                yield InputError(path, f"unreadable ({error})")


def _record(line: str, where: str) -> tuple[str, Article] | InputError:
    try:
        article = Article.from_json(line)
    except (ValueError, TypeError, AttributeError) as error:
        return InputError(where, f"not a whosaid record ({error})")
    if not isinstance(article.text, str) or not isinstance(article.id, str):
        return InputError(where, "not a whosaid record (no id or text)")
    return where, article


def cmd_ingest(args) -> int:
    items: Iterator[tuple[str, Article, Optional[str]] | InputError | None]
    if args.records:
        items = (item if isinstance(item, InputError) else (*item, None) for item in read_records(args.paths))
        total = _count(read_records, args.paths)
    else:
        pipeline = Pipeline.default(args.stages)  # an unknown stage is refused before the store is made
        total = _count(lambda paths: read_inputs(paths, args.input_format), args.paths)
    counts = {"added": 0, "replaced": 0, "unchanged": 0, "skipped": 0}
    progress = Progress(total=total)
    progress.note("reading the inputs, loading the models...")
    with Store.open(args.db) as store:
        if not args.records:
            items = _analysed(args, pipeline, store)
        try:
            for item in items:
                if item is None:
                    counts["unchanged"] += 1
                elif isinstance(item, InputError):
                    counts["skipped"] += 1
                    report(item)
                else:
                    where, article, fingerprint = item
                    try:
                        counts[store.add(article, fingerprint)] += 1
                    except ValueError as error:  # a record whose spans do not fit its text
                        counts["skipped"] += 1
                        report(InputError(where, f"not stored ({error})"))
                progress.advance(1)
        finally:
            progress.close()
        if counts["added"] + counts["replaced"]:
            store.analyze()
    print(f"whosaid: {', '.join(f'{n} {what}' for what, n in counts.items())} ({args.db})", file=sys.stderr)
    stored = counts["added"] + counts["replaced"] + counts["unchanged"]
    return 0 if stored or not counts["skipped"] else 1


def _analysed(args, pipeline: Pipeline, store: Store) -> Iterator[tuple[str, Article, str] | InputError | None]:
    """The inputs' records, each with where it came from and its input's fingerprint; None for an input
    whose record the store made from the same fingerprint: it is not analysed again."""
    for item in sources(args.paths, args.input_format, pipeline, learn_boilerplate=not args.no_site_boilerplate,
                        options=options_from_args(args)):
        if isinstance(item, InputError):
            yield item
            continue
        source, site_pipeline = item
        fingerprint = site_pipeline.fingerprint(source)
        if store.analysed(source.id, fingerprint):
            yield None
            continue
        article = analyse(site_pipeline, source)
        yield article if isinstance(article, InputError) else (article.origin or article.id, article, fingerprint)


def _count(reader, paths: list[str]) -> Optional[int]:
    """How many inputs there are, for the progress bar, when a terminal shows it and the inputs are
    JSONL files, cheap to read twice (not pages, archives or URLs)."""
    if not sys.stderr.isatty() or not all(p.endswith((".jsonl", ".jsonl.gz", ".ndjson")) for p in paths):
        return None
    return sum(1 for _ in reader(paths))


# queries

def _jsonl(rows) -> None:
    for row in rows:
        print(json.dumps(dataclasses.asdict(row), ensure_ascii=False))


def _listed(page: Page, fmt: str, show: Callable[[list], None], what: str, note: str = "") -> int:
    """A page of a list: jsonl, or text ending with where the page stands (`1–20 of 312; --offset 20
    for more`) and then `note`, what the list leaves out. A query that found nothing says so on stderr
    (still a success)."""
    if fmt == "jsonl":
        _jsonl(page.items)
    else:
        show(page.items)
        if page.total:
            more = f"; --offset {page.next_offset} for more" if page.next_offset is not None else ""
            print(f"{page.summary()}{more}")
        if note:
            print(note)
    if not page.total:
        print(f"no {what} found", file=sys.stderr)
    return 0


def cmd_search(args) -> int:
    filters = filters_of(args)
    with Store.open(args.db, create=False) as store:
        if args.articles:
            return _listed(store.articles_page(filters, args.limit, args.offset, args.sort), args.format,
                           _show_articles, "articles")
        return _listed(store.search_page(filters, args.limit, args.offset, args.sort), args.format,
                       _show_statements, "statements")


def _show_articles(found: list[ArticleHit]) -> None:
    for hit in found:
        print(f"{day_or_unknown(hit.published)}  {hit.source or '-'}  {hit.id}\n    {hit.title or '(no title)'}"
              f"{'  [' + plural(hit.statements, 'statement') + ']' if hit.statements else ''}")


def _show_statements(found: list[StatementHit]) -> None:
    for hit in found:
        said = hit.identity or hit.speaker
        print(f"{day_or_unknown(hit.published)}  {hit.source or '-'}  {said} ({hit.type}"
              f"{', ' + hit.cue if hit.cue else ''})\n    {as_said(hit.type, hit.content)}\n"
              f"    {hit.article_id} [{hit.start}:{hit.end}]")


def cmd_trace(args) -> int:
    """A statement id traces its cluster; words trace the one cluster whose statements have them all,
    and name the clusters (by the id of their earliest match) when several have."""
    wanted = args.statement.strip()
    with Store.open(args.db, create=False) as store:
        if wanted.isascii() and wanted.isdigit():
            found = store.trace(whole_number(wanted, what="statement"))
            if found is None:
                print(f"whosaid trace: no statement {wanted} in {args.db}", file=sys.stderr)
                return 1
        else:
            page = store.search_page(Filters(query=wanted, speaker=args.speaker, duplicates=True, first_only=True),
                                     limit=10)
            if not page.items:
                of = f" of {args.speaker!r}" if args.speaker else ""
                print(f"whosaid trace: no statement{of} has the words {wanted!r}", file=sys.stderr)
                return 1
            if page.total > 1:
                clusters = [(hit, store.trace(hit.id)) for hit in page.items]
                if args.format == "jsonl":
                    _jsonl(each for _, each in clusters if each is not None)
                    return 0
                print(f"{page.in_all()} clusters have the words {wanted!r}; trace one by a statement id:")
                for hit, each in clusters:
                    print(f"  {hit.id:>6}  {day_or_unknown(hit.published)}  {hit.source or '-'}  "
                          f"{hit.identity or hit.speaker}  {plural(len(each.reports) if each else 1, 'report')}  "
                          f"{shortened(as_said(hit.type, hit.content), 70)}")
                return 0
            found = store.trace(page.items[0].id)
    if found is None:  # removed since it was found
        print(f"whosaid trace: the statement of {wanted!r} is no longer in {args.db}", file=sys.stderr)
        return 1
    if args.format == "jsonl":
        _jsonl([found])
    else:
        _show_trace(found)
    return 0


def _show_trace(found: Trace) -> None:
    """The reports as a timeline: when, outlet, type and form, the words with their changes marked."""
    first = found.reports[0]
    altered = f"; {plural(found.altered, 'altered quote')}" if found.altered else ""
    where = f" (cluster {found.cluster_id})" if found.cluster_id is not None else " (no speaker identity: no cluster)"
    print(f"{found.speaker}: {plural(len(found.reports), 'report')}, first by {first.source or 'an unnamed outlet'} "
          f"{moment_or_unknown(first.published)}{altered}{where}")
    for each in found.reports:
        against = f" against #{each.compared_with}" if each.compared_with is not None else ""
        print(f"{moment_or_unknown(each.published)}  {each.source or '-'}  {each.type}, "
              f"{each.form or 'not compared'}{against}  #{each.statement_id}\n"
              f"    {as_said(each.type, with_changes(each.pieces))}\n"
              f"    {each.article_id} [{each.start}:{each.end}]")


def cmd_speakers(args) -> int:
    filters = filters_of(args)
    with Store.open(args.db, create=False) as store:
        page = store.speakers_page(filters, args.limit, args.offset)
        outlets = store.unranked_outlets(filters) if args.format == "text" else 0

    def show(found: list[SpeakerRow]) -> None:
        for rank, row in enumerate(found, args.offset + 1):
            roles = f" — {'; '.join(row.roles)}" if row.roles else ""
            print(f"{rank:3}. {row.name} ({row.type}, id {row.identity_id}){roles}\n"
                  f"     {plural(row.statements, 'statement')} in {plural(row.articles, 'article')}, "
                  f"{reported_when(row.statements, row.first, row.last, row.undated)}")
    note = (f"{plural(outlets, 'news outlet')} not ranked (their credits mostly relay others): "
            "--kind outlet lists them") if outlets else ""
    return _listed(page, args.format, show, "speakers", note)


def cmd_speaker(args) -> int:
    with Store.open(args.db, create=False) as store:
        found = store.speaker(args.name, args.latest)
    if found is None:
        print(f"whosaid: no speaker {args.name!r} in {args.db}", file=sys.stderr)
        return 1
    if args.format == "jsonl":
        _jsonl([found])
        return 0
    print(f"{found.name} ({found.type}, id {found.identity_id})")
    if found.aliases:
        print(f"  also: {', '.join(found.aliases)}")
    print(f"  keys: {', '.join(found.keys)}")
    if found.roles:
        print("  roles:")
        for title, organization, first, last, articles, undated in found.roles:
            print(f"    {describe_role(title, organization)}  ({plural(articles, 'article')}, "
                  f"{reported_when(articles, first, last, undated)})")
    if found.timeline or found.undated:
        print("  statements by the month they were reported:")
        for month, count in [*found.timeline, *([("undated", found.undated)] if found.undated else [])]:
            print(f"    {month:<7}  {'█' * min(count, 50)} {count}")
    if found.about:
        print("  talks about: " + ", ".join(f"{name} ({count})" for _, name, _, count in found.about))
    if found.statements:
        print("  latest statements:")
        for hit in found.statements:
            print(f"    {day_or_unknown(hit.published)} {hit.source or '-'} {as_said(hit.type, hit.content)}  "
                  f"{hit.article_id} [{hit.start}:{hit.end}]")
    return 0


def cmd_events(args) -> int:
    filters = Filters(query=args.query, since=args.since, until=args.until, source=args.source,
                      duplicates=args.duplicates)
    with Store.open(args.db, create=False) as store:
        page = store.events_page(filters, args.type, args.participant, args.place, args.limit, args.offset,
                                 args.role)
    return _listed(page, args.format, _show_events, "events")


def _show_events(found: list[EventRow]) -> None:
    for row in found:
        when = event_when(row.date_start, row.date_end, row.published)
        print(f"{when}  {row.type}{' in ' + row.place if row.place else ''}"
              f"{' (' + row.status + ')' if row.status else ''}: {_participants(row) or '-'}\n"
              f"    «{row.trigger}» {row.article_id} [{row.trigger_start}:{row.trigger_end}] {row.source or ''}")


def _participants(row) -> str:
    """`Тверской районный суд Москвы (court), Владимир Воронцов (defendant)`."""
    return ", ".join(in_role(p.name, p.role) for p in row.participants)


def cmd_export(args) -> int:
    filters = filters_of(args)
    with Store.open(args.db, create=False) as store:
        if args.format == "parquet":
            count = store.export(args.what, "parquet", None, filters, path=args.output)
        elif args.output:
            with open(args.output, "w", encoding="utf-8", newline="") as out:
                count = store.export(args.what, args.format, out, filters)
        else:
            out = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="")
            count = store.export(args.what, args.format, out, filters)
            out.flush()
            out.detach()
    print(f"whosaid: exported {count} {args.what}{' to ' + args.output if args.output else ''}", file=sys.stderr)
    return 0


def cmd_identities(args) -> int:
    with Store.open(args.db, create=False) as store:
        if args.merge:
            if len(args.merge) < 2:
                raise ValueError("--merge takes the identity to keep, then the ones to merge into it")
            shown = [store.merge(args.merge[0], args.merge[1:])]
        elif args.split:
            shown = [store.split(whole_number(args.split[0], what="identity"), args.split[1])]
        elif args.splits:
            pairs = store.possible_splits(args.limit)
            if args.format == "jsonl":
                for a, b in pairs:
                    print(json.dumps([dataclasses.asdict(a), dataclasses.asdict(b)], ensure_ascii=False))
            for a, b in pairs if args.format == "text" else ():
                print(f"{_identity(a)}\n  and {_identity(b)}\n  merge: whosaid identities --merge {a.id} {b.id}")
            return 0
        else:
            shown = store.identities(args.type, args.name, args.limit, args.offset)
    if args.format == "jsonl":
        _jsonl(shown)
    for row in shown if args.format == "text" else ():
        print(_identity(row))
    return 0


def _identity(row) -> str:
    return (f"{row.id:6}  {row.type}  {row.name}  ({plural(row.statements, 'statement')}, "
            f"{plural(row.articles, 'article')}; "
            f"keys: {', '.join(row.keys)})")


# watches

def cmd_watch_add(args) -> int:
    with Store.open(args.db, create=False) as store:
        watch = store.add_watch(args.name, filters_of(args), args.webhook)
    print(f"whosaid: watch {watch.name}: {describe(watch.filters)}"
          f"{'; webhook ' + watch.webhook if watch.webhook else ''} ({args.db})", file=sys.stderr)
    return 0


def cmd_watch_list(args) -> int:
    with Store.open(args.db, create=False) as store:
        found = store.watches()
    if args.format == "jsonl":
        for watch in found:
            print(json.dumps({**dataclasses.asdict(watch), "filters": given(watch.filters)}, ensure_ascii=False))
    for watch in found if args.format == "text" else ():
        print(f"{watch.name}  {describe(watch.filters)}\n    {plural(watch.delivered, 'statement')} delivered, "
              f"last run {watch.last_run or 'never'}{'; webhook ' + watch.webhook if watch.webhook else ''}")
    if not found:
        print(f"no watches in {args.db}: add one with `whosaid watch add NAME [QUERY] --speaker ...`", file=sys.stderr)
    return 0


def cmd_watch_remove(args) -> int:
    with Store.open(args.db, create=False) as store:
        store.remove_watch(args.name)
    print(f"whosaid: watch {args.name} removed ({args.db})", file=sys.stderr)
    return 0


def cmd_watch_run(args) -> int:
    """Each watch's news, printed, then POSTed to its webhook if it has one; recorded as delivered
    once printed (with a webhook: once it answered 2xx). A watch whose filters fail now (a name that
    has come to fit two identities) is one line, and the others run."""
    status = 0
    with Store.open(args.db, create=False) as store:
        names = [args.name] if args.name else [watch.name for watch in store.watches()]
        if not names:
            print(f"no watches in {args.db}: add one with `whosaid watch add NAME [QUERY] --speaker ...`",
                  file=sys.stderr)
        for name in names:
            try:
                news = store.watch_news(name)
            except ValueError as error:
                if args.name:
                    raise
                print(f"whosaid watch: {name}: {error}", file=sys.stderr)
                status = 2
                continue
            _show_news(news, args.format)
            if news.watch.webhook is None:
                store.mark_delivered(news, news.items)
                continue
            sent: list = []

            def delivered(batch: list, news: News = news) -> None:
                store.mark_delivered(news, batch)
                sent.extend(batch)
            failure = post(news, Webhook(), delivered)
            store.mark_delivered(news, [])  # the repeats and the run, whatever the webhook said
            if failure is not None:
                print(f"whosaid watch: {name}: webhook {news.watch.webhook} failed: {failure}; "
                      f"{plural(len(news.items) - len(sent), 'statement')} will be sent again on the next run",
                      file=sys.stderr)
                status = max(status, 1)
    return status


def _show_news(news: News, fmt: str) -> None:
    name = news.watch.name
    if fmt == "jsonl":
        for item in news.items:
            print(json.dumps(item.to_dict(name), ensure_ascii=False))
    elif news.items:
        print(f"== {name}: {plural(len(news.items), 'new statement')}")
        _show_statements([item.statement for item in news.items])
    if not news.items:
        print(f"{name}: nothing new", file=sys.stderr)
