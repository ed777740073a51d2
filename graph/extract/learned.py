"""A learned candidate-pair scorer beside the hand-written rules (issue 9).

For each sentence, every ordered pair (A, B) of actor mentions that roll up to different actors
is a candidate. A candidate gets sparse string features, cheap to read off the parse:

- the dependency path between the two mentions' heads (labels with their direction, a
  preposition's word), the lemmas on it, its length;
- the word that governs both (their lowest common ancestor), its part of speech, and the
  lexicon classes it and the words on the path carry (trigger relation and frame, stance cue);
- the lexicon classes anywhere in the sentence;
- each side's syntactic role (nsubj, dobj, poss, pobj with its preposition ...) and entity class;
- order, distance, and whether the governor is negated, hedged or only wished for.

A multinomial logistic regression (weights in ``graph/data/learned/pairs.json``, made by
``make train``, see ``graph/learn/train.py``) turns them into a probability for ``none`` and for
each of the nine relations. ``propose`` adds a claim (rule ``learned:<relation>``, confidence =
that probability) for a pair the rules found nothing for, read with the same negation, hedging,
irrealis and attribution as the rule claims.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from graph.extract.arguments import Arguments
from graph.extract.discourse import Discourse
from graph.extract.entities import DocumentEntities
from graph.extract.epistemics import hearsay, hedged, irrealis, negated, source
from graph.extract.mentions import Mention, MentionIndex
from graph.extract.model import Claim, Rule
from graph.knowledge import Knowledge
from graph.knowledge.lexicon import Lexicon

__all__ = [
    "DEFAULT_MODEL",
    "LABELS",
    "Candidate",
    "PairModel",
    "candidates",
    "features",
    "load_pair_model",
    "propose",
]

RELATIONS = (
    "supplies",
    "deploys",
    "pays",
    "trains",
    "supports",
    "condemns",
    "attacks",
    "sanctions",
    "warns",
)
LABELS = ("none", *RELATIONS)
DEFAULT_MODEL = Path(__file__).resolve().parents[1] / "data/learned/pairs.json"
# mentions further apart than this many tokens are no candidate
MAX_DISTANCE = 40
# a mention of a place is a candidate only when it lies in a state ("struck targets in Lebanon")
PLACE = "Region"


@dataclass(frozen=True)
class Candidate:
    subject: str  # entity keys, as the rules would name them
    object: str
    a: Token  # the heads of the two mentions
    b: Token
    sent: Span


class PairModel:
    """Weights of the linear model: one row of label scores per feature, plus a bias."""

    def __init__(self, labels: list[str], bias: list[float], weights: dict[str, list[float]]):
        if labels[0] != "none" or set(labels[1:]) - set(RELATIONS):
            raise ValueError(f"labels must be 'none' and relations of {RELATIONS}, not {labels}")
        self.labels, self.bias, self.weights = labels, bias, weights

    def probabilities(self, feats: list[str]) -> list[float]:
        scores = list(self.bias)
        for f in feats:
            row = self.weights.get(f)
            if row is not None:
                for j, w in enumerate(row):
                    scores[j] += w
        top = max(scores)
        exp = [math.exp(s - top) for s in scores]
        total = sum(exp)
        return [e / total for e in exp]

    def best(self, feats: list[str]) -> tuple[str, float]:
        """The most probable relation (never ``none``) and its probability."""
        probs = self.probabilities(feats)
        j = max(range(1, len(probs)), key=lambda k: probs[k])
        return self.labels[j], probs[j]


def load_pair_model(path: Path) -> PairModel:
    data = json.loads(path.read_text(encoding="utf-8"))
    return PairModel(list(data["labels"]), list(data["bias"]), dict(data["weights"]))


# ---------------------------------------------------------------------- candidates


def _head(doc: Doc, m: Mention) -> Token:
    return doc[m.start : m.end].root


def candidates(doc: Doc, index: MentionIndex, args: Arguments) -> Iterator[Candidate]:
    """Ordered pairs of actor mentions per sentence, one pair per pair of actors: the two
    mentions closest in the parse."""
    res = args.res
    for sent in doc.sents:
        ms: list[tuple[str, str, Token]] = []
        for m in index.in_span(sent.start, sent.end):
            key = res.key_of(m)
            if m.cls == PLACE and args.state(key) is None:
                continue
            ms.append((key, args.top(key), _head(doc, m)))
        best: dict[tuple[str, str], tuple[int, Candidate]] = {}
        for ka, ta, ha in ms:
            for kb, tb, hb in ms:
                if ta == tb or ha.i == hb.i or abs(ha.i - hb.i) > MAX_DISTANCE:
                    continue
                up, down, _ = _path(ha, hb)
                length = len(up) + len(down)
                pair = (ta, tb)
                if pair not in best or length < best[pair][0]:
                    best[pair] = (length, Candidate(ka, kb, ha, hb, sent))
        for _, cand in best.values():
            yield cand


def _ancestors(t: Token) -> list[Token]:
    out = [t]
    while out[-1].head.i != out[-1].i:
        out.append(out[-1].head)
    return out


def _path(a: Token, b: Token) -> tuple[list[Token], list[Token], Token]:
    """The tokens from a up to (not including) the common ancestor, from b up likewise, and the
    common ancestor itself."""
    up_a, up_b = _ancestors(a), _ancestors(b)
    on_b = {t.i for t in up_b}
    lca = next((t for t in up_a if t.i in on_b), up_a[-1])
    ia = next(k for k, t in enumerate(up_a) if t.i == lca.i)
    ib = next((k for k, t in enumerate(up_b) if t.i == lca.i), len(up_b))
    return up_a[:ia], up_b[:ib], lca


def _role(t: Token) -> str:
    """A mention head's syntactic role, through coordination and compounds ("the US and
    Britain": Britain's role is that of the US)."""
    node, hops = t, 0
    while node.dep_ in ("conj", "appos", "compound") and node.head.i != node.i and hops < 4:
        node, hops = node.head, hops + 1
    if node.dep_ == "pobj":
        return f"pobj:{node.head.lower_}"
    if node.dep_ == "poss" or node.tag_ == "PRP$":
        return "poss"
    return node.dep_ or "none"


def _label(t: Token) -> str:
    return f"prep:{t.lower_}" if t.dep_ == "prep" else t.dep_


def _classes(t: Token, lex: Lexicon) -> list[str]:
    """Lexicon classes of a word: the relations it triggers and the stance cues it starts."""
    lemma = t.lemma_.lower()
    out = [f"{f.relation}/{f.frame}" for f in lex.frames_for(lemma, t.pos_)]
    out += [f"{c.relation}/{c.pattern}" for c in lex.stances.get(lemma, ())]
    return out


def _bucket(n: int) -> str:
    return "1" if n <= 1 else "2-3" if n <= 3 else "4-7" if n <= 7 else "8-15" if n <= 15 else "16+"


def anchor_of(c: Candidate) -> Token:
    """The word that governs both mentions; the claim's trigger."""
    _, _, lca = _path(c.a, c.b)
    if lca.i in (c.a.i, c.b.i) and lca.head.i != lca.i:
        return lca.head
    return lca


def features(c: Candidate, args: Arguments, sent_classes: list[str]) -> list[str]:
    lex, res = args.lex, args.res
    up, down, lca = _path(c.a, c.b)
    path = "^".join(_label(t) for t in up) + "|" + "v".join(_label(t) for t in reversed(down))
    ra, rb = _role(c.a), _role(c.b)
    ca, cb = res.entities[c.subject].cls, res.entities[c.object].cls
    lemma = lca.lemma_.lower()
    feats = [
        f"path={path}",
        f"len={_bucket(len(up) + len(down))}",
        f"lca={lemma}",
        f"lcapos={lca.pos_}",
        f"ra={ra}",
        f"rb={rb}",
        f"rr={ra}|{rb}",
        f"lca_rr={lemma}|{ra}|{rb}",
        f"ca={ca}",
        f"cb={cb}",
        f"cc={ca}|{cb}",
        f"order={'ab' if c.a.i < c.b.i else 'ba'}",
        f"dist={_bucket(abs(c.a.i - c.b.i))}",
    ]
    between = [t for t in (*up[1:], *down[1:]) if t.pos_ in ("VERB", "NOUN", "ADJ", "ADP")]
    feats += [f"pl={t.lemma_.lower()}" for t in between]
    for t in (lca, *between):
        for cls in _classes(t, lex):
            feats += [f"pc={cls}", f"pc_rr={cls}|{ra}|{rb}"]
    for cls in _classes(lca, lex):
        feats.append(f"lcac={cls}")
    feats += [f"sc={cls}" for cls in sent_classes]
    anchor = anchor_of(c)
    if negated(anchor, lex):
        feats.append("negated")
    if hedged(anchor, c.sent, lex):
        feats.append("hedged")
    if hearsay(c.sent, lex):
        feats.append("hearsay")
    if irrealis(anchor, lex):
        feats.append("irrealis")
    if any(t.tag_ == "MD" or t.lower_ == "will" for t in anchor.children):
        feats.append("modal")
    return feats


def sentence_classes(sent: Span, lex: Lexicon) -> list[str]:
    return sorted({cls for t in sent for cls in _classes(t, lex)})


def examples(
    doc: Doc, index: MentionIndex, args: Arguments
) -> Iterator[tuple[Candidate, list[str]]]:
    """Every candidate of the document with its features."""
    classes: dict[int, list[str]] = {}
    for c in candidates(doc, index, args):
        if c.sent.start not in classes:
            classes[c.sent.start] = sentence_classes(c.sent, args.lex)
        yield c, features(c, args, classes[c.sent.start])


# ---------------------------------------------------------------------- proposals


def propose(
    doc: Doc,
    index: MentionIndex,
    res: DocumentEntities,
    disc: Discourse,
    knowledge: Knowledge,
    claims: list[Claim],
    model: PairModel,
    threshold: float,
) -> list[Claim]:
    """Claims the model proposes for pairs of actors the rules found nothing for."""
    lex = knowledge.lexicon
    args = Arguments(doc, index, res, disc, lex, knowledge.gazetteer)
    taken = {(c.begin, args.top(c.subject), args.top(c.object)) for c in claims}
    out: list[Claim] = []
    for c, feats in examples(doc, index, args):
        pair = (c.sent.start_char, args.top(c.subject), args.top(c.object))
        if pair in taken:
            continue
        relation, p = model.best(feats)
        if p < threshold:
            continue
        anchor = anchor_of(c)
        if relation != "warns" and irrealis(anchor, lex):
            continue
        hedge = hearsay(c.sent, lex) if relation == "warns" else hedged(anchor, c.sent, lex)
        said_by = source(anchor, args)
        out.append(
            Claim(
                c.subject,
                relation,
                c.object,
                c.sent.start_char,
                c.sent.end_char,
                c.sent.text.strip(),
                anchor.text,
                None,
                negated(anchor, lex),
                hedge,
                said_by if said_by != c.subject else None,
                Rule("learned", relation),
                round(p, 2),
            )
        )
        taken.add(pair)
    return out
