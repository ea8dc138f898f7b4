"""The same person across articles: when two name keys may be one person.

The entities stage gives each entity a key: its type and normalised name (`PER:мария захарова`).
Keys that are equal are one identity. A person's name also varies between articles (`Мария
Захарова`, `М. Захарова`, `Захарова`, `Захарова М.В.`): two person keys are compatible when their
surnames are equal and every given name or patronymic that both carry agrees, an initial agreeing
with any name that starts with it. The store links a new key to the one identity it is compatible
with, and to none when several are (two Захаровы): a wrong merge is worse than a split, which an
analyst can merge (`whosaid identities --merge`). A name an analyst types is matched the same way,
its words compared in any form (`Захаровой М.В.`; see `queries.name_matches`).
"""

from __future__ import annotations

import operator
import re
from dataclasses import dataclass
from typing import Callable, Optional

from ..morph import fold

_PART = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


@dataclass(frozen=True, slots=True)
class PersonName:
    surname: str
    given: tuple[str, ...]  # first name, then patronymic: full words or initials

    @classmethod
    def parse(cls, key: str) -> Optional["PersonName"]:
        """The parts of a person key or name (`PER:мария захарова`, `Захарова М.В.`), or None."""
        name = key.partition(":")[2] or key
        parts = _PART.findall(name.lower().replace("ё", "е"))
        full = [i for i, part in enumerate(parts) if len(part) > 1]
        if not full:
            return None
        surname = full[-1]
        return cls(parts[surname], tuple(p for i, p in enumerate(parts) if i != surname))

    def compatible(self, other: "PersonName", same: Callable[[str, str], bool] = operator.eq) -> bool:
        """Whether both may name one person; `same` says when two whole words are one name (keys,
        already nominative, are equal; a typed name may be in another case)."""
        return same(self.surname, other.surname) and all(
            _same_given(a, b, same) for a, b in zip(self.given, other.given))


def _same_given(a: str, b: str, same: Callable[[str, str], bool]) -> bool:
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    return same(a, b)


def normal_key(entity_type: str, name: str) -> str:
    """`TYPE:name` with the name lower-cased, `ё` as `е`, spaces collapsed: how keys are compared."""
    return f"{entity_type}:{' '.join(name.lower().replace('ё', 'е').split())}"


def entity_key(key: str, entity_type: str) -> str:
    """An entity's key from the entities stage, normalised (a key without its type gets the entity's)."""
    head, colon, name = key.partition(":")
    if colon and head.isalpha() and head.isupper():
        return normal_key(head, name)
    return normal_key(entity_type, key)


def outlet_key(source: Optional[str]) -> Optional[str]:
    """How outlets are compared: `Sputnik`, `sputnik` and ` SPUTNIK ` are one, and so are `ТАСС` and
    `тасс` (folded here, not by the database: SQLite's lower() leaves Cyrillic as it is)."""
    return " ".join(fold(source).split()) if source is not None else None


# The entity type a speaker of each kind is, for speakers that no entity stands for. An outlet no
# entity stands for is only described (`газета`, `западные СМИ`): like a group, no identity.
SPEAKER_TYPES = {"person": "PER", "organization": "ORG", "country": "LOC"}


def speaker_key(name: str, kind: str) -> Optional[str]:
    """The identity key of a named speaker that no entity stands for, or None (groups, unnamed, outlets)."""
    entity_type = SPEAKER_TYPES.get(kind)
    return normal_key(entity_type, name) if entity_type and name.strip() else None
