"""Dates: the publication date, and date expressions in the text resolved against it.

Russian news dates things relative to the day of publication (`накануне`, `в понедельник`,
`на прошлой неделе`) and by parts of periods (`в конце 2021 года`); general date parsers miss most of
these, so the rules are written out here. Each found expression gets the calendar range it names
(`from`..`to`, ISO dates) and a precision: the granularity of that range's bounds.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any, Callable, Iterator, Optional

from .. import morph
from ..analysis import Analysis
from ..lexicon import fold, table, words
from ..marks import DASH
from ..model import Article, DateMention
from ..stages import stage

# Month words: full forms in any case, and agency abbreviations (`янв`, `сент.`).
MONTH = (r"(?:(?:январ[ьяею]|феврал[ьяею]|март[аеу]?|апрел[ьяею]|ма[йяею]|июн[ьяею]|июл[ьяею]|"
         r"август[аеу]?|сентябр[ьяею]|октябр[ьяею]|ноябр[ьяею]|декабр[ьяею])(?![а-яё])"
         r"|(?:янв|февр?|мар|апр|июн|июл|авг|сент?|окт|нояб?|дек)\.?(?![а-яё]))")
_MONTH_PREFIXES = ("янв", "фев", "мар", "апр", "ма", "июн", "июл", "авг", "сен", "окт", "ноя", "дек")


def month_number(word: str) -> int:
    word = word.lower()
    for number, prefix in enumerate(_MONTH_PREFIXES, 1):
        if word.startswith(prefix) and not (prefix == "ма" and word.startswith("мар")):
            return number
    raise ValueError(word)


# ---------------------------------------------------------------- the publication date

_DMY = re.compile(r"(?<!\d)(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)")
_TIME = re.compile(r"(?<!\d)([01]?\d|2[0-3]):([0-5]\d)(?!\d)")
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$")
_WORDY = re.compile(r"(\d{1,2})\s+(" + MONTH + r")\s+(\d{4})", re.I)


def byline_datetime(line: str) -> Optional[str]:
    """The date (and time, if given) of a byline: `Sputnik Беларусь, 1920, 11.01.2022`,
    `12:35 21.01.2022 (обновлено: 13:10 21.01.2022)`, `11 января 2022, 14:35`."""
    published = line.split("(")[0]  # `(обновлено: ...)` is the update, not the publication
    numeric = _DMY.search(published)
    wordy = _WORDY.search(published)
    try:
        if numeric:
            when = date(int(numeric[3]), int(numeric[2]), int(numeric[1]))
        elif wordy:
            when = date(int(wordy[3]), month_number(wordy[2]), int(wordy[1]))
        else:
            return None
    except ValueError:
        return None
    time = _TIME.search(published)
    return f"{when.isoformat()}T{int(time[1]):02d}:{time[2]}" if time else when.isoformat()


def normalise_published(value) -> Optional[str]:
    """Metadata's publication date (ISO, `11.01.2022 14:35`, RFC 2822, `11 января 2022`) as ISO."""
    if value is None:
        return None
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    value = str(value).strip()
    if _ISO.match(value):
        return value.replace(" ", "T", 1)
    if _DMY.search(value) or _WORDY.search(value):
        return byline_datetime(value)
    try:
        return parsedate_to_datetime(value).isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def reference_date(published: Optional[str]) -> Optional[date]:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def infer_year(month: int, day: int, ref: Optional[date], ahead: bool = False) -> Optional[int]:
    """The year of a day-and-month date. News reports the past: the latest such date up to a month
    after `ref`; when the sentence speaks of the future, the first such date not before `ref`'s month."""
    if ref is None:
        return None
    if ahead:
        return ref.year if (month, day) >= (ref.month, 1) else ref.year + 1
    try:
        this_year = date(ref.year, month, min(day, 28))
    except ValueError:
        return ref.year
    return ref.year if this_year <= ref + timedelta(days=31) else ref.year - 1


# ---------------------------------------------------------------- expressions in the text

@dataclass
class _Found:
    start: int
    end: int
    range: Optional[tuple[date, date]]
    precision: str


Rule = Callable[[Any, Optional[date], "Context"], Optional[tuple[Optional[tuple[date, date]], str]]]


def _month_range(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _year_range(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year, 12, 31)


def _day(year: Optional[int], month: int, day: int) -> Optional[date]:
    if year is None:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _year_of(m, group: str, month: int, day: int, ref: Optional[date], ctx: "Context") -> Optional[int]:
    return int(m[group]) if m[group] else infer_year(month, day, ref, ctx.looks_ahead(m.end()))


def _day_range(m, ref, ctx):
    month = month_number(m["month"])
    month_from = month_number(m["month_from"]) if m["month_from"] else month
    year = _year_of(m, "year", month, int(m["day_to"]), ref, ctx)
    start = _day(year - (month_from > month) if year else None, month_from, int(m["day_from"]))
    end = _day(year, month, int(m["day_to"]))
    if year and not (start and end):
        return None  # `31-32 мая` is not a date
    return ((start, end) if start and end and start <= end else None), "day"


def _full_date(m, ref, ctx):
    month, day = month_number(m["month"]), int(m["day"])
    when = _day(_year_of(m, "year", month, day, ref, ctx), month, day)
    if when is None and (m["year"] or ref):
        return None
    return ((when, when) if when else None), "day"


def _numeric_date(m, _ref, _ctx):
    when = _day(int(m["year"]), int(m["month"]), int(m["day"]))
    return ((when, when), "day") if when else None


def _month_year(m, ref, ctx):
    month = month_number(m["month"])
    year = _year_of(m, "year", month, 15, ref, ctx)
    return (_month_range(year, month) if year else None), "month"


def _year_span(m, _ref, _ctx):
    first, last = int(m["year"]), int(m["year_to"] or m["year"])
    if not (1000 <= first <= last <= 2199):
        return None
    return (date(first, 1, 1), date(last, 12, 31)), "year"


def _decade(m, ref, _ctx):
    digits = m["decade"]
    if len(digits) == 2:  # `90-е годы`: the most recent such decade before the reference year
        century = ((ref.year if ref else 2000) // 100) * 100
        year = century + int(digits)
        if ref and year > ref.year:
            year -= 100
    else:
        year = int(digits)
    return (date(year, 1, 1), date(year + 9, 12, 31)), "year"


# Parts of a year or a month, as ranges of months (of a year) or of days (of a month).
_YEAR_PARTS = {"начал": (1, 3), "середин": (5, 8), "конц": (10, 12), "перв": (1, 6), "втор": (7, 12)}
_MONTH_PARTS = {"начал": (1, 10), "середин": (11, 20), "конц": (21, 31), "перв": (1, 15), "втор": (16, 31)}
_QUARTERS = {"перв": 1, "втор": 2, "трет": 3, "четв": 4}
_RELATIVE_YEAR = {"прошл": -1, "минувш": -1, "предыдущ": -1, "эт": 0, "текущ": 0, "нынешн": 0,
                  "следующ": 1, "будущ": 1, "предстоящ": 1}


def _shift(word: Optional[str]) -> Optional[int]:
    if not word:
        return None
    word = word.lower()
    return next((v for k, v in _RELATIVE_YEAR.items() if word.startswith(k)), None)


def _named_year(m, ref) -> Optional[int]:
    if m["year"]:
        return int(m["year"])
    shift = _shift(m["rel"])
    return ref.year + shift if ref and shift is not None else None


def _part_of_period(m, ref, ctx):
    part = next(v for k, v in (_YEAR_PARTS if not m["month"] else _MONTH_PARTS).items()
                if m["part"].lower().startswith(k))
    if m["month"]:
        month = month_number(m["month"])
        year = _year_of(m, "year", month, 15, ref, ctx)
        if year is None:
            return None, "day"
        last = calendar.monthrange(year, month)[1]
        return (date(year, month, part[0]), date(year, month, min(part[1], last))), "day"
    year = _named_year(m, ref)
    if year is None:
        return None, "month"
    return (date(year, part[0], 1), _month_range(year, part[1])[1]), "month"


def _quarter(m, ref, _ctx):
    quarter = next(v for k, v in _QUARTERS.items() if m["quarter"].lower().startswith(k))
    year = _named_year(m, ref) if (m["year"] or m["rel"]) else (ref.year if ref else None)
    if year is None:
        return None, "month"
    return (date(year, 3 * quarter - 2, 1), _month_range(year, 3 * quarter)[1]), "month"


_SEASONS = {"весн": (3, 5), "лет": (6, 8), "осен": (9, 11), "зим": (12, 2)}


def _season(m, ref, ctx):
    first, last = next(v for k, v in _SEASONS.items() if m["season"].lower().startswith(k))
    winter = first == 12  # a winter is named by the year its December falls in
    shift = _shift(m["rel"])
    if m["year"]:
        year = int(m["year"]) - winter
    elif ref is None:
        return None, "month"
    elif winter:
        this_winter = ref.year - (ref.month <= 2)
        if shift is not None:
            year = this_winter + shift
        else:
            year = this_winter if ref.month == 12 or ref.month <= 2 or ctx.looks_ahead(m.end()) \
                else this_winter - 1
    elif shift is not None:
        year = ref.year + shift
    else:  # the most recent such season, or the next one when the text looks ahead
        year = ref.year if ref.month >= first else ref.year - 1
        if ctx.looks_ahead(m.end()):
            year = ref.year if ref.month <= last else ref.year + 1
    if winter:
        return (date(year, 12, 1), _month_range(year + 1, 2)[1]), "month"
    return (date(year, first, 1), _month_range(year, last)[1]), "month"


def _relative_year(m, ref, _ctx):
    if ref is None:
        return None, "year"
    year = ref.year + _shift(m["rel"])
    if m["unit"].lower().startswith("месяц"):
        month_index = ref.year * 12 + ref.month - 1 + _shift(m["rel"])
        return _month_range(month_index // 12, month_index % 12 + 1), "month"
    return _year_range(year), "year"


def _week_of(day: date) -> tuple[date, date]:
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def _relative_week(m, ref, _ctx):
    if ref is None:
        return None, "week"
    return _week_of(ref + timedelta(weeks=_shift(m["rel"]))), "week"


_DAY_SHIFTS = {"позавчера": -2, "вчера": -1, "накануне": -1, "сегодня": 0, "завтра": 1, "послезавтра": 2}


def _relative_day(m, ref, ctx):
    word = m["word"].lower()
    if word == "накануне" and ctx.eve_of(m.end()):
        return None  # `накануне визита`: the eve of an event, not the day before publication
    if ref is None:
        return None, "day"
    when = ref + timedelta(days=_DAY_SHIFTS[word])
    return (when, when), "day"


_WEEKDAYS = {"понедельник": 0, "вторник": 1, "сред": 2, "четверг": 3, "пятниц": 4, "суббот": 5,
             "воскресень": 6}


def _weekday(m, ref, ctx):
    if ref is None:
        return None, "day"
    weekday = next(v for k, v in _WEEKDAYS.items() if m["weekday"].lower().startswith(k))
    back = (ref.weekday() - weekday) % 7
    shift = _shift(m["rel"])
    if shift == -1:
        back = back or 7
    ahead = shift == 1 or (shift is None and m["rel"] is not None and m["rel"].lower().startswith("ближайш"))
    if ahead or (shift is None and back and ctx.looks_ahead(m.end())):
        when = ref + timedelta(days=(weekday - ref.weekday()) % 7 or 7)
    else:
        when = ref - timedelta(days=back)
    return (when, when), "day"


def _weekend(m, ref, _ctx):
    if ref is None:
        return None, "day"
    saturday = ref - timedelta(days=(ref.weekday() - 5) % 7 or 7)
    if _shift(m["rel"]) == 1 or (m["rel"] and m["rel"].lower().startswith("ближайш")):
        saturday = ref + timedelta(days=(5 - ref.weekday()) % 7 or 7)
    return (saturday, saturday + timedelta(days=1)), "day"


NUMBER_WORDS = {word: float(value) for word, value in table("number_words").items()}
_UNIT_PRECISION = {"д": "day", "сут": "day", "нед": "week", "мес": "month", "г": "year", "л": "year"}


def _ago(m, ref, _ctx):
    unit = m["unit"].lower()
    precision = next(v for k, v in _UNIT_PRECISION.items() if unit.startswith(k))
    if ref is None:
        return None, precision
    count = m["count"]
    number = 1 if not count else int(count) if count.isdigit() else int(NUMBER_WORDS[fold(count)])
    sign = -1 if m["dir"].lower() == "назад" else 1
    if precision == "day":
        when = ref + timedelta(days=sign * number)
        return (when, when), "day"
    if precision == "week":
        return _week_of(ref + timedelta(weeks=sign * number)), "week"
    if precision == "month":
        index = ref.year * 12 + ref.month - 1 + sign * number
        return _month_range(index // 12, index % 12 + 1), "month"
    return _year_range(ref.year + sign * number), "year"


class Context:
    """What the analysis says around a date expression: whether its sentence looks ahead (a verb in
    the future tense, or a word of intent: `в понедельник пройдет`, `рассчитывает запустить в
    феврале`), and whether a genitive follows it (`накануне визита` is the eve of an event)."""

    def __init__(self, analysis: Analysis):
        self.analysis = analysis

    def _token_from(self, position: int) -> Optional[int]:
        tokens = self.analysis.tokens_in(position, position + 10**9)
        return tokens.start if tokens.start < len(self.analysis.tokens) else None

    def looks_ahead(self, position: int) -> bool:
        i = self._token_from(position)
        if i is None:
            return False
        analysis = self.analysis
        return any((t.pos in ("VERB", "AUX") and t.feats.get("Tense") == "Fut") or analysis.has_lemma(k, LOOKING_AHEAD)
                   for k in analysis.sentence_range(i) for t in (analysis.tokens[k],))

    def eve_of(self, position: int) -> bool:
        """A noun phrase in the genitive follows. The tagger often reads `накануне` as an adverb and
        misreads the case after it, so a word the dictionary allows in the genitive counts unless the
        parse makes it the subject (`Накануне СМИ сообщали`)."""
        i = self._token_from(position)
        if i is None:
            return False
        token = self.analysis.tokens[i]
        if token.pos not in ("NOUN", "PROPN", "ADJ", "DET", "NUM") or token.rel.startswith("nsubj"):
            return False
        return token.feats.get("Case") == "Gen" or bool({"gent", "gen2"} & morph.cases_of(token.text))


LOOKING_AHEAD = words("looking_ahead_words")


_YEAR_WORD = r"(?:годах|годов|годы|году|года|год|гг\.?|г\.)"
_REL = r"(?P<rel>прошл\w*|минувш\w*|предыдущ\w*|эт\w*|текущ\w*|нынешн\w*|следующ\w*|будущ\w*|предстоящ\w*)"

# What each rule's matches cannot lack, searched for first (`_RULES`), each test in turn: a month's stem
# (every form of MONTH begins with one), then a day's digit or `в` before it, or four digits; four
# digits; a numeric date's digit, dot and digit; a decade's `0-`.
_MONTH_STEM = r"янв|фев|мар|апр|ма[йяею]|июн|июл|авг|сен|окт|ноя|дек"
_YEAR_DIGITS = r"\d{4}"
_DAY_MONTH = (_MONTH_STEM, r"\d(?:-?(?:го|е))?\s+(?:" + _MONTH_STEM + ")")
_IN_MONTH = (_MONTH_STEM, r"в\s+(?:" + _MONTH_STEM + ")")
_MONTH_YEAR = (_MONTH_STEM, _YEAR_DIGITS)
_PATTERNS: list[tuple[str | tuple[str, ...], str, Rule]] = [
    (_DAY_MONTH, r"(?:\bс\s+)?(?<![\d.])(?P<day_from>\d{1,2})(?:\s+(?P<month_from>" + MONTH + r"))?"
     r"(?:\s*" + DASH + r"\s*|\s+по\s+|\s+до\s+)(?P<day_to>\d{1,2})\s+(?P<month>" + MONTH + r")"
     r"(?:\s+(?P<year>\d{4})(?:\s*" + _YEAR_WORD + r")?)?", _day_range),
    (_DAY_MONTH, r"(?<![\d.])(?P<day>\d{1,2})(?:-?(?:го|е))?\s+(?P<month>" + MONTH + r")"
     r"(?:\s+(?P<year>\d{4})(?:\s*" + _YEAR_WORD + r")?)?", _full_date),
    (r"\d\.\d", r"(?<![\d.])(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})(?!\d)", _numeric_date),
    (_IN_MONTH, r"\bв\s+(?P<month>" + MONTH + r")(?:\s+(?P<year>\d{4})(?:\s*" + _YEAR_WORD + r")?)?",
     _month_year),
    (_MONTH_YEAR, r"(?<![а-яё])(?P<month>" + MONTH + r")\s+(?P<year>\d{4})(?:\s*" + _YEAR_WORD + r")?", _month_year),
    (_YEAR_DIGITS, r"(?:\b(?:в|с|до|к|на|по)\s+)?(?<![\d.,])(?P<year>\d{4})(?:\s*" + DASH + r"\s*(?P<year_to>\d{4}))?"
     r"(?:\s*" + _YEAR_WORD + r"|-(?:м|го|й)\b)", _year_span),
    (_YEAR_DIGITS, r"(?:\bс\s+)?(?<![\d.,])(?P<year>\d{4})\s+по\s+(?P<year_to>\d{4})\s*" + _YEAR_WORD, _year_span),
    (r"\d0-", r"(?:\bв\s+)?(?<!\d)(?P<decade>(?:1[89]|20)?\d0)-(?:е|х|ые|ых)(?:\s+(?:годы|годах|годов|гг\.?))?",
     _decade),
    (r"начале|середине|конце|половине", r"(?:\bв\s+)?(?P<part>начале|середине|конце|первой\s+половине|"
     r"второй\s+половине)\s+(?:(?P<month>" + MONTH + r")(?:\s+(?P<year>\d{4})(?:\s*" + _YEAR_WORD + r")?)?"
     r"|(?:(?P<year_b>\d{4})|" + _REL + r")\s+года)", _part_of_period),
    (r"квартал", r"(?:\bв\s+)?(?P<quarter>первом|втором|третьем|четвертом|четвёртом)\s+квартале"
     r"(?:\s+(?:(?P<year>\d{4})|" + _REL + r")\s+года)?", _quarter),
    (r"весн|лет[оа]|осен|зим", r"(?:" + _REL + r"\s+)?(?P<season>весной|летом|осенью|зимой|весна|лето|осень|зима|"
     r"весны|лета|осени|зимы)(?![а-яё])(?:\s+(?P<year>\d{4})\s+года)?", _season),
    (r"году|месяце", r"\bв\s+" + _REL + r"\s+(?P<unit>году|месяце)", _relative_year),
    (r"неделе", r"\bна\s+" + _REL + r"\s+неделе", _relative_week),
    (r"вчера|накануне|сегодня|завтра",
     r"(?<![а-яё])(?P<word>позавчера|вчера|накануне|сегодня|послезавтра|завтра)(?![а-яё])", _relative_day),
    (r"понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье",
     r"\bв(?:о)?\s+(?:(?P<rel>прошл\w*|минувш\w*|эт\w*|следующ\w*|будущ\w*|ближайш\w*)\s+)?"
     r"(?P<weekday>понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)", _weekday),
    (r"выходные", r"\bв\s+(?P<rel>прошл\w*|минувш\w*|прошедш\w*|эти|следующ\w*|ближайш\w*)\s+выходные",
     _weekend),
    (r"назад", r"(?:(?P<count>\d{1,3}|один|одну|одна|два|две|три|четыре|пять|шесть|семь|восемь|девять|"
     r"десять|пару)\s+)?(?P<unit>дн[ейя]|день|сутки|суток|недел[юиь]|недель|месяц\w*|год\w*|лет)\s+(?P<dir>назад)",
     _ago),
    (r"через", r"\bчерез\s+(?:(?P<count>\d{1,3}|один|одну|одна|два|две|три|четыре|пять|шесть|семь|восемь|"
     r"девять|десять|пару)\s+)?(?P<unit>дн[ейя]|день|сутки|суток|недел[юиь]|недель|месяц\w*|год\w*|лет)"
     r"(?P<dir>)", _ago),
]
# Each rule with cheap tests of its region first: most paragraphs have no date of most kinds.
_RULES = [(tuple(map(re.compile, (needs,) if isinstance(needs, str) else needs)), re.compile(pattern, re.I), rule)
          for needs, pattern, rule in _PATTERNS]


def find_dates(text: str, start: int, end: int, ref: Optional[date], context: Context) -> Iterator[_Found]:
    """Date expressions in text[start:end], longest first where they overlap."""
    region = text[start:end].lower()
    found: list[_Found] = []
    present: dict[re.Pattern, bool] = {}  # of each test (rules share them), whether the region passes
    for tests, pattern, rule in _RULES:
        for needs in tests:
            if needs not in present:
                present[needs] = needs.search(region) is not None
            if not present[needs]:
                break
        else:
            for m in pattern.finditer(text, start, end):
                result = rule(_YearAlias(m), ref, context)
                if result is not None:
                    found.append(_Found(m.start(), m.end(), *result))
    found.sort(key=lambda f: (-(f.end - f.start), f.start))
    taken: list[_Found] = []
    for item in found:
        if all(item.end <= t.start or item.start >= t.end for t in taken):
            taken.append(item)
    return iter(sorted(taken, key=lambda f: f.start))


class _YearAlias:
    """A match whose `year` group falls back to `year_b` (the two ways a period names its year)."""

    def __init__(self, match: re.Match):
        self._match = match
        self._groups = match.re.groupindex

    def __getitem__(self, name):
        if name not in self._groups:
            return None
        value = self._match[name]
        if name == "year" and value is None and "year_b" in self._groups:
            return self._match["year_b"]
        return value

    def end(self):
        return self._match.end()


@stage("dates", requires=["title", "lead", "paragraphs", "boilerplate", "dateline", "analysis"],
       assigns=["published", "dates", "dateline"])  # the dateline: its date
def annotate(article: Article) -> Article:
    """Pipeline stage: the publication date, the dateline's date (from the layout's parse of it), and
    the dates in the text."""
    if article.published is None:
        byline = next((b for b in article.boilerplate if b.kind in ("byline", "caption")
                       and byline_datetime(b.text)), None)
        if byline is not None:
            article.published = byline_datetime(byline.text)
    ref = reference_date(article.published)
    if article.dateline is not None:
        parsed = article.dateline.parsed
        if parsed is not None:
            year = parsed.year or infer_year(parsed.month, parsed.day, ref)
            when = _day(year, parsed.month, parsed.day)
            article.dateline.date = when.isoformat() if when else None
            if article.published is None and when is not None and parsed.year:
                article.published = article.dateline.date
                ref = when
    skip, context = article.dateline, Context(article.analysis)
    for region in article.content_spans():
        begin = skip.end if skip is not None and region.start <= skip.start < region.end else region.start
        for item in find_dates(article.text, begin, region.end, ref, context):
            first, last = item.range if item.range else (None, None)
            article.dates.append(DateMention.of(
                article.text, item.start, item.end,
                from_=first.isoformat() if first else None,
                to=last.isoformat() if last else None,
                precision=item.precision))
    return article
