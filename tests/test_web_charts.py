"""The charts' labels, from the SVG the server sends: inside the drawing, clear of one another and of the
marks, on crowded inputs. Boxes come from the charts' own estimate of text width; the browser tests check
the estimate against the drawn text."""

from __future__ import annotations

import random
from itertools import combinations
from xml.etree import ElementTree

import pytest

from whosaid.store.queries import EventParticipant, EventRow
from whosaid.web.charts import (Box, circle_box, events_timeline, label_box, network_graph, statements_by_month,
                                text_width)
from whosaid.web.data import Edge, Network, Node

SVG = "{http://www.w3.org/2000/svg}"
LONG_NAMES = ["Министерство иностранных дел Российской Федерации", "Константин Константинопольский",
              "Верховный комиссар ООН по правам человека", "Жанна Шмелёва-Щукина", "ЮНЕСКО", "Мишель Бачелет"]


def drawn(svg) -> tuple[Box, list[tuple[str, Box]], list[Box]]:
    """The drawing's box, each label with its box, and each circle's box."""
    root = ElementTree.fromstring(str(svg))
    left, top, width, height = map(float, root.get("viewBox").split())
    size = float(root.get("font-size"))
    labels = [(text.text, label_box(float(text.get("x")), float(text.get("y")), text.text,
                                    float(text.get("font-size", size)), text.get("text-anchor", "start")))
              for text in root.iter(SVG + "text")]
    circles = [circle_box(float(c.get("cx")), float(c.get("cy")), float(c.get("r"))) for c in root.iter(SVG + "circle")]
    return Box(left, top, left + width, top + height), labels, circles


def assert_labels_clear(svg) -> list[str]:
    view, labels, circles = drawn(svg)
    for text, box in labels:
        assert box.within(view), f"{text!r} runs out of the drawing: {box} in {view}"
        for circle in circles:
            assert not box.overlaps(circle), f"{text!r} covers a mark at {circle}"
    for (one, box), (other, other_box) in combinations(labels, 2):
        assert not box.overlaps(other_box), f"{one!r} and {other!r} overlap"
    return [text for text, _ in labels]


def test_text_width_grows_with_wide_letters():
    assert text_width("ЖЖЖ") > text_width("ННН") > text_width("ннн") > text_width("iii")
    assert text_width("Мария Захарова", 24) == 2 * text_width("Мария Захарова", 12)


def months(first_year: int, last_year: int) -> list[str]:
    return [f"{year}-{month:02d}" for year in range(first_year, last_year + 1) for month in range(1, 13)]


def crowded_timeline() -> list[tuple[str, int]]:
    """28 years of months, with five-digit counts."""
    return [(month, (n * 7919) % 13000) for n, month in enumerate(months(1995, 2022))]


@pytest.mark.parametrize("timeline", [
    [("2022-01", 5), ("2022-02", 3)],
    [(month, n) for n, month in enumerate(months(2021, 2022))],
    crowded_timeline(),
], ids=["two months", "two years", "28 years, five-digit counts"])
def test_the_monthly_chart_names_months_without_collisions(timeline):
    labels = assert_labels_clear(statements_by_month(timeline, "statements"))
    named = [label for label in labels if "-" in label]
    assert len(named) >= 2
    if len(timeline) > 24:  # thinned on the calendar: every named month starts a quarter, half or year
        assert all(label.endswith(("-01", "-04", "-07", "-10")) for label in named)


def test_undated_statements_have_a_bar_of_their_own_after_the_months():
    svg = statements_by_month([("2022-01", 2)], "statements", undated=29)
    assert "undated" in assert_labels_clear(svg)
    bars = {bar.get("data-month"): bar for bar in ElementTree.fromstring(str(svg)).iter(SVG + "rect")}
    assert list(bars) == ["2022-01", "undated"]  # never counted in a month
    assert float(bars["undated"].get("x")) > float(bars["2022-01"].get("x"))
    assert float(bars["undated"].get("height")) > 10 * float(bars["2022-01"].get("height"))
    assert bars["undated"].find(SVG + "title").text == "29 statements in articles with no date"
    alone = assert_labels_clear(statements_by_month([], "statements", undated=1))
    assert alone == ["0", "1", "no dated statements", "undated"]


@pytest.mark.parametrize("timeline", [crowded_timeline(), [(month, n) for n, month in enumerate(months(2021, 2022))]],
                         ids=["28 years", "two years"])
def test_the_undated_bar_keeps_clear_of_the_month_names(timeline):
    assert "undated" in assert_labels_clear(statements_by_month(timeline, "statements", undated=12345))


def event(day: str, kind: str, *names: str, until: str | None = None) -> EventRow:
    return EventRow(0, "a", None, day, kind, "переговоры", 10, 20, None, day, until, None,
                    [EventParticipant(name, "participant") for name in names])


def undated_event(reported: str | None, kind: str = "session") -> EventRow:
    """An event the text gives no date for, in an article published on `reported`."""
    return EventRow(0, "b", None, reported, kind, "заседание", 30, 39, "Брюссель", None, None, "planned",
                    [EventParticipant("Совет Россия-НАТО", "participant")])


def test_an_event_without_a_date_is_not_drawn_at_the_day_it_was_reported():
    svg = events_timeline([event("2022-01-09", "talks", "Сергей Рябков", until="2022-01-10"),
                           undated_event("2022-01-11")])
    labels = assert_labels_clear(svg)
    assert "date unknown" in labels and "2022-01-11" not in labels  # the axis ends with the dated talks
    root = ElementTree.fromstring(str(svg))
    heading = next(t for t in root.iter(SVG + "text") if t.text == "date unknown")
    marks = {link.find(SVG + "title").text: link for link in root.iter(SVG + "a")}
    session = marks["session: заседание — Совет Россия-НАТО, Брюссель (date unknown, reported on 2022-01-11)"]
    talks = marks["talks: переговоры — Сергей Рябков (2022-01-09 … 2022-01-10)"]
    dot, bar = session.find(SVG + "circle"), talks.find(SVG + "rect")
    assert float(dot.get("cx")) > float(bar.get("x")) + float(bar.get("width"))
    assert abs(float(dot.get("cx")) - float(heading.get("x"))) < 50  # in the column under its heading


def test_many_undated_events_are_counted_where_they_do_not_fit():
    svg = events_timeline([undated_event(None, "session") for _ in range(12)] + [undated_event("2022-01-11", "talks")])
    labels = assert_labels_clear(svg)
    assert "no event dated by its text" in labels and "date unknown" in labels
    shown = sum(1 for circle in ElementTree.fromstring(str(svg)).iter(SVG + "circle"))
    assert f"+{12 - (shown - 1)}" in labels  # the sessions not drawn, counted; the talks drawn


def crowded_events() -> list[EventRow]:
    """50 events of five types (one with a long name) in three months, each with two long names; a range."""
    chooser = random.Random(18)
    kinds = ["talks", "meeting", "press_conference", "court_hearing_of_an_unusually_long_kind", "detention"]
    events = [event(f"2022-0{chooser.randint(1, 3)}-{chooser.randint(10, 28)}", chooser.choice(kinds),
                    *chooser.sample(LONG_NAMES, 2)) for _ in range(50)]
    return events + [event("2022-01-10", "talks", "Сергей Рябков", until="2022-01-12")]


def test_a_crowded_events_timeline_keeps_its_labels_apart():
    labels = assert_labels_clear(events_timeline(crowded_events()))
    assert "court hearing of an unu…" in labels  # shortened, the whole type in its tooltip
    assert sum("…" in label or "," in label for label in labels) >= 5  # marks named where there is room


def test_events_on_one_day_name_that_day_once():
    labels = assert_labels_clear(events_timeline([event("2022-01-10", "talks", "Сергей Рябков"),
                                                  event("2022-01-10", "talks", "Уэнди Шерман")]))
    assert labels.count("2022-01-10") == 1
    assert "Сергей Рябков" in labels


def crowded_network(speakers: int, others: int, mentions: int = 4) -> Network:
    """`speakers` speakers with long names, each naming `mentions` of `others` others."""
    chooser = random.Random(speakers * 1000 + others)
    names = [f"{chooser.choice(LONG_NAMES)} {i}" for i in range(speakers + others)]
    graph = Network([Node(i, names[i], "PER", chooser.randint(1, 400) if i < speakers else 0)
                     for i in range(speakers + others)])
    for speaker in range(speakers):
        for about in chooser.sample(range(speakers, speakers + others), min(mentions, others)):
            count = chooser.randint(1, 30)
            graph.edges.append(Edge(speaker, about, count))
            graph.nodes[about].mentioned += count
    return graph


@pytest.mark.parametrize("speakers, others", [(1, 1), (1, 12), (3, 2), (15, 40), (50, 150)])
def test_the_network_names_every_node_clear_of_the_others(speakers, others):
    graph = crowded_network(speakers, others)
    svg = network_graph(graph)
    assert_labels_clear(svg)
    for node, link in zip(graph.nodes, ElementTree.fromstring(str(svg)).iter(SVG + "a"), strict=True):
        label = link.find(SVG + "text").text
        assert label == node.name or len(label) == 24 and label == node.name[:23] + "…"
        assert link.find(SVG + "title").text.startswith(node.name + " (PER)")  # the whole name as its tooltip


def test_whom_a_speaker_names_stands_on_that_speakers_side():
    graph = Network([Node(0, "Захарова", "PER", 9), Node(1, "Песков", "PER", 5)]
                    + [Node(i, f"Место {i}", "LOC", 0, 1) for i in range(2, 8)],
                    [Edge(0, about, 1) for about in (2, 3, 4)] + [Edge(1, about, 1) for about in (5, 6, 7)])
    root = ElementTree.fromstring(str(network_graph(graph)))
    x = {a.find(SVG + "text").text: float(a.find(SVG + "circle").get("cx")) for a in root.iter(SVG + "a")}
    assert x["Захарова"] > 0 > x["Песков"]
    assert all(x[f"Место {i}"] > 0 for i in (2, 3, 4)) and all(x[f"Место {i}"] < 0 for i in (5, 6, 7))


def test_an_empty_network_says_so():
    assert "nobody to draw" in network_graph(Network())
