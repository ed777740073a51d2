"""The one TSV reader: comments and blank lines skipped, and a bad row named by file and line."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from graph.errors import KnowledgeError
from graph.knowledge import load_knowledge
from graph.knowledge.gazetteer import load_gazetteer
from graph.knowledge.lexicon import load_lexicon
from graph.settings import DATA_DIR, Settings
from graph.tsv import read_tsv


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "words.tsv"
    path.write_text(text, encoding="utf-8")
    return path


def test_reads_rows_skipping_comments_and_blank_lines(tmp_path: Path) -> None:
    path = _write(tmp_path, "# a comment\nword\tkind\n\nsend\t verb \n# another\nship\n")
    rows = read_tsv(path, required=("word",))
    assert [r.values for r in rows] == [
        {"word": "send", "kind": "verb"},
        {"word": "ship", "kind": ""},
    ]
    assert [r.line for r in rows] == [4, 6]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("word\tkind\nsend\tverb\textra\n", "words.tsv:2: 3 fields, but the header names 2"),
        ("word\tkind\n\n\tverb\n", "words.tsv:3: empty word"),
        ("kind\nverb\n", re.escape("words.tsv:1: the header lacks the columns ['word']")),
        ("# only a comment\n", "no header line"),
    ],
)
def test_a_bad_row_names_file_and_line(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(KnowledgeError, match=message):
        read_tsv(_write(tmp_path, text), required=("word",))


RELATIONS = ("supplies", "deploys", "pays", "trains", "supports")
RELATIONS += ("condemns", "attacks", "sanctions", "warns")


def _copy(tmp_path: Path, folder: str) -> Path:
    return Path(shutil.copytree(DATA_DIR / folder, tmp_path / folder))


def _append(path: Path, row: str) -> int:
    text = path.read_text(encoding="utf-8")
    path.write_text(text + row + "\n", encoding="utf-8")
    return len(text.splitlines()) + 1


def test_a_bad_trigger_row_is_named(tmp_path: Path) -> None:
    lexicon = _copy(tmp_path, "lexicon/en")
    line = _append(lexicon / "triggers.tsv", "smuggle\tVERB\tsupplies\tsmuggling\tto\tno\t\t")
    with pytest.raises(KnowledgeError, match=rf"triggers.tsv:{line}: frame is 'smuggling'"):
        load_lexicon(lexicon)


def test_a_trigger_of_an_unknown_relation_is_named(tmp_path: Path) -> None:
    lexicon = _copy(tmp_path, "lexicon/en")
    line = _append(lexicon / "triggers.tsv", "broker\tVERB\tmediates\tact_on\t\tno\t\t")
    with pytest.raises(KnowledgeError, match=rf"triggers.tsv:{line}: relation is 'mediates'"):
        load_lexicon(lexicon, relations=RELATIONS)


def test_a_bad_cue_kind_is_named(tmp_path: Path) -> None:
    lexicon = _copy(tmp_path, "lexicon/en")
    line = _append(lexicon / "cues.tsv", "perhaps\thedging")
    with pytest.raises(KnowledgeError, match=rf"cues.tsv:{line}: kind is 'hedging'"):
        load_lexicon(lexicon)


def test_an_act_of_an_unknown_relation_or_of_nothing_is_named(tmp_path: Path) -> None:
    lexicon = _copy(tmp_path, "lexicon/en")
    text = (lexicon / "acts.tsv").read_text(encoding="utf-8")
    line = _append(lexicon / "acts.tsv", "brokering\tbroker\tmediates\t")
    with pytest.raises(KnowledgeError, match=rf"acts.tsv:{line}: relations names 'mediates'"):
        load_lexicon(lexicon, relations=RELATIONS)
    (lexicon / "acts.tsv").write_text(text, encoding="utf-8")
    line = _append(lexicon / "acts.tsv", "episode\t\t\t")
    with pytest.raises(KnowledgeError, match=rf"acts.tsv:{line}: act 'episode' has neither"):
        load_lexicon(lexicon)


def test_a_bad_gazetteer_row_is_named(tmp_path: Path) -> None:
    gazetteer = _copy(tmp_path, "gazetteer")
    line = _append(gazetteer / "states.tsv", "Xy\tNowhere\tXY\tQ1\t\t\t\t")
    with pytest.raises(KnowledgeError, match=rf"states.tsv:{line}: iso3 is 'Xy'"):
        load_gazetteer(gazetteer)


def test_an_unknown_language_names_those_there_are() -> None:
    with pytest.raises(KnowledgeError, match=r"no lexicon for language 'xx'.*available: en"):
        load_knowledge(Settings(language="xx"))
