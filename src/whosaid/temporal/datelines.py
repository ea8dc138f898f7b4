"""Agency datelines: `МИНСК, 11 янв – Sputnik.`, `МОСКВА, 5 мая /ТАСС/.`, `Москва. 30 апреля. INTERFAX.RU -`.

A dateline opens the first body paragraph and gives the place (here put in normal case), the day
and month (the year comes from the publication date), and the agency.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from ..marks import DASH
from .dates import MONTH, month_number

_PLACE = r"(?P<place>[А-ЯЁA-Z][А-ЯЁA-Zа-яёa-z]*(?:(?:-|\s)[А-ЯЁA-Zа-яёa-z]+){0,3})"
_DAY_MONTH = (r"(?P<day>\d{1,2})\s+(?P<month>" + MONTH + r")"
              r"(?:\s+(?P<year>\d{4})(?:\s*(?:года|г\.?))?)?(?:,?\s+\d{1,2}:\d{2})?")
_DASH = r"\s*" + DASH + r"\s*"

_PATTERNS = [re.compile(p) for p in [
    # МИНСК, 11 янв – Sputnik.   ВЛАДИВОСТОК, 10 авг – РИА Новости.   МОСКВА, 11 января 2022 — REGNUM.
    r"^" + _PLACE + r",\s+" + _DAY_MONTH + r"\.?" + _DASH
    + r"(?P<agency>[A-ZА-ЯЁ][^.\n]{1,60}?)(?:\.(?=\s|$)|\s*$)",
    # МОСКВА, 5 мая /ТАСС/.   ВАШИНГТОН, 10 января. /Корр. ТАСС Иван Петров/.
    r"^" + _PLACE + r",\s+" + _DAY_MONTH + r"\.?\s*/(?P<agency>[^/\n]{2,80})/\.?",
    # Москва. 30 апреля. INTERFAX.RU -   МОСКВА. 30 апреля. ИНТЕРФАКС -
    r"^" + _PLACE + r"\.\s+" + _DAY_MONTH + r"\.?\s+(?P<agency>INTERFAX\.RU|ИНТЕРФАКС|Интерфакс"
    + r"|[A-ZА-ЯЁ][A-ZА-ЯЁ.\-]{2,30})" + _DASH,
    # ТАСС, 10 августа.
    r"^(?P<agency>ТАСС|РИА Новости|Интерфакс|ИНТЕРФАКС|Sputnik|ПРАЙМ|РБК),\s+" + _DAY_MONTH + r"\.",
]]

# Canonical outlet names, matched inside what the dateline writes (`Корр. ТАСС ...`, `INTERFAX.RU`).
_AGENCIES = [
    (re.compile(r"\bТАСС\b|\bTASS\b"), "ТАСС"),
    (re.compile(r"РИА\W+Новост", re.I), "РИА Новости"),
    (re.compile(r"INTERFAX|ИНТЕРФАКС|Интерфакс", re.I), "Интерфакс"),
    (re.compile(r"\bSputnik\b", re.I), "Sputnik"),
    (re.compile(r"\bПРАЙМ\b|\bPRIME\b"), "ПРАЙМ"),
    (re.compile(r"\bREGNUM\b|\bРЕГНУМ\b", re.I), "REGNUM"),
]

# Parts of hyphenated place names that stay in lower case: Ростов-на-Дону, Франкфурт-на-Майне.
_PARTICLES = {"на", "де", "ла", "ле", "дю", "сюр", "ан", "дель", "да", "ду", "дос", "лез"}


@dataclass
class DatelineMatch:
    end: int
    place: Optional[str]
    day: int
    month: int
    year: Optional[int]
    agency: Optional[str]


def match_dateline(text: str) -> Optional[DatelineMatch]:
    """The dateline at the start of `text`, or None."""
    for pattern in _PATTERNS:
        m = pattern.match(text)
        if not m:
            continue
        groups = m.groupdict()
        place = groups.get("place")
        if place and not _place_like(place):
            continue
        try:
            month = month_number(m["month"])
        except ValueError:
            continue
        day = int(m["day"])
        if not 1 <= day <= 31:
            continue
        return DatelineMatch(end=m.end(), place=normal_place(place) if place else None, day=day,
                             month=month, year=int(m["year"]) if m["year"] else None,
                             agency=normal_agency(m["agency"]))
    return None


def _place_like(place: str) -> bool:
    """A dateline place is written in capitals (`МИНСК`) or as a name (`Москва`), never a sentence."""
    words = re.split(r"[\s-]+", place)
    return all(w[:1].isupper() or w.lower() in _PARTICLES for w in words) and len(place) <= 40


def normal_place(place: str) -> str:
    """`НЬЮ-ЙОРК` → `Нью-Йорк`, `РОСТОВ-НА-ДОНУ` → `Ростов-на-Дону`; names already in case stay."""
    if not place.isupper():
        return place

    def word(part: str, first: bool) -> str:
        lower = part.lower()
        return lower if (not first and lower in _PARTICLES) else lower.capitalize()

    out = []
    for i, token in enumerate(re.split(r"(\s+|-)", place)):
        out.append(token if token in ("-",) or token.isspace() else word(token, i == 0))
    return "".join(out)


def known_agency(text: str) -> Optional[str]:
    """The canonical name of a news agency the text names (`ИТАР-ТАСС`, `РИА "Новости"`), or None."""
    return next((name for pattern, name in _AGENCIES if pattern.search(text)), None)


def normal_agency(raw: str) -> str:
    return known_agency(raw) or raw.split(",")[0].strip(" ./")
