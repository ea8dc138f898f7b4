"""Quotation marks paired into quoted spans, as well as real text allows.

Russian news mixes «ёлочки» with „лапки“, English “curly” quotes and straight `"` used both to open
and to close. Each ambiguous mark is read as opening or closing from its neighbours (a space before
and a letter after opens; a letter before and a space or punctuation after closes), then marks are
paired with a stack so that nested quotes (`«... „...“ ...»`, `"... "..." ..."`) come out nested.
A mark that finds no partner (an odd number of marks) is left unpaired: it never breaks the pairing
of the others; `«` followed by a space opens nothing (it is a bullet).

A quotation that runs over several paragraphs repeats its opening mark at the start of each
paragraph and closes only at the end of the last: such a chain becomes one quoted span.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Optional

from .model import Span

OPENING = "«„"
CLOSING = "»"
AMBIGUOUS = "\"“”"
MARKS = OPENING + CLOSING + AMBIGUOUS
_A_MARK = re.compile("[" + re.escape(MARKS) + "]")  # where a loop over the marks stops: not every character
DASHES = "-‒–—―"  # the hyphen written for a dash, the figure and en dashes, the em dash, the horizontal bar
DASH = f"[{DASHES}]"  # one of them, in a regular expression
_BEFORE_OPENING = set(" \t\r\n([{/" + DASHES + OPENING) | {"\u00a0"}
_ATTRIBUTION_AFTER = re.compile(r"[,!?…]?[ \u00a0]*" + DASH + r"[ \u00a0]")  # `", - пишет X`
_CLAUSE_WORDS = {"что", "чтобы", "как", "будто", "словно"}  # they open what was said, not a name
_NAME_WORDS_BEFORE_NESTED = 3  # `"ФИФА - Оргкомитет "Россия-2018"`: how far into a name a nested name starts
_AFTER_CLOSING = set(" \t\r\n.,;:!?…)]}/" + DASHES + CLOSING) | {"\u00a0"}


@dataclass(slots=True)
class Quoted:
    """A pair of quotation marks: `open` and `close` are the offsets of the marks themselves."""
    open: int
    close: int
    depth: int = 0  # 0 for an outermost quotation

    @property
    def inner_start(self) -> int:
        return self.open + 1

    @property
    def inner_end(self) -> int:
        return self.close


def _side(text: str, i: int, lo: int, hi: int) -> str:
    """'open', 'close' or 'either' for an ambiguous mark at text[i], judged by its neighbours."""
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < hi else " "
    opens = before in _BEFORE_OPENING and after not in _AFTER_CLOSING
    closes = before not in _BEFORE_OPENING and after in _AFTER_CLOSING
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "either"


def _family(mark: str) -> str:
    return "«" if mark in "«»" else "„" if mark == "„" else '"'


def _closes(opener: str, mark: str) -> bool:
    if mark == "»":
        return opener == "«"
    if mark == "“":
        return opener in "„\"“"
    return opener in "\"“”"


def pair_marks(text: str, start: int, end: int) -> tuple[list[Quoted], list[int]]:
    """Quoted spans in text[start:end], and the offsets of the opening marks left unclosed."""
    pairs: list[Quoted] = []
    stack: list[int] = []  # offsets of opening marks
    for found in _A_MARK.finditer(text, start, end):
        i, mark = found.start(), found.group()
        if mark in OPENING:
            if i + 1 < end and not text[i + 1].isspace():  # `« Пункт списка`: a bullet, not a quotation
                stack.append(i)
            continue
        side = "close" if mark == CLOSING else _side(text, i, start, end)
        if mark == "“" and stack and text[stack[-1]] == "„":
            side = "close"
        if side == "open":
            stack.append(i)
            continue
        partner = next((k for k in range(len(stack) - 1, -1, -1) if _closes(text[stack[k]], mark)), None)
        if partner is None or (side == "either" and partner != len(stack) - 1):
            if side == "either":
                stack.append(i)
            continue
        opened = stack[partner]
        del stack[partner:]  # openers left inside the pair had no partner of their own
        pairs.append(Quoted(opened, i))
    joined = _shared_closings(text, pairs, stack)
    return pairs + joined, [u for u in stack if not any(p.open == u for p in joined)]


def _shared_closings(text: str, pairs: list[Quoted], unclosed: list[int]) -> list[Quoted]:
    """`по "делу "Аэрофлота".`, `выкрикивая: "Собянин, помоги!", - рассказал`: one mark closes a
    quotation and the one around it. An opener left unclosed takes the closing mark of a quotation
    of its kind nested after it: the first one an attribution follows (`"... "...", - пишет X в
    "Журнале"`), else the last."""
    joined: list[Quoted] = []
    for opener in reversed(unclosed):
        inner = [p for p in pairs + joined if p.open > opener and _family(text[p.open]) == _family(text[opener])]
        if inner:
            attributed = [p for p in inner if _ATTRIBUTION_AFTER.match(text, p.close + 1)]
            first = min(inner, key=lambda p: p.open)
            close = min(p.close for p in attributed) if attributed else \
                first.close if _name_in_a_name(text, opener, first) else max(p.close for p in inner)
            joined.append(Quoted(opener, close))
    return joined


def _name_in_a_name(text: str, opener: int, first: Quoted) -> bool:
    """`совета "ФИФА - Оргкомитет "Россия-2018" министр ...`, `ОАО "ХК "Главмосстрой"`: a quotation
    opened right after a word (a kind of body, not `что`) whose first nested name follows within
    a few words is a name ending in that name, not words said running on to the last mark."""
    before = text[:opener].rstrip()
    word = re.search(r"(\w+)$", before)
    return word is not None and word.group(1).lower() not in _CLAUSE_WORDS \
        and len(text[opener + 1:first.open].split()) <= _NAME_WORDS_BEFORE_NESTED


def quotations(text: str, regions: Iterable[Span]) -> list[Quoted]:
    """Every quoted span of the regions (in text order), multi-paragraph quotations joined, depths set.

    A closing mark shared with a quotation nested in the text (`... как говорил X, "цитата".`) closes
    a quotation running over paragraphs only when no later paragraph closes it on its own: it is
    held as a fallback (`shared`) until the quotation closes or a new one begins.
    """
    found: list[Quoted] = []
    carried: Optional[int] = None  # opening mark of a quotation still running at the paragraph's end
    unmarked = False  # whether it ran on through a paragraph that does not repeat the opening mark
    shared: Optional[Quoted] = None  # the carried quotation closed by a mark it shares, if none closes it
    doubtful = False  # whether it is carried only because its mark in mid-paragraph was shared
    for region in sorted(regions, key=lambda r: r.start):
        pairs, unclosed = pair_marks(text, region.start, region.end)
        first = region.start if region.start < region.end and text[region.start] in OPENING + AMBIGUOUS else None
        if carried is not None and first is None and not unclosed:
            close = _final_close(text, region, pairs)
            if close is None:
                close = _attributed_close(text, region, pairs)
            if close is None:  # a paragraph inside a quotation that opened above and closes below
                unmarked = True
                end = None if doubtful else _shared_final_close(text, region, pairs)
                if end is not None and _closes(text[carried], text[end]):
                    shared = Quoted(carried, end)
                found.extend(pairs)
                continue
            if _closes(text[carried], text[close]):
                found.append(Quoted(carried, close))  # `"Абзац ... ⏎⏎ ... последний абзац".`
                carried, shared, doubtful = None, None, False
                found.extend(pairs)
                continue
        if unmarked or doubtful:  # a new quotation: the one above was never closed
            carried, unmarked, doubtful = None, False, False
        if carried is None and shared is not None:
            found.append(shared)
            shared = None
        fallback = next((p for p in pairs if p.open == first), None)
        if carried is None and fallback is not None and _shared_mid_close(text, region, pairs, fallback):
            pairs.remove(fallback)  # `"Абзац ... "вставка" ... абзац.⏎⏎Последний абзац".`
            unclosed = [fallback.open, *unclosed]
            shared, doubtful = fallback, True
        if carried is not None and first is not None:
            joined = next((p for p in pairs if p.open == first), None)
            if joined is not None:  # the repeated mark's pair closes the whole quotation
                joined.open, carried = carried, None
            elif unclosed[:1] == [first]:  # it runs on into the next paragraph
                found.extend(pairs)
                continue
        carried = first if first is not None and unclosed[:1] == [first] else _opened_after_colon(text, unclosed)
        if carried is None and shared is not None:
            found.append(shared)
            shared = None
        found.extend(pairs)
    if shared is not None:
        found.append(shared)
    found.sort(key=lambda q: (q.open, -q.close))
    _set_depths(found)
    return found


def _opened_after_colon(text: str, unclosed: list[int]) -> Optional[int]:
    """`Министр заявил: «Абзац ...⏎⏎... последний абзац».`: the opening mark after a colon that no mark of
    its paragraph closes, where a quotation runs on into the next paragraphs; or None."""
    last = unclosed[-1] if unclosed else None
    return last if last is not None and text[:last].rstrip().endswith(":") else None


def _final_close(text: str, region: Span, pairs: list[Quoted]) -> Optional[int]:
    """A closing mark that ends the paragraph (a final stop after it allowed) and closes nothing in it."""
    end = region.end
    while end > region.start and text[end - 1] in " \t\r\n.!?…":
        end -= 1
    at = end - 1
    if at <= region.start or text[at] not in CLOSING + AMBIGUOUS or any(p.close == at for p in pairs):
        return None
    return at if text[at] == CLOSING or _side(text, at, region.start, region.end) != "open" else None


def _shared_final_close(text: str, region: Span, pairs: list[Quoted]) -> Optional[int]:
    """A closing mark that ends the paragraph and closes a quotation nested in it: it may close the
    quotation around it too (`... как говорил Менделеев, "топить печку ассигнациями".`)."""
    end = region.end
    while end > region.start and text[end - 1] in " \t\r\n.!?…":
        end -= 1
    return end - 1 if any(p.close == end - 1 and p.open > region.start for p in pairs) else None


def _shared_mid_close(text: str, region: Span, pairs: list[Quoted], pair: Quoted) -> bool:
    """Whether a paragraph's opening mark was paired only by sharing the closing mark of a quotation
    nested in it, in mid-paragraph: `"Политики ... - "бороться!" - шли на выборы.` may run on into
    the next paragraphs (a dash after the mark does not tell an attribution from a clause)."""
    nested = any(p.close == pair.close and p.open > pair.open for p in pairs)
    return nested and bool(text[pair.close + 1:region.end].strip(" \t\r\n.!?…"))


def _attributed_close(text: str, region: Span, pairs: list[Quoted]) -> Optional[int]:
    """`... ⏎⏎ последний абзац», — сказал X.`: a closing mark that closes nothing in its paragraph,
    an attribution after it."""
    paired = {p.close for p in pairs} | {p.open for p in pairs}
    return next((i for i in range(region.start, region.end) if text[i] in CLOSING + AMBIGUOUS
                 and i not in paired and _ATTRIBUTION_AFTER.match(text, i + 1)), None)


def _set_depths(quotes: list[Quoted]) -> None:
    open_ends: list[int] = []
    for q in quotes:
        while open_ends and open_ends[-1] < q.close:
            open_ends.pop()
        q.depth = len(open_ends)
        open_ends.append(q.close)
