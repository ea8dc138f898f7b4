"""Candidate patterns as data: token shapes over the `Analysis`, matched by one small matcher.

In the spirit of spaCy's `DependencyMatcher`: a pattern is a list of nodes, the first one the
anchor; every other node is tied to an earlier one by a relation and has attributes a token must
have. The patterns of one group live in `patterns/<group>.toml` (the format is in DEVELOPERS.md);
the Python that settles boundaries and speakers is in the handlers that a pattern names, so adding a
construction is adding a pattern (and, where no handler fits, a handler) and a test.

Attributes of a node (every one given must hold; lists are alternatives):
    pos, rel          the part of speech, the relation to the head
    lemma, word       the folded lemma, the folded text; `@name` stands for a word list of the lexicon
    not_lemma, not_word
    feats             {feature: value or [values]}; not_feats: values the feature must not have
    quoted            true or false: whether the token lies inside a quotation
    is                another pattern (or a list of alternatives) that must match anchored at this token
Relations of a node to the node it is tied to (`from`):
    `>` a child of it, `<` its head, `>>` below it, `;` the token right before it, `.` right after it
and `side`: "before" or "after" it in the text.
A pattern may name `unless`: patterns that, matching at the same anchor, veto it.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from typing import Any, Callable, Iterable, Iterator, Mapping, Optional

from .. import morph
from ..analysis import Analysis

WordLists = Callable[[str], frozenset[str]]
_ATTRIBUTES = {"id", "from", "op", "side", "pos", "rel", "lemma", "word", "not_lemma", "not_word", "feats",
               "not_feats", "quoted", "is"}
_RELATIONS = {">", "<", ">>", ";", "."}
_COST = {"lemma": 1, "not_lemma": 1, "is": 2}  # of testing an attribute; the others 0


class PatternError(ValueError):
    """A pattern file that cannot be read: the message names the file, the pattern and the reason."""


@dataclass(frozen=True)
class Node:
    id: str
    attrs: Mapping[str, Any]
    tied_to: Optional[str] = None
    relation: Optional[str] = None
    side: Optional[str] = None


@dataclass(frozen=True)
class Pattern:
    name: str
    nodes: tuple[Node, ...]
    handlers: tuple[str, ...] = ()
    label: Optional[str] = None  # what the pattern says it found: an event kind, a frame
    unless: tuple[str, ...] = ()
    doc: str = ""


@dataclass(frozen=True)
class Match:
    pattern: Pattern
    tokens: Mapping[str, int]  # node id → token index

    def __getitem__(self, node: str) -> int:
        return self.tokens[node]


@lru_cache(maxsize=None)
def load(group: str) -> tuple[Pattern, ...]:
    """The patterns of `patterns/<group>.toml`, in file order, checked."""
    source = f"patterns/{group}.toml"
    try:
        data = tomllib.loads(resources.files(__package__).joinpath(f"{group}.toml").read_text("utf-8"))
    except (FileNotFoundError, tomllib.TOMLDecodeError) as error:
        raise PatternError(f"{source}: {error}") from None
    patterns = tuple(_pattern(source, raw) for raw in data.get("pattern", []))
    names = [p.name for p in patterns]
    for p in patterns:
        if names.count(p.name) > 1:
            raise PatternError(f"{source}: pattern {p.name!r} is defined twice")
        for other in p.unless + tuple(name for n in p.nodes for name in _listed(n.attrs.get("is", []))):
            if other not in names:
                raise PatternError(f"{source}: pattern {p.name!r} refers to {other!r}, which is not defined")
    return patterns


def _pattern(source: str, raw: dict) -> Pattern:
    name = raw.get("name")
    if not name or not raw.get("nodes"):
        raise PatternError(f"{source}: a pattern needs a name and nodes: {raw}")
    nodes: list[Node] = []
    for spec in raw["nodes"]:
        unknown = set(spec) - _ATTRIBUTES
        if unknown or "id" not in spec:
            raise PatternError(f"{source}: pattern {name!r}: a node needs an id; unknown {sorted(unknown)}")
        tied, relation = spec.get("from"), spec.get("op")
        if nodes and (tied not in {n.id for n in nodes} or relation not in _RELATIONS):
            raise PatternError(f"{source}: pattern {name!r}: node {spec['id']!r} must be tied (`from`) to an "
                               f"earlier node by one of {sorted(_RELATIONS)}")
        # tested in the order of their cost (`_COST`): a lemma looked up, a pattern matched, only
        # for a token the cheaper attributes admit
        attrs = {k: v for k, v in sorted(spec.items(), key=lambda item: _COST.get(item[0], 0))
                 if k not in ("id", "from", "op", "side")}
        nodes.append(Node(spec["id"], attrs, tied, relation, spec.get("side")))
    return Pattern(name, tuple(nodes), tuple(raw.get("handlers", ())), raw.get("label"),
                   tuple(raw.get("unless", ())), raw.get("doc", ""))


class Matcher:
    """The patterns of one group, matched over an analysis; `@name` word lists from `word_lists`."""

    def __init__(self, group: str, word_lists: WordLists):
        self.patterns = load(group)
        self.by_name = {p.name: p for p in self.patterns}
        self._word_lists = word_lists
        self._values: dict[tuple[str, ...], frozenset[str]] = {}
        # the parts of speech an anchor can have, and the word forms it can have (`_anchor_forms`), so
        # that most tokens are passed over at once, without a lemma looked up
        self._anchor_pos = {p.name: self._pos_of(p) for p in self.patterns}
        self._with_handlers = [p for p in self.patterns if p.handlers]
        # the parts of speech any of them may anchor at (None: any)
        parts = [self._anchor_pos[p.name] for p in self._with_handlers]
        self._any_part = None if None in parts else frozenset().union(*parts)  # type: ignore[arg-type]
        # of a token's part of speech and folded text: the patterns with handlers it may anchor, in file order
        self._anchoring = lru_cache(maxsize=20_000)(self._may_anchor)  # ~0.2 KB an entry

    @cached_property
    def _anchor_forms(self) -> dict[str, Optional[frozenset[str]]]:
        """Of each pattern, the forms its anchor may have: made at the first match, not at import,
        since the dictionary's forms of the lemmas take a fifth of a second that a run analysing
        nothing (a re-ingest of unchanged inputs) need not pay."""
        return {p.name: self._forms_of(p) for p in self.patterns}

    @cached_property
    def _any_form(self) -> frozenset[str]:
        """The patterns with handlers that any word form may anchor."""
        return frozenset(p.name for p in self._with_handlers if self._anchor_forms[p.name] is None)

    @cached_property
    def _by_form(self) -> dict[str, set[str]]:
        """Of each word form, the patterns with handlers it may anchor."""
        by_form: dict[str, set[str]] = {}
        for p in self._with_handlers:
            for form in self._anchor_forms[p.name] or ():
                by_form.setdefault(form, set()).add(p.name)
        return by_form

    def _may_anchor(self, pos: str, folded: str) -> tuple[Pattern, ...]:
        found = self._any_form.union(self._by_form.get(folded, ()))
        if not found:
            return ()
        return tuple(p for p in self._with_handlers if p.name in found and self._pos_admits(p, pos))

    def _pos_admits(self, pattern: Pattern, pos: str) -> bool:
        parts = self._anchor_pos[pattern.name]
        return parts is None or pos in parts

    def _admits(self, pattern: Pattern, pos: str, folded: str) -> bool:
        """Whether a token of this part of speech and folded text may be the pattern's anchor."""
        forms = self._anchor_forms[pattern.name]
        return self._pos_admits(pattern, pos) and (forms is None or folded in forms)

    def _forms_of(self, pattern: Pattern) -> Optional[frozenset[str]]:
        """Every word form, folded, that the pattern's anchor may have: the forms of the lemmas it asks
        for (`пишет`, `сочтя` of `писать`, `счесть`), from the dictionary, the words it asks for, and
        the forms its `is` alternatives allow; None when it sets no bound (as `_pos_of`)."""
        attrs = pattern.nodes[0].attrs
        bounds = []
        if "lemma" in attrs:
            bounds.append(morph.forms_of(self._words(attrs["lemma"])))
        if "word" in attrs:
            bounds.append(self._words(attrs["word"]))
        if "is" in attrs:
            alternatives = [self._forms_of(self.by_name[name]) for name in _listed(attrs["is"])]
            if all(a is not None for a in alternatives):
                bounds.append(frozenset().union(*alternatives))  # type: ignore[arg-type]
        return frozenset.intersection(*bounds) if bounds else None

    def _pos_of(self, pattern: Pattern) -> Optional[frozenset[str]]:
        attrs = pattern.nodes[0].attrs
        if "pos" in attrs:
            return frozenset(attrs["pos"])
        if "is" in attrs:
            alternatives = [self._pos_of(self.by_name[name]) for name in _listed(attrs["is"])]
            if all(a is not None for a in alternatives):
                return frozenset().union(*alternatives)  # type: ignore[arg-type]
        return None

    def anchors(self, analysis: Analysis) -> list[int]:
        """The tokens, in text order, at which a pattern with handlers may match (`matches` finds
        nothing at any other): one look-up a token."""
        anchoring, parts, folded = self._anchoring, self._any_part, analysis.folded
        # where every pattern with handlers names its anchor's forms, a form none names anchors none
        forms = None if self._any_form else self._by_form
        return [i for i, token in enumerate(analysis.tokens)
                if (parts is None or token.pos in parts) and (forms is None or folded[i] in forms)
                and anchoring(token.pos, folded[i])]

    def matches(self, analysis: Analysis, anchor: int, names: Optional[tuple[str, ...]] = None) -> Iterator[Match]:
        """Every match anchored at token `anchor`, patterns in file order (or those `names`)."""
        token = analysis.tokens[anchor]
        if names is None:
            patterns: Iterable[Pattern] = self._anchoring(token.pos, analysis.folded[anchor])
        else:
            patterns = [p for p in map(self.by_name.__getitem__, names)
                        if self._admits(p, token.pos, analysis.folded[anchor])]
        for pattern in patterns:
            yield from self._pattern_matches(analysis, pattern, anchor)

    def first(self, analysis: Analysis, anchor: int, name: str) -> Optional[Match]:
        """The first match of the pattern `name` at `anchor`, or None."""
        pattern, token = self.by_name[name], analysis.tokens[anchor]
        if not self._admits(pattern, token.pos, analysis.folded[anchor]):
            return None
        return next(self._pattern_matches(analysis, pattern, anchor), None)

    def _pattern_matches(self, analysis: Analysis, pattern: Pattern, anchor: int) -> Iterator[Match]:
        """The matches of a pattern whose anchor the token may be (`_admits`)."""
        if not self._fits(analysis, pattern.nodes[0].attrs, anchor):
            return
        if any(self.first(analysis, anchor, other) is not None for other in pattern.unless):
            return
        for tokens in self._extend(analysis, pattern.nodes, 1, {pattern.nodes[0].id: anchor}):
            yield Match(pattern, dict(tokens))

    def _extend(self, analysis: Analysis, nodes: tuple[Node, ...], n: int,
                bound: dict[str, int]) -> Iterator[dict[str, int]]:
        if n == len(nodes):
            yield bound
            return
        node = nodes[n]
        assert node.tied_to is not None
        other = bound[node.tied_to]
        for k in _related(analysis, other, node.relation):
            if node.side == "after" and k <= other or node.side == "before" and k >= other:
                continue
            if k not in bound.values() and self._fits(analysis, node.attrs, k):
                yield from self._extend(analysis, nodes, n + 1, {**bound, node.id: k})

    def _fits(self, analysis: Analysis, attrs: Mapping[str, Any], i: int) -> bool:
        token, folded = analysis.tokens[i], analysis.folded[i]
        for key, wanted in attrs.items():
            if key == "pos":
                ok = token.pos in wanted
            elif key == "rel":
                ok = token.rel in wanted
            elif key in ("lemma", "not_lemma"):
                # a word that is no form of the lemmas has none of them: no lemma to look up
                ok = analysis.has_lemma(i, self._words(wanted)) == (key == "lemma")
            elif key in ("word", "not_word"):
                ok = (folded in self._words(wanted)) == (key == "word")
            elif key == "feats":
                ok = all(token.feats.get(f) in _listed(v) for f, v in wanted.items())
            elif key == "not_feats":
                ok = not any(token.feats.get(f) in _listed(v) for f, v in wanted.items())
            elif key == "quoted":
                ok = (analysis.quote_of[i] is not None) == wanted
            else:  # "is"
                ok = any(self.first(analysis, i, name) is not None for name in _listed(wanted))
            if not ok:
                return False
        return True

    def _words(self, values: list[str]) -> frozenset[str]:
        key = tuple(values)
        words = self._values.get(key)
        if words is None:
            words = frozenset().union(*(self._word_lists(v[1:]) if v.startswith("@") else {v} for v in values))
            self._values[key] = words
        return words


def _listed(value: Any) -> list:
    return value if isinstance(value, list) else [value]


def _related(analysis: Analysis, i: int, relation: Optional[str]) -> Iterator[int]:
    if relation == ">":
        yield from analysis.children[i]
    elif relation == "<":
        if analysis.tokens[i].head >= 0:
            yield analysis.tokens[i].head
    elif relation == ">>":
        yield from (k for k in analysis.subtree(i) if k != i)
    else:
        k = i - 1 if relation == ";" else i + 1
        if 0 <= k < len(analysis.tokens) and analysis.tokens[k].sentence == analysis.tokens[i].sentence:
            yield k
