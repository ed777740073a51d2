"""What the product knows, read once from ``graph/data`` and passed to whatever needs it.

``load_knowledge(settings)`` reads the gazetteer (``data/gazetteer/*.tsv``), the relation
registry (``data/relations.tsv``), the lexicon of the configured language
(``data/lexicon/<lang>/*.tsv``) and the calibrated confidence model (``data/calibration/``,
see ``graph.knowledge.calibration``), checking every row: a bad row raises ``KnowledgeError``
naming its file and line. Nothing here is cached behind the caller's back: build the
``Knowledge`` once (the ``Builder`` does) and pass it on.
"""

from __future__ import annotations

from dataclasses import dataclass

from graph.errors import KnowledgeError
from graph.knowledge.calibration import Calibration, load_calibration
from graph.knowledge.gazetteer import Gazetteer, load_gazetteer
from graph.knowledge.lexicon import Lexicon, load_lexicon
from graph.schema import Registry, load_registry
from graph.settings import Settings

__all__ = ["Calibration", "Knowledge", "load_knowledge"]


@dataclass(frozen=True)
class Knowledge:
    gazetteer: Gazetteer
    lexicon: Lexicon
    lang: str
    calibration: Calibration
    relations: Registry


def load_knowledge(settings: Settings) -> Knowledge:
    """The gazetteer, the relation registry, the lexicon of ``settings.language`` (whose
    triggers and themes must name registered relations) and the confidence model."""
    data = settings.data_dir
    relations = load_registry(data)
    lexicon_dir = data / "lexicon" / settings.language
    if not lexicon_dir.is_dir():
        have = sorted(p.name for p in (data / "lexicon").iterdir() if p.is_dir())
        raise KnowledgeError(
            f"no lexicon for language {settings.language!r} in {data / 'lexicon'};"
            f" available: {', '.join(have)}"
        )
    return Knowledge(
        gazetteer=load_gazetteer(data / "gazetteer"),
        lexicon=load_lexicon(lexicon_dir, relations.names),
        lang=settings.language,
        calibration=load_calibration(data / "calibration"),
        relations=relations,
    )
