"""What the text commits to about a claim: denied, hedged, wished for, or whose word it is.

All four read the trigger and the heads above it, with the cue words of ``cues.tsv``:

- negated: a negation on the trigger or a governor ("did not send", "no evidence that ..."), or a
  governing verb of denial or refusal ("denied sending", "refused to supply", "halted the
  delivery").
- hedged: a hedging adverb or modal ("allegedly", "would"), a governing verb of belief or
  expectation ("are believed to have", "is expected to"), or a hedging phrase in the sentence
  ("if confirmed").
- irrealis: a claim that is demanded, wished, discussed or conditional ("urged X to send", "if Iran
  supplies", "should consider deploying") is not a claim at all.
- source: who says so ("according to the GUR", the speaker of a quotation, the subject of a verb
  of saying that governs the claim).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from graph.extract.syntax import across_semicolon, phrasal
from graph.knowledge.lexicon import Lexicon

if TYPE_CHECKING:
    from graph.extract.arguments import Arguments

__all__ = ["conditional", "cue", "hearsay", "hedged", "irrealis", "negated", "source"]


def cue(token: Token, kind: str, lex: Lexicon) -> bool:
    """Whether a word is a cue of this kind, by its lemma or its form ("hopes": the small model
    sometimes lemmatises it as "hop"), or with its particle ("ruled out")."""
    low = token.lower_
    return (
        lex.is_cue(token.lemma_, kind)
        or lex.is_cue(low, kind)
        or (low.endswith("s") and lex.is_cue(low[:-1], kind))
        or lex.is_cue(phrasal(token), kind)  # "ruled out sending troops"
    )


def governors(t: Token) -> Iterator[Token]:
    """The trigger and the heads above it, up to the sentence root."""
    node = t
    yield node
    while node.head.i != node.i:
        node = node.head
        yield node


def negated(t: Token, lex: Lexicon) -> bool:
    below = t
    detached = False
    for g in governors(t):
        if across_semicolon(g, below):
            return False  # "Germany halted exports; the EU stopped short of ...": apart
        if below.dep_ == "appos" and g.i != below.i:
            return False  # "China, Pakistan's main ally, blocked ...": a description apart
        if _participle_clause(below) and g.i != below.i:
            return False  # "blocked Sweden's bid, accusing Stockholm of ...": its own act
        # "had not sent soldiers and accused Kinshasa": a coordinated verb has its own polarity
        # ("has not cut or downgraded its ties": a disjunction under one negation denies both),
        # and so has a coordinated copula ("have refused to hand him over, and they are under
        # sanctions")
        coordinated = (
            below.dep_ == "conj"
            and below.pos_ in ("VERB", "AUX")
            and g.i != below.i
            and not (_disjoined(below) and not _has_subject(below))
        )
        # "had no authority to end the accords and that it backs the effort": a clause with a
        # subject of its own, coordinated with an infinitive that has none, is out of reach of
        # any negation above them ("no sign that Iran sent drones and that it trained crews"
        # is not: both clauses have subjects, both complement the negated noun)
        detached = detached or (coordinated and _has_subject(below) and not _has_subject(g))
        # "froze the firm's assets as part of their sanctions on Iran": a verb of halting stops
        # what it governs, not what a phrase of manner or reason beside it names
        beside = below.dep_ == "prep" and below.lower_ != "of" and g.i != below.i
        if coordinated and _nor(below):
            return True  # "did not invade Ukraine, nor did it shell Kharkiv"
        below = g
        if cue(g, "litotes", lex) or any(
            c.dep_ in ("acomp", "oprd") and cue(c, "litotes", lex) for c in g.children
        ):
            # "will not hesitate to respond", "the strikes will not go unanswered": the
            # negation affirms
            continue
        if not coordinated and not detached and _negates(g, t, lex, beside):
            return True
        if _own_clause(g) or _own_time(g) or (g.dep_ in ("ccomp", "advcl") and g.i != t.i):
            # "denied that any decision had been taken to send troops": the denial above
            return g.dep_ == "ccomp" and g.head.pos_ == "VERB" and cue(g.head, "negator", lex)
    return False


def _participle_clause(verb: Token) -> bool:
    """An adverbial clause of a present participle after a comma ("..., accusing Stockholm of
    sheltering militants"): what the subject does besides, whatever the main verb's polarity
    ("refused to send jets to help Kyiv", an infinitive of purpose, is not one)."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and verb.i > 0
        and verb.doc[verb.i - 1].text == ","
    )


def _disjoined(conj: Token) -> bool:
    """A conjunct joined to its head by "or" or "nor"."""
    return any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in conj.head.children)


def _nor(conj: Token) -> bool:
    """A conjunct after "nor": denied as its head is."""
    return any(c.dep_ == "cc" and c.lower_ == "nor" and c.i < conj.i for c in conj.head.children)


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


# conjunctions of a clause that tells when or why, on its own: "was suspended hours after ECOWAS
# removed it", "halted deliveries because Kyiv struck the pipeline"
TIME_MARKS = frozenset({"after", "before", "when", "while", "since", "because", "once", "as"})


def _own_time(g: Token) -> bool:
    """An adverbial clause of time or cause asserts on its own, under any governor."""
    return g.dep_ == "advcl" and any(
        c.dep_ in ("mark", "prep", "advmod") and c.lower_ in TIME_MARKS for c in g.children
    )


def _own_clause(g: Token) -> bool:
    """A relative or participle clause asserts on its own ("the drones, which Iran sent, were
    not ...", "the Algeria-backed Polisario rejected ..."); a noun's complement clause does not
    ("no evidence that China supplied ...")."""
    # a "relative" clause opened by the conjunction "that" is a noun's complement the parser
    # misread ("the accusations of Colombian sectors that it gives shelter to the FARC"): in a
    # true one "that" is the subject or object itself
    complement = any(c.dep_ == "mark" and c.lower_ == "that" for c in g.children)
    return (
        (g.dep_ == "relcl" and not complement)
        or (g.dep_ == "amod" and g.tag_ == "VBN")
        or (
            g.dep_ == "acl"
            and not any(c.dep_ == "mark" and c.lower_ == "that" for c in g.children)
            and not any(
                c.dep_ == "aux" and c.lower_ == "to" for c in g.children
            )  # "decision to send"
            # "no indication Turkey had been targeting": a clause with its own subject complements
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in g.children)
        )
        or _coordination_read_as_speech(g)
    )


def _coordination_read_as_speech(g: Token) -> bool:
    """ "the government condemned Israel's "aggression," demanded that it halt ...": a clause
    with a subject of its own that the parser made the complement of a later verb that has
    none, as if the later verb reported it; the two are coordinated."""
    subject = ("nsubj", "nsubjpass")
    return (
        g.dep_ == "ccomp"
        and g.i < g.head.i
        and any(c.dep_ in subject for c in g.children)
        and not any(c.dep_ in subject for c in g.head.children)
        and not any(c.dep_ == "mark" for c in g.children)
    )


def _negates(g: Token, t: Token, lex: Lexicon, beside: bool = False) -> bool:
    """A negation on this governor, or the governor a verb of denial or refusal (``beside``:
    the claim hangs from it through a phrase other than "of", which no such verb reaches)."""
    # "had no troops in Karabakh": a transfer of nothing is none
    theme = [d for c in g.children if g.i == t.i and c.dep_ == "dobj" for d in c.children]
    for c in [*g.children, *theme]:
        # "did not send" ("not" and "never" are labelled neg); "no troops", "neither ... nor"
        if c.dep_ == "neg" or (c.dep_ in ("det", "preconj") and lex.is_cue(c.lower_, "negation")):
            return True
        if c.dep_ in ("nsubj", "nsubjpass") and any(  # "neither Iran nor ...", "no country"
            d.dep_ in ("preconj", "det") and lex.is_cue(d.lower_, "negation") for d in c.children
        ):
            return True
        # "none of them has imposed sanctions on Moscow", "neither has sent troops"
        if c.dep_ in ("nsubj", "nsubjpass") and lex.is_cue(c.lower_, "negation"):
            return True
        # "not one shot was exchanged", "fired not a single shell": a quantity of none
        if c.dep_ in ("nsubj", "nsubjpass", "dobj") and _not_one(c):
            return True
    if g.i != t.i and g.pos_ == "NOUN" and cue(g, "negator", lex):
        # "the suspension of its operations against US forces", "a halt to shipments": a noun
        # of halting
        return any(c.dep_ == "prep" and c.lower_ in ("of", "to") for c in g.children)
    # (a "verb" the object of a preposition is a noun the tagger misread: "responded with asset
    # freezes and travel bans on ...", where the freezes halt nothing of the bans)
    return (
        g.i != t.i
        and g.pos_ == "VERB"
        and g.dep_ != "pobj"
        and not beside
        and cue(g, "negator", lex)
    )


def _not_one(noun: Token) -> bool:
    """A noun counted as none by a "not" before it or its number: "not one shot", "not a single
    soldier"."""
    return any(
        d.dep_ == "neg" or (d.dep_ == "nummod" and any(e.dep_ == "neg" for e in d.children))
        for d in noun.children
    )


def hedged(t: Token, sent: Span, lex: Lexicon) -> bool:
    low = sent.text.lower()
    if any(" " in c and c in low for c in lex.cues["hedge"]):
        return True
    for g in governors(t):
        if g.i != t.i and cue(g, "hedge", lex):
            return True
        for c in g.children:
            if c.dep_ in ("advmod", "aux") and lex.is_cue(c.lower_, "hedge"):
                return True
    return False


def conditional(t: Token) -> bool:
    """A verb that holds only on a condition: "we will hit them if Iran rebuilds ..." (the "if"
    clause hangs below the verb it conditions)."""
    return any(
        c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
        for c in t.children
    )


def hearsay(sent: Span, lex: Lexicon) -> bool:
    """Whether a sentence carries a hedge that is not a modal: "reportedly", "allegedly"."""
    return any(t.dep_ == "advmod" and lex.is_cue(t.lower_, "hedge") for t in sent) or any(
        " " in c and c in sent.text.lower() for c in lex.cues["hedge"]
    )


def readied(t: Token, lex: Lexicon) -> bool:
    """An act one only stands ready, prepared or poised for: "was ready to strike the tanks if
    they pushed on", "is poised to invade". (Readiness to back someone is backing: "stood ready
    to offer Qatar its full support" supports; the caller decides.)"""
    below = t
    for g in governors(t):
        ready = g.i != t.i and below.dep_ == "xcomp" and g.pos_ in ("ADJ", "VERB")
        if ready and cue(g, "readiness", lex):
            return True
        if _own_clause(g) or g.dep_ in ("ccomp", "advcl"):
            return False
        below = g
    return False


def irrealis(t: Token, lex: Lexicon) -> bool:
    """A claim that is demanded, wished, conditional or supposed, not reported."""
    if conditional(t) or _supposed(t):
        return True
    below = t
    for g in governors(t):
        for c in g.children:
            if c.dep_ in ("mark", "aux") and lex.is_cue(c.lower_, "irrealis"):
                return True
            # "pressed for X to be added", "called for Russia to be sanctioned": the "for" of
            # a verb that is irrealis with it, marking the clause
            if c.dep_ == "mark" and lex.is_cue(f"{g.head.lemma_} {c.lower_}", "irrealis"):
                return True
        if g.i != t.i and g.pos_ == "VERB" and cue(g, "irrealis", lex):
            return True
        # a verb that is irrealis only with its preposition: "called for", "called on" (not a
        # "for" of time: "pressed ahead with its offensive ... for the sixth day")
        if g.pos_ == "VERB" and any(
            c.dep_ == "prep"
            and lex.is_cue(f"{g.lemma_} {c.lower_}", "irrealis")
            and not _of_time(c)
            for c in g.children
        ):
            return True
        if g.dep_ == "pcomp" and lex.is_cue(g.head.lower_, "irrealis"):  # "warned against arming"
            return True
        # "Tallinn's appeal for EU measures against Moscow", "calls for sanctions": asked for
        if (
            g.pos_ == "NOUN"
            and below.dep_ == "prep"
            and below.head.i == g.i
            and lex.is_cue(f"{g.lemma_.lower()} {below.lower_}", "irrealis")
        ):
            return True
        below = g
        if g.dep_ == "xcomp" and g.head.lemma_.lower() in DIRECTIVES:
            return True  # "told Qatar to expel Hamas officials": asked for, not done
        if _own_clause(g):
            break
    return False


# nouns of a stretch of time: "for the sixth day", "for years"
DURATIONS = frozenset({"day", "week", "month", "year", "time", "hour", "decade", "while"})


def _of_time(prep: Token) -> bool:
    """A preposition whose object is a time: "for the sixth day", "for years"."""
    return any(
        p.dep_ == "pobj" and (p.ent_type_ in ("DATE", "TIME") or p.lemma_.lower() in DURATIONS)
        for p in prep.children
    )


# verbs that ask someone to do what their infinitive says ("told Qatar to expel"); not of
# saying ("told reporters that ..."), which report
DIRECTIVES = frozenset({"tell", "instruct", "press", "pressure", "advise", "invite"})

# modals that make an indefinite act the subject of a supposition
SUPPOSING = frozenset({"would", "could", "might", "may"})


def _supposed(t: Token) -> bool:
    """An act supposed, not reported: an indefinite act noun as the subject of a modal clause
    ("a Chinese attack on Taiwan could amount to ...", "any strike would be a disaster"); not
    "the attack could escalate", which speaks of one that happened."""
    if t.pos_ != "NOUN" or t.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an", "any") for c in t.children):
        return False
    return any(c.dep_ == "aux" and c.lower_ in SUPPOSING for c in t.head.children)


def source(t: Token, args: Arguments) -> str | None:
    """Who says so: the speaker of the quotation, "according to ...", or the subject of a verb
    of saying above the trigger."""
    here = args.line(t)
    q = args.disc.quote_of.get(t.i)
    if q is not None:
        return args.disc.speakers.get(q)
    doc = t.doc
    for tok in t.sent:  # "according to the GUR"
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            for p in doc[tok.i + 1].children:
                if p.dep_ == "pobj" and (found := args.keys(here, p)):
                    return found[0]
    for g in governors(t):
        if (
            g.i != t.i
            and g.pos_ == "VERB"
            and args.lex.is_cue(g.lemma_, "report")
            and (found := args.subjects(here, g))
        ):
            return found[0]
    return None
