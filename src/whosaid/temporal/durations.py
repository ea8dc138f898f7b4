"""Lengths of time as news writes them: `почти восемь часов`, `около часа`, `полчаса`,
`полуторачасовая беседа`, `двухдневный визит`, each with its ISO 8601 duration (`PT8H`, `PT1H30M`, `P2D`).

Which event a length belongs to is the events' question (`events.clause`); this module only reads it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Iterator

from ..lexicon import fold, table
from .dates import NUMBER_WORDS

_NUMBER_STEMS = {stem: float(value) for stem, value in table("number_stems").items()}
_UNITS = {"мин": "M", "час": "H", "сут": "D", "дн": "D", "ден": "D", "недел": "W"}


def _alternatives(folded: Iterable[str]) -> str:
    """A regex alternation of folded words that matches them written with `ё` too, longest first."""
    return "|".join(word.replace("е", "[её]") for word in sorted(folded, key=len, reverse=True))


_DURATION = re.compile(
    r"(?:(?P<approx>почти|около|более|менее|свыше|порядка|примерно|приблизительно|целых|всего|"
    r"не\s+менее|не\s+более|больше|меньше)\s+)?"
    r"(?:(?P<count>\d+(?:[.,]5)?|" + _alternatives(NUMBER_WORDS) + r")\s+(?P<unit>минут[уы]?|час(?:а|ов)?|"
    r"суток|сутки|дн(?:я|ей)|день|недел(?:ю|и|ь))(?![а-яё])"
    r"|(?P<half>полчаса)"
    r"|(?P<one>часа|суток|недели|минуты)(?![а-яё])"
    r"|(?P<stem>" + _alternatives(_NUMBER_STEMS) + r")"
    r"(?P<adjunit>минутн|часов|дневн|недельн)(?:ый|ая|ое|ые|ого|ой|ую|ых|ом|ым|ыми))",
    re.I)
# what every length of time has (its unit, `полчаса` too): a text without any holds none
_UNIT = re.compile(r"мин|час|сут|дн|ден|недел", re.I)


@dataclass(frozen=True)
class Duration:
    start: int
    end: int
    iso: str  # `PT8H`


def durations(text: str, start: int, end: int) -> Iterator[Duration]:
    """The lengths of time stated in text[start:end], in text order. A bare `часа` is no length;
    `около часа` is."""
    if not _UNIT.search(text, start, end):
        return
    for m in _DURATION.finditer(text, start, end):
        if m["half"]:
            count, unit = 0.5, "H"
        elif m["one"]:
            if not m["approx"]:
                continue
            count, unit = 1, next(v for k, v in _UNITS.items() if m["one"].lower().startswith(k))
        elif m["stem"]:
            count = _NUMBER_STEMS[fold(m["stem"])]
            unit = next(v for k, v in _UNITS.items() if m["adjunit"].lower().startswith(k[:3]))
        else:
            raw = m["count"].lower().replace(",", ".")
            count = float(raw) if raw[0].isdigit() else NUMBER_WORDS[fold(raw)]
            unit = next(v for k, v in _UNITS.items() if m["unit"].lower().startswith(k))
        yield Duration(m.start(), m.end(), iso_duration(count, unit))


def iso_duration(count: float, unit: str) -> str:
    """`PT8H`, `PT1H30M`, `P2D`: ISO 8601 for an amount of minutes, hours, days or weeks."""
    if unit == "H" and count != int(count):
        return f"PT{int(count)}H{int(round((count - int(count)) * 60))}M" if count >= 1 else \
            f"PT{int(round(count * 60))}M"
    if unit == "D" and count != int(count):
        return f"P{int(count)}DT{int(round((count - int(count)) * 24))}H"
    if unit == "W" and count != int(count):
        return f"P{int(round(count * 7))}D"
    amount = int(count)
    return f"PT{amount}{unit}" if unit in ("H", "M") else f"P{amount}{unit}"
