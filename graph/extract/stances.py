"""Relations carried by meaning classes, not by one verb: judgements, threats, measures, fighting.

The trigger frames (``claims.py``) read a relation off its verb or noun: "X condemned Y", "X
supplied Y with ...". Much of what the news says of who opposes whom is phrased otherwise:

- **judge** (condemns): evaluative speech about an actor or its act. "Blinken termed Azerbaijan's
  military actions unacceptable", "Moscow described the raids as an illegitimate use of force",
  "Kirby said the deployment was a very destabilising development". The speaker is the subject
  of the verb of saying or judging above the cue (or the speaker of the quotation it sits in);
  the target is what is judged: the object of that verb, the subject of the judged clause, or the
  possessor or demonym of the act; an act with no actor of its own ("the raids") stands for whoever
  carried it out last (the agent of the latest claim of that relation).
- **threat** (warns): "will have to pay a heavy price", "would meet a severe response",
  "are legitimate targets". Only in a future or conditional clause, and the target is an actor of
  the threatened clause (its subject, a demonym of it, the subject of an "if" clause), never the
  victim of an act named in it.
- **measure** (sanctions): "expelled 45 diplomats", "froze the assets of", "cut ties with
  Kigali", "designated three entities". The agent is the clause's subject, the target an actor
  below the cue (possessor, with, on, of, from), never one in a "for" or "after" phrase.
- **between** (attacks, both ways): "fighting between A and B", "A and B clashed", "clashes with".
- **side** (supports): "stands with Ukraine", "solidarity with Armenia".
- **thanks** (supports): "thanked Japan for its support": Japan supports the speaker.

The cues are data: ``graph/data/lexicon/en/stances.tsv``. Each yields ``Found`` tuples that
``claims.py`` keeps like any other, with negation, hedging and attribution read the same way.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from graph.extract.arguments import Arguments, is_passive
from graph.extract.discourse import antecedent
from graph.extract.epistemics import governors, irrealis, negated
from graph.extract.events import (
    TARGET_PREPS,
    Act,
    act_noun,
    authors,
    generic,
    lookback,
    outburst,
    victims,
    violated_by,
)
from graph.extract.model import Found, Rule
from graph.extract.syntax import (
    ACTIVE_SUBJECTS,
    across_semicolon,
    first_child,
    sentences_back,
    subject_of,
)
from graph.knowledge.lexicon import Frame, Lexicon, StanceCue

__all__ = ["MODALS", "EventTarget", "StanceMatch", "Stances"]


# where a naming verb's category stands: "designated X a terrorist group", "listed X as"
NAMED_AS = frozenset({"appos", "oprd", "attr", "xcomp"})
# verbs of saying whose object is the one spoken to
ADDRESSING = frozenset({"tell", "inform", "assure", "reassure", "remind", "brief", "notify"})
# verbs whose subject is the one who speaks or judges (with the lexicon's report and naming cues)
SPEECH = frozenset(
    [
        "say",
        "tell",
        "state",
        "add",
        "note",
        "call",
        "describe",
        "term",
        "brand",
        "label",
        "dub",
        "characterize",
        "characterise",
        "dismiss",
        "reject",
        "oppose",
        "denounce",
        "condemn",
        "criticize",
        "criticise",
        "slam",
        "blast",
        "lambast",
        "castigate",
        "accuse",
        "blame",
        "warn",
        "vow",
        "threaten",
        "insist",
        "argue",
        "declare",
        "announce",
        "claim",
        "allege",
        "charge",
        "write",
        "tweet",
        "post",
        "respond",
        "reply",
        "react",
        "protest",
        "decry",
        "censure",
        "rebuke",
        "deplore",
        "regard",
        "consider",
        "see",
        "view",
        "deem",
        "find",
        "judge",
        "qualify",
        "express",
        "voice",
        "hold",
        "summon",
        "label",
        # "lodged a protest", "filed a complaint", "registered its objection"
        "lodge",
        "file",
        "register",
    ]
)
# verbs that name something as something besides the lexicon's naming verbs
REGARD = frozenset({"regard", "consider", "see", "view", "hail", "praise"})
# nouns of a protest lodged "with" the state it is against
PROTESTS = frozenset({"protest", "complaint", "démarche", "demarche"})
# the complement of a judging verb that carries the judgement
COMPLEMENT_DEPS = frozenset({"oprd", "xcomp", "acomp", "attr", "ccomp", "advcl"})
# phrases below a measure that name a reason or a time, not its target
NOT_TARGET_PREPS = frozenset(
    {
        "for",
        "over",
        "after",
        "amid",
        "because",
        "despite",
        "in",
        "during",
        "since",
        "following",
        "as",
        "within",
        "before",
        "until",
    }
)
# links by which a judging verb's complement may hang below it: "described X as a threat",
# "called the attacks unprovoked" (parsed as a participle on "attacks")
PREDICATIVE = frozenset({"prep", "pobj", "acl"})
CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "xcomp", "advcl", "conj", "relcl", "parataxis", "acl"})
MODALS = frozenset({"will", "would", "shall", "'ll", "wo", "must"})
THREAT_VERBS = frozenset({"warn", "vow", "threaten", "promise", "pledge", "caution"})
# words of readiness that put what they govern ahead
READY = frozenset({"ready", "prepared", "poised", "determined"})
THANK_VERBS = frozenset({"thank", "praise", "commend", "applaud", "credit"})
# verbs that declare something a target: "are legitimate targets", "would be considered a military
# target", "declared them legitimate targets"
DECLARING = frozenset({"be", "consider", "regard", "deem", "declare", "remain", "become"})
# participles whose phrase names the owner of what is threatened or judged: "belonging to the PKK"
OWNING = frozenset({"belong", "own", "operate", "run", "control"})
# words that make hostilities unreal: feared, risked, avoided, unlikely
UNREAL = frozenset(
    {
        "unlikely",
        "likely",
        "possible",
        "improbable",
        "impossible",
        "risk",
        "fear",
        "prevent",
        "avoid",
        "threat",
        "danger",
    }
)
MIGHT = frozenset({"could", "might", "may", "can"})
# pronouns that stand for an act just reported ("Pakistan called it an act of war")
ANAPHORS = frozenset({"it", "this", "that", "these", "those", "them"})


@dataclass(frozen=True)
class StanceMatch:
    cue: StanceCue
    anchor: Token  # the head-most token of the matched words


@dataclass
class EventTarget:
    """A judgement of an act with no actor of its own, kept until every claim is known."""

    anchor: Token
    frame: Frame
    speakers: list[str]
    relations: frozenset[str]
    nouns: list[Token]  # judged nouns to find again earlier in the text ("the memorandum")
    hurt: list[str]  # whom the judged act was done to, if the text says ("the strike on Qatar")
    # condemns, or supports for an act welcomed ("welcomed the strikes": whoever struck)
    relation: str = "condemns"


@dataclass
class Stances:
    args: Arguments
    cues: dict[str, list[StanceCue]]
    event_nouns: dict[str, frozenset[str]]  # noun lemma -> relations its event can be
    condemnable: frozenset[str]  # relations whose events can be condemned (the registry's)
    # the relations that support (the registry's): the possessor of their noun is the giver
    # ("its aid", "Iran's arms")
    supporting: frozenset[str]
    pending: list[EventTarget] = field(default_factory=list)
    # threats with no target of their own: (anchor, frame, speakers)
    untargeted: list[tuple[Token, Frame, list[str]]] = field(default_factory=list)
    # passive measures with no agent of their own: (anchor, frame, targets)
    agentless: list[tuple[Token, Frame, list[str]]] = field(default_factory=list)
    # measures taken against no one named ("China imposed export controls on rare earths"), as
    # acts a later noun may stand for ("called the move aggressive"): (anchor, relation, agent, "")
    acts: set[tuple[int, str, str, str]] = field(default_factory=set)

    # ------------------------------------------------------------------ matching

    def matches(self, doc: Doc) -> Iterator[StanceMatch]:
        for t in doc:
            # the lemma's cues, then the word's: a set here made the rule that names a claim
            # ("between:fight" or "between:fighting") depend on the process's hash seed
            for key in dict.fromkeys((t.lemma_.lower(), t.lower_)):
                for cue in self.cues.get(key, []):
                    anchor = _match(t, cue)
                    if anchor is not None:
                        yield StanceMatch(cue, anchor)

    # ------------------------------------------------------------------ the patterns

    def found(self, m: StanceMatch, frame: Frame) -> Iterator[Found]:
        if m.cue.pattern == "threat":  # the cue's own words below it ("hold ~ accountable")
            yield from self.threat(m.anchor, frame, m.cue.companions)
            return
        rule = {
            "judge": self.judge,
            "reprisal": self.reprisal,
            "measure": self.measure,
            "between": self.between,
            "side": self.side,
            "thanks": self.thanks,
            "endorse": self.endorse,
        }[m.cue.pattern]
        yield from rule(m.anchor, frame)

    def judge(self, anchor: Token, frame: Frame) -> Iterator[Found]:
        if _hypothetical(anchor):  # "any aggression would meet ...": nothing has been judged
            return
        if anchor.lemma_.lower() in ONLY_PREDICATED and anchor.dep_ not in ("acomp", "oprd"):
            return  # "said Iran was responsible" blames; "a responsible partner" does not
        if anchor.lemma_.lower() in NAMED_ONLY:
            slot = anchor.head if anchor.dep_ == "amod" else anchor
            if slot.dep_ not in ("acomp", "oprd", "attr"):
                return  # "called the raid a criminal act" judges; "a criminal case" does not
        if self._measure_named(anchor):
            return  # "listed as a terrorist organisation by Iran": a measure, read as one
        verb = self._speech_verb(anchor, judging=True)
        speakers = self._speakers(anchor, verb)
        if not speakers:
            return
        judged = self._judged(anchor, verb)
        targets: list[str] = []
        events: set[str] = set()
        nouns: list[Token] = []
        anaphor = next((p for p in judged if p.pos_ == "PRON"), None)
        if (
            verb is not None
            and anaphor is not None
            and (taken := self.args.parallel_object(verb, "condemns")) is not None
        ):
            # "Castro denounced the invasion, and the Soviet Union also condemned it": the act
            # the verb before of the same kind judged, not the last act reported
            judged = [taken if p.i == anaphor.i else p for p in judged]
        # "called the idea that Assad's forces used gas nonsense": a claim judged is denied, no
        # actor it is about is judged (its claimant is: "rejected Ankara's claim that ...")
        denied = {d.i for p in judged if self._claim(p) for c in _content(p) for d in c.subtree}
        for p in judged:
            if sent_by := self._envoy_state(p):  # "summoned Pakistan's charge d'affaires"
                targets += sent_by
                continue
            if p.i in denied:
                continue
            if self._claim(p):  # the claim's own claimant only, none it is about
                claimants = [k for c in _claimant_phrases(p) for k in self._actors_of(c)]
                targets += claimants
                if claimants or _content(p):
                    continue
                # "rejected these accusations": whoever made them, as for any act judged
            if p.pos_ == "PRON" and p.lower_ in ANAPHORS:  # "called it a violation"
                events |= self.condemnable
                continue
            acts = self.event_nouns.get(act_noun(p)) if p.pos_ == "NOUN" else None
            # an act is judged for its author, not for whom it was done to ("the shelling of
            # Ukrainian cities")
            own = self.args.noun_agents(self.args.line(p), p) if acts else self._authors_of(p)
            # "rejected the violation of the territorial integrity of Ecuador": whose integrity
            # was violated did not violate it; the violator is found as for any act
            violated = set(violated_by(self.args, p)) if p.pos_ == "NOUN" else set()
            own = [k for k in own if k not in violated]
            if own:
                targets += own
            elif p.pos_ == "NOUN":
                events |= self.event_nouns.get(act_noun(p), frozenset())
                nouns.append(p)
        if not targets:
            # "called the attack an act of state terrorism by Russia": the judgement's own author
            of = anchor.head.head if anchor.dep_ == "pobj" and anchor.head.lower_ == "of" else None
            targets = [
                k
                for node in (anchor, *([of] if of is not None else []))
                for c in node.children
                if c.dep_ in ("prep", "agent") and c.lower_ == "by"
                for p in _pobjs(c)
                for k in self._actors_of(p)
            ]
        if not targets:  # "lodged a protest with Ukraine over the attack": with whom
            targets = self._lodged_with(anchor, verb)
        if not targets and not events and all(n.i == anchor.i for n in nouns):
            targets = self._protested_after(anchor, verb)  # nothing judged but the protest
        targets = self._other_side(speakers, targets)
        if not targets and (events or nouns):
            hurt = [k for n in nouns for k in victims(self.args, n)]
            hurt += [  # "called the strike a violation of Qatar's sovereignty"
                k
                for c in anchor.children
                if c.dep_ == "prep" and c.lower_ in ("of", "on", "against")
                for p in _pobjs(c)
                for k in self._actors_of(p)
            ]
            pending = EventTarget(anchor, frame, speakers, frozenset(events), nouns, hurt)
            self.pending.append(pending)
            return
        for a in speakers:
            for b in targets:
                yield Found(a, "condemns", b, None, Rule("judge", frame.trigger))

    def threat(
        self, anchor: Token, frame: Frame, companions: frozenset[str] = frozenset()
    ) -> Iterator[Found]:
        """``companions``: the words the cue wants below it ("hold ~ accountable")."""
        here = self.args.line(anchor)
        if anchor.lemma_.lower() in VERB_THREATS and anchor.pos_ != "VERB":
            return  # "would face military action" threatens; "in the face of attacks" does not
        if not _future_or_conditional(anchor, self.args.lex):
            return
        if _threat_referred_to(anchor):
            return
        verb = self._speech_verb(anchor)
        clause = _clause(anchor)
        top = verb if verb is not None else clause
        if (owner := _statement_owner(anchor, self.args.lex)) is not None:
            # "asked about Islamabad's warning that it would respond, he ...": Islamabad's, and
            # the sentence's own verb and subject have no part in it
            speakers, top = self._actors_of(owner), owner.head
        else:
            speakers = self._speakers(anchor, verb) if verb is not None else []
        if not speakers:  # "Iran will respond to any Israeli attack"
            speakers = self.args.subjects(here, clause) if clause.pos_ in ("VERB", "AUX") else []
        if not speakers:
            return
        found: list[str] = []
        refusal = frame.trigger in REFUSALS
        # "the CSTO will not allow ...": who refuses is no target, nor anyone else in the clause
        for node in _clause_nodes(top, anchor) if not refusal else ():
            for c in node.children:
                if owner is not None and c.pos_ == "PRON":
                    continue  # "Islamabad's warning that it would respond": it is Islamabad
                if c.dep_ in ("nsubj", "nsubjpass", "dobj", "dative", "agent"):
                    # "gave Maduro eight days to call an election": whom the ultimatum is given
                    found += self._authors_of(c if c.dep_ != "agent" else _pobj(c) or c)
        if (
            anchor.pos_ == "VERB"
            and companions
            and not any(
                c.lemma_.lower() in companions
                for c in (
                    *anchor.children,
                    *(p for c in _preps(anchor) for p in _pobjs(c)),
                    *(m for c in anchor.children if c.dep_ == "advcl" for m in c.children),
                )
            )  # "will hold them accountable", "would be met with fire", "threatened ... unless"
        ):
            return  # "will hold to account anyone responsible": no one held, a promise at home
        for c in anchor.children:  # "will hold Israel accountable": the cue's small clause
            if c.dep_ in ("ccomp", "oprd", "xcomp", "acomp") and (
                c.lemma_.lower() in companions or frame.trigger.startswith("not ")
            ):  # "would not allow China to threaten the canal": whom it would not let act
                found += [k for d in c.children if d.dep_ == "nsubj" for k in self._actors_of(d)]
        for c in anchor.subtree:  # "set a deadline for France to withdraw": for whom
            if c.dep_ in ("advcl", "acl") and any(
                m.dep_ == "mark" and m.lower_ == "for" for m in c.children
            ):
                found += [k for d in c.children if d.dep_ == "nsubj" for k in self._actors_of(d)]
        # "will respond to Israel", "retaliate against the US", "consequences for the regime"
        preps = ("to", "against", "for") if anchor.pos_ == "NOUN" else ("to", "against")
        for c in anchor.children:
            if c.dep_ == "prep" and c.lower_ in preps:
                found += [k for p in _pobjs(c) for k in self._actors_of(p)]
        if refusal:  # "would resist any Soviet move": what it would resist or not let be
            found += [k for c in anchor.children if c.dep_ == "dobj" for k in self._authors_of(c)]
        for d in anchor.subtree:  # "reserves the right to respond to the UAE's aggression"
            if (
                not refusal  # "would not allow Russia's aggression against Ukraine": its victim
                and d.dep_ == "prep"
                and d.lower_ in ("to", "against")
                and d.head.i != anchor.i
                and d.head.lemma_.lower() in self.cues
            ):
                found += [k for p in _pobjs(d) for k in self._actors_of(p)]
        for t in anchor.sent:  # "if Hezbollah violates the agreement"
            if t.dep_ == "mark" and t.lower_ in ("if", "unless") and t.head.pos_ in ("VERB", "AUX"):
                for c in t.head.children:
                    if c.dep_ in ("nsubj", "nsubjpass"):
                        found += self._actors_of(c)
        targets = self._other_side(speakers, found)
        if not targets and refusal:
            return  # "the Philippines will not allow the bases to be used ...": no one named
        if not targets:  # "Peskov warned that such steps will meet countermeasures"
            self.untargeted.append((anchor, frame, speakers))
            return
        for a in speakers:
            for b in targets:
                yield Found(a, "warns", b, None, Rule("threat", frame.trigger))

    def reprisal(self, anchor: Token, frame: Frame) -> Iterator[Found]:
        """An act promised on a condition: "If Hezbollah rearms, we will attack" -> warns the
        subject of the condition (and the act's own object)."""
        here = self.args.line(anchor)
        if anchor.pos_ not in ("VERB", "AUX"):
            return
        conditions = [
            c
            for g in governors(anchor)
            for c in g.children
            if c.dep_ == "advcl"
            and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
        ]
        if not conditions:
            return
        agents = self.args.subjects(here, anchor)
        q = self.args.disc.quote_of.get(anchor.i)
        if q is not None and (who := self.args.disc.speakers.get(q)):
            agents = agents or [who]
        if not agents:
            verb = self._speech_verb(anchor)
            agents = self._speakers(anchor, verb) if verb is not None else []
        targets = [
            k
            for c in conditions
            for s in c.children
            if s.dep_ in ("nsubj", "nsubjpass")
            for k in self._actors_of(s)
        ]
        targets += [k for c in anchor.children if c.dep_ == "dobj" for k in self._actors_of(c)]
        for a in agents:
            for b in self._other_side(agents, targets):
                yield Found(a, "warns", b, None, Rule("reprisal", frame.trigger))

    def measure(self, anchor: Token, frame: Frame) -> Iterator[Found]:
        here = self.args.line(anchor)
        args = self.args
        threatens = any(c.pattern == "threat" for c in self.cues.get(anchor.lemma_.lower(), []))
        if (
            threatens
            and _future_or_conditional(anchor, args.lex)
            and not _envoys_sent_away(anchor, args.lex)
        ):
            return  # "would take resolute measures against Lithuania": a threat, no measure yet
        if any(  # "designating Saudi Arabia a major non-NATO ally": a friend named, no measure
            args.lex.is_cue(d.lemma_.lower(), "friendly")
            and (
                d.dep_ in NAMED_AS  # the second object, as the small model may parse it
                or (
                    d.dep_ == "dobj"
                    and any(
                        c.dep_ == "dative" or (c.dep_ == "dobj" and c.i < d.i)
                        for c in d.head.children
                    )
                )
            )
            for d in anchor.subtree
        ):
            return
        if anchor.pos_ in ("VERB", "AUX") and _passive(anchor):
            # "the PKK is designated a terrorist organisation by Turkey" (the small model often
            # hangs the "by" phrase lower); "in Washington, where the ELN is designated"; else
            # no one is named. The target is the subject.
            agents = args.by_agents(here, anchor) or [
                k for by in _by_phrases(anchor) for p in _pobjs(by) for k in args.keys(here, p)
            ]
            if not agents and anchor.dep_ == "relcl":
                agents = args.subjects(here, anchor)
            if not agents:
                # "the PKK is designated a terrorist organisation in Turkey": by Turkey
                agents = [
                    k
                    for place in _in_phrases(anchor)
                    for p in _pobjs(place)
                    for k in args.keys(here, p)
                    if args.cls_of(k) == "State"
                ]
            # "the PKK remains designated": the model may hang the subject on "remains"
            heads = (anchor, *(a for a in anchor.children if a.dep_ == "aux"))
            subjects = [c for h in heads for c in h.children if c.dep_ in ("nsubjpass", "nsubj")]
            targets = [k for c in subjects for t in c.subtree if (k := self._mention(t))]
            if not subjects and (described := _described_by(anchor)) is not None:
                # "the group, founded in 2012 and listed as a terrorist organisation by Tehran":
                # the noun the participle describes
                targets = self._mentions(described)
            if not agents and targets and next(_by_phrases(anchor), None) is None:
                # "Shandong Shengxing Chemical was designated in April": by whoever took the
                # measures named before it (graph.extract.claims)
                self.agentless.append((anchor, frame, targets))
            yield from self._measures(agents, targets, frame)
            return
        targets = [k for t in _below(anchor) if not self._giver(t) for k in self._mentions(t)]
        if not targets:
            targets = [k for t in self._light_targets(anchor) if (k := self._mention(t))]
        if anchor.pos_ in ("VERB", "AUX"):
            subject = first_child(anchor, "nsubj")
            if (
                subject is not None
                and subject.lemma_.lower() in frame.trigger.split()[:-1]
                and anchor.head.i != anchor.i
                and anchor.head.pos_ == "VERB"
            ):
                # "imposed asset freezes on ...": the small model parses a measure's compound
                # as a clause ("asset" the subject of "freezes"); the governing verb's subject
                # took the measure
                agents = args.subjects(here, anchor.head)
            else:
                agents = args.subjects(here, anchor)
            # "suspended Gabon from all AU activities": with an object that names someone else,
            # the body or place its "from" phrase names is no target
            dobj = first_child(anchor, "dobj")
            origin = _prep(anchor, "from")
            if (
                dobj is not None
                and origin is not None
                and self._other_side(agents, self._actors_of(dobj))
            ):
                body = {k for t in origin.subtree if t.pos_ == "PROPN" and (k := self._mention(t))}
                targets = [k for k in targets if k not in body]
        else:
            agents = args.noun_agents(here, anchor)
            # none of its own, or "a duty on goods from India" (whence the goods come, not who
            # imposes it): the clause's subject
            if not agents or (_prep(anchor, "from") is not None and set(agents) <= set(targets)):
                gov = _clause(anchor)
                agents = args.subjects(here, gov) if gov.pos_ in ("VERB", "AUX") else []
                if self._condemning(gov):
                    # "the EU deplored the expulsion of Latvian diplomats from Minsk": whoever
                    # condemns a measure did not take it
                    return
        taken = anchor.pos_ in ("VERB", "AUX") or (  # "imposed export controls"
            anchor.dep_ == "dobj" and args.lex.is_cue(anchor.head.lemma_.lower(), "light")
        )
        if (
            taken
            and not targets
            and not negated(_clause(anchor), args.lex)
            and not irrealis(anchor, args.lex)
        ):
            self.acts |= {(anchor.i, "sanctions", a, "") for a in agents}
        yield from self._measures(agents, targets, frame)

    def _giver(self, token: Token) -> bool:
        """The possessor of what is given ("suspended its aid to Rwanda"): the giver, whose
        help the measure withholds, not its target."""
        return token.dep_ == "poss" and any(
            f.relation in self.supporting
            for f in self.args.lex.frames_for(token.head.lemma_.lower(), "NOUN")
        )

    def _measures(self, agents: list[str], targets: list[str], frame: Frame) -> Iterator[Found]:
        for a in agents:
            for b in self._other_side(agents, targets):
                yield Found(a, "sanctions", b, None, Rule("measure", frame.trigger))

    def _light_targets(self, anchor: Token) -> Iterator[Token]:
        """A measure named as the object of a light verb, or as the means of a reply, whose "on"
        or "against" phrase names the target: "imposed travel bans and asset freezes on X",
        "imposed a duty on goods from India", "responded with entry bans on US officials" (the
        parse hangs the phrase on the verb)."""
        noun = anchor
        while noun.dep_ == "conj" and noun.head.pos_ == "NOUN":
            noun = noun.head
        verb = noun.head
        lex = self.args.lex
        if noun.dep_ == "pobj" and verb.lower_ == "with":
            # the means of a reply: "responded with entry bans on several US officials", "hit
            # back with tariffs on ..."
            verb = verb.head
            if not (
                lex.is_cue(verb.lemma_.lower(), "retort")
                or any(c.dep_ == "advmod" and c.lower_ == "back" for c in verb.children)
            ):
                return
        elif noun.dep_ != "dobj" or not lex.is_cue(verb.lemma_.lower(), "light"):
            return
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ in ("on", "against", "from"):
                for p in _pobjs(prep):
                    yield from p.subtree

    def between(self, anchor: Token, frame: Frame) -> Iterator[Found]:
        here = self.args.line(anchor)
        if _unreal(anchor):  # "a war between A and B remains unlikely", "fears of clashes"
            return
        if _unarmed(anchor, self.args.lex):  # "the diplomatic conflict", "a trade war"
            return
        sides: list[list[str]] = []
        between = _prep(anchor, "between")
        if between is None and anchor.dep_ == "nsubj":  # "fighting broke out between A and B"
            between = _prep(anchor.head, "between")
        if between is not None:
            members = [p for p in between.children if p.dep_ == "pobj"]
            members += [m for p in members if (m := _stray_conjunct(p)) is not None]
            sides = [self._actors_of(m) for m in members]
            sides = [[k] for s in sides for k in s]
        elif anchor.pos_ == "VERB":  # "A and B clashed", "traded fire", "exchanged strikes"
            subject = next((c for c in anchor.children if c.dep_ == "nsubj"), None)
            if subject is None and anchor.dep_ == "xcomp":  # "continued to clash with X"
                subject = next((c for c in anchor.head.children if c.dep_ == "nsubj"), None)
            if _prep(anchor, "alongside") is not None:
                return  # "Iraqi and Jordanian units fought alongside the Syrians": allies
            if subject is not None:
                sides = [[k] for k in self._actors_of(subject)]
            # "clashed with X", "exchanged fire with X" ("fought with X" may be beside X)
            with_ = _prep(anchor, "with") or next(
                (w for c in anchor.children if c.dep_ == "dobj" if (w := _prep(c, "with"))), None
            )
            if with_ is not None and anchor.lemma_.lower() != "fight" and sides:
                one = [k for side in sides for k in side]
                sides = [one, [k for p in _pobjs(with_) for k in self._actors_of(p)]]
            elif (
                sides
                and (fought := first_child(anchor, "dobj")) is not None
                and (foes := self._actors_of(fought))
            ):
                # "troops from Uganda and Burundi have battled the Shebab": one side, the
                # subject's, against the object (not "the two sides traded fire")
                sides = [[k for side in sides for k in side], foes]
        elif anchor.pos_ == "NOUN":
            with_ = _prep(anchor, "with")
            own = self.args.possessors(here, anchor)
            if not own and with_ is not None and (held := _held_in(anchor)) is not None:
                # "spent the night in a gun battle with the army", "engaged in a battle with":
                # whoever the clause is about is the other side
                own = self.args.subjects(here, held)
            if with_ is not None and own:
                sides = [own, [k for p in _pobjs(with_) for k in self._actors_of(p)]]
        tops = [[k for k in s if k] for s in sides]
        tops = [s for s in tops if s]
        for i, left in enumerate(tops):
            for right in tops[i + 1 :]:
                for a in left:
                    for b in right:
                        if self.args.top(a) != self.args.top(b):
                            yield Found(a, "attacks", b, None, Rule("between", frame.trigger))
                            yield Found(b, "attacks", a, None, Rule("between", frame.trigger))

    def side(self, anchor: Token, frame: Frame) -> Iterator[Found]:
        here = self.args.line(anchor)
        args = self.args
        if anchor.lemma_.lower() == "side" and anchor.pos_ != "VERB":
            yield from self._at_side(anchor, frame)
            return
        # "committed to the sovereignty of X", "a key partner of X", "partnership with X"
        preps = SIDE_PREPS.get(anchor.lemma_.lower(), ("with", "by", "behind", "around"))
        with_ = next((c for c in anchor.children if c.dep_ == "prep" and c.lower_ in preps), None)
        if with_ is None:  # "stands united with X", "stood firmly behind X"
            with_ = next(
                (
                    d
                    for c in anchor.children
                    if c.dep_ in ("acomp", "advmod", "oprd")
                    for d in c.children
                    if d.dep_ == "prep" and d.lower_ in preps
                ),
                None,
            )
        if with_ is None and anchor.pos_ == "NOUN" and anchor.dep_ == "dobj":
            # "voiced solidarity with Niger", "pledged allegiance to": it may hang on the verb
            with_ = next((p for w in (*preps, "with") if (p := _prep(anchor.head, w))), None)
        # the verb a phrase of solidarity hangs on ("on 22 April in solidarity with Prague": the
        # small model may hang "in" on the date)
        governor = anchor.head.head
        held: Token | None = governor
        if governor.ent_type_ in ("DATE", "TIME"):
            held = next((a for a in governor.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if held is not None and held.pos_ not in ("VERB", "AUX"):
            held = None
        if with_ is None and _partnering(anchor) and anchor.i + 1 < len(anchor.doc):
            # "expelled diplomats in solidarity with the UK": the verb's, just after it
            after = anchor.doc[anchor.i + 1]
            if after.lower_ == "with" and after.dep_ == "prep" and after.head in (governor, held):
                with_ = after
        if with_ is None:
            yield from self._named_friend(anchor, frame)
            return
        targets = [k for p in _pobjs(with_) for k in self._actors_of(p)]
        if anchor.pos_ in ("VERB", "AUX") and anchor.lemma_.lower() in SIDE_PREPS:
            # "Turkey is fully committed to ...", parsed as a passive: its subject commits
            subject = first_child(anchor, "nsubjpass")
            agents = args.subjects(here, anchor) or (
                args.keys(here, subject) if subject is not None else []
            )
        elif anchor.pos_ in ("VERB", "AUX"):
            agents = args.subjects(here, anchor)
        elif anchor.dep_ in ("acomp", "attr") and anchor.head.pos_ in ("VERB", "AUX"):
            agents = args.subjects(here, anchor.head)  # "Nigeria remains a committed partner"
        elif anchor.dep_ == "pobj" and anchor.head.lower_ in ("in", "out") and held is not None:
            # "expelled Russian diplomats in solidarity with the UK": whoever expelled them
            agents = args.subjects(here, held)
        elif anchor.dep_ == "dobj" and anchor.lemma_.lower() in PLEDGED:
            agents = args.subjects(here, anchor.head)  # "the group pledged allegiance to IS"
        else:
            agents = args.noun_agents(here, anchor) or self._speakers(
                anchor, self._speech_verb(anchor)
            )
        for a in agents:
            for b in self._other_side(agents, targets):
                yield Found(a, "supports", b, None, Rule("side", frame.trigger))

    def _at_side(self, anchor: Token, frame: Frame) -> Iterator[Found]:
        """ "Germany stands firmly at Ukraine's side", "remains on Kyiv's side": whoever stands
        there backs the possessor; a side with no possessor names no one ("both sides", "the
        Russian side said")."""
        here = self.args.line(anchor)
        at = anchor.head
        if anchor.dep_ != "pobj" or at.lower_ not in AT_SIDE or at.head.pos_ not in ("VERB", "AUX"):
            return
        owners = [k for c in anchor.children if c.dep_ == "poss" for k in self.args.keys(here, c)]
        agents = self.args.subjects(here, at.head)
        for a in agents:
            for b in self._other_side(agents, owners):
                yield Found(a, "supports", b, None, Rule("side", frame.trigger))

    def endorse(self, anchor: Token, frame: Frame) -> Iterator[Found]:
        """ "welcomed the strikes", "hailed Israel's strikes": whoever welcomes an act backs
        who did it, its possessor or, for the noun of a relation with no actor of its own
        ("the designations"), the agent of the latest such claim before. An actor welcomed is
        not backed by that alone ("welcomed the AU and UN positions", "welcomed Xi to Moscow")."""
        if anchor.pos_ != "VERB":
            return
        here = self.args.line(anchor)
        agents = self.args.subjects(here, anchor)
        if not agents:
            return
        objects = [c for c in anchor.children if c.dep_ == "dobj"]
        objects += [c for o in objects for c in self.args.conjuncts(o)]
        backed: list[str] = []
        for o in objects:
            relations = self.event_nouns.get(act_noun(o)) if o.pos_ == "NOUN" else None
            if not relations or not self.args.lex.frames_for(o.lemma_, "NOUN"):
                continue  # "welcomed the decision": too often not the last act's author
            if authors := self.args.noun_agents(here, o):
                backed += authors
            else:
                self.pending.append(
                    EventTarget(anchor, frame, agents, relations, [o], [], "supports")
                )
        for a in agents:
            for b in self._other_side(agents, backed):
                yield Found(a, "supports", b, None, Rule("endorse", frame.trigger))

    def _named_friend(self, anchor: Token, frame: Frame) -> Iterator[Found]:
        """ "Blinken called Finland a strong and capable ally", "Washington regards Manila as a
        key partner": whoever names an actor a friend of theirs backs it."""
        here = self.args.line(anchor)
        verb = anchor.head
        if anchor.dep_ == "pobj" and verb.lower_ == "as":
            verb = verb.head
        elif anchor.dep_ not in ("oprd", "xcomp", "attr", "dobj"):
            return
        if verb.pos_ != "VERB" or not (
            self.args.lex.is_cue(verb.lemma_.lower(), "naming") or verb.lemma_.lower() in REGARD
        ):
            return
        named = [c for c in verb.children if c.dep_ == "dobj" and c.i != anchor.i]
        agents = self.args.subjects(here, verb)
        targets = [k for c in named for k in self._actors_of(c)]
        for a in agents:
            for b in self._other_side(agents, targets):
                yield Found(a, "supports", b, None, Rule("side", frame.trigger))

    def thanks(self, anchor: Token, frame: Frame) -> Iterator[Found]:
        here = self.args.line(anchor)
        prep = anchor.head
        if anchor.dep_ == "oprd" and prep.dep_ == "pcomp":  # "for what he called great support"
            prep = prep.head
        verb = prep.head
        if not (
            anchor.dep_ in ("pobj", "oprd")
            and prep.lower_ == "for"
            and verb.lemma_.lower() in THANK_VERBS
        ):
            return
        thanked = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if thanked is None:
            return
        helpers = self._actors_of(thanked)
        helped = self.args.subjects(here, verb)
        for a in helpers:
            for b in self._other_side([a], helped):
                yield Found(a, "supports", b, None, Rule("thanks", frame.trigger))

    # ------------------------------------------------------------------ events

    def resolve(
        self, made: list[tuple[int, str, str, str]]
    ) -> Iterator[tuple[Token, Frame, Found]]:
        """Each judged act with no actor of its own condemns who carried it out: the agent of the
        latest claim of its relation made before ("Russia described the raids as ..." ->
        whoever raided; only shortly before for the noun of any act, "the move"), done to the
        act's victim when the text names one; else whoever the same noun was said of earlier
        in the text ("Ethiopia signed a memorandum with Somaliland ... Egypt condemned the
        memorandum")."""
        top = self.args.top
        lex = self.args.lex
        for pending in self.pending:
            # a relation's own noun ("the raids", "Friday's strikes") names its latest claim,
            # however far back, as in ``Events.note``; the noun of any act looks back a while
            own = any(lex.frames_for(n.lemma_, "NOUN") for n in pending.nouns)
            window = 0 if own else lookback(pending.anchor, pending.nouns, lex)
            # whose sovereignty was violated, or whom the act was done to, never did it
            anchor = pending.anchor
            violated = {
                top(k)
                for k in violated_by(self.args, anchor if anchor.pos_ == "NOUN" else anchor.head)
            }
            violated |= {top(k) for n in pending.nouns for k in victims(self.args, n, TARGET_PREPS)}
            violated |= {top(k) for n in pending.nouns for k in violated_by(self.args, n)}
            act = Act(
                pending.anchor, pending.nouns, pending.relations, window, pending.hurt, violated
            )
            # "rejected the memorandum between Ethiopia and Somaliland": its parties
            agents = self._parties(pending.anchor, pending.nouns) or authors(self.args, act, made)
            if not agents and not all(generic(n) for n in pending.nouns):
                agents = self._said_before(pending.nouns)
            rule = Rule("judge_event", pending.frame.trigger)
            sent = pending.anchor.sent
            # "condemned the launch, describing it as a threat": a speaker who already condemns
            # someone in this sentence judges that act again, not the latest one of the text
            said = {
                s for i, r, s, _ in made if r == pending.relation and sent.start <= i < sent.end
            }
            for a in (a for a in pending.speakers if a not in said):
                for b in self._other_side([a], agents):
                    found = Found(a, pending.relation, b, None, rule)
                    yield pending.anchor, pending.frame, found

    def _parties(self, anchor: Token, nouns: list[Token]) -> list[str]:
        """The actors an act noun names as its parties: "the memorandum between Ethiopia and the
        authorities in Hargeisa", "the deal between Israel and Somaliland"."""
        here = self.args.line(anchor)
        return [
            k
            for n in nouns
            for c in n.children
            if c.dep_ == "prep" and c.lower_ == "between"
            for p in c.children
            if p.dep_ == "pobj"
            for item in (p, *self.args.conjuncts(p))
            if self.args.index.at(item) is not None  # not "an incident between NATO allies"
            for k in self.args.keys(here, item)
        ]

    def _measure_named(self, anchor: Token) -> bool:
        """A word in the naming slot of a passive measure ("listed as a terrorist organisation by
        Iran"): the measure names it, no one's judgement does."""
        verb = next((a for a in anchor.ancestors if a.pos_ == "VERB"), None)
        return (
            verb is not None
            and _passive(verb)
            and any(c.pattern == "measure" for c in self.cues.get(verb.lemma_.lower(), []))
            and any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)
        )

    def adversaries(
        self, opposing: list[tuple[int, str, str]]
    ) -> Iterator[tuple[Token, Frame, Found]]:
        """A threat with no target of its own is aimed at the speaker's adversary in the article
        (``adversary``; ``opposing``: character offset, subject, object of every positive claim
        of an opposing relation)."""
        for anchor, frame, speakers in self.untargeted:
            for a in speakers:
                best = self.adversary(a, anchor, opposing)
                if best is not None:
                    rule = Rule("adversary", frame.trigger)
                    yield anchor, frame, Found(a, "warns", best, None, rule)

    def adversary(
        self, actor: str, anchor: Token, opposing: list[tuple[int, str, str]]
    ) -> str | None:
        """The actor ``actor``'s side opposes, or is opposed by, in most of the ``opposing``
        claims (character offset, subject, object), the nearest on a tie; None when it has no
        adversary there."""
        top = self.args.top
        side = top(actor)
        counts: dict[str, tuple[int, int]] = {}
        for at, subject, obj in opposing:
            other = top(obj) if top(subject) == side else top(subject) if top(obj) == side else None
            if other is None or other == side:
                continue
            n, near = counts.get(other, (0, 1 << 30))
            counts[other] = (n + 1, min(near, abs(at - anchor.idx)))
        if not counts:
            return None
        # an adversary named in this sentence or the one before is the one meant; on a tie, the
        # one named first, most often the subject (never the order of a set: builds are
        # reproducible)
        first = self._named_near(anchor)
        named = [k for k in first if k in counts]
        return max(
            named or sorted(counts),
            key=lambda k: (counts[k][0], -counts[k][1], -first.get(k, 0)),
        )

    def _named_near(self, anchor: Token) -> dict[str, int]:
        """The actors (at their top) named in the anchor's sentence and the one before, with
        the index of the first token that names each."""
        start = sentences_back(anchor, 1)
        found: dict[str, int] = {}
        for t in anchor.doc[start : anchor.sent.end]:
            if (k := self.args.key(self.args.line(t), t)) is not None:
                found.setdefault(self.args.top(k), t.i)
        return found

    def _said_before(self, nouns: list[Token]) -> list[str]:
        """The actors an earlier mention of one of these nouns belongs to, the nearest that
        names any, when the text introduced it as someone's act or text: its possessor,
        demonym or the actor in front of it ("Ethiopia's deal", "a UN human rights report"),
        its "by" agent, or the subject of the verb it is the object of ("Ethiopia signed a
        memorandum", "the Council adopted a 14th package")."""
        lex = self.args.lex
        for noun in nouns:
            lemma = noun.lemma_.lower()
            # "the deal" refers back to "a memorandum": any noun of an agreement, to another
            accord = lex.is_cue(lemma, "accord")
            earlier = [
                t
                for t in noun.doc[: noun.i]
                if t.pos_ == "NOUN"
                and (t.lemma_.lower() == lemma or (accord and lex.is_cue(t.lemma_, "accord")))
            ]
            for first in reversed(earlier):
                if found := self._owner(first):
                    return found
        return []

    def _owner(self, noun: Token) -> list[str]:
        """Whose act or text a mention of a noun is, by its own phrase (see ``_said_before``)."""
        here = self.args.line(noun)
        if self.args.is_personnel(noun) or noun.ent_type_ in ("NORP", "PERSON", "ORG"):
            return []  # "the rebels", "the soldiers": people, not an act
        # a place in front names where, not whose ("the Erbil strike")
        found = [k for k in self._actors_of(noun) if self.args.cls_of(k) not in ("Region", None)]
        # "signed a memorandum", "staged naval drills": new to the text, not "the drills"
        dets = [c.lower_ for c in noun.children if c.dep_ == "det"]
        introduced = dets in ([], ["a"], ["an"])
        if not found and noun.dep_ == "dobj" and introduced:
            found = self.args.subjects(here, noun.head)
        return found

    # ------------------------------------------------------------------ helpers

    def _speech_verb(self, anchor: Token, *, judging: bool = False) -> Token | None:
        """The nearest verb of saying or judging at or above the cue, within the sentence; a
        judgement is not one under a verb of threatening ("warned X against provocations")."""
        lex = self.args.lex
        for g in governors(anchor):
            lemma = g.lemma_.lower()
            if lex.is_cue(lemma, "unsaid_object") and first_child(g, "dobj") is not None:
                continue  # "was adding fuel to the fire": adds, says nothing
            # (a verb of saying that is itself the cue speaks only when it judges: "made to
            # regret the crime" threatens, its subject does not speak)
            reports = (lex.is_cue(lemma, "report") or outburst(g, lex) or _blaming(g)) and (
                judging or g.i != anchor.i
            )
            if g.i == anchor.i and not judging and is_passive(g):
                continue  # "Iran would be held responsible, France warned": the warning speaks
            if g.pos_ in ("VERB", "AUX") and (
                lemma in SPEECH or reports or lex.is_cue(lemma, "naming")
            ):
                return None if judging and lemma in THREAT_VERBS else g
        return None

    def _speakers(self, anchor: Token, verb: Token | None) -> list[str]:
        here = self.args.line(anchor)
        subject = subject_of(verb, ACTIVE_SUBJECTS) if verb is not None else None
        if subject is not None and (group := self.args.collective(subject)):
            return group  # "..., the ministers said": every member, whoever the quote's is
        q = self.args.disc.quote_of.get(anchor.i)
        if q is not None and (joint := self.args.joint_speakers(q)):
            return joint  # "Canada and Japan said in a joint statement: '...'": both
        if q is not None and (who := self.args.disc.speakers.get(q)):
            return [who]
        if verb is None and (act := _done_in_protest(anchor, self.args.lex)) is not None:
            return self.args.subjects(here, act)  # "recalled its envoy in protest at X's move"
        if verb is None:
            return []
        if verb.dep_ == "acl" and verb.tag_ == "VBD":  # "the ministry called ...", misparsed
            return self.args.keys(here, verb.head)
        return self.args.subjects(here, verb)

    def _claim(self, noun: Token) -> bool:
        """A noun of what is claimed ("the idea", "Ankara's claim", "these accusations")."""
        return noun.pos_ == "NOUN" and self.args.lex.is_cue(noun.lemma_.lower(), "claim_noun")

    def _judged(self, anchor: Token, verb: Token | None) -> list[Token]:
        """The phrases a judgement is about, best first."""
        out: list[Token] = []
        # the act's own author: "Azerbaijan's military actions", "Turkish aggression"
        if anchor.pos_ in ("NOUN", "ADJ", "PROPN"):
            out += [c for c in anchor.children if c.dep_ in ("poss", "amod", "compound", "nmod")]
        if anchor.pos_ == "NOUN" and any(
            c.dep_ == "acl" and c.tag_ == "VBN" for c in anchor.children
        ):
            out.append(anchor)  # "bandits backed by Russia": the people judged, for their patron
        adjective = anchor
        while adjective.dep_ == "conj" and adjective.head.pos_ == "ADJ":  # "escalatory and ..."
            adjective = adjective.head
        if (  # "irresponsible actions by China"; not "a flagrant violation", judged on its own
            anchor.pos_ == "ADJ"
            and adjective.dep_ == "amod"
            and not any(
                c.pattern == "judge" for c in self.cues.get(adjective.head.lemma_.lower(), [])
            )
        ):
            out.append(adjective.head)
        # "outraged by X", "concern over X's deployment", "disappointed with X's purchase",
        # "expressed its displeasure with Turkey"; a protest "with" someone is lodged there
        # ("register its protest with the United Nations")
        lemma = anchor.lemma_.lower()
        felt = anchor.pos_ == "ADJ" or (
            anchor.pos_ == "NOUN" and not self.args.lex.is_cue(lemma, "protest")
        )
        feeling = ("with",) if felt else ()
        if _done_in_protest(anchor, self.args.lex) is not None:  # "in protest against the raid"
            feeling = ("against",)
            after = anchor.doc[anchor.i + 1] if anchor.i + 1 < len(anchor.doc) else None
            if (  # the small model hangs the phrase on the verb: "withdrew ... in protest against"
                after is not None
                and after.dep_ == "prep"
                and after.head.i != anchor.i
                and after.lower_ in ("against", "at", "over")
            ):
                out += _pobjs(after)
        for c in anchor.children:
            if c.dep_ in ("prep", "agent") and c.lower_ in (*JUDGED_PREPS, *feeling):
                out += _pobjs(c)
        if verb is not None:
            # "called the attacks unprovoked": the small model hangs the complement on the object
            if verb.i == anchor.i or _under(anchor, verb, COMPLEMENT_DEPS | PREDICATIVE):
                # "told Sharaa that the attacks were unacceptable": the one told is not judged
                told = verb.lemma_.lower() in ADDRESSING
                objects = [c for c in verb.children if c.dep_ == "dobj" and not told]
                out += objects or [c for c in verb.children if c.dep_ == "oprd"]
                if not objects and verb.dep_ == "relcl":  # "an exercise Caracas denounced as"
                    out.append(verb.head)
            # "said the strikes were a violation": the subject of the judged clause
            clause = _clause(anchor)
            # "said Russia was trying to sabotage the talks": the subject of the verb that
            # controls the judged one
            while (
                clause.dep_ == "xcomp"
                and clause.head.i != verb.i
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
            ):
                clause = clause.head
            if clause.i != verb.i:
                out += [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
            elif adjective.dep_ in ("ccomp", "xcomp", "oprd"):  # "judged the sanctions unjustified"
                out += [c for c in adjective.children if c.dep_ in ("nsubj", "nsubjpass")]
            # not "at": the verb's "at" is where it was said ("told a forum at Valdai")
            # "protested against Russia's bombing", "railed against the sanctions": "against" of
            # a verb with no object (with one, "against" names whom the object was done to)
            against = ("against",) if first_child(verb, "dobj") is None else ()
            if _blaming(verb):  # "laid the blame on Iran", "put the blame for it on Kyiv"
                out += [
                    p
                    for node in (verb, first_child(verb, "dobj"))
                    if node is not None
                    for c in node.children
                    if c.dep_ == "prep" and c.lower_ == "on"
                    for p in _pobjs(c)
                ]
            out += [
                p
                for c in verb.children
                if c.dep_ == "prep" and c.lower_ in ("over", "about", "by", "of", *against)
                for p in _pobjs(c)
            ]
        # "General Noriega, whom he described as a despotic drug trafficker": who "whom" is (a
        # "which" stays, as an act judged: "the sanctions, which they called illegitimate")
        return [antecedent(p) if p.lower_ == "whom" else p for p in out]

    def _actors_of(self, token: Token) -> list[str]:
        """The actors a phrase stands for: itself, its members, its possessors or demonyms
        ("Indian and Chinese soldiers"), or the agent in a "by" phrase; not the actors its other
        prepositional phrases name."""
        here = self.args.line(token)
        args = self.args
        found = args.keys(here, token)
        # "Indian and Chinese soldiers": every one of coordinated modifiers
        coordinated = [
            k
            for c in token.children
            if c.dep_ in ("poss", "amod", "compound", "nmod")
            and (others := list(args.conjuncts(c)))
            for m in (c, *others)
            if (k := args.key(here, m))
        ]
        if found and len(coordinated) < 2:
            return found
        found += coordinated or [
            k
            for c in token.children
            if c.dep_ in ("poss", "amod", "compound", "nmod") and (k := args.key(here, c))
        ]
        if not found:
            by = _prep(token, "by")
            if by is not None:
                found = [k for p in _pobjs(by) for k in args.keys(here, p)]
        return list(dict.fromkeys(found))

    def _condemning(self, verb: Token) -> bool:
        """Whether a verb condemns what it governs: "deplored", "condemned", "denounced"."""
        lemma = verb.lemma_.lower()
        return verb.pos_ == "VERB" and (
            any(f.relation == "condemns" for f in self.args.lex.frames_for(lemma, "VERB"))
            or any(
                c.relation == "condemns" and c.pattern == "judge" for c in self.cues.get(lemma, [])
            )
        )

    def _lodged_with(self, anchor: Token, verb: Token | None) -> list[str]:
        """The state a protest is lodged with, made to or lodged in the capital of: "lodged a
        protest with Tokyo", "protests to Kyiv", "lodged a protest in Beijing" (not a body it is
        lodged at: "with the UN")."""
        if anchor.lemma_.lower() not in PROTESTS:
            return []
        lodged = [anchor, *([verb] if verb is not None and verb.i != anchor.i else [])]
        return [
            k
            for node in lodged
            for c in _preps(node)
            if c.lower_ in ("with", "to", "in")
            for p in _pobjs(c)
            # "lodged a protest in Beijing": in a state's capital, with its government
            if c.lower_ != "in"
            or ((m := self.args.index.at(p)) is not None and m.kind == "METONYM")
            for k in self._actors_of(p)
            if self.args.cls_of(k) == "State"
        ]

    def _protested_after(self, anchor: Token, verb: Token | None) -> list[str]:
        """The doer of the act a judgement came "after", when it judges nothing in its own
        phrase: "lodged a strong protest after Chinese fighters locked their radar onto
        Japanese jets" (the doer named as an actor, not an act: "after the strike crippled")."""
        here = self.args.line(anchor)
        return [
            k
            for node in dict.fromkeys(n for n in (verb, anchor) if n is not None)
            for c in node.children
            if c.dep_ == "advcl"
            and any(
                m.dep_ in ("mark", "advmod") and m.lower_ in ("after", "when") for m in c.children
            )
            for s in c.children
            if s.dep_ == "nsubj" and not self.event_nouns.get(act_noun(s))
            for k in self.args.keys(here, s)
        ]

    def _envoy_state(self, token: Token) -> list[str]:
        """The state an envoy represents, named beside the envoy's title: "Pakistan's charge
        d'affaires", "the ambassador of Azerbaijan, Rahman Mustafayev", "Maldivian High
        Commissioner Ibrahim Shaheeb"; a summons protests against that state, not the person."""
        lex, here = self.args.lex, self.args.line(token)
        titles = [token, *(c for c in token.children if c.dep_ == "compound")]
        if not any(lex.is_cue(t.lemma_.lower(), "envoy") for t in titles):
            return []
        beside = [
            c
            for t in titles
            for c in t.children
            if c.dep_ in ("poss", "amod", "compound", "nmod") and c.i not in {x.i for x in titles}
        ]
        beside += [p for t in titles for c in _preps(t) if c.lower_ == "of" for p in _pobjs(c)]
        return [
            k
            for c in beside
            for k in self.args.keys(here, c)
            if self.args.cls_of(k) in ("State", "Organization")
        ]

    def _authors_of(self, token: Token) -> list[str]:
        """Whose a judged or threatened thing is: the actors it stands for, else the agent of a
        participle on it ("the counter-proposal drafted by the UK", "the raids carried out by
        Israel") or its owner ("all facilities belonging to the PKK")."""
        if own := self._actors_of(token):
            return own
        here = self.args.line(token)
        found: list[str] = []
        for c in token.children:
            owning = c.lemma_.lower() in OWNING
            # a participle on the noun, not a clause of its own ("claims that the operation is
            # financed by France" says nothing of whose the claims are)
            if (
                c.dep_ != "acl"
                or not (owning or c.tag_ == "VBN")
                or any(d.dep_ in ("nsubj", "nsubjpass", "mark", "auxpass") for d in c.children)
            ):
                continue
            preps = ("by", "to") if owning else ("by",)
            for d in c.children:
                if d.dep_ == "agent" or (d.dep_ == "prep" and d.lower_ in preps):
                    found += [k for p in _pobjs(d) for k in self.args.keys(here, p)]
        return list(dict.fromkeys(found))

    def _mention(self, token: Token) -> str | None:
        here = self.args.line(token)
        args = self.args
        return args.key(here, token)

    def _mentions(self, token: Token) -> list[str]:
        """The actor a token names, or the states a collective description counts ("expelled
        diplomats from the three states"; not "suspended from the bloc", the bloc suspending).
        Counted nationals are people, not their state ("asset freezes on four Ukrainians")."""
        m = self.args.index.at(token)
        if (
            m is not None
            and m.kind == "DEMONYM"
            and any(c.dep_ == "nummod" for c in token.children)
        ):
            return []
        if k := self._mention(token):
            return [k]
        members = self.args.collective(token)
        return members if all(self.args.cls_of(m) == "State" for m in members) else []

    def _other_side(self, agents: list[str], targets: list[str]) -> list[str]:
        """Targets that are not the agents themselves or their own people."""
        mine = {self.args.top(a) for a in agents}
        return [t for t in dict.fromkeys(targets) if self.args.top(t) not in mine]


# -------------------------------------------------------------------------- token helpers


def _statement_owner(anchor: Token, lex: Lexicon) -> Token | None:
    """The possessor of a noun of what someone says (the lexicon's ``stated``) whose clause the
    cue is in, below any verb of its own sentence ("Islamabad's warning that it would
    respond"), if there is one."""
    for g in governors(anchor):
        if g.i != anchor.i and g.pos_ in ("VERB", "AUX") and g.dep_ not in ("acl", "ccomp"):
            return None
        if g.i != anchor.i and g.pos_ == "NOUN" and lex.is_cue(g.lemma_.lower(), "stated"):
            return first_child(g, "poss")
    return None


def _described_by(participle: Token) -> Token | None:
    """The noun a participle clause describes, through coordinated participles ("the group,
    founded in 2012 and listed as ..."), if it is one."""
    node = participle
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    return node.head if node.dep_ == "acl" and node.head.pos_ in ("NOUN", "PROPN") else None


def _passive(verb: Token) -> bool:
    """A passive verb, or a participle not made perfect by "have": "is designated", "remains
    designated by" (which the small model parses with "remains" as an auxiliary)."""
    if is_passive(verb):
        return True
    return verb.tag_ == "VBN" and not any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children
    )


# the prepositions of standing at someone's side
AT_SIDE = frozenset({"at", "on", "by", "beside", "alongside"})
# the prepositions that name whom a side is taken with, by the cue's word
# what is pledged to someone it backs: "pledged allegiance to the Islamic State"
PLEDGED = frozenset({"allegiance", "fealty"})
SIDE_PREPS = {
    "committed": ("to",),
    "commit": ("to",),
    "commitment": ("to",),
    "partner": ("of", "with", "for"),
    "ally": ("of", "to"),
    "partnership": ("with",),
    **dict.fromkeys(PLEDGED, ("to",)),
}


def _blaming(verb: Token) -> bool:
    """ "laid the blame on Iran", "pinned the blame on Kyiv": words that blame."""
    blame = first_child(verb, "dobj")
    return verb.pos_ == "VERB" and blame is not None and blame.lemma_.lower() == "blame"


def _done_in_protest(anchor: Token, lex: Lexicon) -> Token | None:
    """The verb of an act done "in protest" or "as a protest" ("withdrew its ambassador in
    protest at the raid"): its subject protests."""
    prep = anchor.head
    if (
        anchor.dep_ != "pobj"
        or prep.lower_ not in ("in", "as")
        or not lex.is_cue(anchor.lemma_.lower(), "protest")
    ):
        return None
    act = prep.head
    if act.pos_ == "NOUN" and act.dep_ == "dobj":  # as parsed: "withdrew [its envoy in protest]"
        act = act.head
    return act if act.pos_ == "VERB" else None


def _in_phrases(verb: Token) -> Iterator[Token]:
    """The "in" phrases of a verb or of what it names its object as: "is designated in Turkey",
    "is designated a terrorist organisation in Turkey"."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "in":
            yield c
        elif c.dep_ in ("oprd", "attr", "dobj", "xcomp"):
            yield from (p for p in c.children if p.dep_ == "prep" and p.lower_ == "in")


def _by_phrases(verb: Token) -> Iterator[Token]:
    """The "by" phrases in a verb's own clause, however low the parse hangs them, but not in
    its subject: "designated a terrorist organisation by Turkey"."""
    stack = [c for c in verb.children if c.dep_ not in CLAUSE_DEPS | {"nsubjpass", "nsubj"}]
    while stack:
        t = stack.pop()
        if t.dep_ in ("prep", "agent") and t.lower_ == "by":
            yield t
        stack += [c for c in t.children if c.dep_ not in CLAUSE_DEPS]


def _match(t: Token, cue: StanceCue) -> Token | None:
    """The anchor token if the cue's words stand at ``t``, else None."""
    doc = t.doc
    words = cue.words
    span = [t]
    for k, w in enumerate(words[1:], start=1):
        if t.i + k >= len(doc):
            return None
        nxt = doc[t.i + k]
        if w not in (nxt.lemma_.lower(), nxt.lower_):
            return None
        span.append(nxt)
    if cue.companions:
        apart = {d.i for c in t.children if across_semicolon(t, c) for d in c.subtree}
        below = [d for d in t.subtree if d.i != t.i and d.sent == t.sent and d.i not in apart]
        below += [d for o in _shared_objects(t) for d in o.subtree]
        if not any(d.lemma_.lower() in cue.companions or d.lower_ in cue.companions for d in below):
            return None
    inside = {s.i for s in span}
    return next((s for s in span if s.head.i not in inside or s.head.i == s.i), t)


def _preps(token: Token) -> list[Token]:
    return [c for c in token.children if c.dep_ == "prep"]


# the dependents that stand before the head of a noun phrase
NP_MODIFIERS = frozenset({"det", "amod", "compound", "poss", "case", "nummod", "nmod", "punct"})


def _stray_conjunct(member: Token) -> Token | None:
    """The second member of "between A and B" that the small model hung elsewhere: in "heavy
    fighting between Azerbaijani troops and Armenian forces continued" it makes "forces" the
    subject of "continued". The noun phrase right after the member's "and", when none of its
    words belongs to the member."""
    if any(c.dep_ == "conj" for c in member.children):
        return None
    cc = next((c for c in member.children if c.dep_ == "cc" and c.lower_ == "and"), None)
    if cc is None:
        return None
    doc = member.doc
    # the phrase's head: the first word after "and" that is no modifier of a later one
    head = next(
        (t for t in doc[cc.i + 1 : cc.sent.end] if not (t.dep_ in NP_MODIFIERS and t.head.i > t.i)),
        None,
    )
    if head is None or head.pos_ not in ("NOUN", "PROPN") or head.i > cc.i + 5:
        return None
    inside = all(cc.i < t.head.i <= head.i for t in doc[cc.i + 1 : head.i])
    return head if inside and member not in head.ancestors else None


def _prep(token: Token, word: str) -> Token | None:
    return next((c for c in token.children if c.dep_ == "prep" and c.lower_ == word), None)


def _pobj(prep: Token) -> Token | None:
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def _pobjs(prep: Token) -> list[Token]:
    return [c for c in prep.children if c.dep_ == "pobj"]


def _under(t: Token, top: Token, deps: frozenset[str]) -> bool:
    """Whether ``t`` hangs below ``top`` through links of these kinds only."""
    node = t
    while node.i != top.i:
        if node.dep_ not in deps and node.pos_ not in ("ADJ", "NOUN", "ADV", "DET"):
            return False
        if node.head.i == node.i:
            return False
        node = node.head
    return True


def _clause(t: Token) -> Token:
    """The head of the clause a token sits in."""
    node = t
    while node.head.i != node.i:
        if node.pos_ in ("VERB", "AUX") and node.dep_ in CLAUSE_DEPS:
            return node
        node = node.head
    return node


def _clause_nodes(top: Token, anchor: Token) -> Iterator[Token]:
    """The verbs of the clauses from ``top`` down to the one holding ``anchor``."""
    node = anchor
    chain = [node]
    while node.i != top.i and node.head.i != node.i:
        node = node.head
        chain.append(node)
    for n in chain:
        if n.pos_ in ("VERB", "AUX", "NOUN", "ADJ"):
            yield n


def _content(claim: Token) -> list[Token]:
    """The clauses that say what a claim noun claims: "the idea [that Assad's forces used gas]"."""
    return [c for c in claim.children if c.dep_ in ("acl", "ccomp")]


def _claimant_phrases(claim: Token) -> Iterator[Token]:
    """The phrases of a claim noun that name who made it: "Ankara's claim", "the Russian claim",
    "the claim of India"."""
    for c in claim.children:
        if c.dep_ in ("poss", "amod", "compound", "nmod"):
            yield c
        elif c.dep_ == "prep" and c.lower_ in ("of", "by"):
            yield from _pobjs(c)


# threats of resisting or not letting someone act: they threaten only someone they name ("will
# not allow China to threaten the canal"), never the speaker's adversary by default
REFUSALS = frozenset({"resist", "not allow", "not permit", "not tolerate"})

# verbs that take a threat someone else made: "made the ultimatum public and ignored it"
ANSWERING = frozenset(
    {"ignore", "reject", "dismiss", "defy", "disregard", "flout", "heed", "accept", "make"}
)


def _threat_referred_to(anchor: Token) -> bool:
    """ "Nyerere made the ultimatum public and ignored it": a threat noun with "the" or "this"
    that a verb of taking or answering it governs refers back to a threat made before; its
    subject did not make it."""
    verb = next((a for a in anchor.ancestors if a.pos_ == "VERB"), None)
    phrase = anchor.head if anchor.dep_ == "compound" else anchor  # "made the ultimatum public"
    return (
        anchor.pos_ == "NOUN"
        and verb is not None
        and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in phrase.children)
        and verb.lemma_.lower() in ANSWERING
    )


def _future_or_conditional(anchor: Token, lex: Lexicon) -> bool:
    if _declared_target(anchor):
        return True
    if lex.is_cue(anchor.lemma_.lower(), "deadline") or any(  # "gave them 48 hours to leave"
        (c.dep_ in ("acl", "relcl", "xcomp", "advcl") and any(a.lower_ == "to" for a in c.children))
        or (c.dep_ == "dobj" and lex.is_cue(c.lemma_.lower(), "deadline"))  # "set a deadline"
        for c in anchor.children
    ):
        return True  # a deadline or an ultimatum looks ahead whatever the tense
    for g in governors(anchor):
        for c in g.children:
            if c.dep_ == "aux" and c.lower_ in MODALS:
                return True
            if c.dep_ == "mark" and c.lower_ in ("if", "unless"):
                return True
        if g.pos_ == "VERB" and g.lemma_.lower() in THREAT_VERBS:
            return True
        if g.lemma_.lower() in READY:  # "is ready to take further measures"
            return True
        if g.dep_ == "conj" and g.pos_ in ("VERB", "AUX"):
            break  # "X warned that ..., and Borrell said the bloc regretted": another clause
    return any(t.dep_ == "mark" and t.lower_ in ("if", "unless") for t in anchor.sent)


def _held_in(noun: Token) -> Token | None:
    """The verb a noun is the "in" phrase of, directly or through the verb's object: "engaged in
    a battle", "spent the night in a gun battle"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "in" or first_child(noun, "poss") is not None:
        return None  # "support for Iraq in its war with Iran": the possessor's war
    node = prep.head
    if node.pos_ == "NOUN" and node.dep_ == "dobj":
        node = node.head
    return node if node.pos_ in ("VERB", "AUX") else None


def _unarmed(anchor: Token, lex: Lexicon) -> bool:
    """A conflict without arms: "the diplomatic conflict between A and B", "the trade war",
    "a war of words"."""
    return any(
        c.dep_ in ("amod", "compound") and lex.is_cue(c.lemma_.lower(), "unarmed")
        for c in anchor.children
    ) or any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(p.lemma_.lower() == "word" for p in c.children)
        for c in anchor.children
    )


def _unreal(anchor: Token) -> bool:
    """Hostilities only feared, risked, ruled unlikely or avoided, or said of the future."""
    if _hypothetical(anchor):
        return True
    for g in governors(anchor):
        if g.lemma_.lower() in UNREAL or any(
            c.lemma_.lower() in UNREAL or (c.dep_ == "aux" and c.lower_ in MODALS | MIGHT)
            for c in g.children
        ):
            return True
    return False


def _hypothetical(anchor: Token) -> bool:
    """An act that has not happened: "any aggression", "if attacked"."""
    if any(c.dep_ == "det" and c.lower_ in ("any", "no", "every") for c in anchor.children):
        return True
    if anchor.dep_ == "xcomp" and anchor.head.lemma_.lower() in CAUSATIVES:
        return True  # "Israel would be made to regret the crime": a threat, no judgement yet
    return any(
        c.dep_ == "mark" and c.lower_ in ("if", "unless")
        for g in governors(anchor)
        for c in g.children
    )


# prepositions of what a judgement is about: "outraged by X", "concern over X"
JUDGED_PREPS = ("by", "over", "about", "at", "from")
# words that blame only as a predicate: "Iran was responsible" ("a responsible partner" praises)
ONLY_PREDICATED = frozenset({"responsible", "culpable"})
# cue words that threaten only as verbs
VERB_THREATS = frozenset({"face"})
# words that judge only in what something is called or said to be, as it or as its adjective:
# "called the raid a criminal act", "branded them criminals" ("a criminal case" judges no one)
NAMED_ONLY = frozenset({"criminal"})

# verbs that make someone do what their infinitive says
CAUSATIVES = frozenset({"make", "force", "compel"})

# nouns of acting together whose "with" phrase names a partner: "in solidarity with", "in
# coordination with", "in concert with", "in step with"
PARTNERING = frozenset(
    {"solidarity", "coordination", "cooperation", "concert", "step", "tandem", "conjunction"}
)


def _partnering(t: Token) -> bool:
    """ "in solidarity", whose "with" phrase the small model may hang on the verb beside it."""
    return t.lemma_.lower() in PARTNERING and t.dep_ == "pobj"


def _envoys_sent_away(anchor: Token, lex: Lexicon) -> bool:
    """A deadline given to envoys ("gave Iranian diplomats 48 hours to leave"): an expulsion
    (a measure) as well as an ultimatum."""
    # "gave them 48 hours": the deadline noun's verb
    verb = anchor.head if anchor.dep_ in ("dobj", "npadvmod") else anchor
    return any(
        c.dep_ in ("dative", "dobj") and lex.is_cue(c.lemma_.lower(), "envoy")
        for c in verb.children
    )


def _shared_objects(verb: Token) -> list[Token]:
    """The object a verb shares with the verb coordinated after it, the parse hanging it on the
    last one: "cut or downgraded its ties with Riyadh", "recalled and expelled diplomats"."""
    if verb.pos_ != "VERB" or any(c.dep_ == "dobj" for c in verb.children):
        return []
    return [
        o
        for c in verb.children
        if c.dep_ == "conj"
        and c.pos_ == "VERB"
        and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
        for o in c.children
        if o.dep_ == "dobj"
    ]


def _absolute(prep: Token) -> bool:
    """A "with" phrase whose object does something of its own: "with a spokeswoman calling"."""
    return any(c.dep_ == "pcomp" and c.pos_ == "VERB" for c in prep.children) or any(
        c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" for p in _pobjs(prep) for c in p.children
    )


def _below(anchor: Token) -> Iterator[Token]:
    """Tokens below a measure that may name its target: not those in a reason or time phrase,
    a relative or adverbial clause, or a description in apposition ("Los Lobos, Ecuador's
    largest gang": Ecuador is not designated)."""
    skip: set[int] = set()
    for d in anchor.subtree:
        if d.i == anchor.i:
            continue
        if (
            (d.dep_ == "prep" and d.lower_ in NOT_TARGET_PREPS)
            # "expelled Russian officials in solidarity with the UK": a partner, no target
            or (d.dep_ == "prep" and any(p.lemma_.lower() in PARTNERING for p in d.children))
            or (d.dep_ == "prep" and d.lower_ == "with" and _partnering(d.doc[d.i - 1]))
            # "..., with a spokeswoman calling the arms deliveries to Azerbaijan unacceptable":
            # a circumstance of its own
            or (d.dep_ == "prep" and d.lower_ == "with" and _absolute(d))
            or d.dep_ in ("relcl", "advcl", "acl", "agent")
            or (d.dep_ == "appos" and d.pos_ in ("NOUN", "NUM"))
            or (d.dep_ == "conj" and d.head.i == anchor.i)
        ):
            skip |= {x.i for x in d.subtree}
    for d in anchor.subtree:
        if d.i != anchor.i and d.i not in skip:
            yield d
    for o in _shared_objects(anchor):
        yield from o.subtree


def _declared_target(anchor: Token) -> bool:
    """ "X are from now on legitimate targets": naming a target threatens it now, whatever the
    tense; "legitimate targets had been struck" reports strikes, it threatens no one."""
    if anchor.lemma_.lower() != "target":
        return False
    slot, head = anchor, anchor.head
    if slot.dep_ == "pobj" and head.dep_ == "prep":  # "are from now on legitimate targets"
        slot, head = head, head.head
    return (
        slot.dep_ in ("attr", "oprd", "xcomp", "acomp", "prep")
        and head.lemma_.lower() in DECLARING
        and head.tag_ != "VBD"
    )
