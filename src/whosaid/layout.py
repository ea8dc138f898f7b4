"""Page-text layout: title, lead, dateline, body paragraphs and subheadings, and marked boilerplate.

Text copied or scraped from a news page mixes the article with the page around it: photo credits
and captions, buttons, related-article links, counters. Each line is judged by its own features
(shape, punctuation, a lexicon of site chrome), by its place in the page (before the dateline is the
header, after `Читайте также:` a list of links), and, when several articles of one site are processed
together, by repetition across them. Nothing is deleted: boilerplate is kept as marked spans.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Optional

from .temporal.dates import MONTH
from .temporal.datelines import DatelineMatch, match_dateline
from . import morph
from .lexicon import fold, words
from .marks import DASH, DASHES
from .model import Article, Boilerplate, Dateline, Paragraph, Span

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")


@dataclass
class Line:
    start: int  # offsets of the line's text without surrounding whitespace
    end: int
    text: str
    blank_before: bool


def split_lines(text: str) -> list[Line]:
    """Non-blank lines with their trimmed offsets; CR, LF and CRLF all end a line."""
    lines: list[Line] = []
    blank = True
    for m in _LINE.finditer(text):
        raw = m.group().rstrip("\r\n")
        stripped = raw.strip()
        if not stripped:
            blank = True
            if m.end() == len(text):
                break
            continue
        start = m.start() + (len(raw) - len(raw.lstrip()))
        lines.append(Line(start, start + len(stripped), stripped, blank))
        blank = False
        if m.end() == len(text):
            break
    return lines


# ---------------------------------------------------------------- what one line looks like

_WORD = re.compile(r"[\w-]+")
_TERMINAL = re.compile(r"[.!?…;:,]$|[.!?…][»\"”)]$")
_SENTENCE_END = re.compile(r"[.!?…][»\"”)]?$")
_LAST_WORD = re.compile(r"(?<!\w)\w+$")
_LIST_ITEM = re.compile(r"^\s*(?:" + DASH + r"|[•·*]|\d{1,2}[.)])\s")
_WRAPPED_WORDS = 6  # the fewest words of a line the page wrapped: a shorter one is a heading or an item
_PARAGRAPHS_SET_APART = 3  # the fewest blank lines between body paragraphs that show how the page sets them apart

CHROME = words("chrome_lines")
_CHROME_PROMO = re.compile(
    r"^читать [\w.]+ в(?: \w+)?$|^(?:подписывайтесь|подпишитесь|присоединяйтесь|следите за (?:нами|новостями)"
    r"|читайте (?:нас|[\w .]+) в|все самое важное|самое важное)\b.{0,80}"
    r"(?:telegram|телеграм|дзен|вконтакте|twitter|соцсет|канал|max|viber|whatsapp|youtube|ok)\b", re.I)
_TAGS = re.compile(r"^(?:теги|метки|темы|рубрика|рубрики|ключевые слова)\s*:", re.I)
_COUNTER = re.compile(r"^(?:\d{1,7}|\d+\s*(?:просмотр\w*|комментари\w*|коммент\w*|репост\w*|лайк\w*))$", re.I)
_SEPARATOR = re.compile(r"^(?:" + DASH + r"|[*=_~•·#]){3,}$")
_SOURCE = re.compile(r"^(?:источник|source|оригинал)\s*:\s*(?:https?://\S+|[\w.-]+\.\w{2,6}\S*)$", re.I)
_RELATED_LINK = re.compile(r"(?:>>>?|»>>|>>|→)\s*$")
_RELATED_HEADING = re.compile(
    r"^(?:читайте|смотрите|читать|также читайте|смотрите также|еще по теме|ещё по теме|по теме|"
    r"материалы по теме|новости по теме|похожие новости|похожие материалы|рекомендуем|вам может "
    r"быть интересно|вам будет интересно|другие новости|хронология|ранее)"
    r"(?:\s+(?:также|еще|ещё|тоже|по теме))?\s*:?\s*$", re.I)
_RELATED_INLINE = re.compile(r"^(?:читайте|смотрите) (?:также|еще|ещё)\s*:\s*\S", re.I)
# `- Пресс-служба Ресина назвала поведение Полонского неадекватным`: another article's headline as a dashed
# line of its own; not a line of dialogue, which ends its sentence or says who spoke after a dash (`- Нет, -
# сказал он`), nor a list's item (`- Размеры - 104 мм`)
_DASHED_HEADLINE = re.compile(r"^" + DASH + r"\s+[A-ZА-ЯЁ«\"]")
_INNER_DASH = re.compile(r"\s" + DASH + r"\s|[,!?…]" + DASH + r"\s")
# A dashed name (and role) after a paragraph that is all a quote, and says no one spoke it (`"...", - отметил
# он`), signs the quote: `«...»`, then `— Татьяна Скригонюк, заместитель начальника пресс-службы МЧС`
_SIGNATURE = re.compile(r"^" + DASH + r"\s+[А-ЯЁA-Z][а-яёa-z]+\s+[А-ЯЁA-Z][а-яёa-z-]+\s*(?:,|$)")
_QUOTE_ALONE = re.compile(r"^[«\"“„].*[»\"”][.!?…]?$", re.S)
_QUOTE_ATTRIBUTED = re.compile(r"[»\"”]\s*(?:,|" + DASH + r")")
_CREDIT = re.compile(
    r"^(?:©|\(c\)|фото\s*(?::|" + DASH + r")|фото(?:графия)?\s*:|источник фото|фото и видео\s*:|видео\s*:|"
    r"иллюстрация\s*:|скриншот\s*:|кадр (?:из видео|видео)\s*:|photo\s*:)", re.I)
_PHOTOBANK = re.compile(r"(?:Перейти в фотобанк|Фотобанк)(?=\S)")
_PHOTO_AGENCY = re.compile(
    r"(?:getty images|ap photo|reuters|afp|epa|global look press|shutterstock|east news|depositphotos|"
    r"legion-media|photoxpress|пресс-служба[\w -]*|архивное фото|фото из архива|кадр видео)\s*\.?$", re.I)
_BYLINE_ONLY = re.compile(
    r"^(?:(?:обновлено|опубликовано|дата публикации|дата|изменено)\s*:?\s*)?"
    r"(?:\d{1,2}:\d{2},?\s*)?(?:\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}\s+" + MONTH + r"\s+\d{4})"
    r"(?:,?\s*\d{1,2}:\d{2})?(?:\s*\((?:обновлено|изм\.)\s*:?[^)]*\))?$", re.I)
# `Брифинг ... - Sputnik Беларусь, 1920, 11.01.2022`: a caption with the site's byline appended.
_CAPTION_WITH_BYLINE = re.compile(r"\s" + DASH + r"\s[^,]{2,60},\s*\d{2,5},\s*\d{1,2}\.\d{1,2}\.\d{4}\s*$")
_AUTHOR = re.compile(r"^(?:автор|текст|корреспондент|фото и текст)\s*:\s*[\w .-]{3,60}$", re.I)


def _normal(text: str) -> str:
    """A line as compared with the lexicon and across articles."""
    return " ".join(re.sub(r"[^\w+\s]|\d|_", " ", text.lower()).split())


@lru_cache(maxsize=1024)  # the tests of a line's kind count its words again and again
def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def line_kind(text: str) -> Optional[str]:
    """The boilerplate kind a line has on its own features, or None if it may be article text."""
    normal = _normal(text)
    if _RELATED_LINK.search(text):
        return "related"
    if _RELATED_HEADING.match(text):
        return "related_heading"
    if _RELATED_INLINE.match(text) or _dashed_headline(text):
        return "related"
    if _COUNTER.match(text):
        return "counter"
    if _SEPARATOR.match(text):
        return "separator"
    if _SOURCE.match(text):
        return "source"
    if fold(normal) in CHROME or _TAGS.match(text) or _CHROME_PROMO.match(text):
        return "chrome"
    if normal and all(part in CHROME for part in re.split(r"\s{2,}|\s*[|/•·]\s*", fold(text).strip())):
        return "chrome"
    if _CREDIT.match(text):
        return "credit"
    if _CAPTION_WITH_BYLINE.search(text):
        return "caption"
    if _BYLINE_ONLY.match(text) or _AUTHOR.match(text):
        return "byline"
    if _slashed_credit(text):
        return "credit"
    return None


def _dashed_headline(text: str) -> bool:
    """A headline of another article set as a dashed line: three words or more, no closing stop, question,
    exclamation or trailing dots, no dialogue's attribution nor a dash inside, as a list's items have."""
    return bool(_DASHED_HEADLINE.match(text)) and word_count(text) >= 3 and headline_like(text) \
        and not text.rstrip("»\"”) ").endswith(("?", "!", "…", "...")) and not _INNER_DASH.search(text)


def _slashed_credit(text: str) -> bool:
    """`Sputnik / Виктор Толочко`, `РИА Новости / Алексей Никольский / Перейти в фотобанк`."""
    parts = [p.strip() for p in re.split(r"\s/\s", text)]
    return (2 <= len(parts) <= 4 and all(0 < word_count(p) <= 5 and not _TERMINAL.search(p) for p in parts)
            and (bool(_PHOTO_AGENCY.search(text)) or "фотобанк" in text.lower()
                 or all(p[:1].isupper() for p in parts)))


def _glued_credit_cut(text: str) -> int:
    """Where a credit glued to a caption on the same line ends or begins, or 0."""
    if _CREDIT.match(text) or re.search(r"\s/\s", text):
        glued = _PHOTOBANK.search(text)
        if glued:
            return glued.end()
    mark = text.find("©")
    if mark > 0 and word_count(text[mark:]) <= 10 and word_count(text[:mark]) >= 1:
        return mark
    return 0


def headline_like(text: str) -> bool:
    """A related-article headline: short, no closing full stop."""
    return 0 < word_count(text) <= 25 and len(text) <= 200 and not re.search(r"(?<!\.\.)[.;,:]$", text)


def title_like(text: str) -> bool:
    return 0 < word_count(text) <= 40 and len(text) <= 300 and not re.search(r"(?<!\.\.)[.;,:]$", text)


def subheading_like(text: str) -> bool:
    return (0 < word_count(text) <= 10 and len(text) <= 90 and text[:1].isupper()
            and not _TERMINAL.search(text.rstrip("?!")) and not text.endswith(("?»", "!»")))


def sentence_like(text: str) -> bool:
    return word_count(text) >= 8 and bool(_SENTENCE_END.search(text)) or word_count(text) >= 15


def caption_like(text: str) -> bool:
    """What stands under a photo: a phrase, not a sentence, or one that ends `Архивное фото`."""
    return word_count(text) <= 40 and (not sentence_like(text) or bool(_PHOTO_AGENCY.search(text)))


def _similar(a: str, b: str) -> bool:
    """Whether two lines say the same (a caption that repeats the title or another caption)."""
    wa, wb = set(_normal(a).split()), set(_normal(b).split())
    return bool(wa and wb) and len(wa & wb) / len(wa | wb) >= 0.7


# ---------------------------------------------------------------- repetition across a site's articles

def repetition_key(text: str) -> str:
    return _normal(text)


class RepeatedLines:
    """Counts short lines across the articles of one site; those in many of them are boilerplate."""

    MAX_LENGTH = 120

    def __init__(self, min_docs: int = 3, min_share: float = 0.3):
        self.min_docs = min_docs
        self.min_share = min_share
        self.docs: Counter[str] = Counter()
        self.lines: dict[str, Counter[str]] = defaultdict(Counter)

    def add(self, site: str, text: str) -> None:
        self.docs[site] += 1
        keys = {repetition_key(line.text) for line in split_lines(text) if len(line.text) <= self.MAX_LENGTH}
        self.lines[site].update(k for k in keys if k)

    def frequent(self, site: str) -> frozenset[str]:
        needed = max(self.min_docs, self.min_share * self.docs[site])
        return frozenset(k for k, n in self.lines[site].items() if n >= needed)


# ---------------------------------------------------------------- the stage

class Layout:
    """Pipeline stage: splits an article's text into title, lead, dateline, paragraphs, boilerplate."""

    name: str = "layout"
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ("title", "lead", "paragraphs", "boilerplate", "dateline")

    def __init__(self, repeated: Iterable[str] = ()):
        self.repeated = frozenset(repeated)

    def __call__(self, article: Article) -> Article:
        text = article.text
        lines = split_lines(text)
        pieces = self._pieces(lines)
        labels, dateline = self._label(pieces, article.meta.get("title"))
        self._emit(article, pieces, labels, dateline)
        return article

    def repeated_in(self, text: str) -> list[str]:
        """The site's repeated lines that a text holds: all that this stage's record of it depends on
        beyond the text."""
        if not self.repeated:
            return []
        return sorted({key for piece in self._pieces(split_lines(text))
                       if (key := repetition_key(piece.text)) in self.repeated})

    # A line can hold two pieces where the page glued a photo credit to its caption: the credit first
    # (`© Sputnik / ... / Перейти в фотобанкБрифинг ...`) or the caption first (`Дмитрий Песков© ТАСС`).
    @staticmethod
    def _pieces(lines: list[Line]) -> list[Line]:
        pieces = []
        for line in lines:
            cut = _glued_credit_cut(line.text)
            if cut:
                pieces.append(Line(line.start, line.start + cut, line.text[:cut], line.blank_before))
                pieces.append(Line(line.start + cut, line.end, line.text[cut:], False))
            else:
                pieces.append(line)
        return pieces

    def _label(self, pieces: list[Line], given_title: Optional[str]) -> tuple[list[str], Optional[DatelineMatch]]:
        """One label a piece (title | lead | body | subheading | dateline-body | bp:<kind>), and the
        dateline, parsed."""
        n = len(pieces)
        kinds = [line_kind(p.text) for p in pieces]
        for i in range(1, n):
            if kinds[i] == "related" and _SIGNATURE.match(pieces[i].text) \
                    and _QUOTE_ALONE.match(pieces[i - 1].text.strip()) \
                    and not _QUOTE_ATTRIBUTED.search(pieces[i - 1].text):
                kinds[i] = None  # a signature, no headline
        for i, p in enumerate(pieces):
            if kinds[i] is None and self.repeated and repetition_key(p.text) in self.repeated:
                kinds[i] = "repeated"
        labels = ["bp:" + k if k else "" for k in kinds]
        for i in range(1, n):  # the other half of a line glued to a credit is the caption
            if pieces[i].start == pieces[i - 1].end:
                if kinds[i - 1] == "credit" and not labels[i]:
                    labels[i] = "bp:caption"
                elif kinds[i] == "credit" and not labels[i - 1]:
                    labels[i - 1] = "bp:caption"

        title = self._find_title(pieces, labels, given_title)
        if title is not None:
            labels[title] = "title"
        dateline, parsed = next(((i, found) for i in range(n)
                                 if not labels[i] and (found := match_dateline(pieces[i].text))), (None, None))
        if dateline is not None:
            labels[dateline] = "dateline-body"
            self._label_header(pieces, labels, title, dateline)
        self._label_related_lists(pieces, labels)
        self._label_captions_in_body(pieces, labels)
        self._label_footer(pieces, labels)
        for i in range(n):
            if not labels[i]:
                labels[i] = "body"
        self._label_subheadings(pieces, labels)
        return labels, parsed

    @staticmethod
    def _find_title(pieces, labels, given_title) -> Optional[int]:
        candidates = [i for i in range(len(pieces)) if not labels[i]]
        if given_title:
            wanted = _normal(given_title)
            return next((i for i in candidates[:5] if _normal(pieces[i].text) == wanted), None)
        if len(candidates) < 2:
            return None
        first = candidates[0]
        if first > 3 or not title_like(pieces[first].text) or match_dateline(pieces[first].text):
            return None
        return first

    @staticmethod
    def _label_header(pieces, labels, title, dateline) -> None:
        """Between the title and the dateline: the lead, and captions and chrome around the photo."""
        start = title + 1 if title is not None else 0
        header = [i for i in range(start, dateline) if not labels[i]]
        title_text = pieces[title].text if title is not None else ""
        seen: list[str] = []
        for i in header:
            text = pieces[i].text
            follows_credit = i > 0 and labels[i - 1] in ("bp:credit", "bp:caption")
            if (title_text and _similar(text, title_text)) or any(_similar(text, s) for s in seen) \
                    or (follows_credit and caption_like(text)):
                labels[i] = "bp:caption"
            seen.append(text)
        leads = [i for i in header if not labels[i] and word_count(pieces[i].text) >= 8]
        if leads:
            labels[max(leads, key=lambda i: len(pieces[i].text))] = "lead"
        for i in header:
            if not labels[i]:
                labels[i] = "bp:caption" if word_count(pieces[i].text) > 3 else "bp:chrome"

    @staticmethod
    def _label_related_lists(pieces, labels) -> None:
        """The headlines listed after a `Читайте также:` line, up to a blank line or a non-headline."""
        for i, label in enumerate(labels):
            if label != "bp:related_heading":
                continue
            for j in range(i + 1, len(pieces)):
                if j > i + 1 and pieces[j].blank_before:
                    break
                if labels[j] in ("", "body") and headline_like(pieces[j].text):
                    labels[j] = "bp:related"
                elif labels[j] != "bp:related":
                    break

    @staticmethod
    def _label_captions_in_body(pieces, labels) -> None:
        """A short line right after a photo credit in the body is that photo's caption."""
        for i in range(1, len(pieces)):
            if labels[i - 1] == "bp:credit" and not labels[i] and caption_like(pieces[i].text):
                labels[i] = "bp:caption"

    @staticmethod
    def _label_footer(pieces, labels) -> None:
        """Once the page's furniture starts after the last article line (a `Читайте также:` list,
        `Лента новостей`), the short lines that follow it are chrome too."""
        content = [i for i, label in enumerate(labels) if label in ("", "dateline-body", "lead", "title")
                   and (label or sentence_like(pieces[i].text))]
        last = max(content, default=-1)
        furniture = next((i for i in range(last + 1, len(pieces))
                          if labels[i] in ("bp:chrome", "bp:related_heading", "bp:related")
                          and not _DASHED_HEADLINE.match(pieces[i].text)), None)  # (one set in the body is no
        # furniture: the lines after it go on with the article, hard-wrapped ones too)
        if furniture is None:
            return
        for i in range(furniture + 1, len(pieces)):
            text = pieces[i].text
            if not labels[i] and word_count(text) <= 4 and not _SENTENCE_END.search(text):
                labels[i] = "bp:chrome"

    @staticmethod
    def _label_subheadings(pieces, labels) -> None:
        """A short unpunctuated line between body paragraphs, not part of a list of short lines."""
        n = len(pieces)
        for i in range(n):
            if labels[i] != "body" or not subheading_like(pieces[i].text):
                continue
            after = next((j for j in range(i + 1, n) if not labels[j].startswith("bp:")), None)
            before = next((j for j in range(i - 1, -1, -1) if not labels[j].startswith("bp:")), None)
            if after is None or labels[after] not in ("body", "dateline-body"):
                continue
            if _continues(pieces[i].text, pieces[after].text) and not pieces[after].blank_before:
                continue  # a hard-wrapped line, not a heading
            if not sentence_like(pieces[after].text):
                continue  # a run of short lines is a list, not a heading
            if before is not None and labels[before] == "body" and not sentence_like(pieces[before].text) \
                    and not pieces[i].blank_before:
                continue
            labels[i] = "subheading"

    @staticmethod
    def _emit(article: Article, pieces: list[Line], labels: list[str], dateline: Optional[DatelineMatch]) -> None:
        text = article.text
        paragraphs: list[Paragraph] = []
        wrapped = _paragraphs_set_apart(pieces, labels)
        for piece, label in zip(pieces, labels):
            if label == "title":
                article.title = Span.of(text, piece.start, piece.end)
            elif label == "lead":
                article.lead = Span.of(text, piece.start, piece.end)
            elif label.startswith("bp:"):
                article.boilerplate.append(Boilerplate.of(text, piece.start, piece.end, kind=label[3:]))
            elif label == "subheading":
                paragraphs.append(Paragraph.of(text, piece.start, piece.end, kind="subheading"))
            else:
                previous = paragraphs[-1] if paragraphs else None
                if label == "body" and previous is not None and previous.kind == "body" \
                        and _continues(previous.text, piece.text, wrapped) and not piece.blank_before:
                    paragraphs[-1] = Paragraph.of(text, previous.start, piece.end, kind="body")
                else:
                    paragraphs.append(Paragraph.of(text, piece.start, piece.end, kind="body"))
                if label == "dateline-body" and dateline is not None:
                    end = piece.start + len(piece.text[:dateline.end].rstrip(" " + DASHES))
                    article.dateline = Dateline.of(text, piece.start, end, place=dateline.place,
                                                   agency=dateline.agency, parsed=dateline)
        article.paragraphs = paragraphs


def _paragraphs_set_apart(pieces: list[Line], labels: list[str]) -> bool:
    """Does the page set its body paragraphs apart with blank lines: some, and no body line after a sentence's
    end without one? Then a line break with no blank line is where the page wrapped a line of a paragraph."""
    body = [k for k, label in enumerate(labels) if label in ("body", "dateline-body")]
    apart = sum(1 for k in body[1:] if pieces[k].blank_before)
    joined = sum(1 for previous, k in zip(body, body[1:])
                 if not pieces[k].blank_before and _SENTENCE_END.search(pieces[previous].text))
    return apart >= _PARAGRAPHS_SET_APART and not joined


def _continues(previous: str, line: str, wrapped: bool = False) -> bool:
    """A hard-wrapped line: the one before stops mid-sentence and this one goes on in lower case, or
    the one before stops where no sentence or heading can, at a comma or a preposition or conjunction
    (`В компании отмечают, что на` / `"КамАЗе" программа ...`), or anywhere but a sentence's end where the
    page sets its paragraphs apart with blank lines (`wrapped`: `президент Дмитрий` / `Медведев, ...`)."""
    if _SENTENCE_END.search(previous):
        return False
    if wrapped and word_count(previous) >= _WRAPPED_WORDS and not any(_LIST_ITEM.match(t) for t in (previous, line)):
        return True  # not a list of headlines (`- Левые политики ...`) or a numbered heading (`4. С умом ...`)
    if line[:1].islower() or previous.endswith(","):
        return True
    last = _LAST_WORD.search(previous)
    return last is not None and morph.function_word(last.group())
