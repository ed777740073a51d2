"""Doc + entities -> relation claims, with negation, hedging and attribution.

Extraction is a set of small rules over the dependency parse, driven by the lexicon files in
``graph/data/lexicon/en/``: a trigger word (verb, noun or adjective) names a relation and a
frame, and the frame says where its arguments sit (``graph/extract/arguments.py`` finds them):

- transfer: the agent is the subject ("Pyongyang supplied ..."), or for a passive the "by" phrase,
  or else the owner the theme names ("Iranian missiles were shipped to Russia"); the recipient an
  indirect object, a "to"/"for" phrase, or a direct object that is an actor ("arm Ukraine",
  "provided Russia with shells"); the theme the direct object ("shells"). The theme decides
  between supplies, deploys (troops) and pays (money).
- receive: the subject is the recipient, the agent comes with "from".
- act_on: the agent is the subject, the patient the direct object or a prepositional object
  ("fired at ..."), or else the place acted on ("struck targets in Lebanon"); for a participle
  modifying a noun the noun is the patient ("soldiers trained by Russians").
- presence: a body of troops is somewhere ("7,000 North Koreans are in Kursk"): the troops'
  state deploys to the place's state.
A noun trigger takes its agent from a possessive or modifier ("Russia's attack", "EU sanctions"),
a "by" phrase, or the subject of the clause it sits in ("Germany will be the largest supplier of
weapons to Ukraine", "the EU responded with restrictive measures against Iran").
Whether a claim is denied, hedged, only wished for, and whose word it is:
``graph/extract/epistemics.py``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Doc, Token

from graph.extract.arguments import BESIDE_PREPS, Arguments, is_passive
from graph.extract.denials import denials_of_earlier, denier
from graph.extract.discourse import Discourse, antecedent
from graph.extract.entities import DocumentEntities
from graph.extract.epistemics import hearsay, hedged, irrealis, negated, readied, source
from graph.extract.events import (
    Events,
    airborne,
    event_nouns,
    outburst,
    same_recipient,
    verb_act,
    victims,
)
from graph.extract.mentions import NER_CLASSES, MentionIndex
from graph.extract.model import Claim, Found, Rule, RuleKind
from graph.extract.stances import MODALS, Stances
from graph.extract.syntax import first_child, prep_object, previous_or_this, subject_of
from graph.extract.troops import Troops, without_enemy_presence
from graph.knowledge import Knowledge
from graph.knowledge.gazetteer import normalize
from graph.knowledge.lexicon import Frame, Lexicon

__all__ = ["Claim", "extract_claims"]

# frames whose claims are promises: future or conditional by nature, never irrealis
PROMISES = frozenset({"threat", "reprisal"})
# people one receives as guests, not as goods
VISITORS = frozenset({"delegation", "visitor", "guest", "counterpart", "envoy", "leader", "head"})
# verbs of harm whose subject may be an attack and object its target
HARM = frozenset({"destroy", "hit", "kill", "flatten", "damage", "level", "wound", "injure"})
# verbs of a call or meeting with someone, held to say something to them
CONTACT = frozenset({"phone", "call", "telephone", "meet", "visit", "write", "host", "receive"})
# the relations of an act one can be charged with ("attributed the attack to Iran")
HARMS = frozenset({"attacks", "sanctions"})
# the tagger's entity types of a place's name
PLACE_ENTITIES = frozenset(label for label, cls in NER_CLASSES.items() if cls == "Region")
# what a blow is answered with, besides what flies, weapons and nouns of attack
ARMS = frozenset({"artillery", "fire", "force", "firepower", "power"})
# "sent tanks to help Ukraine defend itself": the helped is the recipient
HELP_VERBS = frozenset({"help", "enable", "allow", "assist"})
# participles of what a vehicle carries: "planes loaded with weapons"
LADEN = frozenset({"load", "laden", "pack", "fill", "stuff", "stock"})
# relations aimed at a party, never at a place: "called the campaign in Gaza genocidal" judges
# whoever wages it, "sanctions on Crimea" or "aid paid to Gaza" name no state that receives them
# (on the 334 blind development articles, leaving them out took 14 wrong claims and no right
# one); a strike, a deployment or a delivery to a place is a real act on or in its state
AT_PARTIES = frozenset({"condemns", "warns", "sanctions", "pays"})


def _prep_objects_of(
    t: Token, preps: tuple[str, ...], deps: tuple[str, ...] = ("pobj",)
) -> list[Token]:
    """The objects of a word's phrases with these prepositions, as tokens: "mission" in "sent
    troops to the mission"."""
    return [
        p
        for c in t.children
        if c.dep_ == "prep" and c.lower_ in preps
        for p in c.children
        if p.dep_ in deps
    ]


# acts against someone: to back one is to back its author ("supported the strikes on Iran")
HOSTILE_ACTS = frozenset({"attacks", "sanctions"})


class _Reader:
    """The extraction rules for one document."""

    def __init__(self, args: Arguments, knowledge: Knowledge) -> None:
        self.args, self.index, self.res, self.lex = args, args.index, args.res, args.lex
        self.relations = knowledge.relations
        # the relations that support: "the supporting claim just made" continues in the next
        self.supporting = frozenset(knowledge.relations.of_stance("supports"))
        self.forces = Troops(args)
        self.act_nouns = event_nouns(args.lex, knowledge.relations.condemnable)
        self.events = Events(args, self.act_nouns)
        self.last_support: tuple[str, int] | None = None  # object, offset of the latest
        self.supported: Counter[str] = Counter()  # how often each actor received support so far
        # passive measures with no agent of their own: the trigger, its frame, whom they target
        self.agentless: list[tuple[Token, Frame, list[str]]] = []
        # attacks on places that name no actor: the trigger, its frame, the attackers
        self.unowned: list[tuple[Token, Frame, list[str]]] = []
        # who stands ready to attack whom (no claim, as it is not done)
        self.foes: list[tuple[str, str]] = []

    def main_recipient(self, agents: list[str]) -> list[str]:
        """The actor the article's support goes to, when one clearly leads: received support
        at least twice and twice as often as any other, and is none of the agents."""
        ranked = self.supported.most_common(2)
        if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
            return []
        top = ranked[0][0]
        return [] if top in {self.args.top(a) for a in agents} else [top]

    # ------------------------------------------------------------------ themes

    def theme_items(self, token: Token | None) -> list[Token]:
        return [] if token is None else [antecedent(token), *self.args.conjuncts(token)]

    def theme_relation(self, item: Token, frame: Frame, depth: int = 0) -> str | None:
        """What a transfer moves decides its relation: forces are deployed, money paid."""
        # a weapon's name first: "Mirage 2000-5 fighters" are aircraft, not fighters sent
        named = [c.i for c in item.children if c.dep_ in ("compound", "nmod", "nummod")]
        if (
            frame.relation != "deploys"
            and any(  # "40 F-16s", "F-16 fighters", "Leopard 2s"
                self.args.gaz.is_weapon(item.doc[start : item.i + 1].text)
                for start in sorted({*named, item.i})
            )
        ):
            return "supplies"
        m = self.index.at(item)
        if self.args.is_personnel(item) or (
            m is not None and self.args.is_forces(self.res.key_of(m))
        ):
            # "pledged personnel, but those contingents have not yet arrived": no deployment
            return None if self.lex.is_cue(frame.trigger, "promise") else "deploys"
        if frame.relation == "deploys":  # "kept troops in Libya", not "kept sanctions in place"
            # "keeps thousands of troops in Somalia": what the count is of
            if found := self._theme_of(prep_object(item, "of"), frame, depth):
                return found
            return None if frame.goods else "deploys"
        lemmas = [item.lemma_.lower()] + [
            c.lemma_.lower() for c in item.children if c.dep_ == "compound"
        ]
        for lemma in lemmas:
            if lemma in self.lex.themes:
                return self.lex.themes[lemma]
        # "millions of shells", "$18 billion of weapons", "$295 million worth of equipment",
        # "planes loaded with weapons"
        of = (
            prep_object(item, "of")
            or next((prep_object(c, "of") for c in item.children if c.lower_ == "worth"), None)
            or next(
                (
                    prep_object(c, "with")
                    for c in item.children
                    if c.dep_ == "acl" and c.lemma_.lower() in LADEN
                ),
                None,
            )
        )
        if found := self._theme_of(of, frame, depth):
            return found
        if item.ent_type_ == "MONEY" or any(  # "£101m", "EUR 43 million" the tagger missed
            w.tag_ == "$" or self.lex.themes.get(w.lemma_.lower()) == "pays"
            for w in item.subtree
            if w.i < item.i and not w.like_num and w.dep_ != "det"
        ):
            return "pays"
        return None if frame.goods else frame.relation

    def _theme_of(self, of: Token | None, frame: Frame, depth: int) -> str | None:
        """What an amount's goods decide ("thousands of troops", "millions of shells"), two
        amounts deep at most."""
        return self.theme_relation(of, frame, depth + 1) if of is not None and depth < 2 else None

    def _compound_theme(self, noun: Token) -> Token | None:
        """ "arms sales", "drone deliveries": a goods noun before the trigger is its theme."""
        return next(
            (
                c
                for c in noun.children
                if c.dep_ == "compound" and c.lemma_.lower() in self.lex.themes
            ),
            None,
        )

    def payees(self, here: int, theme: Token, frame: Frame) -> list[str]:
        """ "paid the salaries of Wagner fighters": whose wages are paid is paid."""
        of = prep_object(theme, "of")
        if of is None or self.theme_relation(theme, frame) != "pays":
            return []
        return self.args.keys(here, of)

    def is_recipient(self, here: int, token: Token) -> bool:
        """A direct object that names an actor, not goods: "arm Ukraine", "provided Russia"; a
        quantity never does ("send 10 of its own tanks", "sent Kyiv billions of dollars' worth
        of weapons", where the small model hangs the recipient on the amount)."""
        token = antecedent(token)
        if token.lemma_.lower() in self.lex.themes or self.args.is_personnel(token):
            return False
        if token.pos_ == "NUM" or token.ent_type_ in ("MONEY", "QUANTITY", "CARDINAL"):
            return False
        keys = self.args.keys(here, token)
        return bool(keys) and not self.args.is_forces(keys[0])

    # ------------------------------------------------------------------ the frames

    def transfer(self, t: Token, frame: Frame) -> Iterator[Found]:
        args, here = self.args, self.args.line(t)
        if t.pos_ == "NOUN":
            agents, theme = (
                args.noun_agents(here, t),
                prep_object(t, "of") or self._compound_theme(t),
            )
            recipients = (
                args.prep_objects(here, t, frame.preps)
                or args.governor_preps(here, t, frame.preps)
                or args.possessors(here, t)
                or [
                    k
                    for item in self.theme_items(theme)
                    for k in args.prep_objects(here, item, frame.preps)
                ]
                or self._helped(here, t)
            )
        elif frame.frame == "receive":
            recipients, theme = args.subjects(here, t), first_child(t, "dobj")
            if theme is not None and self.is_visitor(theme):
                return  # "Putin received Iran's president": a visit, nothing handed over
            agents = args.prep_objects(here, t, frame.preps)
            if not agents and theme is not None:
                agents = args.prep_objects(here, theme, frame.preps)
        elif (origin := _hyphened_origin(t)) is not None:
            # "the Houthis fired Iranian-supplied missiles": the origin hands the goods to
            # whoever holds them
            agents, theme = args.keys(here, origin), t.head
            recipients = self._holders(here, theme)
        else:
            agents, theme, recipients = self._verb_transfer(t, frame)
        if theme is not None and not agents:  # "Iranian missiles", "received Russian instructors"
            agents = [args.top(k) for k in args.keys(here, antecedent(theme))]
        if theme is not None and not recipients:
            recipients = self.payees(here, antecedent(theme), frame)
        kind: RuleKind = frame.frame
        if agents and not recipients and t.pos_ == "VERB":  # "Norway is also supplying F-16s"
            recipients = same_recipient(t, self.last_support)
        if (
            agents
            and not recipients
            and t.pos_ == "VERB"
            and theme is not None
            and not self.lex.is_cue(frame.trigger, "joint")
        ):
            # "Poland will send 10 of its own tanks": the recipient the article is about
            recipients, kind = self.main_recipient(agents), "implicit"
        items: list[Token | None] = [*self.theme_items(theme)] or [None]
        moved = self.moved(t, frame, agents, recipients)
        for item in items:
            relation = (
                self.theme_relation(item, frame)
                if item is not None
                else (None if frame.goods else frame.relation)
            )
            if relation is None:
                continue
            if relation == "supplies" and moved:
                relation = "deploys"
            if relation in ("deploys", "supplies") and self._on_errand(t):
                continue  # "sending an air force plane to San Diego to collect them"
            if relation == "supplies" and any(self.civil(w) for w in (t, item) if w is not None):
                relation = "supports"  # "its aid to Kyiv is still non-lethal": no arms
            text = _phrase(item) if item is not None else None
            for a in agents:
                for r in dict.fromkeys(recipients):
                    yield Found(a, relation, r, text, Rule(kind, frame.trigger))

    def _holders(self, here: int, goods: Token) -> list[str]:
        """Who holds goods named in a phrase: their possessor ("Hezbollah's rockets", "the tanks
        of the Ethiopian army"), the subject of the verb they are the object of ("the Houthis
        fired missiles"), or what a participle they hang on qualifies ("regulars, backed by
        Soviet-supplied tanks")."""
        args = self.args
        if owner := [k for c in goods.children if c.dep_ == "poss" for k in args.keys(here, c)]:
            return owner
        # "the Soviet-supplied armour of Nkomo's guerrilla army": the phrase after "of"
        if owner := args.prep_objects(here, goods, ("of",)):
            return owner
        if goods.dep_ == "dobj" and goods.head.pos_ == "VERB":
            return args.subjects(here, goods.head)
        by = goods.head
        if goods.dep_ == "pobj" and by.dep_ in ("agent", "prep") and by.lower_ in ("by", "with"):
            participle = by.head
            if participle.dep_ == "acl" and participle.tag_ == "VBN":
                return args.keys(here, participle.head)
        return []

    def civil(self, noun: Token) -> bool:
        """Aid said to be no arms: "non-lethal aid", "humanitarian supplies", "its aid to Kyiv
        is still non-lethal" (lexicon cue kind ``civil``)."""
        said = [c for c in noun.children if c.dep_ == "amod"]
        if noun.dep_ == "nsubj":
            said += [c for c in noun.head.children if c.dep_ in ("acomp", "attr")]
        return any(self.lex.is_cue(_hyphened_word(w), "civil") for w in said)

    def is_visitor(self, theme: Token) -> bool:
        """A received person or delegation: "received Egypt's foreign minister", "received
        Sisi", "received a Turkish delegation"; not troops or instructors, who are sent."""
        theme = antecedent(theme)
        m = self.args.index.at(theme)
        return (
            theme.ent_type_ == "PERSON"
            or (m is not None and m.cls == "Official")
            or theme.lemma_.lower() in VISITORS
            or normalize(theme.lemma_) in self.args.gaz.titles
        )

    def _verb_transfer(self, t: Token, frame: Frame) -> tuple[list[str], Token | None, list[str]]:
        args, here = self.args, self.args.line(t)
        recipients: list[str] = []
        if is_passive(t):
            agents = args.by_agents(here, t)
            theme = first_child(t, "nsubjpass") or (t.head if t.dep_ in ("acl", "relcl") else None)
        else:
            agents = args.subjects(here, t)
            theme = first_child(t, "dobj") or _approximate(t)
            if theme is None and t.dep_ == "relcl":  # "the drones Iran sent"
                theme = t.head
            supplied = prep_object(t, "with")  # "provided the Philippine Air Force with radars"
            if theme is not None and (
                self.is_recipient(here, theme)
                or (supplied is not None and args.keys(here, antecedent(theme)))
            ):
                recipients, theme = args.keys(here, antecedent(theme)), supplied
            elif theme is not None:
                # "give Ukraine parts", "gave North Korea fighter jets", "sends the Houthis
                # weapons": two objects the small model parses as one, the first an actor
                start = t.i + 1
                if start < theme.i and t.doc[start].dep_ == "det":
                    start += 1
                m = args.index.at(t.doc[start]) if start < theme.i else None
                inside = {d.i for d in theme.subtree}
                # (a demonym is the goods' origin, not a recipient: "shipping Iranian oil")
                if (
                    m is not None
                    and m.kind != "DEMONYM"
                    and m.start == start
                    and m.end <= theme.i
                    and start in inside
                ):
                    key = self.res.key_of(m)
                    if self.res.entities[key].cls != "Region" and not args.is_forces(key):
                        recipients = [key]
        recipients += args.prep_objects(here, t, frame.preps)
        for item in self.theme_items(theme):
            recipients += args.prep_objects(here, item, frame.preps)
            if not recipients:  # "sent planes loaded with weapons to Mogadishu", as parsed
                recipients = [
                    k
                    for c in item.children
                    if c.dep_ == "acl" and c.tag_ == "VBN"
                    for k in args.prep_objects(here, c, frame.preps)
                ]
        if not recipients:
            recipients = (
                self._mission_places(here, t, frame)
                or self._purpose_recipients(here, t, frame)
                or self._helped(here, t)
                or self._guarded(here, t)
                or self._takers(here, theme)
            )
        return agents, theme, recipients

    def _takers(self, here: int, theme: Token | None) -> list[str]:
        """ "supplied 81 per cent of Pakistan's arms imports", "a third of its arsenal": goods
        given as a share of what an actor takes in or holds go to that actor."""
        item, depth = theme, 0
        while item is not None and depth < 3:
            if self.lex.is_cue(item.lemma_.lower(), "intake"):
                return [
                    k for c in item.children if c.dep_ == "poss" for k in self.args.keys(here, c)
                ]
            item, depth = prep_object(item, "of"), depth + 1
        return []

    def _on_errand(self, t: Token) -> bool:
        """Forces, ships or aircraft sent to fetch or carry people or things are neither deployed
        nor handed over: "sent a plane to San Diego to collect the deportees", "sent two ships to
        Yemen to evacuate its citizens" (the lexicon's ``errand`` verbs)."""
        return any(self.lex.is_cue(v.lemma_.lower(), "errand") for v in self._purposes(t))

    def _purposes(self, t: Token) -> list[Token]:
        """The verbs of a transfer's purpose infinitive: "to help protect", "to reinforce"."""
        # (the small model hangs it on the object as often: "sent ammunition to help the army")
        objects = [c for c in t.children if c.dep_ == "dobj"]
        return [
            c
            for node in (t, *objects)
            for c in node.children
            if c.dep_ in ("advcl", "xcomp", "acl", "relcl")
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ]

    def _helped(self, here: int, t: Token) -> list[str]:
        """ "sent Leopard tanks to help Ukraine defend itself": sent to whom it helps; troops
        sent "to fight for Moscow" or "alongside Russian forces" go to whom they fight for."""
        purposes = self._purposes(t)
        helped = [
            c if c.dep_ == "dobj" else subject_of(c)
            for verb in purposes
            if verb.lemma_.lower() in HELP_VERBS
            for c in verb.children
            if c.dep_ in ("dobj", "ccomp", "xcomp")
        ]
        helped += [
            o
            for verb in purposes
            if self.lex.is_cue(verb.lemma_, "fighting")
            for o in _prep_objects_of(verb, ("for", "alongside", "beside"))
        ]
        return [k for who in helped if who is not None for k in self.args.keys(here, who)]

    def _guarded(self, here: int, t: Token) -> list[str]:
        """ "sent three Rafale fighters to help protect Polish airspace", "sending fighter jets
        to reinforce Poland": what is sent to guard a place goes there (a state, or a region of
        one); not "to help Ukraine defend itself", where the one helped guards."""
        out: list[str] = []
        todo = self._purposes(t)
        while todo:
            verb = todo.pop()
            objects = [c for c in verb.children if c.dep_ == "dobj"]
            if self.lex.is_cue(verb.lemma_.lower(), "guard"):
                out += [
                    k
                    for o in objects
                    for k in self.args.keys(here, o, deep=True)
                    if self.args.cls_of(k) in ("State", "Region")
                ]
            elif objects or any(c.dep_ == "nsubj" for c in verb.children):
                continue  # "to help Ukraine defend itself": Ukraine guards
            todo += [c for c in verb.children if c.dep_ == "xcomp"]
        return out

    def moved(self, t: Token, frame: Frame, agents: list[str], recipients: list[str]) -> bool:
        """Whether a transfer moves the sender's own means rather than handing them over: an
        armed force that sends its jets, or anyone who sends them to guard a place."""
        if t.pos_ != "VERB" or not agents or not self.lex.is_cue(frame.trigger, "movement"):
            return False
        if all(self.args.is_forces(a) for a in agents):
            return True
        return bool(recipients) and set(recipients) <= set(self._guarded(self.args.line(t), t))

    def _purpose_recipients(self, here: int, t: Token, frame: Frame) -> list[str]:
        """ "earmarked 11.5 billion euros for military support to Ukraine", "allocated EUR 500
        million for Ukraine's air defence": money or goods for a kind of help go to whom the
        help is for."""
        helps = [
            p
            for node in (t, *(d for d in t.children if d.dep_ == "dobj"))
            for p in _prep_objects_of(node, ("for",))
            if p.lemma_.lower() in self.lex.themes or self._helps(p)
        ]
        return [
            k
            for h in helps
            for k in self.args.prep_objects(here, h, ("to", "for", "of"))
            + [k for c in h.children if c.dep_ == "poss" for k in self.args.keys(here, c)]
        ]

    def _helps(self, noun: Token) -> bool:
        """A noun of support or defence: "support", "air defence", "reconstruction"."""
        return any(
            f.relation in self.supporting for f in self.lex.frames_for(noun.lemma_, "NOUN")
        ) or self.lex.is_cue(noun.lemma_.lower(), "help")

    def _mission_places(self, here: int, t: Token, frame: Frame) -> list[str]:
        """ "sent troops to the NATO mission in Lithuania", "soldiers sent to reinforce the
        peacekeeping force in Kosovo": forces sent to a mission, or to strengthen one, go to the
        state the mission is in."""
        goals = _prep_objects_of(t, frame.preps) + [
            # the object of a purpose infinitive: "to reinforce the force in Kosovo"
            o
            for c in t.children
            if c.dep_ in ("advcl", "xcomp")
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for o in c.children
            if o.dep_ == "dobj"
        ]
        return [
            k
            for goal in goals
            if self.lex.is_cue(goal.lemma_.lower(), "mission")
            for k in self.args.prep_objects(here, goal, ("in", "on", "inside"))
            if self.args.cls_of(k) in ("State", "Region")
        ]

    def act_on(self, t: Token, frame: Frame) -> Iterator[Found]:
        args, here, relation = self.args, self.args.line(t), frame.relation
        if outburst(t, self.lex):
            return  # "China hit back at U.S. lawmakers": words, read as a judgement
        if t.pos_ == "NOUN" and _named_as(t, self.lex):
            # "called the deal an assault on its sovereignty": a judgement, not an act; but
            # "described the drills as a stern warning to Taiwan": the namer warns
            namer = next((g for g in t.ancestors if g.pos_ == "VERB"), None)
            if relation == "warns" and namer is not None:
                for a in args.subjects(here, namer):
                    for p in args.prep_objects(here, t, frame.preps, deep=True):
                        yield Found(a, relation, p, None, Rule(frame.frame, frame.trigger))
            return
        if t.pos_ == "NOUN":
            agents = args.noun_agents(here, t)
            # "approved 10 million euros in assistance for Armenia", "billions of euros in
            # support": money is paid
            amount = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "in" else None
            if (
                relation == "supports"
                and amount is not None
                and self.theme_relation(amount, frame) == "pays"
            ):
                relation = "pays"
            # "strikes in support of President Assad": the "of" of a support the clause is in
            preps = frame.preps + (("of",) if _in_aid_of(t, relation) else ())
            patients = (
                args.prep_objects(here, t, preps, deep=True)
                or args.governor_preps(here, t, frame.preps, deep=True)
                or args.under(here, t)
                or args.possessors(here, t)
                or [  # "the attack carried out by Iran against Israel"
                    k
                    for c in t.children
                    if c.dep_ == "acl" and c.tag_ == "VBN"
                    for k in args.prep_objects(here, c, frame.preps, deep=True)
                ]
            )
            # "a strike blamed on Israel": the phrase of its author names no patient
            patients = [p for p in patients if p not in agents] or self._harmed(here, t)
            if relation == "attacks" and self._verbal(t):
                relation = "condemns"  # "a bitter attack on Washington's conduct": words
            if not patients and relation == "supports":
                patients = self._addressee(here, t) or self._accompanied(here, t)
        elif t.dep_ == "amod" and t.tag_ == "VBN" and frame.relation == "attacks":
            # "in occupied Crimea", "Russian-occupied Crimea", "a destroyed tank": a state, not an
            # act the text reports
            return
        elif t.dep_ == "amod" and t.tag_ == "VBN" and relation == "condemns":
            return  # "US-linked assets", "Kremlin-blamed": an association, no one's judgement
        elif t.dep_ == "amod" and t.tag_ == "VBN" and (backers := args.hyphen_agents(here, t)):
            # "the Iran-backed Houthis", "Russian-funded separatists": the modifier's actor acts
            # on the noun the participle describes
            described = t.head
            if described.dep_ == "appos" and self.index.at(described) is None:
                # "Kataib Hezbollah, an Iran-backed militia": the one the apposition describes
                described = described.head
            agents, patients = backers, args.keys(here, described)
        elif (
            t.dep_ in ("acl", "conj", "acomp")
            and t.tag_ in ("VBN", "JJ")
            and (done_by := _participle_agents(t, args))
        ):
            # "militias armed and funded by the IRGC": the participle's agent acts on its noun;
            # "Hezbollah is armed and funded by Iran": on the subject of "is"
            agents = done_by
            noun = t
            while noun.dep_ == "conj" and noun.head.i != noun.i:
                noun = noun.head
            head = noun.head if noun.dep_ in ("acl", "amod") else None
            if head is not None and head.dep_ == "appos" and self.index.at(head) is None:
                # "Kataib Hezbollah, a militia armed by the IRGC", "Hezbollah, the Lebanese
                # group armed and financed by Tehran": the one the apposition describes
                head = head.head
            if noun.dep_ == "acomp":
                patients = args.subjects(here, noun.head)
            elif is_passive(noun) and (undergoer := first_child(noun, "nsubjpass")) is not None:
                patients = args.keys(here, undergoer)  # "The M23 is equipped and trained by"
            else:
                patients = args.keys(here, head) if head is not None else []
        elif is_passive(t):
            agents = (
                args.by_agents(here, t)
                or _participle_agents(t, args)  # "is equipped and trained by Rwanda"
                or self._instrument_agents(t, frame)
            )
            target = first_child(t, "nsubjpass") or t.head
            patients = args.keys(here, antecedent(target))
        else:
            if self.lex.is_cue(t.lemma_.lower(), "incursion") and not self._forces_move(t):
                if self._invited(t):  # "crossed into Lesotho at the request of its government"
                    stay = replace(frame, relation="deploys", frame="presence", preps=("into",))
                    yield from self.presence(t, stay)
                return  # "refugees crossed into Poland", "weapons poured into Ukraine"
            agents = args.subjects(here, t)
            dobj = first_child(t, "dobj") if frame.direct else None
            if dobj is None and frame.direct:  # "armed and funded the movement"
                dobj = next(
                    (d for c in t.children if c.dep_ == "conj" if (d := first_child(c, "dobj"))),
                    None,
                )
            if dobj is None and relation == "condemns":  # "condemned what it called an assault"
                dobj = self._so_named(t)
            if dobj is None and frame.direct:
                dobj = _raised_object(t)  # "helped Israel shoot down missiles", as parsed
            if dobj is not None and dobj.lower_ in ("it", "them"):
                # "Cuba denounced the invasion, and the Soviet Union also condemned it": what
                # the verb of the same relation just before acted on
                dobj = args.parallel_object(t, relation) or dobj
            if frame.goods and dobj is not None and not self.is_people(dobj):
                return  # "AUKUS killed the contract": no one was killed
            if dobj is not None and self.lex.is_cue(dobj.lemma_.lower(), "idiom"):
                return  # "taught Vietnam a lesson": no one was trained
            if self.lex.is_cue(t.lemma_.lower(), "imputing") and not self._imputes(t, dobj):
                return  # "linked the two economies", "tied its approval to reforms"
            if self.lex.is_cue(t.lemma_.lower(), "interception") and not airborne(self.lex, dobj):
                return  # "intercepted Russian communications": no one was attacked
            patients = args.keys(here, dobj, deep=True) if dobj is not None else []
            if dobj is not None and any(c.tag_ == "PRP$" for c in dobj.children):
                # "France and Germany suspended their aid": the subjects' own, no one else's
                patients = [p for p in patients if p not in agents]
            if relation == "condemns" and dobj is not None and self.events.relations_of(dobj):
                # "condemned the shelling of Ukrainian cities": condemning an act condemns its
                # author ("Russia's shelling", "the strike by X", else the event's agent found
                # in the text), never whom it was done to; nor the condemner, whose word for the
                # act it may be ("Poland denounced what it called a barbaric attack")
                own = {args.top(a) for a in agents}
                patients = [k for k in args.noun_agents(here, dobj) if args.top(k) not in own]
            elif (
                relation == "supports"
                and dobj is not None
                and self.events.relations_of(dobj) & HOSTILE_ACTS
            ):
                # "Belarus supported the invasion of Ukraine": backing an act against someone
                # backs its author, never its target
                hurt = victims(args, dobj)
                patients = args.noun_agents(here, dobj) or [p for p in patients if p not in hurt]
            # with an actor as object, a phrase names the patient only itself: in "warned Belarus
            # against provocations on NATO's flank" or "blamed X for the attack on Turkish ..."
            # NATO and Turkey are not acted on
            patients += args.prep_objects(here, t, frame.preps, deep=not patients)
            thing = dobj if dobj is not None else first_child(t, "dobj")  # what is fired
            if not patients and thing is not None:  # "fired rockets at Israel"
                patients = args.prep_objects(here, thing, frame.preps, deep=True)
            if not patients and relation == "attacks":
                # "fought alongside Russian units against Ukrainian forces", the "against"
                # phrase hung on the allies
                patients = [
                    k
                    for c in t.children
                    if c.dep_ == "prep" and c.lower_ in BESIDE_PREPS
                    for p in c.children
                    if p.dep_ == "pobj"
                    for k in args.prep_objects(here, p, ("against",), deep=True)
                ]
            if not patients and relation == "attacks":
                patients = self._described_targets(here, t, frame)
            if not patients and self._downs(t, dobj):  # "shot down dozens of drones"
                self.events.note_downed(t, frame)
            if not patients:  # "condemned the strikes": whoever struck
                self.events.note(t, frame, dobj)
            if (
                frame.relation == "attacks"
                and dobj is not None
                and (
                    self.lex.is_cue(dobj.lemma_, "sanctionable")
                    or any(self.res.entities[k].cls == "Company" for k in patients)
                    or self._measure_does(t)
                )
            ):  # "targeted Chinese firms", "hit units of General Atomics", "a sanctions regime
                # that targets X": sanctions, not strikes
                relation = "sanctions"
            elif frame.relation == "attacks" and self._verbal(t):
                relation = "condemns"  # "smeared and attacked China": words, not arms
            if relation == "warns" and not patients:
                # "threatened to expel the Ethiopian soldiers": whom the threatened act is aimed
                # at; "threatened to cut off American aid to Nigeria": its recipient first
                acts = [x for x in t.children if x.dep_ == "xcomp"]
                things = [d for x in acts for d in x.children if d.dep_ == "dobj"]
                patients = [
                    k
                    for x in acts + things
                    for k in args.prep_objects(here, x, ("to", "against", "on"), deep=True)
                ] or [k for d in things for k in args.keys(here, d, deep=True)]
        # "struck mutineers in Benin": people were struck there, not the place
        struck = first_child(t, "dobj") if t.pos_ == "VERB" else None
        if not patients and frame.places and not (struck is not None and self.is_people(struck)):
            patients = self.places(t, frame.places)
        if relation == "attacks" and patients and all(map(self._stateless_region, patients)):
            patients = []  # "stormed the village of Al Khubah": no actor, no state named
        if (
            not patients
            and relation == "attacks"
            and t.pos_ == "VERB"
            and agents
            and self._unowned_place(here, t, frame)
        ):
            # "the rebels stormed the town", "captured Lashio": whom the attackers fight here
            self.unowned.append((t, frame, list(agents)))
        relations = [relation]
        if relation == "supports" and t.pos_ == "VERB" and (goods := prep_object(t, "with")):
            # "supported Hezbollah with money and weapons": what it was done with says how
            kinds = [self.theme_relation(item, frame) for item in self.theme_items(goods)]
            relations = [k for k in dict.fromkeys(kinds) if k not in (None, "supports")] or [
                relation
            ]
        if (
            not agents
            and patients
            and relation == "sanctions"
            and first_child(t, "nsubjpass") is not None
            and first_child(t, "agent") is None  # "sanctioned by Britain": its own agent
        ):
            # "Lukoil was also sanctioned": by whoever took the measures just named
            self.agentless.append((t, frame, list(dict.fromkeys(patients))))
        for a in agents:
            for p in dict.fromkeys(patients):
                for r in relations:
                    yield Found(a, r, p, None, Rule(frame.frame, frame.trigger))

    def _stateless_region(self, key: str) -> bool:
        """A place the text puts in no state ("Al Khubah", "Bunagana")."""
        return self.args.cls_of(key) == "Region" and self.args.state(key) is None

    def _unowned_place(self, here: int, t: Token, frame: Frame) -> bool:
        """Whether what an attack verb seizes or hits is a place that names no actor: a region
        ("captured Lashio"), another name of a place or a noun of a place ("stormed the town",
        "overran the army garrison at Nasir")."""
        goals = [
            first_child(t, "dobj"),
            first_child(t, "nsubjpass"),
            *_prep_objects_of(t, (*frame.preps, "on", "at")),
        ]
        for goal in goals:
            if goal is None:
                continue
            goal = antecedent(goal)
            if keys := self.args.keys(here, goal, deep=True):
                return all(self.args.cls_of(k) == "Region" for k in keys)
            if self.is_people(goal):
                return False
            if goal.ent_type_ in PLACE_ENTITIES or self.lex.is_cue(goal.lemma_.lower(), "place"):
                return True
        return False

    def _harmed(self, here: int, noun: Token) -> list[str]:
        """ "an air strike blamed on Israel destroyed the Iranian consulate": what an attack
        noun, as the subject of a verb of harm, hit."""
        verb = noun.head
        if noun.dep_ != "nsubj" or verb.lemma_.lower() not in HARM:
            return []
        return [
            k for c in verb.children if c.dep_ == "dobj" for k in self.args.keys(here, c, deep=True)
        ]

    def retort(self, t: Token) -> bool:
        """ "Iran answered with waves of missiles", "retaliated with air strikes": a blow
        answered with arms, said as done (not "vowed to respond with force", "will retaliate")."""
        if t.pos_ != "VERB" or not self.lex.is_cue(t.lemma_.lower(), "retort"):
            return False
        if t.tag_ not in ("VBD", "VBZ", "VBP", "VBN") or t.dep_ == "xcomp":
            return False
        if any(
            c.dep_ in ("aux", "neg") and c.lower_ in (*MODALS, "not", "never", "n't")
            for c in t.children
        ):
            return False
        return any(
            self._armed(p)
            for c in t.children
            if c.dep_ == "prep" and c.lower_ == "with"
            for p in c.children
            if p.dep_ == "pobj"
        )

    def _armed(self, thing: Token) -> bool:
        """Whether a phrase names arms or blows: what flies, a weapon, a strike, artillery."""
        return airborne(self.lex, thing) or any(
            w.lemma_.lower() in ARMS
            or self.args.gaz.is_weapon(w.text)
            or any(f.relation == "attacks" for f in self.lex.frames_for(w.lemma_, "NOUN"))
            for w in thing.subtree
            if w.pos_ in ("NOUN", "PROPN")
        )

    def _downs(self, t: Token, dobj: Token | None) -> bool:
        """ "shot down dozens of drones", "intercepted the missiles": an act on what flies."""
        return self.lex.is_cue(t.lemma_.lower(), "downing") and airborne(self.lex, dobj)

    def _described_targets(self, here: int, t: Token, frame: Frame) -> list[str]:
        """ "struck what the military said were hideouts of the BLA", "fired missiles at what it
        called two strongholds of Jaish al-Adl": a target named in the attacker's own words is
        the actor the described places belong to (by "of" or a possessive; an adjective is only
        the attacker's word: "what it called an Israeli spy headquarters" in Erbil)."""
        goals = [
            first_child(t, "dobj"),
            first_child(t, "ccomp"),
            *_prep_objects_of(t, frame.preps, ("pobj", "pcomp")),
        ]
        what = next(
            (
                w
                for g in goals
                if g is not None
                for w in g.subtree
                if w.tag_ == "WP" and w.lower_ == "what"
            ),
            None,
        )
        if what is None:
            return []
        described = [  # "were hideouts", "called strongholds", "described as bases"
            d
            for d in t.subtree
            if d.i > what.i
            and d.pos_ == "NOUN"
            and (
                (d.dep_ == "attr" and d.head.lemma_ == "be")
                or (d.dep_ == "oprd" and self.lex.is_cue(d.head.lemma_.lower(), "naming"))
                or (
                    d.dep_ == "pobj"
                    and d.head.lower_ == "as"
                    and self.lex.is_cue(d.head.head.lemma_.lower(), "naming")
                )
            )
        ]
        owners = [
            o
            for d in described[:1]
            for o in [prep_object(d, "of"), *(c for c in d.children if c.dep_ == "poss")]
            if o is not None
        ]
        return [k for o in owners for k in self.args.keys(here, o, deep=True)]

    def _so_named(self, verb: Token) -> Token | None:
        """The noun a verb's "what X called ..." clause names: "condemned what it called an
        unwarranted assault" -> the assault."""
        for clause in verb.children:
            if (
                clause.dep_ == "ccomp"
                and self.lex.is_cue(clause.lemma_.lower(), "naming")
                and any(c.lower_ == "what" for c in clause.children)
            ):
                return next(
                    (c for c in clause.children if c.dep_ in ("oprd", "attr", "xcomp")), None
                )
        return None

    def _addressee(self, here: int, noun: Token) -> list[str]:
        """Whom support is expressed to in a call or meeting held for it: "Erdogan phoned
        Maduro to express support", "met Zelensky to reaffirm its support"."""
        said = noun.head
        contact = said.head
        if noun.dep_ != "dobj" or said.dep_ not in ("xcomp", "advcl") or contact.i == said.i:
            return []
        if contact.lemma_.lower() not in CONTACT:
            return []
        met = [c for c in contact.children if c.dep_ == "dobj"]
        met += _prep_objects_of(contact, ("to", "with"))
        return [k for m in met for k in self.args.keys(here, m)]

    def _accompanied(self, here: int, noun: Token) -> list[str]:
        """Whom support "with" which an act was done went to: who did the act ("the US and
        Britain, with support from Australia, struck the Houthis", "Israel, with the backing of
        Washington, struck")."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ != "with" or prep.head.i == prep.i:
            return []
        done = prep.head
        if done.pos_ in ("NOUN", "PROPN"):
            return self.args.keys(here, done)
        if done.pos_ != "VERB":
            return []
        lex = self.lex
        if done.dep_ == "acl" and done.tag_ == "VBN" and lex.frames_for(done.head.lemma_, "NOUN"):
            # "the offensive of the M23 conducted with the support of the RDF": the act's doers
            return self.args.noun_agents(here, done.head)
        # an act of the relations ("struck", "conducted strikes"), not one the support may be
        # for instead ("accepted the truce with US backing") or a misattached verb of saying
        act = (
            lex.frames_for(done.lemma_, "VERB")
            or lex.is_cue(done.lemma_, "relying")
            or (
                lex.is_cue(done.lemma_.lower(), "light")
                and (dobj := first_child(done, "dobj")) is not None
                and lex.frames_for(dobj.lemma_, "NOUN")
            )
        )
        return self.args.subjects(here, done) if act else []

    def _imputes(self, verb: Token, dobj: Token | None) -> bool:
        """Whether a verb that ties an act to someone ties a harmful act: "attributed the
        attack to Iran", "linked the GRU to the 2014 blasts"."""
        tied = [dobj] if dobj is not None else []
        tied += _prep_objects_of(verb, ("to", "with"))
        return any(n.pos_ == "NOUN" and (self.events.relations_of(n) & HARMS) for n in tied)

    def _verbal(self, verb: Token) -> bool:
        """Whether an attack is one of words: "verbally attacked", "smeared and attacked China",
        "attacked Ukraine in his New Year address", "used his address to attack Ukraine", "a
        scathing attack on", "attacked Washington's conduct", "an attack on Beijing's handling
        of the crisis"."""
        lex = self.lex
        hit = _prep_objects_of(verb, ("on", "upon", "against"))
        if verb.pos_ == "VERB":
            hit += [c for c in verb.children if c.dep_ == "dobj"]
        if any(lex.is_cue(h.lemma_.lower(), "conduct") for h in hit):
            return True
        if lex.is_cue(verb.lemma_.lower(), "light") and any(
            c.dep_ == "dobj" and c.pos_ == "NOUN" and self._verbal(c) for c in verb.children
        ):
            return True  # "launched a scathing attack on"
        beside = [c for c in verb.children if c.dep_ in ("advmod", "conj", "amod")]
        if verb.dep_ == "conj":
            beside.append(verb.head)
        if any(lex.is_cue(w.lemma_.lower(), "verbal") for w in beside):
            return True
        said_in = _prep_objects_of(verb, ("in", "during"))
        if verb.dep_ in ("xcomp", "advcl") and verb.head.lemma_.lower() == "use":
            said_in += [c for c in verb.head.children if c.dep_ == "dobj"]  # "used his address"
        return any(lex.is_cue(p.lemma_.lower(), "verbal") for p in said_in)

    def _forces_move(self, verb: Token) -> bool:
        """Whether the subject of a verb of moving is a body of forces ("Russian troops", "Iraqi
        tanks and troops", "the army", "the 4th Brigade") that does not come in peace ("for
        joint exercises", "peacekeepers") nor into airspace or waters (a violation)."""
        lex, subject = self.lex, subject_of(verb)
        if (
            subject is None
            or any(
                lex.is_cue(p.lemma_, "peaceful_purpose")
                for c in verb.children
                if c.dep_ == "prep" and c.lower_ in ("for", "at")
                for p in c.subtree
            )
            or any(lex.is_cue(p.lemma_, "airspace") for p in _prep_objects_of(verb, ("into",)))
            or any(lex.is_cue(t.lemma_, "peaceful_mover") for t in subject.subtree)
        ):
            return False
        for t in (subject, *self.args.conjuncts(subject)):
            m = self.index.at(t)
            if m is not None and self.res.entities[self.res.key_of(m)].cls == "MilitaryUnit":
                return True
            # "troops", "forces" (personnel); "army", "navy" (force words); "tanks"
            if (
                self.args.is_personnel(t)
                or lex.is_cue(t.lemma_, "force")
                or t.lemma_.lower() == "tank"
            ):
                return True
        return False

    def _invited(self, verb: Token) -> bool:
        """Whether forces move in at someone's asking: "at the request of its government", "at
        the invitation of Beirut", "at the behest of the president"."""
        return any(
            self.lex.is_cue(p.lemma_.lower(), "request")
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ in ("at", "on", "upon")
            for p in c.children
            if p.dep_ == "pobj"
        )

    def _measure_does(self, verb: Token) -> bool:
        """Whether the verb's subject is a measure ("the sanctions regime, which targets X",
        "the new sanctions hit Russian banks", "sanctions targeting Hamas"), not an actor."""
        subject = first_child(verb, "nsubj")
        if subject is None and verb.dep_ == "acl" and verb.tag_ == "VBG":
            subject = verb.head  # "U.S. sanctions targeting Hamas"
        if subject is None:
            return False
        subject = antecedent(subject)
        words = [subject, *(c for c in subject.children if c.dep_ == "compound")]
        return any(
            f.relation == "sanctions" for w in words for f in self.lex.frames_for(w.lemma_, "NOUN")
        )

    def is_people(self, noun: Token) -> bool:
        """A phrase of people or forces: "Hezbollah's leader", "three soldiers", "Nasrallah",
        "four of the militants"."""
        lemma = noun.lemma_.lower()
        if noun.pos_ == "NUM" and (whole := prep_object(noun, "of")) is not None:
            return self.is_people(whole)  # "killed 29 of the attackers"
        return (
            self.index.at(noun) is not None
            or noun.ent_type_ in ("PERSON", "NORP")
            or self.args.is_personnel(noun)
            or lemma in self.args.gaz.titles
            or self.lex.is_cue(lemma, "group")
        )

    def _troops_or_base(self, noun: Token) -> bool:
        """Forces or a base: "near US forces", "near a Russian base"."""
        m = self.index.at(noun)
        return (
            self.args.is_personnel(noun)
            or noun.lemma_.lower() in ("force", "base", "troop", "personnel", "position")
            or (m is not None and self.args.is_forces(self.res.key_of(m)))
        )

    def _instrument_agents(self, t: Token, frame: Frame) -> list[str]:
        """The agents of a passive act done in an act of the same relation: "a commander was
        killed in an Israeli strike" (the strike's own agent)."""
        here = self.args.line(t)
        return [
            k
            for c in t.children
            if c.dep_ == "prep" and c.lower_ in ("in", "during")
            for p in c.children
            if p.dep_ == "pobj"
            and any(f.relation == frame.relation for f in self.lex.frames_for(p.lemma_, "NOUN"))
            for k in self.args.noun_agents(here, p)
        ]

    def places(self, t: Token, preps: tuple[str, ...]) -> list[str]:
        """ "struck targets in Lebanon", "carried out airstrikes in Afghanistan": the place."""
        here = self.args.line(t)
        # "struck targets near US forces": troops beside the strike are not where it fell
        preps = tuple(
            p
            for p in preps
            if p not in BESIDE_PREPS
            or not any(
                self._troops_or_base(o)
                for c in t.children
                if c.dep_ == "prep" and c.lower_ == p
                for o in c.children
                if o.dep_ == "pobj"
            )
        )
        held = self.forces.occupier(here, t, preps)  # "struck targets in SDF-held areas"
        found = self.args.prep_objects(here, t, preps, deep=True)
        struck = first_child(t, "nsubjpass") if t.pos_ == "VERB" else None
        if not found and struck is not None and not self.is_people(struck):
            # "homes in Maseru were attacked": the place of what was struck
            found = self.args.prep_objects(here, struck, preps, deep=True)
        if not found and t.pos_ == "NOUN" and not self._judging(t.head):
            # "carried out airstrikes in Afghanistan"; not "In Washington, X condemned the
            # attacks", where it was said
            found = self.args.governor_preps(here, t, preps, deep=True)
        return held or [k for k in found if self.res.entities[k].cls in ("State", "Region")]

    def _judging(self, verb: Token) -> bool:
        """A verb of saying or judging: its place is where it was said."""
        lemma = verb.lemma_.lower()
        return self.lex.is_cue(lemma, "report") or any(
            f.relation in ("condemns", "warns") for f in self.lex.frames_for(lemma, "VERB")
        )

    def presence(self, t: Token, frame: Frame) -> Iterator[Found]:
        args, here = self.args, self.args.line(t)
        if t.pos_ == "NOUN":
            of = prep_object(t, "of")
            troops = (
                self.forces.troops(here, of)
                if of is not None
                else self.forces.military_owner(here, t) or self.forces.base_owner(here, t)
            )
        else:
            verb = t.head if t.pos_ == "ADJ" else t
            subject = t.head if t.dep_ == "acl" else self.forces.subject_token(verb)
            if frame.goods and subject is not None and not self._troops_or_base(subject):
                return  # "military aircraft carrying weapons landed at Mogadishu": no troops
            troops = self.forces.troops(here, subject) if subject is not None else []
            troops += self.forces.demonym_people(verb)
        places = (
            self.forces.occupier(here, t, frame.preps)
            or args.prep_objects(here, t, frame.preps, deep=t.pos_ == "NOUN")
            or self.forces.nested_places(here, t, frame.preps)
        )
        if self.lex.is_cue(t.lemma_.lower(), "installation"):  # a base is in a country
            places = [p for p in places if self.args.cls_of(p) in ("State", "Region")]
        if (done_to := self.forces.done_to(t, troops, places)) is not None:
            yield from done_to  # "personnel had been trained in Iran"
            return
        for k in troops:
            for p in places:
                yield Found(k, "deploys", p, None, Rule("presence", frame.trigger))

    def bare(self, t: Token, frame: Frame) -> bool:
        """A noun trigger with no actor of its own: "the sending of weapons"."""
        here = self.args.line(t)
        return (
            t.pos_ == "NOUN"
            and not self.args.noun_agents(here, t)
            and not self.args.prep_objects(here, t, frame.preps)
        )


def _in_aid_of(t: Token, relation: str) -> bool:
    """A support noun in an "in ... of" phrase: "in support of President Assad"."""
    return relation == "supports" and t.dep_ == "pobj" and t.head.lower_ == "in"


# words before an amount that the small model may parse as a preposition: "gave about EUR 125
# million", "sent some 300 troops"
APPROXIMATE = frozenset({"about", "around", "nearly", "roughly", "almost", "over", "some"})


def _approximate(verb: Token) -> Token | None:
    """The amount a verb governs through an approximating word parsed as a preposition."""
    return next(
        (
            p
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ in APPROXIMATE
            for p in c.children
            if p.dep_ == "pobj" and (p.like_num or any(d.like_num for d in p.children))
        ),
        None,
    )


def _named_as(noun: Token, lex: Lexicon) -> bool:
    """A noun in the naming slot of a naming verb: "called it an act of war", "described the raids
    as an assault", "called the US exercise an assault on its sovereignty". The path up to the
    verb goes through objects, predicate complements and "as" only (not "condemned Russia for its
    attack on Kharkiv"), and something else is named before the noun."""
    node = noun
    for _ in range(4):
        head = node.head
        if head.i == node.i:
            return False
        step_ok = node.dep_ in ("oprd", "attr", "xcomp", "dobj", "appos") or (
            node.dep_ in ("pobj", "prep") and (node.lower_ == "as" or head.lower_ == "as")
        )
        if not step_ok:
            return False
        if head.pos_ == "VERB" and lex.is_cue(head.lemma_.lower(), "naming"):
            if any(c.lower_ == "what" for c in head.children):
                # "ordered what he called forceful strikes": the act, so named; but "condemned
                # what it called an assault on Sudanese troops": a judgement of someone's act
                # (one whose author it names is still that author's: "Russia's attacks")
                judge = head.head
                return (
                    judge.i != head.i
                    and not any(c.dep_ == "poss" for c in noun.children)
                    and any(
                        f.relation == "condemns"
                        for f in lex.frames_for(judge.lemma_.lower(), "VERB")
                    )
                )
            named = [c for c in head.children if c.dep_ == "dobj" and c.i < noun.i]
            return node.dep_ in ("oprd", "attr", "xcomp") or (bool(named) and node.i != named[0].i)
        node = head
    return False


def _phrase(token: Token) -> str:
    """The theme's words, without relative clauses and coordinated members."""
    skip = {c.i for c in token.children if c.dep_ in ("relcl", "acl", "conj", "cc")}
    words = [t for t in token.subtree if not any(a.i in skip for a in (t, *t.ancestors))]
    span = token.doc[min(t.i for t in words) : max(t.i for t in words) + 1]
    return span.text if len(span) <= 12 else token.text


# ---------------------------------------------------------------------- the loop


def _hyphened_word(w: Token) -> str:
    """A word with the one hyphened before it, as written: "non-lethal" is three tokens."""
    if w.i >= 2 and w.doc[w.i - 1].text == "-":
        return f"{w.doc[w.i - 2].lower_}-{w.lower_}"
    return w.lower_


def _hyphened_origin(t: Token) -> Token | None:
    """The origin written before a participle with a hyphen, on a noun: "Iranian-supplied
    missiles", "US-supplied Stingers" (the model makes it the participle's npadvmod)."""
    if t.tag_ != "VBN" or t.dep_ != "amod" or t.i < 2 or t.doc[t.i - 1].text != "-":
        return None
    origin = t.doc[t.i - 2]
    return origin if origin.head.i == t.i and origin.dep_ in ("npadvmod", "compound") else None


def _frames(t: Token, lex: Lexicon) -> list[Frame]:
    frames = list(lex.frames_for(t.lemma_, t.pos_))
    if not frames and t.tag_ == "JJ" and (t.dep_ in PREDICATIVE_DEPS or is_passive(t)):
        # "Hezbollah is armed and funded by Iran": the small model tags the participle an
        # adjective of its own ("armed"); its verb's frames, read as a participle below
        frames = [
            f for lemma in _participle_lemmas(t.lower_) for f in lex.frames_for(lemma, "VERB")
        ]
    for f in lex.multiword.get(t.lemma_.lower(), []):
        words = f.trigger.split()
        start = t.i - len(words) + 1
        if start >= 0 and [w.lemma_.lower() for w in t.doc[start : t.i + 1]] == words:
            frames.append(f)
    return frames


def extract_claims(
    doc: Doc,
    index: MentionIndex,
    res: DocumentEntities,
    disc: Discourse,
    knowledge: Knowledge,
) -> list[Claim]:
    """Every relation claim the document makes."""
    lex = knowledge.lexicon
    args = Arguments(doc, index, res, disc, lex, knowledge.gazetteer)
    reader = _Reader(args, knowledge)
    claims: dict[tuple[str, str, str, int], Claim] = {}
    bare: list[tuple[Token, Frame]] = []
    at: dict[int, int] = {}  # id of a claim -> its trigger's token, for "the claim just made"
    for t in doc:
        frames = _frames(t, lex)
        if not frames:
            continue
        for frame in frames:
            rule = {
                "transfer": reader.transfer,
                "receive": reader.transfer,
                "act_on": reader.act_on,
                "presence": reader.presence,
            }[frame.frame]
            found = _promised(t, list(rule(t, frame)), args, lex)
            if not found and frame.frame == "transfer" and reader.bare(t, frame):
                bare.append((t, frame))
            for claim in _keep(claims, reader, t, frame, found):
                at[id(claim)] = t.i
                if claim.relation in reader.supporting and not claim.negated:
                    reader.last_support = (claim.object, claim.begin)
                    reader.supported[args.top(claim.object)] += 1
    for t, frame in bare:
        list(_keep(claims, reader, t, frame, list(_inherit(t, frame, reader, claims, at))))
    for t in doc:  # "Iran answered with waves of missiles": on whoever struck Iran last
        if reader.retort(t):
            reader.events.note_retort(
                t, Frame(t.lemma_.lower(), "VERB", "attacks", "act_on", (), False)
            )
    # the events a condemned noun may stand for; not those the text only accuses someone of
    accused = {(c.begin, c.object) for c in claims.values() if c.relation == "condemns"}
    acts = _acts(doc, args, reader.events, knowledge.relations.condemnable)
    made = [
        (at[id(c)], c.relation, c.subject, c.object)
        for c in claims.values()
        if id(c) in at and not c.negated and (c.begin, c.subject) not in accused
    ]
    made = sorted(set(made) | acts)
    for t, frame, event in list(reader.events.resolve(made)):
        for claim in _keep(claims, reader, t, frame, [event]):
            at[id(claim)] = t.i
    condemnable = knowledge.relations.condemnable
    stances = Stances(args, lex.stances, reader.act_nouns, condemnable, reader.supporting)
    for m in list(stances.matches(doc)):
        frame = Frame(m.cue.text, m.anchor.pos_, m.cue.relation, m.cue.pattern, (), False)
        for claim in _keep(claims, reader, m.anchor, frame, list(stances.found(m, frame))):
            at[id(claim)] = m.anchor.i
    for t, frame, targets in reader.agentless + stances.agentless:
        for claim in _keep(
            claims, reader, t, frame, list(_measures_before(t, frame, targets, claims, at))
        ):
            at[id(claim)] = t.i
    # (an answer to a blow is not the act a later "the assault" names: the blow is)
    made = [
        (at[id(c)], c.relation, c.subject, c.object)
        for c in claims.values()
        if id(c) in at
        and not c.negated
        and (c.begin, c.subject) not in accused
        and c.rule.kind != "retort"
    ]
    made = sorted(set(made) | acts | stances.acts)
    for t, frame, event in list(stances.resolve(made)):
        list(_keep(claims, reader, t, frame, [event]))
    for t, frame, found in _followers(doc, args, claims, at):
        for claim in _keep(claims, reader, t, frame, found):
            at[id(claim)] = t.i
    opposing = knowledge.relations.of_stance("opposes")
    against = [
        (c.begin, c.subject, c.object)
        for c in claims.values()
        if c.relation in opposing and not c.negated
    ]
    for t, frame, threat in list(stances.adversaries(against)):
        list(_keep(claims, reader, t, frame, [threat]))
    for t, frame, attack in list(_on_foes(reader.unowned, stances, claims)):
        list(_keep(claims, reader, t, frame, [attack]))
    kept = without_enemy_presence(list(claims.values()), args, reader.foes)
    kept = on_held_places(kept, args)
    kept = [
        c for c in kept if _placed(c.subject, res, knowledge) and _placed(c.object, res, knowledge)
    ]
    return kept + denials_of_earlier(doc, args, kept)


def _on_foes(
    unowned: list[tuple[Token, Frame, list[str]]], stances: Stances, claims: _Claims
) -> Iterator[tuple[Token, Frame, Found]]:
    """A place seized or struck that names no actor ("the rebels stormed the town") is an attack
    on the attacker's adversary: the one its attacks in the article run against or come from
    most (``Stances.adversary``); none when it has none."""
    fights = [
        (c.begin, c.subject, c.object)
        for c in claims.values()
        if c.relation == "attacks" and not c.negated
    ]
    for t, frame, attackers in unowned:
        for a in attackers:
            if (foe := stances.adversary(a, t, fights)) is not None:
                yield t, frame, Found(a, "attacks", foe, None, Rule("foe", frame.trigger))


def on_held_places(claims: list[Claim], args: Arguments) -> list[Claim]:
    """A strike on a place ("struck Sana'a", "shelled Sinjar") in a state where an armed group
    operates that the attacker fights in this article (a hostile claim either way) is a strike
    on that group, not on the state the place lies in: the one the attacker opposes most. The
    claim keeps its sentence; its rule says it was read so (``held``)."""
    hostile = {"attacks", "condemns", "sanctions", "warns"}
    foes: dict[str, Counter[str]] = {}
    for c in claims:
        if c.relation not in hostile or c.negated:
            continue
        a, b = args.top(c.subject), args.top(c.object)
        if args.cls_of(b) == "ArmedGroup":
            foes.setdefault(a, Counter())[b] += 1
        if args.cls_of(a) == "ArmedGroup":
            foes.setdefault(b, Counter())[a] += 1
    out: dict[tuple[str, str, str, int], Claim] = {}
    for c in claims:
        state = args.state(c.object) if args.cls_of(c.object) == "Region" else None
        if c.relation == "attacks" and not c.negated and state is not None:
            for group, _ in foes.get(args.top(c.subject), Counter()).most_common():
                entry = args.gaz.entries.get(group)
                if entry is not None and state in entry.operates_in:
                    c = replace(c, object=group, rule=Rule("held", c.rule.trigger))
                    break
        out.setdefault((c.subject, c.relation, c.object, c.begin), c)
    return list(out.values())


def _placed(key: str, res: DocumentEntities, knowledge: Knowledge) -> bool:
    """Whether an argument stands for an actor: not a person the gazetteer does not know and the
    text places in no state, agency or group ("Under Secretary Brian Nelson accused ...", with
    no word of whose under-secretary). Such a claim says nothing of who acts on whom; on the
    64 blind development articles, 20 of 20 were wrong."""
    ent = res.entities[key]
    if ent.cls != "Official" or key in knowledge.gazetteer.entries or ent.parent:
        return True
    return any(a.member == key for a in res.affiliations)


def _acts(
    doc: Doc, args: Arguments, events: Events, condemnable: frozenset[str]
) -> set[tuple[int, str, str, str]]:
    """Acts the text reports with an agent but no actor acted on, which a later noun may stand
    for: "North Korea fired a missile into the sea. ... the United States condemned the launch";
    every use of a verb whose act a noun of ``acts.tsv`` names, under its ``verb_act``
    ("Finland detained the tanker ... called the detention a hijacking"); and acts their author
    claims (``_claimed``). (trigger index, relation, agent, the actor acted on or ""), as for
    claims. Denied, wished-for or accused acts are none."""
    lex = args.lex
    verbs = {v for act in lex.acts.values() for v in act.verbs}
    out: set[tuple[int, str, str, str]] = set()
    for t in doc:
        if t.pos_ != "VERB":
            continue
        out |= _claimed(t, args, events, condemnable)
        lemma = t.lemma_.lower()
        relations = set() if is_passive(t) else set(condemnable)
        relations &= {f.relation for f in lex.frames_for(lemma, "VERB")}
        if lemma in verbs:
            relations.add(verb_act(lemma))
        if not relations or negated(t, lex) or irrealis(t, lex) or readied(t, lex):
            continue
        if any(lex.is_cue(a.lemma_.lower(), "accusing") for a in t.ancestors):
            continue  # "accused Iran of supplying": the accusation's, not the text's act
        here = args.line(t)
        if is_passive(t):  # "the tanker was detained by Finland"
            agents, dobj = args.by_agents(here, t), first_child(t, "nsubjpass")
        else:
            agents, dobj = args.subjects(here, t), first_child(t, "dobj")
        done_to = args.keys(here, dobj) if dobj is not None else []
        for agent in agents:
            if done_to and args.top(done_to[0]) == args.top(agent):
                continue  # "Iran vowed to punish ... a strike killing two Guards generals"
            out |= {(t.i, relation, agent, done_to[0] if done_to else "") for relation in relations}
    return out


def _claimed(
    t: Token, args: Arguments, events: Events, condemnable: frozenset[str]
) -> set[tuple[int, str, str, str]]:
    """The acts a verb's subject owns: "al-Shabaab claimed responsibility for the attack", "the
    group, which has claimed the bombing", "took responsibility for the raid". The claimant is
    the author a later noun of the act stands for ("the UN condemned the attack"); denied or
    refused responsibility is none."""
    lemma = t.lemma_.lower()
    if lemma not in OWNING or negated(t, args.lex):
        return set()
    acts = []
    for d in t.children:
        if d.dep_ != "dobj":
            continue
        if d.lemma_.lower() in RESPONSIBILITY:
            acts += [  # "for the attack and the bombing"
                o
                for node in (d, t)
                for c in node.children
                if c.dep_ == "prep" and c.lower_ == "for"
                for p in c.children
                if p.dep_ == "pobj"
                for o in (p, *args.conjuncts(p))
            ]
        elif lemma == "claim":  # "claimed the attack", not "claimed that"
            acts.append(d)
    relations = {r for n in acts for r in events.relations_of(n)} & condemnable
    if not relations:
        return set()
    here = args.line(t)
    return {(t.i, r, agent, "") for agent in args.subjects(here, t) for r in relations}


# verbs by which an author owns an act, and the nouns of owning it: "claimed responsibility for"
OWNING = frozenset({"claim", "take", "accept", "assume", "admit"})
RESPONSIBILITY = frozenset({"responsibility", "credit"})
# where a participle stands as the predicate of "be" ("is armed by"), or coordinated with one
PREDICATIVE_DEPS = frozenset({"acomp", "conj"})


def _participle_lemmas(word: str) -> list[str]:
    """The verb lemmas a participle may come from: "armed" -> arm, "equipped" -> equip,
    "supplied" -> supply, "trained" -> train, "financed" -> finance."""
    if not word.endswith("ed") or len(word) < 5:
        return []
    stem = word[:-2]
    out = [stem, word[:-1]]
    if stem.endswith("i"):
        out.append(stem[:-1] + "y")
    if len(stem) > 2 and stem[-1] == stem[-2]:
        out.append(stem[:-1])
    return out


def _participle_agents(t: Token, args: Arguments) -> list[str]:
    """The "by" agent of a participle, or of the last of its conjuncts ("armed and funded by")."""
    here = args.line(t)
    for p in (t, *(c for c in t.children if c.dep_ == "conj" and c.tag_ in ("VBN", "JJ"))):
        if found := args.by_agents(here, p):
            return found
    return []


# modals that put an act ahead of its telling ("said it would strike", "we will hit them"): the
# threat patterns' modals, less the one of obligation
FUTURE = MODALS - {"must"}


def _raised_object(t: Token) -> Token | None:
    """The object of a verb with a bare infinitive after it, which the small model parses as the
    infinitive's subject: "helped Israel shoot down missiles", "helped Iran build its plant".
    Not for a verb of purpose ("sent shells to help Ukraine defend itself"): the transfer's."""
    if t.dep_ in ("advcl", "xcomp") and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in t.children
    ):
        return None
    for c in t.children:
        if (
            c.dep_ in ("ccomp", "xcomp")
            and c.tag_ == "VB"
            and c.i > t.i
            and not any(a.dep_ in ("aux", "mark") for a in c.children)
        ):
            return first_child(c, "nsubj")
    return None


def _promised(t: Token, found: list[Found], args: Arguments, lex: Lexicon) -> list[Found]:
    """A hostile act its own agent promises is a threat, not an act: under a verb of vowing
    ("vowed to hit back at the Houthis", lexicon cue kind ``vow``), or put ahead by a modal in
    the agent's own words ("Burundi said it would strike back at Rwanda"). An act said to go on
    ("will continue to strike") and one foretold by others ("analysts said Russia would
    strike") stay acts. So is one the agent says it stands ready for ("said it was ready to
    strike"), which is otherwise no act (``readied``)."""
    if not found or t.pos_ != "VERB":
        return found
    chain = [t, t.head] if t.dep_ == "xcomp" else [t]
    if any(g.lemma_.lower() in ("continue", "keep") for g in chain):
        return found
    vowed = t.dep_ == "xcomp" and lex.is_cue(t.head.lemma_.lower(), "vow")
    future = any(c.dep_ == "aux" and c.lower_ in FUTURE for g in chain for c in g.children)
    # "Iraq said it was ready to strike Kuwait": standing ready, in the agent's own words
    ready = t.dep_ == "xcomp" and lex.is_cue(t.head.lemma_.lower(), "readiness")
    if not (vowed or future or ready):
        return found
    speaker = source(t, args)
    if ready and any(is_passive(g) for g in t.ancestors):
        speaker = None  # "are said to be ready to fight": others say so
    out: list[Found] = []
    for f in found:
        own = vowed or (speaker is not None and args.top(speaker) == args.top(f.subject))
        if f.relation == "attacks" and own:
            f = f._replace(relation="warns", rule=Rule("promised", f.rule.trigger))
        out.append(f)
    return out


_Claims = dict[tuple[str, str, str, int], Claim]


def _inherit(
    t: Token, frame: Frame, reader: _Reader, claims: _Claims, at: dict[int, int]
) -> Iterator[Found]:
    """A bare noun trigger continues the supporting claim just made: "North Korea will receive
    from Russia rice, technology, payment of the salary ..."; "North Korea's involvement alongside
    Moscow ... First with the sending of weapons"."""
    if t.dep_ == "pobj" and reader.lex.is_cue(t.head.head.lemma_.lower(), "shortfall"):
        return  # "a big deficit of financing": support lacking, not given
    sent = t.sent
    before = previous_or_this(sent).start_char
    near = [
        c
        for c in claims.values()
        if c.relation in reader.supporting
        and not c.negated
        and before <= c.begin <= sent.start_char
        and at.get(id(c), t.i) < t.i
    ]
    if not near:
        return
    last = max(near, key=lambda c: at[id(c)])
    theme = prep_object(t, "of")
    relation = reader.theme_relation(theme, frame) if theme is not None else frame.relation
    if relation == "supplies" and reader.civil(t):
        relation = "supports"  # "sent humanitarian aid": no arms
    if relation is not None and not reader.relations[relation].is_stance:
        yield Found(
            last.subject,
            relation,
            last.object,
            _phrase(theme) if theme else None,
            Rule("inherit", frame.trigger),
        )


def _emulating(t: Token, lex: Lexicon) -> bool:
    """ "followed suit", "did likewise", "did the same" (cue "do same"), "followed" with no
    object of its own ("followed on Wednesday"; not "was followed by")."""
    if t.pos_ != "VERB":
        return False
    lemma = t.lemma_.lower()
    kids = [c for c in t.children if c.dep_ in ("dobj", "advmod", "prt", "attr")]
    if any(lex.is_cue(f"{lemma} {c.lemma_.lower()}", "emulate") for c in kids):
        return True
    return lex.is_cue(lemma, "emulate") and not any(
        c.dep_ in ("dobj", "ccomp", "xcomp", "agent") or (c.dep_ == "prep" and c.lower_ == "by")
        for c in t.children
    )


def _followers(
    doc: Doc, args: Arguments, claims: _Claims, at: dict[int, int]
) -> Iterator[tuple[Token, Frame, list[Found]]]:
    """ "Saudi Arabia cut ties with Iran. Bahrain and Sudan followed suit": each who follows
    takes the measures of the last sentence before that named any, on the same targets (what
    else one follows in, a recognition or a vote, is too often not what the last claim says)."""
    for t in doc:
        if not _emulating(t, args.lex):
            continue
        here = args.line(t)
        followers = args.subjects(here, t)
        if not followers:
            continue
        # "Washington condemned ..., and Borrell did likewise": a clause before it in its own
        # sentence is what it follows; else the sentence before
        own = any(
            v.pos_ in ("VERB", "AUX") and v.i < t.i and v.dep_ in ("ROOT", "conj") for v in t.sent
        )
        start = t.sent.start_char if own else previous_or_this(t.sent).start_char
        before = [
            c
            for c in claims.values()
            if not c.negated
            and at.get(id(c), t.i) < t.i
            and c.end <= t.sent.end_char
            and c.begin >= start
        ]
        if not before:
            continue
        last = max(at[id(c)] for c in before)
        led = [c for c in before if at[id(c)] == last and c.relation == "sanctions"]
        frame = Frame(t.lemma_.lower(), "VERB", "sanctions", "act_on", (), False)
        rule = Rule("follow", frame.trigger)
        yield (
            t,
            frame,
            [
                Found(f, "sanctions", c.object, None, rule)
                for c in led
                for f in followers
                if args.top(f) != args.top(c.subject)
            ],
        )


def _measures_before(
    t: Token, frame: Frame, targets: list[str], claims: _Claims, at: dict[int, int]
) -> Iterator[Found]:
    """A passive measure with no agent ("Shandong Shengxing Chemical was designated in April",
    "Lukoil was also sanctioned") is taken by whoever took the last measure the text states
    before it; with none before, it has no agent."""
    before = [
        c
        for c in claims.values()
        if c.relation == frame.relation and not c.negated and at.get(id(c), t.i) < t.i
    ]
    if not before:
        return
    agent = max(before, key=lambda c: at[id(c)]).subject
    for target in targets:
        if target != agent:
            yield Found(agent, frame.relation, target, None, Rule("context", frame.trigger))


def at_home(group: str, place: str, args: Arguments) -> bool:
    """An armed group "deployed" in a state it operates in (the Houthis in Yemen) is at home:
    no deployment (operates_in in organizations.tsv)."""
    entry = args.gaz.entries.get(group)
    return bool(entry and entry.operates_in and args.state(place) in entry.operates_in)


def _keep(
    claims: dict[tuple[str, str, str, int], Claim],
    reader: _Reader,
    t: Token,
    frame: Frame,
    found: list[Found],
) -> Iterator[Claim]:
    """Keep the claims found at a trigger (that are not only wished for); yield the new ones."""
    if not found:
        return
    if frame.frame not in PROMISES:  # (a threat is future or conditional by nature)
        if irrealis(t, reader.lex):
            return
        if frame.relation != "supports" and readied(t, reader.lex):
            # "was ready to strike the tanks": not done ("stood ready to help" backs); but who
            # stands ready to fight whom is a foe ("ready to fight against Ukraine")
            reader.foes += [
                (f.subject, f.object)
                for f in found
                if f.relation == "attacks" or f.rule.kind == "promised"
            ]
            found = [f for f in found if f.rule.kind == "promised"]  # a threat of its own
            if not found:
                return
    args, res, lex = reader.args, reader.res, reader.lex
    sent = t.sent
    neg, said_by = negated(t, lex), source(t, args)
    if frame.trigger.startswith("not "):  # "will not tolerate": the cue's own negation
        neg = t.head.i != t.i and negated(t.head, lex)
    denied_by = denier(t, args) if neg else None  # "Iran denied supplying": Iran's word
    # a threat (and a promised act) is future or conditional by nature: only a word of hearsay
    # hedges it
    hedge = hedged(t, sent, lex) if frame.frame not in PROMISES else hearsay(sent, lex)
    for subj, relation, obj, theme, rule in found:
        if not args.ensure(subj) or not args.ensure(obj):
            continue
        if args.top(subj) == args.top(obj) or res.entities[subj].cls == "Region":
            continue
        if res.entities[obj].cls == "Region" and args.state(obj) is None:  # "the Red Sea"
            continue
        if res.entities[obj].cls == "Region" and relation in AT_PARTIES:
            continue
        if relation == "deploys" and at_home(subj, obj, args):
            continue
        claim = Claim(
            subj,
            relation,
            obj,
            sent.start_char,
            sent.end_char,
            sent.text.strip(),
            t.text,
            theme,
            neg,
            hearsay(sent, lex) if rule.kind == "promised" else hedge,
            denied_by or (said_by if said_by != subj else None),
            rule,
        )
        key = (subj, relation, obj, sent.start_char)
        if key not in claims:
            claims[key] = claim
            yield claim
