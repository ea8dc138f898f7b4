"""Statement clusters: the reports of one utterance across articles, which came first, and which
changed the words inside the quotation marks.

One utterance is reported many times, days apart: quoted verbatim in one article, trimmed in another,
retold in a third (`«Мы не будем вести переговоры под давлением»`, said; `Россия не будет вести
переговоры под давлением`, retold), sometimes with words changed inside the quotation marks. Two
statements report one utterance when
- they are one speaker's (`statements.identity_id`; a statement with no identity is in no cluster),
- their articles are dated at most `WINDOW_DAYS` apart (an undated article is no evidence either way),
- they share a shingle: two content lemmas (`gist`) at most `SHINGLE_SPAN` apart among them, in
  either order, which is what the index finds them by, and
- at least `MIN_SHARE` of the content lemmas of the one with fewer are the other's too: a trimmed
  excerpt is all in its original, a paraphrase keeps the quote's content words whatever person and
  grammar it retells them in; one of fewer than `MIN_LEMMAS` content lemmas joins only the same set.
A cluster is every statement such pairs join (single linkage): the same whatever the order the
articles were ingested in. It is named by the smallest id of its statements.

The reports of a cluster are ordered by when they appeared (`appeared`: a date alone at the end of
its day; ties by article id, then place in the article); the first is its earliest report. Each
quote is set against the direct reports before it (`variant`), those of one wording with it
(`Alignment.one_wording`: not another passage of the utterance, nor a headline's own words), in
that order: it is `altered` when it adds, drops or changes words inside the quotation marks against
the first of them that quotes those words (a trimmed quote may be the earliest, and a later one
altered beyond it), `verbatim` when it has the words of one of them (or there is none: it is the
first of its wording), else an `excerpt` (a part of theirs, trimmed or cut at an ellipsis, or more
of them). A mixed statement's quoted words are set against them so; an indirect statement is a
`paraphrase`, not compared word by word. Words are compared as written (lower case, `ё` as `е`):
`будут` for `будем` inside quotation marks is a change.

At ingest (`attach`) a statement's shingles are looked up in `statement_shingles`, indexed by speaker
and shingle, so only those of the speaker's statements that share one are read. An article replaced
or removed leaves its clusters first (`detach`); they are formed again from the reports left
(`reform`): a cluster that held together only through a removed report splits, and its earliest is
recomputed. Merging or splitting identities builds their clusters again (`rebuild`), as the migration
does for a store written before clusters were.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from difflib import SequenceMatcher
from functools import cached_property, lru_cache
from typing import Callable, Iterable, NamedTuple, Optional, Sequence

from .. import lexicon
from ..marks import quotations
from ..model import Span
from ..morph import content_lemma, fold
from . import words
from .backends import Backend

WINDOW_DAYS = 30    # reports of one utterance: articles dated at most this many days apart
SHINGLE_SPAN = 1    # a shingle: two content lemmas at most this many apart among the statement's content lemmas
MIN_SHARE = 0.6     # of the content lemmas of the shorter statement, the share the other must hold
MIN_LEMMAS = 3      # a statement with fewer content lemmas joins only one with the same ones
ONE_WORDING = 2 / 3  # of the shorter quote's words, the share two quotes' words must align to be compared
ELLIPSIS = ("...", "…")  # where a quote marks words it leaves out


@lru_cache(maxsize=10_000)  # copies of one report have the same words
def gist(content: str) -> tuple[str, ...]:
    """A statement's content lemmas in order: its words less those with no content of their own
    (`morph.content_lemma`) and the copulas (`быть`, `являться`)."""
    copulas = lexicon.words("copulas")
    return tuple(lemma for word in words.words(content)
                 if (lemma := content_lemma(word)) is not None and lemma not in copulas)


@lru_cache(maxsize=100_000)
def stable_hash(lemma: str) -> int:
    """A lemma's 32-bit hash, the same in every process (not `hash`)."""
    return zlib.crc32(lemma.encode("utf-8"))


@lru_cache(maxsize=20_000)  # copies of one report have the same lemmas
def shingles(lemmas: tuple[str, ...]) -> frozenset[int]:
    """The pairs of content lemmas at most `SHINGLE_SPAN` apart, in either order, hashed (their
    lemmas' hashes, the lower first, mixed into 32 bits, signed to fit an INTEGER column); a lone
    lemma is a shingle of its own."""
    hashes = [stable_hash(lemma) for lemma in lemmas]
    if len(hashes) == 1:
        mixed = hashes
    else:
        mixed = [(min(a, b) * 0x9E3779B1 ^ max(a, b)) & 0xFFFFFFFF
                 for step in range(1, SHINGLE_SPAN + 1) for a, b in zip(hashes, hashes[step:])]
    return frozenset(value - (1 << 32) if value >= 1 << 31 else value for value in mixed)


def _day(value: Optional[str]) -> Optional[date]:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


@dataclass(eq=False)
class Said:
    """A statement as clustering sees it: when it was reported, and its content lemmas."""
    id: int
    day: Optional[str]
    lemmas: tuple[str, ...]

    @cached_property
    def shingles(self) -> frozenset[int]:
        return shingles(self.lemmas)

    @cached_property
    def lemma_set(self) -> frozenset[str]:
        return frozenset(self.lemmas)


def within_window(a: Optional[str], b: Optional[str]) -> bool:
    first, second = _day(a), _day(b)
    return first is None or second is None or abs((first - second).days) <= WINDOW_DAYS


def same_utterance(a: Said, b: Said) -> bool:
    """Whether two statements of one speaker report one utterance (see the module's docstring)."""
    if a.shingles.isdisjoint(b.shingles) or not within_window(a.day, b.day):
        return False
    fewer, more = sorted((a.lemma_set, b.lemma_set), key=len)
    if len(fewer) < MIN_LEMMAS:
        return fewer == more
    return len(fewer & more) >= MIN_SHARE * len(fewer)


def components(statements: Sequence[Said]) -> list[list[Said]]:
    """The statements as the groups `same_utterance` joins, each in the order given; the pairs tried
    are those that share a shingle."""
    parent = list(range(len(statements)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    having: dict[int, list[int]] = {}
    for i, said in enumerate(statements):
        for j in sorted({j for shingle in said.shingles for j in having.get(shingle, ())}):
            if root(i) != root(j) and same_utterance(said, statements[j]):
                parent[root(i)] = root(j)
        for shingle in said.shingles:
            having.setdefault(shingle, []).append(i)
    groups: dict[int, list[Said]] = {}
    for i, said in enumerate(statements):
        groups.setdefault(root(i), []).append(said)
    return list(groups.values())


# Comparing a quote with the reports before it

@dataclass
class Piece:
    """A stretch of a report's text as compared with an earlier quote: `same` words (or the spaces
    and marks between them), words `added` or `dropped` inside the quotation marks (changed words are
    the old dropped, then the new added), and words `outside` them (a paraphrase's, or a mixed
    statement's own), not compared."""
    kind: str
    text: str


def _pieces(found: Iterable[Piece]) -> list[Piece]:
    """Pieces with text, neighbours of one kind joined."""
    joined: list[Piece] = []
    for piece in found:
        if not piece.text:
            continue
        if joined and joined[-1].kind == piece.kind:
            joined[-1] = Piece(piece.kind, joined[-1].text + piece.text)
        else:
            joined.append(piece)
    return joined


class Alignment:
    """A quote's words aligned with an earlier quote's (lower case, `ё` as `е`): which are the same,
    which were changed, and which it quotes beyond them."""

    def __init__(self, earlier: str, quoted: str):
        self.given = [(m.group(), fold(m.group())) for m in words.WORD.finditer(earlier)]
        self.quoted = quoted
        self.tokens = list(words.WORD.finditer(quoted))
        theirs, ours = [folded for _, folded in self.given], [fold(m.group()) for m in self.tokens]
        self.same = theirs == ours
        matcher = SequenceMatcher(None, theirs, ours, autojunk=False)
        self.matched = [] if self.same else [block for block in matcher.get_matching_blocks() if block.size]
        self.operations = [("equal", 0, len(theirs), 0, len(ours))] if self.same else matcher.get_opcodes()

    def one_wording(self) -> bool:
        """Whether the two quote one wording: at least `ONE_WORDING` of the shorter's words align (not
        another passage of the utterance, or a headline's own words)."""
        shorter = min(len(self.given), len(self.tokens))
        return self.same or shorter > 0 and sum(b.size for b in self.matched) >= ONE_WORDING * shorter

    def covered(self) -> range:
        """The quote's words from the first to the last that align: those the earlier quote quotes too."""
        return range(self.matched[0].b, self.matched[-1].b + self.matched[-1].size) if self.matched else range(0)

    def changes(self) -> list[tuple[str, int, int, int, int]]:
        """The operations that alter: words added, dropped or changed, not where the quote starts or
        ends (a trim, or more of the utterance: the earlier quote may be the trimmed one), nor words
        left out where the quote shows an ellipsis."""
        found: list[tuple[str, int, int, int, int]] = []
        for at, (operation, i1, i2, j1, j2) in enumerate(self.operations):
            at_an_end = at in (0, len(self.operations) - 1)
            elided = operation == "delete" and 0 < j1 < len(self.tokens) and any(
                mark in self.quoted[self.tokens[j1 - 1].end():self.tokens[j1].start()] for mark in ELLIPSIS)
            if operation != "equal" and not (at_an_end and operation in ("delete", "insert")) and not elided:
                found.append((operation, i1, i2, j1, j2))
        return found

    def pieces(self) -> list[Piece]:
        """The quote's text, its changes marked."""
        quoted, tokens, found, cursor = self.quoted, self.tokens, [], 0
        changed = {(j1, j2, i1, i2) for _, i1, i2, j1, j2 in self.changes()}
        for _, i1, i2, j1, j2 in self.operations:
            if (j1, j2, i1, i2) in changed:
                if j1 < len(tokens):
                    found.append(Piece("same", quoted[cursor:tokens[j1].start()]))
                    cursor = tokens[j1].start()
                if i1 < i2:
                    found.append(Piece("dropped", " ".join(text for text, _ in self.given[i1:i2])))
                    if j1 == j2 and j1 < len(tokens):  # words dropped between two kept: a space before the next
                        found.append(Piece("same", " "))
            for token in tokens[j1:j2]:
                found.append(Piece("same", quoted[cursor:token.start()]))
                found.append(Piece("added" if (j1, j2, i1, i2) in changed else "same", token.group()))
                cursor = token.end()
        found.append(Piece("same", quoted[cursor:]))
        return _pieces(found)


def _against(earlier: Sequence[tuple[int, str]], quoted: str) -> Optional[tuple[str, int, list[Piece]]]:
    """A quote against the earlier direct reports (id, words) in the order they appeared, those of
    one wording with it: `altered` when it changes words of the first that quotes them (shown against
    that one), `verbatim` when it is the same as one, else `excerpt` (shown against the first); None
    when none is of its wording. Each report is the reference for the words it quotes that no report
    before it quotes: a trimmed quote may be the earliest, and a later quote altered beyond it."""
    first = None
    covered: set[int] = set()
    for statement, words_said in earlier:
        alignment = Alignment(words_said, quoted)
        if not alignment.one_wording():
            continue
        if alignment.same:
            return "verbatim", statement, alignment.pieces()
        for _, _, _, j1, j2 in alignment.changes():
            touched = range(j1, j2) if j2 > j1 else (j1 - 1, j1)
            if not covered.issuperset(touched):
                return "altered", statement, alignment.pieces()
        first = first or ("excerpt", statement, alignment.pieces())
        covered.update(alignment.covered())
    return first


def variant(kind: str, content: str, earlier: Sequence[tuple[int, str]]) -> tuple[Optional[str], Optional[int],
                                                                                  list[Piece]]:
    """A report's form (`verbatim`, `excerpt`, `altered`, `paraphrase`), the earlier direct report it was
    compared with, and its text in pieces. A direct quote of one wording with no earlier one is the
    first of it: `verbatim`; a mixed statement's quoted words are compared as quotes are, and with none
    of one wording it is not compared (None)."""
    if kind == "indirect":
        return "paraphrase", None, _pieces([Piece("outside", content)])
    if kind == "direct":
        compared = _against(earlier, content)
        return compared or ("verbatim", None, _pieces([Piece("same", content)]))
    found: list[Piece] = []
    forms, cursor, reference = set(), 0, None
    for quotation in quotations(content, [Span.of(content, 0, len(content))]):
        if quotation.depth:
            continue
        found.append(Piece("outside", content[cursor:quotation.inner_start]))
        inside = content[quotation.inner_start:quotation.inner_end]
        compared = _against(earlier, inside)
        if compared is None:
            found.append(Piece("same", inside))
        else:
            forms.add(compared[0])
            reference = reference or compared[1]
            found += compared[2]
        cursor = quotation.inner_end
    found.append(Piece("outside", content[cursor:]))
    form = "altered" if "altered" in forms else "excerpt" if forms else None
    return form, reference, _pieces(found)


# The order of the reports

def appeared(published: Optional[str]) -> tuple:
    """When a report appeared, for ordering: at its time (in UTC when the time gives its zone); a date
    alone at the end of its day, the latest it can have appeared, so that a report known to have
    appeared earlier that day comes first; undated after all dated ones."""
    try:
        when = datetime.fromisoformat(published) if published else None
    except ValueError:
        when = None
    if when is None or published is None:
        return (1, datetime.min)
    if len(published) <= 10:
        return (0, datetime.combine(when.date(), time.max))
    if when.tzinfo is not None:
        when = when.astimezone(timezone.utc).replace(tzinfo=None)
    return (0, when)


class Member(NamedTuple):
    """A report in a cluster, as ordering and comparing it needs."""
    id: int
    type: str
    content: str
    published: Optional[str]
    article_id: str
    position: int


def timeline_order(member: Member) -> tuple:
    return appeared(member.published), member.article_id, member.position


def compared(ordered: Sequence[Member], wanted: Callable[[int], bool] = lambda rank: True
             ) -> list[Optional[tuple[Optional[str], Optional[int], list[Piece]]]]:
    """`variant` of each report of a cluster in timeline order (of those `wanted` by rank; None for the
    others), against the direct ones before it. A copy of an earlier quote is `verbatim` against it, or
    altered as that one is: set against the quotes before that one, it is that one."""
    earlier: dict[str, tuple[int, int]] = {}  # each quote's text: its first report, how many texts came before
    firsts: dict[str, tuple[Optional[str], Optional[int], list[Piece]]] = {}  # as its first report compares

    def before(count: int) -> list[tuple[int, str]]:
        return [(statement, text) for text, (statement, _) in list(earlier.items())[:count]]

    found: list[Optional[tuple[Optional[str], Optional[int], list[Piece]]]] = []
    for rank, member in enumerate(ordered):
        first = earlier.get(member.content) if member.type == "direct" else None
        if not wanted(rank):
            found.append(None)
        elif first is None:
            compared_here = variant(member.type, member.content, before(len(earlier)))
            found.append(compared_here)
            if member.type == "direct":
                firsts[member.content] = compared_here
        else:
            if member.content not in firsts:
                firsts[member.content] = variant("direct", member.content, before(first[1]))
            copied = firsts[member.content]
            found.append(copied if copied[0] == "altered" else
                         ("verbatim", first[0], _pieces([Piece("same", member.content)])))
        if member.type == "direct" and first is None:
            earlier[member.content] = (member.id, len(earlier))
    return found


# Keeping the clusters in the store

# A cluster is named by the smallest id of its statements: it needs no row of its own, and no two
# clusters have one name, statement ids being never given twice at once.

# Statements to cluster: their speaker, then what `Member` and `Said` need.
_STATEMENTS = ("SELECT s.identity_id, s.id, s.type, s.content, a.published, s.article_id, s.position, a.day "
               "FROM statements s JOIN articles a ON a.id = s.article_id")
# Clustered statements: the same, then their content lemmas, cluster, rank and form as stored.
_MEMBERS = ("SELECT s.identity_id, s.id, s.type, s.content, a.published, s.article_id, s.position, a.day, "
            "m.lemmas, m.cluster_id, m.rank, m.form FROM cluster_members m JOIN statements s ON s.id = m.statement_id "
            "JOIN articles a ON a.id = s.article_id")


@dataclass(eq=False)
class Clustered:
    """A statement to place in a cluster: what ordering and comparing it needs, its content lemmas,
    and its cluster, rank and form as stored (None for a statement not yet in one)."""
    member: Member
    said: Said
    stored: Optional[tuple[int, int, Optional[str]]] = None


def _new(row: Sequence) -> Clustered:
    """A row of `_STATEMENTS` (less its speaker) to cluster: its content lemmas read now."""
    member = Member(*row[:6])
    return Clustered(member, Said(member.id, row[6], gist(member.content)))


def _old(row: Sequence) -> Clustered:
    """A row of `_MEMBERS` (less its speaker), clustered before."""
    return Clustered(Member(*row[:6]), Said(row[0], row[6], tuple(row[7].split())), (row[8], row[9], row[10]))


def padded(values: Sequence) -> list:
    """Values for an IN list, the last repeated up to a power of two: a query is prepared once for each
    length, and there are few lengths."""
    size = 1 << max(len(values) - 1, 0).bit_length()
    return [*values, *[values[-1]] * (size - len(values))]


def _in_chunks(db: Backend, sql: str, values: list, params: Sequence = ()) -> list[tuple]:
    """The rows of `sql`, whose `{}` is an IN list of `values` (after `params`), asked 512 values at a
    time (SQLite takes a bounded number of parameters)."""
    rows: list[tuple] = []
    for at in range(0, len(values), 512):
        chunk = padded(values[at:at + 512])
        rows += db.query(sql.format(", ".join("?" * len(chunk))), [*params, *chunk])
    return rows


def _write(db: Backend, clusters: Iterable[list[Clustered]], compare_all: bool = False) -> None:
    """Name each cluster, order its reports and compare its quotes with the direct reports before
    them; write what changed. A report stored before is compared again only when a direct report new
    to its cluster came before it, or clusters were joined (or `compare_all`: some reports left)."""
    inserted, updated = [], []
    for cluster in clusters:
        name = min(c.member.id for c in cluster)
        ordered = sorted(cluster, key=lambda c: timeline_order(c.member))
        joined = len({c.stored[0] for c in cluster if c.stored is not None}) > 1
        new_direct = [rank for rank, c in enumerate(ordered) if c.stored is None and c.member.type == "direct"]
        again = 0 if compare_all or joined else min(new_direct, default=len(ordered))
        forms = compared([c.member for c in ordered], lambda rank: rank >= again or ordered[rank].stored is None)
        for rank, (clustered, form) in enumerate(zip(ordered, forms)):
            if clustered.stored is None:
                inserted.append((clustered.member.id, name, rank, form and form[0], " ".join(clustered.said.lemmas)))
                continue
            new = (name, rank, form[0] if form else clustered.stored[2])
            if new != clustered.stored:
                updated.append((*new, clustered.member.id))
    db.executemany("UPDATE cluster_members SET cluster_id = ?, rank = ?, form = ? WHERE statement_id = ?", updated)
    db.executemany("INSERT INTO cluster_members (statement_id, cluster_id, rank, form, lemmas) VALUES (?, ?, ?, ?, ?)",
                   inserted)


_SHINGLES = "INSERT INTO statement_shingles (identity_id, shingle, statement_id, day) VALUES (?, ?, ?, ?)"


def _write_shingles(db: Backend, identity: int, clusters: Iterable[list[Clustered]]) -> None:
    """Index the statements of clusters that are the first of their copies: of the reports of a cluster
    with the same content lemmas and day, the one stored first (the lowest id) stands for them all, as
    `same_utterance` takes them alike. A statement stored earlier was indexed when it was."""
    indexed = []
    for cluster in clusters:
        copies = {(c.said.lemmas, c.said.day) for c in cluster if c.stored is not None}
        for clustered in sorted((c for c in cluster if c.stored is None), key=lambda c: c.said.id):
            if (clustered.said.lemmas, clustered.said.day) not in copies:
                copies.add((clustered.said.lemmas, clustered.said.day))
                indexed.append(clustered.said)
    db.executemany(_SHINGLES, [(identity, shingle, said.id, said.day)
                               for said in indexed for shingle in sorted(said.shingles)])


def _members(db: Backend, clusters: Iterable[int]) -> dict[int, list[Clustered]]:
    """The reports of clusters, by cluster."""
    found: dict[int, list[Clustered]] = {cluster: [] for cluster in clusters}
    for _, *row in _in_chunks(db, f"{_MEMBERS} WHERE m.cluster_id IN ({{}})", sorted(found)):
        found[row[8]].append(_old(row))
    return found


def _candidates(db: Backend, identity: int, new: list[Clustered]) -> list[tuple[Said, int]]:
    """The speaker's clustered statements that share a shingle with their new ones (of one article),
    in the window around its date, each with its cluster: one of those of a cluster with the same
    content lemmas and day (copies of one report), which `same_utterance` takes alike."""
    wanted = sorted(set().union(*(c.said.shingles for c in new)))
    day = _day(new[0].said.day)
    window, bounds = "", []
    if day is not None:
        window = " AND (sh.day IS NULL OR sh.day BETWEEN ? AND ?)"
        bounds = [(day - timedelta(WINDOW_DAYS)).isoformat(), (day + timedelta(WINDOW_DAYS)).isoformat()]
    rows = _in_chunks(db, "SELECT min(sh.statement_id), sh.day, m.lemmas, m.cluster_id FROM statement_shingles sh "
                          "JOIN cluster_members m ON m.statement_id = sh.statement_id "
                          f"WHERE sh.identity_id = ?{window} AND sh.shingle IN ({{}}) "
                          "GROUP BY m.cluster_id, m.lemmas, sh.day", wanted, [identity, *bounds])
    return [(Said(id_, reported, tuple(lemmas.split())), cluster) for id_, reported, lemmas, cluster in sorted(rows)]


def _link(new: list[Clustered], candidates: list[tuple[Said, int]]) -> list[tuple[list[Clustered], set[int]]]:
    """One speaker's new statements grouped by `same_utterance`, among themselves and with the
    clusters of the candidates: each group with the clusters it joins (none: it is a new cluster)."""
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def root(node: tuple[str, int]) -> tuple[str, int]:
        while parent.get(node, node) != node:
            node = parent[node]
        return node

    def join(a: tuple[str, int], b: tuple[str, int]) -> None:
        first, second = sorted((root(a), root(b)))
        if first != second:
            parent[second] = first

    having: dict[int, list[tuple[Said, int]]] = {}  # the candidates by the shingles they share
    for candidate in candidates:
        for shingle in candidate[0].shingles:
            having.setdefault(shingle, []).append(candidate)
    for at, clustered in enumerate(new):
        near = {c[0].id: c for shingle in clustered.said.shingles for c in having.get(shingle, ())}
        for other, cluster in near.values():
            if same_utterance(clustered.said, other):
                join(("statement", clustered.said.id), ("cluster", cluster))
        for earlier in new[:at]:
            if same_utterance(clustered.said, earlier.said):
                join(("statement", clustered.said.id), ("statement", earlier.said.id))
    groups: dict[tuple[str, int], tuple[list[Clustered], set[int]]] = {}
    for clustered in new:
        groups.setdefault(root(("statement", clustered.said.id)), ([], set()))[0].append(clustered)
    for kind, cluster in {*parent, *(top for top in groups if top[0] == "cluster")}:
        if kind == "cluster":
            groups[root((kind, cluster))][1].add(cluster)
    return list(groups.values())


def attach(db: Backend, article_id: str, left: Iterable[int] = ()) -> None:
    """Cluster the statements of an article just written; then form again the clusters `left` by the
    statements it replaced (`detach`)."""
    new: dict[int, list[Clustered]] = {}
    for identity, *row in db.query(f"{_STATEMENTS} WHERE s.article_id = ? AND s.identity_id IS NOT NULL "
                                   "ORDER BY s.position", (article_id,)):
        new.setdefault(identity, []).append(_new(row))
    renamed: dict[int, int] = {}
    if new:
        groups = {identity: _link(statements, _candidates(db, identity, statements))
                  for identity, statements in new.items()}
        members = _members(db, {cluster for linked in groups.values() for _, joined in linked for cluster in joined})
        clusters = {identity: [statements + [m for cluster in sorted(joined) for m in members[cluster]]
                               for statements, joined in linked] for identity, linked in groups.items()}
        _write(db, [cluster for each in clusters.values() for cluster in each])
        for identity, each in clusters.items():
            _write_shingles(db, identity, each)
            for (_, joined), cluster in zip(groups[identity], each):
                renamed |= dict.fromkeys(joined, min(c.member.id for c in cluster))
    reform(db, {renamed.get(cluster, cluster) for cluster in left})


def detach(db: Backend, article_ids: Iterable[str]) -> set[int]:
    """Take the statements of articles about to be removed or replaced out of their clusters; the
    clusters they leave, to `attach` with the article's new statements (which forms them again). A
    statement that stood for its copies (`_write_shingles`) hands that to the next of them."""
    left: set[int] = set()
    for article_id in article_ids:
        found = db.query("SELECT s.identity_id, m.statement_id, m.cluster_id, m.lemmas, a.day FROM cluster_members m "
                         "JOIN statements s ON s.id = m.statement_id JOIN articles a ON a.id = s.article_id "
                         "WHERE s.article_id = ?", (article_id,))
        left |= {row[2] for row in found}
        db.executemany("DELETE FROM statement_shingles WHERE identity_id = ? AND shingle = ? AND statement_id = ?",
                       [(identity, shingle, statement) for identity, statement, _, lemmas, _ in found
                        for shingle in sorted(shingles(tuple(lemmas.split())))])
        db.executemany("DELETE FROM cluster_members WHERE statement_id = ?", [(row[1],) for row in found])
        for identity, statement, cluster, lemmas, day in found:
            same_day = "a.day = ?" if day is not None else "a.day IS NULL"
            (first,) = db.query("SELECT min(m.statement_id) FROM cluster_members m JOIN statements s ON "
                                "s.id = m.statement_id JOIN articles a ON a.id = s.article_id WHERE m.cluster_id = ? "
                                f"AND m.lemmas = ? AND {same_day}", (cluster, lemmas, *([day] if day else [])))[0]
            if first is not None and first > statement:  # it stood for them: the next does
                db.executemany(f"{_SHINGLES} ON CONFLICT DO NOTHING",
                               [(identity, shingle, first, day) for shingle in sorted(shingles(tuple(lemmas.split())))])
    return left


def reform(db: Backend, clusters: Iterable[int]) -> None:
    """Form clusters again from the reports they hold, after some left them: reports no longer joined
    to the others make clusters of their own; each is named, ordered and compared again."""
    for reports in _members(db, clusters).values():
        _write(db, components_of(reports), compare_all=True)


def components_of(statements: list[Clustered]) -> list[list[Clustered]]:
    """Statements as the clusters `same_utterance` makes of them."""
    by_id = {c.said.id: c for c in statements}
    return [[by_id[said.id] for said in group] for group in components([c.said for c in statements])]


def rebuild(db: Backend, identities: Iterable[int]) -> None:
    """Build the clusters of these speakers' statements anew (after identities were merged or split,
    or for a store written before clusters were)."""
    for identity in sorted(set(identities)):
        db.execute("DELETE FROM cluster_members WHERE statement_id IN "
                   "(SELECT id FROM statements WHERE identity_id = ?)", (identity,))
        # shingles are kept under the speaker their statement had: merged or split, these
        db.execute("DELETE FROM statement_shingles WHERE identity_id = ?", (identity,))
        statements = [_new(row) for _, *row in db.query(f"{_STATEMENTS} WHERE s.identity_id = ? ORDER BY s.id",
                                                         (identity,))]
        clusters = components_of(statements)
        _write(db, clusters)
        _write_shingles(db, identity, clusters)


def build(db: Backend) -> None:
    """Cluster every statement of a store written before clusters were (a migration step)."""
    rebuild(db, [row[0] for row in db.query(
        "SELECT DISTINCT identity_id FROM statements WHERE identity_id IS NOT NULL "
        "AND id NOT IN (SELECT statement_id FROM cluster_members)")])


# Reading a cluster

@dataclass
class Report:
    """One report of an utterance: where and when, and its words against the earlier quotes."""
    statement_id: int
    article_id: str
    source: Optional[str]
    published: Optional[str]
    title: Optional[str]
    url: Optional[str]
    type: str
    speaker: str
    cue: Optional[str]
    start: int
    end: int
    content: str
    form: Optional[str]  # verbatim, excerpt, altered, paraphrase; None: quoted words, no earlier quote of them
    compared_with: Optional[int] = None  # the earlier direct report its words were compared with
    pieces: list[Piece] = field(default_factory=list)


@dataclass
class Trace:
    """The reports of one utterance in the order they appeared: the first is the earliest report."""
    cluster_id: Optional[int]  # None: the statement has no speaker identity, so it is in no cluster
    identity_id: Optional[int]
    speaker: str
    earliest: int              # the statement id of the earliest report
    altered: int               # how many reports alter the words of an earlier quote
    reports: list[Report]


_REPORTS = ("SELECT s.id, s.article_id, a.source, a.published, a.title, a.url, s.type, s.speaker, s.cue, "
            "s.span_start, s.span_end, s.content, m.form, s.identity_id, i.name, s.position FROM statements s "
            "JOIN articles a ON a.id = s.article_id LEFT JOIN cluster_members m ON m.statement_id = s.id "
            "LEFT JOIN identities i ON i.id = s.identity_id")


def _trace(cluster_id: Optional[int], rows: list[tuple]) -> Trace:
    reports = [Report(*row[:13]) for row in rows]
    members = [Member(r.statement_id, r.type, r.content, r.published, r.article_id, row[15])
               for r, row in zip(reports, rows)]
    for report, found in zip(reports, compared(members)):
        if found is not None:
            _, report.compared_with, report.pieces = found
    identity, name = rows[0][13:15]
    return Trace(cluster_id, identity, name or reports[0].speaker, reports[0].statement_id,
                 sum(report.form == "altered" for report in reports), reports)


def cluster(db: Backend, cluster_id: int) -> Optional[Trace]:
    """A cluster by its id; None if there is none."""
    rows = db.query(f"{_REPORTS} WHERE m.cluster_id = ? ORDER BY m.rank", (cluster_id,))
    return _trace(cluster_id, rows) if rows else None


def trace(db: Backend, statement_id: int) -> Optional[Trace]:
    """The cluster of a statement; a statement in none (it has no speaker identity) alone; None if
    there is no such statement."""
    found = db.query("SELECT cluster_id FROM cluster_members WHERE statement_id = ?", (statement_id,))
    if found:
        return cluster(db, found[0][0])
    rows = db.query(f"{_REPORTS} WHERE s.id = ?", (statement_id,))
    return _trace(None, rows) if rows else None


def article_clusters(db: Backend, article_id: str) -> dict[int, tuple[int, int, int]]:
    """The clusters of an article's statements, by the statement's place in the record: (statement
    id, cluster id, how many reports the cluster holds)."""
    return {position: (statement, cluster_id, reports) for position, statement, cluster_id, reports in db.query(
        "SELECT s.position, s.id, m.cluster_id, (SELECT count(*) FROM cluster_members o WHERE o.cluster_id = "
        "m.cluster_id) FROM statements s JOIN cluster_members m ON m.statement_id = s.id WHERE s.article_id = ?",
        (article_id,))}
