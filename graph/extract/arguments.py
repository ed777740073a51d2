"""Where a trigger's arguments sit in the dependency parse, and which actors they name.

The rules here answer "who is the subject of this verb", "what does this phrase name", "which actor
owns these troops or these missiles", independently of the relation being extracted:

- subjects: the verb's own subject; through control and raising verbs ("Germany agreed to send",
  "Iran is believed to have sent"); through a gerund after "of"/"for" whose object the accusation
  names ("accused Azerbaijan of shelling"); through coordination and relative clauses.
- passives: "by" phrases; a relative pronoun stands for the noun its clause modifies.
- lists: coordinated members ("France and Germany") and appositive lists ("the EU, the UK and
  Canada").
- prepositional phrases the parser hung on the governing verb instead of the noun trigger
  ("denounced the arms sales to Taiwan", "imposed sanctions on Iran").
- line breaks: a headline without final punctuation runs into the next sentence in the parse; an
  argument on another line than its trigger is not taken.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from graph.extract.discourse import HOMELANDS, Discourse, actor_key, antecedent
from graph.extract.entities import DocumentEntities, Entity, parent_of
from graph.extract.mentions import MentionIndex
from graph.extract.syntax import (
    ACTIVE_SUBJECTS,
    among_copula,
    first_child,
    previous_or_this,
    sentences_back,
    subject_of,
)
from graph.knowledge.gazetteer import Gazetteer, lineage
from graph.knowledge.lexicon import Lexicon
from graph.text.lines import LIST_ITEM, Lines

__all__ = ["BESIDE_PREPS", "Arguments", "is_passive", "stray_by"]

CLAUSE_UP = {"attr", "dobj", "pobj", "prep", "appos", "acomp", "oprd", "npadvmod", "conj", "dative"}
# collective descriptions: "the three governments" (states), "the bloc" (an organisation)
COLLECTIVE_STATES = frozenset(
    {"government", "country", "state", "nation", "capital", "junta", "neighbour", "neighbor"}
)
COLLECTIVE_BODIES = frozenset(
    {"bloc", "alliance", "coalition", "union", "organisation", "organization"}
)
COLLECTIVE_SIDES = frozenset({"side", "party", "belligerent"})
# where a numeral stands as a noun for a counted group: "the three also reaffirmed"
COUNTED_HEADS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos"})
NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}
# how many sentences back their members may have been named
COLLECTIVE_WINDOW = 3
# how many sentences back a group named together may be taken up by its count ("the three")
GROUP_WINDOW = 6
# how many sentences back the issuers of a statement that speaks may have issued it
ISSUED_WINDOW = 8
# nouns whose "for" phrase names an act as their subject's own: "claimed responsibility for"
OWNING = frozenset({"responsibility", "credit"})
# prepositions that say where something is, not who it is
PLACE_PREPS = frozenset({"in", "at", "near", "inside", "within", "across", "around"})
# prepositions that place a thing beside an actor, never on it: "struck targets near US forces"
BESIDE_PREPS = frozenset({"near", "around", "outside", "beside", "alongside", "off"})
# pronouns that may stand for several actors named together
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs"})
# the first person plural: a speaker's or a statement's "we", every one of a joint speaker
FIRST_PLURAL = frozenset({"we", "us", "our", "ours", "ourselves"})
# nouns of polities a joint speaker calls its members by: "our governments", "our countries"
MEMBER_NOUNS = frozenset({"government", "country", "nation", "state", "ally", "partner"})
# singular nouns of many people: "staff of WFP and UNICEF" are each body's
COLLECTIVE_NOUNS = frozenset({"staff", "personnel", "workforce", "crew", "leadership"})
# participles that name an act's author: "a strike blamed on Israel", "attacks attributed to ISIS"
BLAMED = frozenset({"blame", "attribute", "ascribe"})
# "accused X of shelling", "sanctioned X for supplying", "warned X against arming"
OBJECT_CONTROL_PREPS = ("of", "for", "against")


def stray_by(noun: Token) -> list[Token]:
    """The "by" phrase of an act noun that the parser hung on the active verb governing it:
    "condemned the invasion of Czechoslovakia by Soviet troops", "protested against the
    occupation of his country by troops of ...", "what he called an attack by an armed gang"
    (an active verb has no agent of its own)."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
    if noun.dep_ not in ("dobj", "pobj", "oprd") or verb.pos_ != "VERB" or verb.i == noun.i:
        return []
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return []
    return [
        c
        for c in verb.children
        if (c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")) and c.i > noun.i
    ]


# words that insert a list into a clause, after which the parser hangs the clause's own phrase
INSERTS = frozenset({"including", "includes", "notably", "especially", "mainly"})


class Arguments:
    """Argument look-up for one document."""

    def __init__(
        self,
        doc: Doc,
        index: MentionIndex,
        res: DocumentEntities,
        disc: Discourse,
        lex: Lexicon,
        gaz: Gazetteer,
    ) -> None:
        self.doc, self.index, self.res, self.disc = doc, index, res, disc
        self.lex, self.gaz = lex, gaz
        self.line = Lines(doc.text, lex.cues["runs_on"])
        # groups of actors named together, read in document order: (position, members)
        self._groups: list[tuple[int, list[str]]] = []
        self._group_at: dict[int, list[str]] = {}
        self._groups_read = 0

    # ------------------------------------------------------------------ actors

    # ``here`` is the line of the trigger being read: an argument on another line is not taken

    def key(self, here: int, token: Token) -> str | None:
        """The actor a token stands for, if it sits on line ``here``."""
        token = antecedent(token)
        if self.line(token) != here:
            return None
        return actor_key(token, self.disc, self.index, self.res)

    def keys(self, here: int, token: Token, *, deep: bool = False) -> list[str]:
        """The actors a phrase names, its coordinated members included."""
        if token.tag_ in ("WDT", "WP") and (noun := antecedent(token)).i != token.i:
            modified = noun
            # "Egypt, Saudi Arabia and the UAE, which all outlawed": the whole coordination
            while noun.dep_ == "conj" and noun.head.i != noun.i:
                noun = noun.head
            inside = any(c.i > token.i for c in self.conjuncts(noun))
            if inside and (key := self.key(here, modified)):
                return [key]  # "France, which has kept forces there, and Japan, whose ...": France
            if noun.i != modified.i and _singular(token.head) and (key := self.key(here, modified)):
                # "the al-Qaeda network and the Taliban regime which harbours it": a verb in the
                # singular agrees with the one it follows, not with the coordination
                return [key]
            if (copula := among_copula(noun)) is not None and not self.index.at(noun):
                # "Russia, France and Japan were among the governments that condemned it"
                return self.subjects(here, copula)
            return self.keys(here, noun, deep=deep)
        named = next(
            (c for c in token.children if c.dep_ == "appos" and self.index.at(c) and _beside(c)),
            None,
        )
        if named is not None and self.index.at(token) is None:  # "her counterpart Wang Yi"
            return self.keys(here, named, deep=deep)
        if listed := self._listed_below(token):  # "the following partners have ...:" + a list
            return listed
        if self.index.at(token) is None and self.is_personnel(token):
            # "forces loyal to President Gbagbo", "troops loyal to Hun Sen": their master's
            to = [
                p
                for c in token.children
                if c.dep_ == "amod" and c.lemma_.lower() in LOYAL
                for p in c.children
                if p.dep_ == "prep" and p.lower_ == "to"
            ]
            # (the small model may leave the name after "to" unattached: "loyal to Hun Sen")
            masters = [first_child(p, "pobj") or p.doc[p.i + 1] for p in to if p.i + 1 < len(p.doc)]
            loyal = [k for o in masters for k in self.keys(here, o)]
            if loyal:
                return loyal
        if token.tag_ == "PRP":  # "We, the leaders of the G7, condemn"
            spelled = next((c for c in token.children if c.dep_ == "appos" and _beside(c)), None)
            if spelled is not None and (found := self.keys(here, spelled, deep=True)):
                return found
        if (
            token.tag_ == "NNS"
            and self.index.at(token) is None
            and self._title_word(token.lemma_.lower())
            and (counted := self.collective(token))
        ):  # "the two presidents": the counted states, not the last president named
            return counted
        for p in (
            p for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
        ):
            if p.dep_ == "pobj" and (of_group := self.collective(p)):
                return of_group  # "the foreign ministers of the five countries"
        if (
            verb := _reciprocal_verb(token)
        ) is not None and verb.lemma_.lower() not in self.lex.stances:
            # "A and B accused each other": each the other (not "confronted each other at the
            # Council", words the stances read)
            return self.subjects(here, verb)
        if token.lower_ in FIRST_PLURAL and (joint := self._we(token)):
            return joint  # "Canada, France and Japan said: 'We condemn ...'": all three
        ours = next((c for c in token.children if c.dep_ == "poss"), None)
        if (
            token.tag_ == "NNS"
            and token.lemma_.lower() in MEMBER_NOUNS
            and ours is not None
            and ours.lower_ in FIRST_PLURAL
            and (joint := self._we(ours))
        ):
            return joint  # "our governments warned": the statement's issuers
        whose = next((c for c in token.children if c.dep_ == "poss" and antecedent(c) != c), None)
        if whose is not None and token.lemma_.lower() not in HOMELANDS:
            # "Burkina Faso and Niger, whose military rulers ..." (not "his country": his state)
            return self.keys(here, antecedent(whose), deep=deep)
        members = [token, *self.conjuncts(token)]
        members += self._of_conjuncts(members)
        out = [k for t in members + self._modifier_conjuncts(members) if (k := self.key(here, t))]
        if token.lower_ in PLURAL_PRONOUNS and (group := self._bound_group(token)):
            return group  # "the three reaffirmed their condemnation": the three
        if token.lower_ in PLURAL_PRONOUNS and len(out) == 1:
            out = self._coordinated(token, out[0])
        if (
            len(out) == 1
            and token.tag_ == "NNS"
            and token.lemma_.lower() in MEMBER_NOUNS
            and ours is not None
            and ours.lower_ == "their"
        ):  # "Canada, France and Britain said their countries condemned": each one's
            out = self._coordinated(ours, out[0])
        if not out and self.index.at(token) is None:  # "the three governments", "the bloc"
            out = self.collective(token)
        if not out and deep:
            # the first actor below, preferring one that is not only where things are ("several
            # militias in Iraq, including Kataib Hezbollah": the militia, not Iraq)
            below = [t for t in token.subtree if t.i != token.i and self.line(t) == here]
            placed = {
                d.i
                for t in below
                if t.dep_ == "prep" and t.lower_ in PLACE_PREPS
                for d in t.subtree
            }
            # nor one an act in the phrase is against ("backed any action against India")
            beside = {
                d.i
                for t in below
                if t.dep_ == "prep" and (t.lower_ in BESIDE_PREPS or t.lower_ == "against")
                for d in t.subtree
            }
            # nor whom a clause describing it names ("backs rebels fighting Assad's forces");
            # a participle's agent still says whose it is ("drones launched by the Houthis")
            # and none a clause of time or reason below names ("accused the alliance of failing
            # it when Azerbaijani forces pushed in")
            beside |= {
                d.i
                for t in below
                if (t.dep_ in ("acl", "relcl") and t.tag_ != "VBN") or t.dep_ == "advcl"
                for d in t.subtree
            }
            if self.lex.is_cue(token.lemma_.lower(), "group"):
                # "struck mutineers in Benin": an unnamed armed group in a state is not it
                beside |= placed
            for t in sorted((t for t in below if t.i not in beside), key=lambda t: t.i in placed):
                m = self.index.at(t)
                if m is not None:
                    out.append(self.res.key_of(m))
                    break
        return list(dict.fromkeys(out))

    def _listed_below(self, noun: Token) -> list[str]:
        """ "The following partners have announced expulsions ...:" and a list below, one item
        a line ("- Germany, France and Poland: four each"): the actors each item names before
        its own colon."""
        if (
            noun.tag_ not in ("NNS", "NNPS")
            or self.index.at(noun) is not None
            or not any(c.lower_ == "following" for c in noun.children)
        ):
            return []
        text = self.doc.text
        colon = next((t for t in noun.sent if t.i > noun.i and t.lower_ == ":"), None)
        if colon is None or "\n" not in text[colon.idx : colon.idx + 3]:
            return []
        spans: list[tuple[int, int]] = []
        at = text.index("\n", colon.idx) + 1
        while at < len(text):
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            line = text[at:end]
            if line.strip():
                if not LIST_ITEM.match(line):
                    break
                head = line.split(":", 1)[0]
                spans.append((at, at + len(head)))
            elif spans:
                break  # a blank line after the list ends it
            at = end + 1
        if not spans:
            return []
        found = [
            self.res.key_of(m)
            for t in self.doc[colon.i + 1 :]
            if t.idx < spans[-1][1]
            and any(a <= t.idx < b for a, b in spans)
            and (m := self.index.at(t)) is not None
            and t.i == m.start
        ]
        return list(dict.fromkeys(found))

    def _bound_group(self, pronoun: Token) -> list[str]:
        """The members of a collective description a plural pronoun is bound by: the subject of
        its own clause ("the three reaffirmed their condemnation") or of the verb of saying its
        clause hangs from ("the two leaders said they would respond")."""
        node = pronoun.head if pronoun.dep_ == "poss" else pronoun
        if node.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass") and node.head.i != node.i:
            verb = node.head.head if node.dep_ == "pobj" else node.head
            binder = subject_of(verb, ACTIVE_SUBJECTS)
            if binder is not None and binder.i == pronoun.i and verb.dep_ == "ccomp":
                binder = subject_of(verb.head, ACTIVE_SUBJECTS)
            if binder is not None and binder.i != pronoun.i:
                return self.collective(binder)
        return []

    def _we(self, pronoun: Token) -> list[str]:
        """Who "we" are when they are several: in a quotation, every one its speaker clause names
        ("Canada, France and Japan said in a joint statement: 'We ...'"; "'We ...', the
        statement said": its issuers); outside one, the issuers of the statement the text
        introduced before it ("released the following statement on behalf of the Governments
        of A, B and C"). Nothing where that is one actor or none: the pronoun's own key is."""
        q = self.disc.quote_of.get(pronoun.i)
        if q is not None:
            return self.joint_speakers(q)
        before = [i for i in self.disc.introduced if i < pronoun.i]
        return self._named_by(self.doc[before[-1]]) if before else []

    def joint_speakers(self, quote: int) -> list[str]:
        """Every actor a quotation's speaker clause names, when they are several."""
        at = self.disc.speaker_token.get(quote)
        return self._named_by(self.doc[at]) if at is not None else []

    def _named_by(self, named: Token) -> list[str]:
        """The actors a speaker's phrase names ("Canada, France and Japan"), or a statement's
        issuers, when they are more than one."""
        if named.tag_ == "PRP":
            return []
        here = self.line(named)
        found = self.keys(here, named)
        if not found and self.lex.is_cue(named.lemma_.lower(), "statement"):
            found = self.issuers(here, named)
        return found if len(found) > 1 else []

    def _coordinated(self, pronoun: Token, key: str) -> list[str]:
        """A plural pronoun stands for the whole coordination its antecedent was named in:
        "Sweden, France and Germany said they would send" (they: all three)."""
        start = previous_or_this(pronoun.sent).start
        named = [m for m in self.index.in_span(start, pronoun.i) if self.res.key_of(m) == key]
        if not named:
            return [key]
        span = self.doc[named[-1].start : named[-1].end]
        head = span.root
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
        here = self.line(head)
        found = [k for t in (head, *self.conjuncts(head)) if (k := self.key(here, t))]
        return list(dict.fromkeys(found)) if key in found else [key]

    def collective(self, token: Token) -> list[str]:
        """The members a collective description names, each one. A counted one ("the three
        governments", "the two presidents", "the three", "both sides") is the last group of that
        many named together shortly before ("Washington, Tokyo and Seoul", an earlier "the three
        countries"), else the last that many actors of its kind named before it; "the leaders"
        are the states of the officials named just before; "the bloc" is the last organisation.
        None at all when fewer are named than it counts ("Western capitals" names no state)."""
        if self._collective_kind(token) is None:
            return []
        if token.i not in self._group_at:
            self._groups_until(token.i)
        return self._group_at.get(token.i) or []

    def _collective_kind(self, token: Token) -> tuple[int, tuple[str, ...]] | None:
        """How many members a collective description counts (0: as many as were just named)
        and their classes, or None when the token is no collective description."""
        if self.index.at(token) is not None or any(
            c.dep_ == "poss"
            or (c.dep_ == "prep" and c.lower_ == "of" and any(map(self.index.at, c.children)))
            for c in token.children
        ):
            return None  # "the leaders of France and Germany" name their members
        lemma = token.lemma_.lower()
        dets = {c.lower_ for c in token.children if c.dep_ in ("det", "predet")}
        if token.pos_ == "NUM" and lemma in NUMBERS and token.dep_ in COUNTED_HEADS:
            # "the three also reaffirmed", "all three agreed": the numeral is the noun
            return (NUMBERS[lemma], ("State",)) if dets & {"the", "all"} else None
        count = next((NUMBERS[c.lower_] for c in token.children if c.lower_ in NUMBERS), 0) or (
            2 if "both" in dets else 0
        )
        counted = bool(count and dets & {"the", "both", "all"})
        if lemma in COLLECTIVE_STATES and counted:
            return count, ("State",)
        if lemma in COLLECTIVE_SIDES and counted:  # "the two sides": states or armed groups
            return count, ("State", "ArmedGroup")
        if self._title_word(lemma) and token.tag_ == "NNS" and dets & {"the", "all"}:
            # "the two presidents", "the four ministers": the states of the last ones named;
            # "the leaders": of all the officials named just before
            return (count if counted else 0), ("State",)
        domestic = any(c.dep_ == "amod" and c.lower_ in DOMESTIC for c in token.children)
        if lemma in COLLECTIVE_BODIES and "the" in dets and token.tag_ == "NN" and not domestic:
            # (not "the ruling coalition" of a parliament's parties)
            # "the alliance" of armed groups too: the Three Brotherhood Alliance
            armed = ("ArmedGroup",) if lemma in ("alliance", "coalition") else ()
            return 1, ("Organization", *armed)
        return None

    def _groups_until(self, end: int) -> None:
        """Read the document's groups in order up to token ``end``: coordinations of actors
        ("Washington, Tokyo and Seoul") and the collective descriptions resolved so far, so
        that a count takes up the last group of its size."""
        while self._groups_read <= end:
            t = self.doc[self._groups_read]
            self._groups_read += 1
            if (spec := self._collective_kind(t)) is not None:
                found = self._resolve_collective(t, *spec)
                self._group_at[t.i] = found
                if len(found) > 1:
                    self._groups.append((t.i, found))
            elif t.dep_ != "conj" and self.index.at(t) is not None:
                tops = [
                    top
                    for c in (t, *self.conjuncts(t))
                    if (m := self.index.at(c)) is not None and (top := self.top(self.res.key_of(m)))
                ]
                if len(set(tops)) > 1:
                    self._groups.append((t.i, list(dict.fromkeys(tops))))

    def _resolve_collective(self, token: Token, wanted: int, cls: tuple[str, ...]) -> list[str]:
        bare = token.pos_ == "NUM"  # "the two" may count anything: only a group named so
        if wanted > 1 and token.lemma_.lower() not in COLLECTIVE_SIDES:
            # "the two sides" are whoever fought last, not the last pair named together
            last = self._last_group(token, GROUP_WINDOW, wanted)
            if last and all(self.cls_of(k) in cls for k in last):
                return last
            if bare:
                return []
        start = sentences_back(token, COLLECTIVE_WINDOW if wanted else 1)
        found: list[str] = []
        verb = token.head.head if token.dep_ == "pobj" else token.head
        if token.dep_ in ("dobj", "pobj", "dative") and (
            subject := subject_of(verb, ACTIVE_SUBJECTS)
        ):  # "Hungary accused both Nordic countries": neither is Hungary
            own = {self.top(k) for k in self.keys(self.line(subject), subject)}
        else:
            own = set()
        for t in reversed(self.doc[start : token.i]):
            m = self.index.at(t)
            if m is None or _venue(t):
                continue  # "met in Washington", "met in Brussels": where, not who
            key = self.res.key_of(m)
            if self.cls_of(key) in ("Company", "Region") or (
                not wanted and self.cls_of(key) != "Official"
            ):
                continue  # a firm's or a place's state is not named as one of the group

            # the top may be a state the text names only through its people ("Macron")
            top = self.top(key)
            if self.cls_of(top) in cls and top not in own and top not in found and self.ensure(top):
                found.append(top)
                if len(found) == wanted:
                    return found[::-1]
        if not wanted and len(found) > 1:
            return found[::-1]
        if not wanted:  # "the foreign ministers of the five countries said ... the ministers said"
            return self._last_group(token, 1)
        return []

    def _last_group(self, token: Token, sentences: int, size: int = 0) -> list[str]:
        """The last group (of ``size`` members, if given) named in the ``sentences`` sentences
        before ``token``'s own or in it, before it; none if none was."""
        back = sentences_back(token, sentences)
        return next(
            (m for i, m in reversed(self._groups) if i >= back and (not size or len(m) == size)),
            [],
        )

    def _title_word(self, lemma: str) -> bool:
        """A word for officials: a title of the gazetteer, or "leader"."""
        return lemma in self.gaz.titles or lemma == "leader"

    def _modifier_conjuncts(self, members: list[Token]) -> list[Token]:
        """ "American and British warplanes": the coordinated modifiers of a nameless noun; "the
        Congolese and Burundian armies", where the last modifier and the noun name Burundi's:
        the first modifier too."""
        out: list[Token] = []
        for t in members:
            own = self.index.at(t)
            for m in t.children:
                named = self.index.at(m)
                if m.dep_ not in ("amod", "compound", "nmod", "poss") or named is None:
                    continue
                coordinated = list(self.conjuncts(m))
                if own is None or own is named:
                    out += coordinated
                elif named.kind == "DEMONYM" and any(
                    own.start <= c.i < own.end for c in coordinated
                ):
                    out += [m, *coordinated]
        return out

    def _of_conjuncts(self, members: list[Token]) -> list[Token]:
        """ "The foreign ministers of France, Germany and Britain", "staff of WFP and UNICEF": a
        nameless plural or collective noun whose "of" lists several actors stands for each of
        them, not only the first; so does any nameless noun whose "from" lists them ("aircraft
        from Saudi Arabia, the UAE and Bahrain")."""
        return [
            c
            for t in members
            if self.index.at(t) is None
            for p in t.children
            if p.dep_ == "prep"
            and (
                (
                    p.lower_ == "of"
                    and (t.tag_ in ("NNS", "NNPS") or t.lemma_.lower() in COLLECTIVE_NOUNS)
                )
                or (p.lower_ == "from" and t.pos_ == "NOUN")
            )
            for o in p.children
            if o.dep_ == "pobj"
            for c in self.conjuncts(o)
        ]

    def conjuncts(self, token: Token) -> Iterator[Token]:
        """Coordinated members, and appositive list members ("the EU, the UK and Canada")."""
        for child in token.children:
            listed = (
                child.dep_ == "appos"
                and _beside(child)
                and self.index.at(child) is not None
                and any(c.dep_ == "conj" for c in child.children)
            )
            if child.dep_ == "conj" or listed:
                yield child
                yield from self.conjuncts(child)

    # ------------------------------------------------------------------ subjects and agents

    def subjects(self, here: int, verb: Token) -> list[str]:
        subject = subject_of(verb, ACTIVE_SUBJECTS)
        if subject is not None:
            found = self.keys(here, subject)
            if not found and self.lex.is_cue(subject.lemma_.lower(), "statement"):
                return self.issuers(here, subject)  # "The joint statement condemned ..."
            return found
        if (dated := _dated_subject(verb)) is not None:
            return self.keys(here, dated)
        gov = verb.head
        if gov.i == verb.i:
            return []
        if verb.dep_ == "advcl" and _reduced_participle(verb):
            return []  # "listed Sanaa among the cities struck": struck by whom, not the lister
        if verb.dep_ == "advcl" and (mark := first_child(verb, "mark")) is not None:
            # "after Azerbaijan launched an offensive": the small model may hang the subject on
            # the conjunction, as if it were a preposition's object
            stranded = first_child(mark, "pobj")
            if stranded is not None and stranded.i < verb.i:
                return self.keys(here, stranded)
        if verb.dep_ in ("xcomp", "advcl"):
            return self._controller(here, verb, gov)
        if verb.dep_ == "dobj" and verb.tag_ == "VB" and gov.pos_ == "VERB":
            # "will help recruit, train and equip the police": a bare verb the parser made the
            # object is done by the governor's subject
            return self.subjects(here, gov)
        if verb.dep_ == "acomp":  # "are expected to be ready to fight": ready -> be
            return self.subjects(here, gov)
        if verb.dep_ == "pcomp" and gov.dep_ == "prep" and gov.head.pos_ in ("VERB", "AUX"):
            return self._gerund_subject(here, gov, gov.head)
        if verb.dep_ == "pcomp" and gov.lower_ in OBJECT_CONTROL_PREPS and gov.head.dep_ == "dobj":
            # "accused [the group of shelling]": the parse's attachment
            return self.keys(here, gov.head)
        if verb.dep_ == "conj":  # "the ministry said the sale violated ... and warned"
            if (
                self._speaks(verb)
                and not self._takes_stance(gov)
                and (speaker := self._reporter(gov)) is not None
            ):
                # "Lin told a briefing that Taiwan sat at the core ... and accused Washington":
                # the small model joins the second verb of saying to the reported clause; not
                # "he said Beijing opposed the deployment and accused Washington" (Beijing did)
                return self.subjects(here, speaker)
            found = self.subjects(here, gov)
            if not found and gov.dep_ == "ccomp" and gov.head.i != gov.i:
                found = self.subjects(here, gov.head)
            return found
        if verb.dep_ == "dep" and verb.tag_ in ("VBD", "VBZ", "VBP") and gov.pos_ == "VERB":
            # "Chávez named the action a murder, promised to support Ecuador and warned ...":
            # a finite verb of a list the small model left unlabelled shares the list's subject
            return self.subjects(here, gov)
        if verb.dep_ == "relcl":  # "the first country to send": the copula's subject
            found = self.keys(here, gov)
            if not found and gov.dep_ == "attr" and gov.head.i != gov.i:
                found = self.subjects(here, gov.head)
            return found
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and gov.pos_ in ("NOUN", "PROPN"):
            # "the governments standing with Washington", "militias fighting for Moscow": the
            # noun the participle describes does it
            if (copula := among_copula(gov)) is not None and self.index.at(gov) is None:
                return self.subjects(here, copula)  # "Spain is among the governments ..."
            if found := self.keys(here, gov):
                return found
        if (
            verb.dep_ == "acl"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            and self.lex.is_cue(gov.lemma_.lower(), "resolve")
        ):
            # "France's decision to provide Ukraine with ...", "the German pledge to send": a
            # named possessor or demonym only (a decision "adopted by" a body may fund another's)
            return [
                k
                for c in gov.children
                if (c.dep_ == "poss" and c.pos_ == "PROPN") or c.dep_ == "amod"
                for k in self.keys(here, c)
            ]
        if (
            verb.dep_ == "acl"
            and verb.tag_ == "VBG"
            and self.lex.is_cue(gov.lemma_.lower(), "instrument")
        ):
            # "signed an executive order freezing the assets of X": whoever made the order
            found = self.noun_agents(here, gov)
            if not found and gov.dep_ == "dobj" and gov.head.pos_ in ("VERB", "AUX"):
                found = self.subjects(here, gov.head)
            return found
        if verb.dep_ == "acl" and self.lex.is_cue(gov.lemma_.lower(), "statement"):
            # "issued a joint statement condemning X": the statement's issuers speak
            found = self.noun_agents(here, gov)
            if not found and gov.dep_ == "dobj" and gov.head.pos_ in ("VERB", "AUX"):
                found = self.subjects(here, gov.head)
            return found
        return []

    def issuers(self, here: int, statement: Token) -> list[str]:
        """Who a statement that speaks stands for: its "by" agents ("a communique, adopted by
        the leaders,") or possessor, else whoever issued, adopted or signed a statement of the
        same noun shortly before ("The three leaders issued a joint statement ... The joint
        statement strongly condemned ...")."""
        if found := self._on_behalf(statement) or self.noun_agents(here, statement):
            return found
        lemma = statement.lemma_.lower()
        start = sentences_back(statement, ISSUED_WINDOW)
        for t in reversed(self.doc[start : statement.i]):
            issued = t.lemma_.lower() == lemma and t.dep_ == "dobj" and t.head.pos_ == "VERB"
            if issued and (found := self.subjects(self.line(t.head), t.head)):
                return found
        return []

    def _on_behalf(self, statement: Token) -> list[str]:
        """ "released the statement on behalf of the Governments of A, B and C": A, B and C,
        not the office that released it."""
        for owner in (statement, statement.head):
            for on in (c for c in owner.children if c.dep_ == "prep" and c.lower_ == "on"):
                for behalf in (p for p in on.children if p.dep_ == "pobj" and p.lower_ == "behalf"):
                    for of in (c for c in behalf.children if c.dep_ == "prep" and c.lower_ == "of"):
                        for member in (p for p in of.children if p.dep_ == "pobj"):
                            if found := self.keys(self.line(member), member):
                                return found
        return []

    def parallel_object(self, verb: Token, relation: str) -> Token | None:
        """The object of the last verb of ``relation`` before ``verb``, in its sentence or the
        one before, when that is no pronoun itself: what "it" takes up in "X denounced the
        raid, and Y also condemned it"."""
        start = previous_or_this(verb.sent).start
        for v in reversed(verb.doc[start : verb.i]):
            if v.pos_ != "VERB" or not any(
                f.relation == relation for f in self.lex.frames_for(v.lemma_, "VERB")
            ):
                continue
            obj = first_child(v, "dobj")
            if obj is not None and obj.pos_ != "PRON":
                return obj
        return None

    def _reporter(self, clause: Token) -> Token | None:
        """The verb of saying a reported clause hangs from ("said [that X sat ...]", "told a
        briefing [that X sat ...]"), if any."""
        node = clause
        for _ in range(4):
            if node.dep_ not in ("ccomp", "relcl", "dobj") or node.head.i == node.i:
                return None
            node = node.head
            if self._speaks(node):
                return node
        return None

    def _takes_stance(self, verb: Token) -> bool:
        """A verb that says where its subject stands: of saying, or a cue of the stances."""
        lemma = verb.lemma_.lower()
        return (
            self._speaks(verb)
            or lemma in self.lex.stances
            or any(
                f.relation in ("condemns", "warns", "supports")
                for f in self.lex.frames_for(lemma, "VERB")
            )
        )

    def _speaks(self, verb: Token) -> bool:
        """A verb of saying or accusing ("said", "told", "accused", "warned")."""
        lemma = verb.lemma_.lower()
        return verb.pos_ == "VERB" and any(
            self.lex.is_cue(lemma, kind) for kind in ("report", "accusing")
        )

    def _controller(self, here: int, verb: Token, gov: Token) -> list[str]:
        """ "allow Moscow to concentrate" (object control), "Iran is believed to have sent"
        (raising), "Germany agreed to send" (subject control)."""
        for child in gov.children:
            # an actor object controls ("urged Germany to send"), an instrument does not
            # ("used American missiles to strike")
            if (
                child.dep_ == "dobj"
                and verb.dep_ == "xcomp"
                and child.lemma_.lower() not in self.lex.themes
                and (found := self.keys(here, child))
            ):
                return found
            if child.dep_ == "nsubjpass" and (found := self.keys(here, child)):
                return found
        return self.subjects(here, gov)

    def _gerund_subject(self, here: int, prep: Token, verb: Token) -> list[str]:
        """ "accused Azerbaijan of shelling", "was accused of supplying", "denied by supplying"."""
        for child in verb.children:
            if child.dep_ == "dobj" and prep.lower_ in OBJECT_CONTROL_PREPS:
                found = self.keys(here, child)
                # "accusing them of assisting": who "them" is decides, never the accuser
                if found or child.pos_ == "PRON":
                    return found
            if child.dep_ == "nsubjpass" and (found := self.keys(here, child)):
                return found
        return self.subjects(here, verb)

    def by_agents(self, here: int, verb: Token) -> list[str]:
        for child in verb.children:
            if child.dep_ == "agent":
                found = [k for p in child.children if p.dep_ == "pobj" for k in self._by(here, p)]
                return found or self.same_line_after(child)
        return []

    def _by(self, here: int, agent: Token) -> list[str]:
        """The actors of a passive's agent phrase; of an instrument or force named no actor, those
        it comes from ("shot down by warplanes from the United States and Britain")."""
        if self.index.at(agent) is None:
            sources = [
                p
                for c in agent.children
                if c.dep_ == "prep" and c.lower_ == "from"
                for p in c.children
                if p.dep_ == "pobj"
            ]
            if found := [k for p in sources for k in self.keys(here, p)]:
                return found
        return self.keys(here, agent)

    def same_line_after(self, prep: Token) -> list[str]:
        """The first actor after a preposition whose object the parser took from the next line
        ("North Korean soldiers trained by Russians⏎North Korea's involvement ...")."""
        if not any(self.line(p) != self.line(prep) for p in prep.children if p.dep_ == "pobj"):
            return []
        for t in self.doc[prep.i + 1 :]:
            if self.line(t) != self.line(prep):
                break
            if (m := self.index.at(t)) is not None:
                return [self.res.key_of(m)]
        return []

    def prep_objects(
        self, here: int, token: Token, preps: tuple[str, ...], *, deep: bool = False
    ) -> list[str]:
        out: list[str] = []
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in INSERTS:
                # "shipped arms, including missiles, to the ICU": the parser hangs the verb's
                # phrase on the inserted list
                out += self.prep_objects(here, child, preps, deep=deep)
            elif (
                child.dep_ in ("advcl", "xcomp")
                and child.pos_ == "PROPN"
                and any(a.dep_ == "aux" and a.lower_ in preps for a in child.children)
            ):  # "began delivering missiles to UNITA", "to" parsed as an infinitive's mark
                out += self.keys(here, child, deep=deep)
            if child.dep_ in ("prep", "dative") and child.lower_ in preps:
                for pobj in child.children:
                    # "struck mutineers at the request of Talon's government": who asked;
                    # "deployed in support of Ukraine": whom it is for, not where
                    if pobj.dep_ == "pobj" and not (
                        self.lex.is_cue(pobj.lemma_.lower(), "request")
                        or (child.lower_ == "in" and self._in_support(pobj))
                    ):
                        out += self.keys(here, pobj, deep=deep)
            elif child.dep_ == "dative" and child.pos_ in ("PROPN", "NOUN", "PRON"):
                out += self.keys(here, child)
        return out

    def _in_support(self, noun: Token) -> bool:
        """A noun of support after "in": "in support of Ukraine", "in solidarity with Kyiv"."""
        return any(
            f.relation == "supports" for f in self.lex.frames_for(noun.lemma_.lower(), "NOUN")
        )

    def governor_preps(
        self, here: int, noun: Token, preps: tuple[str, ...], *, deep: bool = False
    ) -> list[str]:
        """A noun trigger's phrase that the parser attached to the verb governing the noun:
        "denounced the arms sales to Taiwan", "imposed sanctions on Iran", "hit back with
        entry bans on US lawmakers"."""
        verb = noun.head
        if noun.dep_ == "pobj" and verb.lower_ == "with":  # the means: "responded with bans"
            verb = verb.head
        elif noun.dep_ not in ("dobj", "nsubjpass"):
            return []
        if verb.pos_ not in ("VERB", "AUX"):
            return []
        # a verb's own phrases are its own, unless it gives only goods and the noun is an act
        # ("pledged full support to the Netherlands": support is given, no goods)
        act = any(f.frame == "act_on" for f in self.lex.frames_for(noun.lemma_.lower(), "NOUN"))
        own = {
            p
            for f in self.lex.frames_for(verb.lemma_, "VERB")
            if not (act and f.frame == "transfer" and f.goods)
            for p in f.preps
        }
        return self.prep_objects(here, verb, tuple(p for p in preps if p not in own), deep=deep)

    # ------------------------------------------------------------------ noun triggers

    def hyphen_agents(self, here: int, t: Token) -> list[str]:
        """The actors written onto a participle with a hyphen: "Iran" in "Iran-backed", "SDF" in
        "SDF-held"."""
        found: list[str] = []
        for c in t.children:
            hyphen = any(h.tag_ == "HYPH" for h in t.doc[c.i + 1 : t.i])
            if c.dep_ in ("npadvmod", "compound", "nmod", "amod") and c.i < t.i and hyphen:
                key = self.key(here, c)
                found += self.keys(here, c) or ([key] if key is not None else [])
        return found

    def noun_agents(self, here: int, noun: Token) -> list[str]:
        if self.lex.is_cue(noun.lemma_, "agentive"):
            # the actor it is said of: "Iran, Hezbollah's main backer"; "China is the main
            # supplier"; not the subject of another verb ("sanctioned Myanmar's suppliers")
            of = noun.head
            if noun.dep_ == "pobj" and of.lower_ == "among" and of.head.lemma_ == "be":
                return self.subjects(here, of.head)  # "Poland is among the main suppliers"
            if noun.dep_ == "pobj" and of.lower_ == "of" and of.head.pos_ == "NUM":
                noun = of.head  # "Poland is one of the biggest suppliers", "Iran, one of ..."
            if noun.dep_ == "appos":
                return self.keys(here, noun.head)
            return self.clause_agents(here, noun) if noun.dep_ in ("attr", "oprd") else []
        for child in noun.children:
            # "the EU and Britain ... as part of their sanctions": every one of them
            plural = child.dep_ == "poss" and child.lower_ in PLURAL_PRONOUNS
            if plural and (found := self.keys(here, child)):
                return found
            if child.dep_ in ("poss", "compound", "amod", "nmod") and (k := self.key(here, child)):
                # "US and UN sanctions": every coordinated modifier
                more = [m for c in self.conjuncts(child) if (m := self.key(here, c))]
                return list(dict.fromkeys([k, *more]))
        for acl in (c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"):
            if found := self.by_agents(here, acl):  # "the attack carried out by the PKK"
                return found
            if acl.lemma_.lower() in BLAMED:  # "a strike blamed on Israel"
                found = [
                    k
                    for c in acl.children
                    if c.dep_ == "prep" and c.lower_ in ("on", "to")
                    for p in c.children
                    if p.dep_ == "pobj"
                    for k in self.keys(here, p)
                ]
                if found:
                    return found
        verb = noun.head
        if noun.dep_ == "nsubjpass" and self.lex.is_cue(verb.lemma_, "light"):
            # "the attack was carried out by militants of al-Shabaab"
            found = self.by_agents(here, verb)
            return found or [
                k
                for c in verb.children
                if c.dep_ == "agent"
                for p in c.children
                if p.dep_ == "pobj"
                for k in self.keys(here, p, deep=True)
            ]
        of_agent = self._of_agent(noun) or self._of_armed(here, noun)
        by = ("by", "from", "of") if of_agent else ("by", "from")
        by_preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in by]
        by_preps = by_preps or stray_by(noun)
        if by_preps:
            return [
                k
                for c in by_preps
                for p in c.children
                if p.dep_ == "pobj"
                for k in self.keys(here, p)
            ]
        return self.clause_agents(here, noun)

    def _of_agent(self, noun: Token) -> bool:
        """Whether "of" names the doer of this act noun ("the actions of Georgian Dream"), not
        whom it was done to ("the shelling of Ukrainian cities"): always when a phrase of its
        own names whom it was done to ("the attack of Iran on Israel", "the aggression of Russia
        against Ukraine"), and for support an act was done "with" ("with the backing of Iran")."""
        act = self.lex.acts.get(noun.lemma_.lower())
        if act is not None and act.of_agent:
            return True
        if noun.dep_ == "pobj" and noun.head.lower_ == "with":  # "with the support of the US"
            frames = self.lex.frames_for(noun.lemma_.lower(), "NOUN")
            if any(f.relation == "supports" for f in frames):
                return True
        return any(
            c.dep_ == "prep"
            and c.lower_ in ("on", "against")
            and any(p.dep_ == "pobj" for p in c.children)
            for c in noun.children
        )

    def _of_armed(self, here: int, noun: Token) -> bool:
        """Whether "of" names the doer of a hostile act because what it names is an armed body:
        "the air raids of the FANCI", "the attacks of the Houthis" (not "the shelling of
        Kharkiv", where "of" names the place hit)."""
        if not self.lex.is_cue(noun.lemma_.lower(), "armed_act"):
            return False
        named = [
            k
            for c in noun.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children
            if p.dep_ == "pobj"
            for k in self.keys(here, p)
        ]
        return bool(named) and all(
            self.is_forces(k) or self.cls_of(k) == "ArmedGroup" for k in named
        )

    def possessors(self, here: int, noun: Token) -> list[str]:
        """The recipient an agentive noun's possessor names ("Ukraine's largest donor")."""
        if not self.lex.is_cue(noun.lemma_, "agentive"):
            return []
        return [k for c in noun.children if c.dep_ == "poss" for k in self.keys(here, c)]

    def clause_agents(self, here: int, noun: Token) -> list[str]:
        """The subject of the clause a noun trigger sits in, when the clause makes it the
        subject's own: through a copula ("Germany will be the largest supplier"), a light verb
        ("the EU imposed sanctions") or an instrument ("responded with restrictive measures").
        Not through other verbs: in "the EU condemns the support for Russia" the support is not
        the EU's."""
        node, owned = noun, False
        for _ in range(10):
            if node.dep_ not in CLAUSE_UP | {"advcl"} or node.head.i == node.i:
                return []
            if node.dep_ == "prep" and node.lower_ in REASON_PREPS:
                return []  # "sanctions on US firms over arms sales to Taiwan": not the EU's sales
            if (
                node.dep_ == "prep"
                and node.head.pos_ in ("NOUN", "PROPN")
                and node.lower_ not in ("of", "with", "through")
                and not (node.lower_ == "in" and _amount(node.head))  # "10 million euros in aid"
                and node.head.lemma_.lower() not in OWNING  # "claimed responsibility for"
            ):
                return []  # "support for ... , a reference to the invasion": not the speaker's
            if node.dep_ in ("attr", "acomp", "oprd") or (
                node.dep_ == "prep"
                and node.lower_ in ("with", "through")
                # "together with", "along with" accompany; they name no instrument
                and not any(c.lower_ in ("together", "along") for c in (*node.children, node.head))
            ):
                owned = True
            node = node.head
            if node.pos_ in ("VERB", "AUX"):
                found = self.subjects(here, node)
                if found:
                    light = self.lex.is_cue(node.lemma_, "light")
                    return found if owned or light else []
        return []

    def under(self, here: int, noun: Token) -> list[str]:
        """ "Venezuela has been under US sanctions", "Cherizier has been subject to US
        sanctions": the subject of the clause is the patient."""
        prep = noun.head
        verb = prep.head
        if prep.lower_ == "to" and verb.lower_ == "subject" and verb.dep_ == "acomp":
            verb = verb.head  # "is subject to"
        elif prep.lower_ != "under":
            return []
        if noun.dep_ != "pobj" or verb.pos_ not in ("VERB", "AUX"):
            return []
        subject = subject_of(verb)
        return self.keys(here, subject) if subject is not None else []

    # ------------------------------------------------------------------ owners and states

    def ensure(self, key: str) -> bool:
        """Make a gazetteer entity known to the document (a unit's state that is not mentioned)."""
        if key in self.res.entities:
            return True
        entry = self.gaz.entries.get(key)
        if entry is None:
            return False
        self.res.entities[key] = Entity.from_entry(entry)
        return True

    def state(self, key: str) -> str | None:
        """The state an entity belongs to, if the registry or the text says (region, unit,
        agency)."""
        for k in lineage(key, self._parent):
            if self.cls_of(k) == "State":
                return k
        return None

    def cls_of(self, key: str) -> str | None:
        """An entity's class, from the document or else the registry."""
        ent, entry = self.res.entities.get(key), self.gaz.entries.get(key)
        return ent.cls if ent else entry.cls if entry else None

    def _parent(self, key: str) -> str | None:
        """What an entity belongs to, or else the group the text affiliates it with."""
        return parent_of(key, self.res.entities, self.gaz) or next(
            (a.group for a in self.res.affiliations if a.member == key), None
        )

    def top(self, key: str) -> str:
        """The actor an entity stands for: its state, else the highest body it belongs to (the
        EU for its foreign policy chief, the UN for a UN envoy)."""
        return self.state(key) or list(lineage(key, self._parent))[-1]

    def is_forces(self, key: str) -> bool:
        ent = self.res.entities.get(key)
        if ent is None:
            return False
        if ent.cls == "MilitaryUnit" or _key_end(key) in self.gaz.force_kinds:
            return True
        return ent.cls == "Agency" and bool(self.lex.force_label.search(ent.label))

    def is_personnel(self, token: Token) -> bool:
        """A noun of soldiers or units ("troops", "mercenaries", "a battalion", "forces"; not
        "force", which may be the use of it)."""
        return (
            token.lemma_.lower() in self.gaz.unit_nouns
            or token.lower_ in self.gaz.unit_nouns
            or token.lower_ == "forces"
        )

    def troop_owners(self, here: int, token: Token) -> list[str]:
        """The actors whose forces a phrase names: "North Korean soldiers", "Wagner mercenaries",
        "the Russian army"."""
        out = []
        for t in (token, *self.conjuncts(token)):
            k = self.key(here, t)
            if k and (self.is_forces(k) or self.is_personnel(antecedent(t))):
                out.append(self.top(k))
        return out


# adjectives of a state's own parties: "the ruling coalition" is no alliance of states
DOMESTIC = frozenset({"ruling", "governing", "opposition", "parliamentary", "electoral"})

# adjectives that put soldiers under a master: "troops loyal to Hun Sen"
LOYAL = frozenset({"loyal", "faithful"})


def _reciprocal_verb(token: Token) -> Token | None:
    """The verb whose subjects "each other" or "one another" stand for, when the token is the
    object of one ("accused each other", "clashed with one another")."""
    words = {c.lower_ for c in token.children if c.dep_ in ("det", "nummod", "amod")}
    if not (
        (token.lower_ == "other" and "each" in words)
        or (token.lower_ == "another" and "one" in words)
        or (token.lower_ == "one" and "another" in words)
    ):
        return None
    node = token.head if token.dep_ == "pobj" else token
    if node.dep_ not in ("dobj", "prep", "dative") or node.head.pos_ not in ("VERB", "AUX"):
        return None
    return node.head


def _singular(verb: Token) -> bool:
    """Whether a verb, or the auxiliary it is conjugated on, is in the third person singular
    ("harbours", "has sent", "is arming")."""
    return any(t.tag_ == "VBZ" for t in (verb, *(c for c in verb.children if c.dep_ == "aux")))


def _beside(appos: Token) -> bool:
    """An appositive that follows its noun with only punctuation or the noun's own modifiers
    between ("we, the leaders of the G7,"; "a senior official in the movement, Hussein al-Ezzi"),
    not one the parser hung on a subject from the far end of a list ("we are designating eight
    organisations as ...: Tren de Aragua; ...; the Cartel del Noreste")."""
    head = appos.head
    if appos.i > head.i:
        gap = appos.doc[head.i + 1 : appos.left_edge.i]
    else:
        gap = appos.doc[appos.right_edge.i + 1 : head.left_edge.i]
    return all(t.is_punct or head in t.ancestors for t in gap)


def _key_end(key: str) -> str | None:
    """The kind at the end of a key: ``agency/UKR/navy`` -> ``navy``."""
    return key.rsplit("/", 1)[1] if "/" in key else None


def _reduced_participle(verb: Token) -> bool:
    """ "the cities struck", "the weapons delivered": a participle right after its noun, with no
    subject, object or subordinating word of its own, that the small model hangs on the main
    verb as a clause of its own; it says what was done to the noun, not who did it."""
    return (
        verb.tag_ in ("VBD", "VBN")
        and verb.i > 0
        and verb.doc[verb.i - 1].pos_ == "NOUN"
        and not any(
            c.dep_ in ("nsubj", "nsubjpass", "dobj", "mark", "aux", "auxpass")
            for c in verb.children
        )
    )


def is_passive(t: Token) -> bool:
    deps = {c.dep_ for c in t.children}
    if deps & {"nsubjpass", "auxpass"}:
        return True
    return t.tag_ == "VBN" and t.dep_ in ("acl", "relcl") and not deps & {"nsubj", "aux"}


# prepositions of a reason or an occasion: the act in them is not the clause subject's own
REASON_PREPS = frozenset({"over", "after", "amid", "because", "despite", "following"})


def _amount(noun: Token) -> bool:
    """A noun that counts money or things: "10 million euros", "billions"."""
    return noun.ent_type_ in ("MONEY", "QUANTITY", "CARDINAL") or any(
        c.dep_ == "nummod" for c in noun.children
    )


def _venue(t: Token) -> bool:
    """A place named as where something happened: "met in Washington", "talks at Doha"."""
    return t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.lower_ in ("in", "at")


def _dated_subject(verb: Token) -> Token | None:
    """ "In April Mogadishu expelled ...": the small model reads "April Mogadishu" as one name in
    the opening phrase, and the verb has no subject; the name after the date is it."""
    for c in verb.children:
        if c.dep_ != "prep" or c.i > verb.i:
            continue
        for p in c.children:
            if p.dep_ == "pobj" and any(
                d.dep_ == "compound" and d.ent_type_ == "DATE" and d.i < p.i for d in p.children
            ):
                return p
            # "In Europe, Spain, France and Britain gave ...": the list after the opening
            # phrase's comma, which the small model coordinates with the phrase's noun
            listed = next((d for d in p.children if d.dep_ == "conj"), None)
            if (
                p.dep_ == "pobj"
                and listed is not None
                and p.i + 1 < listed.i
                and p.doc[p.i + 1].lower_ == ","
                and not any(d.dep_ == "cc" and d.i < listed.i for d in p.children)
            ):
                return listed
    return None
