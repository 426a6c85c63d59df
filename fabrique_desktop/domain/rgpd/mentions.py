"""A person named in the free text of other records (a need's description, a decision's
notes, a milestone's comment…): found before an erasure, listed in its confirmation and
in the export, redacted by the erasure itself.

A name matches whole words, whatever the accents, case and punctuation between them
(:func:`~..text.fold`): « lucja kowalczyk », « KOWALCZYK, Łucja » and
« lucja.kowalczyk@exemple.fr » are found; « Kowalczyk-Nowak » is not « Kowalczyk ». A
name of one word alone (« Martin ») is never searched: it would take other people's.
"""

from __future__ import annotations

import itertools
import re
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ...store.history import is_server
from ..enums import HolderKind, PersonKind
from ..models import (
    AgendaItem,
    BaseModel,
    Candidacy,
    CandidacyScore,
    Committee,
    Decision,
    Milestone,
    Need,
    OpportunityStudy,
    Partner,
    Project,
    StudyScore,
    database,
)
from ..models import Holder as HolderModel
from ..text import ascii_fold, fold
from .personal_map import FIELD_LABELS, PERSON_MAP
from .persons import Person

#: Every field where staff type free text, by model: where a person may be named.
SEARCHED: dict[type[BaseModel], tuple[str, ...]] = {
    Need: ("title", "description", "source_detail", "target_public", "existing_offer"),
    OpportunityStudy: ("recommendation_text",),
    StudyScore: ("comment",),
    HolderModel: ("notes",),
    Partner: ("notes",),
    Project: ("title",),
    Milestone: ("title", "notes"),
    Candidacy: ("notes",),
    CandidacyScore: ("comment",),
    Committee: ("notes",),
    AgendaItem: ("title", "notes", "outcome_notes"),
    Decision: ("notes",),
}

#: What each searched record is called in a confirmation or an export.
RECORD_LABELS = {
    Need: "Besoin",
    OpportunityStudy: "Étude d'opportunité",
    StudyScore: "Grille d'une étude",
    HolderModel: "Porteur",
    Partner: "Acteur du réseau",
    Project: "Projet",
    Milestone: "Jalon",
    Candidacy: "Candidature",
    CandidacyScore: "Grille d'une candidature",
    Committee: "Comité",
    AgendaItem: "Point de l'ordre du jour",
    Decision: "Décision",
}

#: Words as a name is written: an e-mail address is one word, a hyphen joins two
#: (« Kowalczyk-Nowak » is not « Kowalczyk », « lucja.kowalczyk.nowak@… » not « Lucja
#: Kowalczyk »).
_WORDS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[^\W_]+(?:-[^\W_]+)*")
_ROUGH_WORDS = re.compile(r"[a-z0-9]+")
_SIEVES = itertools.count()
#: Characters shown around an occurrence in a confirmation or an export.
_AROUND = 40

Needle = tuple[str, ...]


@dataclass(frozen=True)
class Mention:
    """One field of one record that names the person."""

    model: type[BaseModel]
    record_id: uuid.UUID
    field: str
    excerpt: str

    @property
    def where(self) -> str:
        """« Besoin — description »: for a confirmation."""
        return f"{RECORD_LABELS[self.model]} — {FIELD_LABELS.get(self.field, self.field)}"

    def as_row(self) -> dict[str, str]:
        return {
            "record": RECORD_LABELS[self.model],
            "field": FIELD_LABELS.get(self.field, self.field),
            "excerpt": self.excerpt,
            "id": self.record_id.hex,
        }


def needles(person: Person) -> list[Needle]:
    """The folded word sequences that name ``person``: their full name both ways round,
    their e-mail address."""
    record = person.record
    names: list[str] = []
    if person.kind is PersonKind.HOLDER:
        if record.kind == HolderKind.PERSON:
            names = [
                f"{record.first_name} {record.last_name}",
                f"{record.last_name} {record.first_name}",
            ]
    elif person.kind is PersonKind.PARTNER_CONTACT:
        names = [record.contact_name]
    else:
        names = [record.name]
    found = [tuple(_WORDS.findall(fold(name))) for name in names]
    found = [n for n in found if len(n) >= 2]  # one word alone would name others too
    address = fold(person.email).strip()
    if address:
        found.append((address,))
    return list(dict.fromkeys(found))


def _spans(folded: str, index: dict[str, list[Needle]]) -> list[tuple[int, int]]:
    """Where, in ``folded``, a needle of ``index`` (keyed by its first word) matches."""
    words = list(_WORDS.finditer(folded))
    spans = []
    for position, word in enumerate(words):
        for needle in index.get(word.group(), ()):
            end = position + len(needle)
            if end <= len(words) and all(
                words[position + k].group() == needle[k] for k in range(1, len(needle))
            ):
                spans.append((word.start(), words[end - 1].end()))
    return spans


def _folded_with_positions(text: str) -> tuple[str, list[int]]:
    """``text`` folded, with the position in ``text`` of each folded character (folding
    may change lengths: « Œ » gives « oe », « é » typed as two characters gives « e »)."""
    if text.isascii():
        return text.casefold(), list(range(len(text)))
    pieces, positions = [], []
    for place, char in enumerate(text):
        folded = fold(char)
        pieces.append(folded)
        positions.extend([place] * len(folded))
    return "".join(pieces), positions


def _original_spans(text: str, index: dict[str, list[Needle]]) -> list[tuple[int, int]]:
    folded, positions = _folded_with_positions(text)
    spans = []
    for start, end in _spans(folded, index):
        last = positions[end - 1] + 1
        while last < len(text) and fold(text[last]) == "":  # its combining accents
            last += 1
        spans.append((positions[start], last))
    return spans


def _index(people_needles: Iterable[Needle]) -> dict[str, list[Needle]]:
    index: dict[str, list[Needle]] = defaultdict(list)
    for needle in people_needles:
        index[needle[0]].append(needle)
    return index


def redact(text: str, person_needles: list[Needle], replacement: str) -> str:
    """``text`` with every occurrence of the person replaced by ``replacement``."""
    if not text or not person_needles:
        return text
    spans = _original_spans(text, _index(person_needles))
    for start, end in sorted(set(spans), reverse=True):
        text = text[:start] + replacement + text[end:]
    return text


def _excerpt(text: str, span: tuple[int, int]) -> str:
    start, end = max(0, span[0] - _AROUND), min(len(text), span[1] + _AROUND)
    return (
        ("…" if start else "")
        + " ".join(text[start:end].split())
        + ("…" if end < len(text) else "")
    )


def find_mentions(
    people: Iterable[Person], skip: Callable[[type[BaseModel], str, str], bool] | None = None
) -> dict[uuid.UUID, list[Mention]]:
    """For each person, the fields of the searched records that name them, in one pass
    over the file (a bulk erasure reads every text once, not once per person).

    ``skip(model, key, field)`` (``key`` as stored: hex) leaves out fields the erasure
    blanks anyway.
    """
    owners: dict[Needle, list[uuid.UUID]] = defaultdict(list)
    for person in people:
        for needle in needles(person):
            owners[needle].append(person.id)
    found: dict[uuid.UUID, list[Mention]] = defaultdict(list)
    if not owners:
        return found
    index = _index(owners)
    # On a server, the first folded words of the needles: it sieves in SQL.
    sieve = [needle[0] for needle in owners] if is_server(database) else _sieve(owners)
    for model, fields in SEARCHED.items():
        for key, name, value in _texts(model, fields, sieve):
            if skip is not None and skip(model, key, name):
                continue
            words = set(_WORDS.findall(fold(value)))
            candidates = [
                needle
                for word in words & index.keys()
                for needle in index[word]
                if words.issuperset(needle)
            ]
            for person_key, span in _matches(value, candidates, owners):
                found[person_key].append(
                    Mention(model, uuid.UUID(key), name, _excerpt(value, span))
                )
    return found


def _sieve(owners: Iterable[Needle]) -> Callable[[str], bool] | None:
    """A text can name someone only if its rough words hold the first rough word of one
    of their needles (a needle in another script always passes: None, no sieve). SQLite
    runs it while reading: only the texts it keeps reach the exact match.

    It runs once per non-empty text of the file (1.5 million at 100,000 needs): one
    Python call each, ASCII text folded inline, is what keeps it cheap."""
    anchors = {_ROUGH_WORDS.findall(ascii_fold(n[0]))[:1][0] for n in owners if _rough(n)}
    if any(not _rough(n) for n in owners):
        return None
    if len(anchors) <= 8:  # one person: a substring test beats splitting into words

        def sieve(text: str) -> bool:
            rough = text.casefold() if text.isascii() else ascii_fold(text)
            return any(anchor in rough for anchor in anchors)

        return sieve

    def sieve(text: str, words=_ROUGH_WORDS.findall, disjoint=anchors.isdisjoint) -> bool:
        return not disjoint(words(text.casefold() if text.isascii() else ascii_fold(text)))

    return sieve


def _texts(model: type[BaseModel], fields: tuple[str, ...], sieve):
    """(key as stored, field, text) of the non-empty ``fields`` values of ``model`` that
    ``sieve`` keeps (all when None), read raw: at 100,000 needs, building rows (or even
    keys) would cost more than the search itself."""
    if is_server(database):
        yield from _server_texts(model, fields, sieve)
        return
    connection = database.connection()
    # A name of its own each time: SQLite refuses to redefine a function while another
    # statement is running on the connection (a caller iterating over a query).
    function = f"rgpd_may_name_{next(_SIEVES)}"
    connection.create_function(function, 1, sieve or (lambda text: True), deterministic=True)
    table = model._meta.table_name
    for name in fields:
        column = getattr(model, name).column_name
        # The empty texts (most of them) are left out before any Python runs.
        cursor = connection.execute(
            f'SELECT id, "{column}" FROM "{table}"'
            f' WHERE "{column}" <> \'\' AND {function}("{column}")'
        )
        for key, value in cursor:
            yield key, name, value


def _server_texts(model: type[BaseModel], fields: tuple[str, ...], first_words: list[str]):
    """:func:`_texts` on a server: there the sieve is SQL. A text can name someone only
    if its folding (``search_fold``, the server's :func:`~..text.fold`) holds the first
    folded word of one of their needles; only those texts cross the network."""
    table = model._meta.table_name
    for name in fields:
        column = getattr(model, name).column_name
        cursor = database.execute_sql(
            f'SELECT id, "{column}" FROM "{table}" WHERE "{column}" <> \'\' AND EXISTS '
            f'(SELECT 1 FROM unnest(%s::text[]) AS word WHERE strpos(search_fold("{column}"), '
            "word) > 0)",
            (first_words,),
        )
        for key, value in cursor:
            yield key.hex if isinstance(key, uuid.UUID) else key, name, value


def _rough(needle: Needle) -> bool:
    """Whether the needle's first word has Latin letters or digits (the sieve sees it)."""
    return bool(_ROUGH_WORDS.search(ascii_fold(needle[0])))


def _matches(text: str, candidates: list[Needle], owners) -> list[tuple[uuid.UUID, tuple]]:
    """(person, first span) for each person one of ``candidates`` names in ``text``."""
    result: dict[uuid.UUID, tuple[int, int]] = {}
    for needle in candidates:
        spans = _original_spans(text, {needle[0]: [needle]})
        for person_key in owners[needle]:
            if spans and person_key not in result:
                result[person_key] = spans[0]
    return list(result.items())


def mentions_of(person: Person) -> list[Mention]:
    """The free text of other records naming ``person`` (not the fields of the person's
    own records, which the erasure blanks and the export shows anyway)."""
    blanked = {
        (reach.model, key.hex)
        for reach in PERSON_MAP[person.kind]
        if reach.erases
        for (key,) in reach.model.select(reach.model.id).where(reach.rows(person.id)).tuples()
    }
    fields = {reach.model: set(reach.erase) for reach in PERSON_MAP[person.kind]}

    def skip(model, key, name) -> bool:
        return (model, key) in blanked and name in fields.get(model, ())

    return find_mentions([person], skip).get(person.id, [])
