"""Relations carried by a meaning class rather than one verb (graph/extract/stances.py).

Sentences of our own, one class per list; none is taken from the evaluation articles.
"""

from __future__ import annotations

import pytest

from tests.graph.extract.cases import Reader, case, check

# evaluative speech: the speaker condemns what it judges
JUDGE = [
    case(
        "Canada's foreign minister called the annexation illegal and said Russia had "
        "violated international law.",
        "Canada|condemns|Russia",
    ),
    case(
        "Beijing branded Manila's manoeuvres a dangerous provocation.", "China|condemns|Philippines"
    ),
    case("The Kremlin dismissed the Estonian accusations as baseless.", "Russia|condemns|Estonia"),
    case(
        "Algeria described Morocco's decision as a hostile act.",
        "Algeria|condemns|Morocco",
    ),
    case("Ankara termed the Greek deployment unacceptable.", "Turkey|condemns|Greece"),
    case(
        "Israeli jets bombed targets near Damascus on Sunday. Iran's foreign ministry called "
        "the raids a flagrant violation of Syrian sovereignty.",
        "Israel|attacks|Syria",
        "Iran|condemns|Israel",
    ),
    case(
        "Nigeria's president said he was outraged by Niger's expulsion of the envoy.",
        "Nigeria|condemns|Niger",
    ),
    # verbs of evaluative speech and their "against" phrase
    case("Tokyo railed against the Chinese tariffs on seafood.", "Japan|condemns|China"),
    case("Seoul spoke out against Japan's export curbs.", "South Korea|condemns|Japan"),
    case("Athens protested against Turkey's drilling off Crete.", "Greece|condemns|Turkey"),
    case(
        "Brazil's foreign ministry said it regretted the Venezuelan decision.",
        "Brazil|condemns|Venezuela",
    ),
    case("Kenya's president assailed Sudan for the air raids.", "Kenya|condemns|Sudan"),
    case(
        "Canberra said it was deeply disappointed with the Chinese tariffs.",
        "Australia|condemns|China",
    ),
    # a threat, not a judgement: the target is made to regret
    case(
        "Tehran said Washington would be made to regret the assassination.",
        "Iran|warns|United States",
    ),
]

# threats: only in a future or conditional clause; the target is the threatened actor
THREAT = [
    case(
        "Pyongyang warned that Seoul would pay a heavy price for the drills.",
        "North Korea|warns|South Korea",
    ),
    case(
        "Tehran said any Israeli aggression would meet a crushing response.",
        "Iran|warns|Israel",
    ),
    case(
        "Turkey's defence minister said Kurdish militant bases in Syria would be legitimate "
        "targets if the attacks continued.",
    ),
    case("If Iran supplies missiles, the EU will respond.", "European Union|warns|Iran"),
    case(
        "Pyongyang warned that any move by Seoul to deploy the launchers would be met with force.",
        "North Korea|warns|South Korea",
    ),
    case(
        "Venezuela's defence minister warned of grave consequences for Guyana.",
        "Venezuela|warns|Guyana",
    ),
    case("The army said protesters were met with force."),
    # ultimatums and conditional threats: whom the deadline is given or set for, whom the
    # condition names; not a threat to nothing ("it threatens the energy supply")
    case(
        "Ecuador and Peru gave Bolivia three days to release the detained diplomats.",
        "Ecuador|warns|Bolivia",
        "Peru|warns|Bolivia",
    ),
    case(
        "Niger's junta set a deadline for France to withdraw its ambassador.",
        "Niger|warns|France",
    ),
    case(
        "Washington threatened secondary tariffs unless India stopped buying Russian oil.",
        "United States|warns|India",
    ),
    case("The blast threatens the water supply of millions of people."),
    # an opening phrase the small model coordinates with the list of subjects after its comma
    case(
        "In Europe, Spain, Portugal and Italy gave Caracas a week to free the detainees.",
        "Spain|warns|Venezuela",
        "Portugal|warns|Venezuela",
        "Italy|warns|Venezuela",
    ),
]

# measures aimed at an actor
MEASURE = [
    case("Lithuania expelled three Russian diplomats on Friday.", "Lithuania|sanctions|Russia"),
    case("Rwanda severed diplomatic ties with Belgium in March.", "Rwanda|sanctions|Belgium"),
    case(
        "Washington froze the assets of the Venezuelan central bank.",
        "United States|sanctions|Venezuela",
    ),
    case("Colombia suspended coal exports to Israel.", "Colombia|sanctions|Israel"),
    case("Pakistan closed NATO's supply routes.", "Pakistan|sanctions|NATO"),
    case("Canada imposed a travel ban on senior Iranian officials.", "Canada|sanctions|Iran"),
    # "their" is every one of the coordinated subjects; a verb of halting does not reach a noun
    # of a phrase beside its object; an object pronoun is not its own verb's subject
    case(
        "Canada and Australia froze the assets of the firm as part of their sanctions on Iran.",
        "Canada|sanctions|Iran",
        "Australia|sanctions|Iran",
    ),
    case("Poland cut the number of Russian diplomats to 20.", "Poland|sanctions|Russia"),
    case("Moldova decided to reduce the staff of the Russian embassy.", "Moldova|sanctions|Russia"),
    # whoever deplores a measure did not take it; "subject to" sanctions is under them
    case("The EU deplored the unjustified expulsion of Latvian diplomats from Minsk."),
    case(
        "Cherizier has been subject to U.S. and UN sanctions since 2022.",
        "United States|sanctions|Jimmy Chérizier",
        "United Nations|sanctions|Jimmy Chérizier",
    ),
    case(
        "The tanker Eagle S was detained by Finland. Denmark and Sweden have blacklisted it as "
        "part of their measures against Russia's shadow fleet.",
        "Denmark|sanctions|Russia",
        "Sweden|sanctions|Russia",
    ),
    # aid withheld: a measure against the recipient, and no supply (the possessor of the aid is
    # the giver, not the target)
    case(
        "The Netherlands suspended its development aid to Burundi.",
        "Netherlands|sanctions|Burundi",
        "Netherlands|supplies|Burundi|neg",
    ),
    case("Washington cut military assistance to Egypt.", "United States|sanctions|Egypt"),
    # envoys called home, ordered out or given a deadline to leave (a measure, and an ultimatum)
    case("Qatar recalled its ambassador from Abu Dhabi.", "Qatar|sanctions|United Arab Emirates"),
    case("Oman ordered Yemen's ambassador out on Monday.", "Oman|sanctions|Yemen"),
    case(
        "Jordan gave Syrian diplomats 72 hours to leave.",
        "Jordan|sanctions|Syria",
        "Jordan|warns|Syria",
    ),
    case(
        "Lithuania recalled its envoy to Israel, with protesters marching on the Polish embassy.",
        "Lithuania|sanctions|Israel",
    ),
]

# hostilities stated without a transitive verb: both sides attack
BETWEEN = [
    case(
        "Fierce fighting broke out between Sudan and South Sudan near the border.",
        "Sudan|attacks|South Sudan",
        "South Sudan|attacks|Sudan",
    ),
    case(
        "The clashes between India and China in Ladakh killed twenty soldiers.",
        "India|attacks|China",
        "China|attacks|India",
    ),
    # a conflict without arms is no attack
    case("The diplomatic conflict between Argentina and Spain deepened on Tuesday."),
    case("The trade war between China and the United States escalated."),
    case("A war of words between Turkey and Greece erupted over the islands."),
    # sides named by coordinated demonyms of one noun
    case(
        "Indian and Chinese soldiers fought for hours with rocks and clubs.",
        "India|attacks|China",
        "China|attacks|India",
    ),
    case(
        "Sudanese and Ethiopian troops clashed near al-Fashaga.",
        "Sudan|attacks|Ethiopia",
        "Ethiopia|attacks|Sudan",
    ),
]

# siding with an actor, and thanks for support
# a statement's "we" is its issuer, named in its head; a reporter's or blogger's "we" is none
ISSUED = [
    case(
        "Statement by the Ministry of Foreign Affairs of Qatar\n\nWe strongly condemn the "
        "Israeli strikes on Gaza.",
        "Qatar|condemns|Israel",
        "Israel|attacks|Gaza Strip",
    ),
    case(
        "Blog post\n\nAs we reported, Russia attacked Ukraine. We condemn the strike.",
        "Russia|attacks|Ukraine",
    ),
]

# a statement that speaks stands for whoever issued it
ISSUED += [
    case(
        "Biden, Kishida and Yoon issued a joint statement at Camp David. The joint statement "
        "strongly condemned Pyongyang's missile launches.",
        "Joe Biden|condemns|North Korea",
        "Fumio Kishida|condemns|North Korea",
        "Yoon Suk Yeol|condemns|North Korea",
    ),
]

# the first person of a joint speaker is every one of them: a coordination that speaks, a
# statement that speaks for whoever issued it, a statement given on behalf of several
ISSUED += [
    case(
        'Norway, Sweden and Finland said in a joint declaration: "We firmly condemn Belarus."',
        "Norway|condemns|Belarus",
        "Sweden|condemns|Belarus",
        "Finland|condemns|Belarus",
    ),
    case(
        "The defence ministers of Poland and Lithuania signed a joint communique in Vilnius. "
        '"We strongly condemn Russia\'s acts of sabotage," the communique said.',
        "Poland|condemns|Russia",
        "Lithuania|condemns|Russia",
    ),
    case(
        "The State Department issued the following statement on behalf of the Governments of "
        "Japan, South Korea and the Philippines.\n\nOur governments condemn China's "
        "dangerous manoeuvres in the South China Sea.",
        "Japan|condemns|China",
        "South Korea|condemns|China",
        "Philippines|condemns|China",
    ),
    # one speaker's "we" is that speaker alone
    case(
        'Estonia\'s prime minister said: "We condemn the Russian incursion."',
        "Estonia|condemns|Russia",
    ),
]

# naming an actor an ally or a partner backs it; naming it anything else does not
NAMED_FRIENDS = [
    case("Washington regards Manila as a key ally.", "United States|supports|Philippines"),
    case("Moscow called Minsk a reliable partner.", "Russia|supports|Belarus"),
    case("Israel is a close ally of the United States.", "Israel|supports|United States"),
    # "X, Y's ally": the ally backs whom it is the ally of
    case("China, Pakistan's main ally, blocked the listing.", "China|supports|Pakistan"),
    case("Armenia is Russia's oldest ally in the Caucasus.", "Armenia|supports|Russia"),
    # allies with no name of their own back no one here
    case("Kenya's allies pledged more police for Haiti."),
]

SIDE = [
    case("Poland stands with Lithuania, the prime minister said.", "Poland|supports|Lithuania"),
    case(
        "The Armenian president thanked France for its support.",
        "France|supports|Armenia",
    ),
    case(
        "Kyiv thanked Berlin and Oslo for what it called decisive help.",
        "Germany|supports|Ukraine",
        "Norway|supports|Ukraine",
    ),
]

# what must yield nothing of these classes
NOTHING = [
    case("Cuba said it would respond positively to the invitation to talks."),
    case("Brazil called the agreement with Argentina a historic step."),
    case("Chile said the sanctions debate in the Security Council was heated."),
    case("Kenya urged Somalia to cut ties with the militants."),
]

# a clause the parser hangs on another across a semicolon stands apart: the second clause's
# "stopped short of" neither negates the first nor makes its measure the second's
# "in solidarity with X" on a verb: its subject sides with X, and X is no target of the act;
# "told X to expel": asked for, not done
SOLIDARITY_AND_DIRECTIVES = [
    case(
        "Latvia expelled two Belarusian officials in solidarity with Lithuania.",
        "Latvia|sanctions|Belarus",
        "Latvia|supports|Lithuania",
    ),
    # standing at someone's side; a side with no possessor names no one
    case("Germany stands firmly at Ukraine's side.", "Germany|supports|Ukraine"),
    case("Belarus has fought on Russia's side since 2022.", "Belarus|supports|Russia"),
    case("The Russian side said the talks in Istanbul were useful."),
    # support expressed in a call or meeting held for it goes to whom it was held with
    case("Erdogan phoned Maduro to express support.", "Turkey|supports|Venezuela"),
    case("Macron met Zelensky in Paris to reaffirm France's support.", "France|supports|Ukraine"),
    case(  # a collective description of states is each of them, as a measure's target too
        "Estonia, Latvia and Lithuania expelled Russian diplomats. Moscow retaliated by "
        "expelling diplomats from the three states.",
        "Estonia|sanctions|Russia",
        "Latvia|sanctions|Russia",
        "Lithuania|sanctions|Russia",
        "Russia|sanctions|Estonia",
        "Russia|sanctions|Latvia",
        "Russia|sanctions|Lithuania",
    ),
    case("Guinea and Mali, both suspended from the bloc, sent no delegation to the ECOWAS summit."),
    case(  # the small model hangs "in solidarity" on the date
        "Slovakia expelled three Russian diplomats on 22 April in solidarity with Prague.",
        "Slovakia|sanctions|Russia",
        "Slovakia|supports|Czech Republic",
    ),
    case("Washington told Turkey to expel the Hamas officials."),
]

# a subject "he" takes up the person last named as a subject, not one inside an object
SUBJECT_PRONOUNS = [
    case(
        "Iran's envoy Kazem Gharibabadi accused Germany of having armed Saddam Hussein's Iraq. "
        "He called the Canadian sanctions illegal.",
        "Iran|condemns|Germany",
        "Germany|supplies|Iraq|hedged",
        "Iran|condemns|Canada",
    ),
    # a subject "it" continues the subject of the main clause before it, actor or not
    case(
        "Since late 2023, Houthi forces have carried out hundreds of attacks on ships. It has "
        "also targeted U.S. Navy warships.",
        "Houthis|attacks|United States",
    ),
    case("The deal could give Turkey bases in Syria, and it would involve training Syria's army."),
    case(
        "Egypt recalled its ambassador from Addis Ababa and told Ethiopia's envoy not to come "
        "back. It said it reserved the right to respond.",
        "Egypt|sanctions|Ethiopia",
        "Egypt|warns|Ethiopia",
    ),
    # a possessive in the charge of a verb of charging is the charged one's
    case(
        "In March Sudan filed a case at the ICJ accusing the UAE of complicity in genocide "
        "through its financial support for the RSF.",
        "Sudan|condemns|United Arab Emirates",
        "United Arab Emirates|supports|Rapid Support Forces|hedged",
    ),
    # the possessor of a subject takes up the actor last named as a subject, not one named
    # inside its clause
    case(
        "Tehran denies the oil was destined for Syria. Its foreign ministry summoned the "
        "British ambassador.",
        "Iran|condemns|United Kingdom",
    ),
]

SEMICOLONS = [
    case(
        "Norway and Denmark halted new arms exports to Israel; the EU stopped short of a formal "
        "embargo.",
        "Norway|supplies|Israel|neg",
        "Denmark|supplies|Israel|neg",
        "Norway|sanctions|Israel",
        "Denmark|sanctions|Israel",
    ),
]

# "the kingdom", "the republic": the state so styled last named, not the one most named
STYLED = [
    case(
        "Iran's envoy accused Riyadh of lying. Iran had warned Bahrain. The kingdom cut ties "
        "with Tehran, and Iranian officials denounced the kingdom.",
        "Iran|condemns|Saudi Arabia",
        "Iran|warns|Bahrain",
        "Bahrain|sanctions|Iran",
        "Iran|condemns|Bahrain",
    ),
]

# an act welcomed backs its author; an actor or a decision welcomed, by that alone, no one
WELCOMED = [
    case(
        "Turkish jets struck PKK positions in northern Iraq. Azerbaijan welcomed the strikes.",
        "Turkey|attacks|Kurdistan Workers' Party",
        "Azerbaijan|supports|Turkey",
    ),
    case(
        "Ukraine hailed Poland's deliveries of tanks.",
        "Ukraine|supports|Poland",
    ),
    case("Riyadh welcomed the decision."),
    case("Moscow welcomed Xi Jinping on Monday."),
]

# a demonym before rebels or militias names where they fight, not the state; nor is a state
# the clause describing them names backed ("rebels fighting Assad's forces")
REBELS = [
    case("Qatar backs Libyan rebels fighting Gaddafi's forces."),
    case("Iraqi militias attacked a base in Syria."),
]

# an official named in full, then by family name alone where the tagger sees no name
SURNAMES = [
    case(
        "Foreign Secretary Theresa Lazaro met Japanese officials in Manila. Lazaro condemned "
        "the Chinese coast guard.",
        "Philippines|condemns|China",
    ),
]

# "followed suit", "did likewise": the same measures on the same targets, by each who follows
FOLLOWERS = [
    case(
        "Algeria broke off relations with Morocco in August. Tunisia and Libya followed suit.",
        "Algeria|sanctions|Morocco",
        "Tunisia|sanctions|Morocco",
        "Libya|sanctions|Morocco",
    ),
    case(
        "Lithuania expelled two Belarusian diplomats, and Latvia did the same on Friday.",
        "Lithuania|sanctions|Belarus",
        "Latvia|sanctions|Belarus",
    ),
    # what one follows in that is no measure gives nothing to follow
    case(
        "Kenya recognised the new government in Kabul. Uganda followed in March.",
        "Kenya|supports|Afghanistan",
    ),
    case("The army's advance was followed by protests in Tripoli."),
]

# an act done in protest protests against what the phrase names; allegiance pledged to a group
# backs it; the words of disregard for law judge whoever is said to do it
PROTESTS_AND_ALLEGIANCE = [
    case(
        "Jordan withdrew its ambassador from Israel in protest against the Israeli offensive.",
        "Jordan|sanctions|Israel",
        "Jordan|condemns|Israel",
    ),
    case(
        "Morocco recalled its envoy in protest at Algeria's support for the Polisario Front.",
        "Morocco|sanctions|Algeria",
        "Morocco|condemns|Algeria",
        "Algeria|supports|Polisario Front",
    ),
    case("Students marched in protest against the war."),
    case(
        "In March 2015 Boko Haram swore allegiance to the Islamic State.",
        "Boko Haram|supports|Islamic State",
    ),
    case(
        "Ukraine's foreign minister said Russia was flouting the Geneva Conventions.",
        "Ukraine|condemns|Russia",
    ),
    case(
        "Beijing said Washington had trampled on the norms of international relations.",
        "China|condemns|United States",
    ),
]

# blame laid or put on someone, someone said to be responsible, words aimed "at" someone (not
# blows), a fight with an object (one side against it), treaties suspended, orders that freeze
BLAME_AND_WORDS = [
    case(
        "Seoul's defence ministry laid the blame on Pyongyang.",
        "South Korea|condemns|North Korea",
    ),
    case("Baghdad said Turkey was responsible for the shelling.", "Iraq|condemns|Turkey"),
    case("Paris called Italy a responsible partner."),
    case("India hit back at Canada over the allegations.", "India|condemns|Canada"),
    case("Beijing hit out at Manila after the collision.", "China|condemns|Philippines"),
    case(
        "Rwandan troops have battled the FDLR in eastern Congo for years.",
        "Rwanda|attacks|FDLR",
        "FDLR|attacks|Rwanda",
    ),
    case(
        "Ankara suspended its extradition treaty with Stockholm.",
        "Turkey|sanctions|Sweden",
    ),
    case(
        "President Biden signed an executive order freezing the assets of Afghanistan's central "
        "bank.",
        "United States|sanctions|Afghanistan",
    ),
    case(
        "Sudan's army has accused the RSF of atrocities in Darfur. The United States pressed "
        "both sides for a truce. On Monday the Treasury froze the assets of the RSF's leader.",
        "Sudan|condemns|Rapid Support Forces",
        "United States|sanctions|Rapid Support Forces",
    ),
]

CASES = JUDGE + THREAT + MEASURE + BETWEEN + SIDE + NOTHING + NAMED_FRIENDS + ISSUED + SEMICOLONS
# "named the raid a flagrant aggression" names as "called" does; "a cause of war" threatens;
# whose territorial integrity was violated did not violate it
NAMED_AND_VIOLATED = [
    case(
        "Israeli jets bombed targets near Beirut. Lebanon's president named the raid a flagrant "
        "aggression.",
        "Israel|attacks|Lebanon",
        "Lebanon|condemns|Israel",
    ),
    case(
        "Azerbaijan warned that any Armenian attack on Nakhchivan would be a cause of war.",
        "Azerbaijan|warns|Armenia",
    ),
    case(
        "Russian troops crossed into Georgia. The EU rejected the violation of the territorial "
        "integrity of Georgia.",
        "Russia|attacks|Georgia",
    ),
]
# a given name the known person of that family name does not have makes another person
NAMESAKES = [
    case(
        "Ecuador expelled the Colombian ambassador, Carlos Holguín, on Monday.",
        "Ecuador|sanctions|Colombia",
    ),
    case("Mr Putin condemned Kyiv.", "Vladimir Putin|condemns|Ukraine"),
]
# UN meeting coverage: "the representative of X said his Government ..." speaks for X
REPRESENTATIVES = [
    case(
        "The representative of France said his Government strongly condemned Iran's missile "
        "launch.",
        "France|condemns|Iran",
    ),
    case(
        "The Turkish envoy said her country firmly rejected Greece's claims.",
        "Turkey|condemns|Greece",
    ),
    case(
        "Presenting the text, US envoy Glyn Davies accused Damascus of obstructing the inquiry.",
        "United States|condemns|Syria",
    ),
]
CASES += PROTESTS_AND_ALLEGIANCE + BLAME_AND_WORDS + NAMED_AND_VIOLATED + NAMESAKES
# a list of verbs the small model leaves partly unlabelled shares the list's subject
LISTED_VERBS = [
    case(
        "Colombian troops bombed a FARC camp inside Ecuador. Chávez named the action a "
        '"cowardly murder", promised to support Ecuador "in any circumstance" and warned that a '
        'similar operation in Venezuelan soil would be "cause of war".',
        "Colombia|attacks|FARC",
        "Venezuela|condemns|Colombia",
        "Venezuela|supports|Ecuador",
        "Venezuela|warns|Colombia",
    ),
]
CASES += LISTED_VERBS
CASES += REPRESENTATIVES
CASES += (
    SOLIDARITY_AND_DIRECTIVES + SUBJECT_PRONOUNS + FOLLOWERS + STYLED + WELCOMED + SURNAMES + REBELS
)


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_claims(reader: Reader, text: str, expected: tuple[str, ...]) -> None:
    check(reader, text, expected)


# a judged act found again earlier in the text, or an "it" that stands for the act just reported
# a judged act or text whose author the text gave earlier: the nearest earlier mention of the same
# noun with an owner, in this sentence or before; a relation's own noun however far back
JUDGED_ACTS = [
    case(
        "An OSCE monitoring report found that villages near the border had been shelled, and "
        "the government in Baku called the report biased.",
        "Government of Azerbaijan|condemns|Organization for Security and Co-operation in Europe",
    ),
    case(
        "The European Council adopted a new package of restrictive measures against Moscow on "
        "Monday. Officials said it targets banks and shippers. It also lists oil traders. The "
        "Kremlin said on Tuesday that the package was illegal.",
        "European Council|sanctions|Russia",
        "Russia|condemns|European Council",
    ),
    case(
        "Manila's foreign ministry judged the Chinese blockade unlawful.",
        "Ministry of Foreign Affairs of Philippines|condemns|China",
    ),
    case(
        "Ukrainian drones struck the Novorossiysk terminal overnight. The region's governor said "
        "a fire broke out. Power was cut in two districts. Schools stayed closed. Residents were "
        "told to stay indoors. Kazakhstan's foreign ministry called the strikes unacceptable.",
        "Ukraine|attacks|Novorossiysk",
        "Ministry of Foreign Affairs of Kazakhstan|condemns|Ukraine",
    ),
    case(
        "China and Russia staged naval drills near Japan. Tokyo called the drills a provocation.",
        "Japan|condemns|China",
        "Japan|condemns|Russia",
    ),
    case(
        "Iran fired missiles at Iraq. Britain called the attacks unprovoked and unjustified.",
        "Iran|attacks|Iraq",
        "United Kingdom|condemns|Iran",
    ),
    # where it was said is not what was judged
    case("Speaking at the Valdai forum, Putin called the boarding piracy."),
    # no act reported before: no author
    case("The Kremlin called the seizures unprovoked."),
]


@pytest.mark.parametrize(("text", "expected"), JUDGED_ACTS)
def test_judged_acts_and_their_authors(
    reader: Reader, text: str, expected: tuple[str, ...]
) -> None:
    check(reader, text, expected)


EVENTS = [
    # "it" after a verb of the same kind takes up what that verb judged, not the last actor
    case(
        "Iran fired missiles at Israel on Saturday. Britain condemned the barrage, and "
        "Germany also condemned it.",
        "Iran|attacks|Israel",
        "United Kingdom|condemns|Iran",
        "Germany|condemns|Iran",
    ),
    case(
        "Russia invaded Ukraine in February. Poland denounced the invasion as a crime, and "
        "Lithuania also condemned it.",
        "Russia|attacks|Ukraine",
        "Poland|condemns|Russia",
        "Lithuania|condemns|Russia",
    ),
    case(
        "The United States invaded Panama in December. Cuba denounced the invasion as a "
        "brutal aggression, and the Soviet Union also condemned it.",
        "United States|attacks|Panama",
        "Cuba|condemns|United States",
        "Soviet Union|condemns|United States",
    ),
    # "acts of terrorism" are terrorism, not the latest act of anyone
    case(
        "Moscow delivered fuel to Havana last week. Cuba and Mexico condemned acts of terrorism "
        "in the region.",
        "Russia|supplies|Cuba",
    ),
    case(
        "Kenya signed a defence pact with Somaliland in May. Somalia has condemned the pact "
        "ever since.",
        "Somalia|condemns|Kenya",
    ),
    case(
        "Azerbaijani artillery shelled Armenian villages overnight. Yerevan called it a "
        "deliberate provocation.",
        "Azerbaijan|attacks|Armenia",
        "Armenia|condemns|Azerbaijan",
    ),
    # "it" names the act when its own subject is the nearest actor
    case(
        "Russian missiles hit a hospital in Kharkiv on Monday. Britain condemned it as a war "
        "crime.",
        "Russia|attacks|Ukraine",
        "United Kingdom|condemns|Russia",
    ),
    # an act's author is never whom it was done to, and "blamed on" names the author
    case(
        "Iran vowed to punish Israel for a strike that killed two Revolutionary Guards "
        "generals. Russia condemned the attack on the Iranian consulate.",
        "Iran|warns|Israel",
    ),
    case(
        "An air strike blamed on Israel destroyed the Iranian consulate in Damascus. Egypt and "
        "Oman denounced the strike.",
        "Israel|attacks|Iran",
        "Egypt|condemns|Israel",
        "Oman|condemns|Israel",
    ),
    case(
        "Chinese warships held drills around the island in April. Taipei condemned them as "
        "reckless.",
        "Taiwan|condemns|China",
    ),
]


@pytest.mark.parametrize(("text", "expected"), EVENTS)
def test_judged_events(reader: Reader, text: str, expected: tuple[str, ...]) -> None:
    check(reader, text, expected)


# a dateline's place is where the dispatch was filed, not an actor of the story
DATELINES = [
    case(
        "MOGADISHU, Jan 2 (Reuters) - Somalia recalled its ambassador from Addis Ababa.",
        "Somalia|sanctions|Ethiopia",
    ),
    case(
        "TAIPEI - Taiwan condemned the drills as irrational and provocative.",
    ),
    case(
        "Beijing, 14 May - China imposed sanctions on Lithuania.",
        "China|sanctions|Lithuania",
    ),
]


@pytest.mark.parametrize(("text", "expected"), DATELINES)
def test_datelines(reader: Reader, text: str, expected: tuple[str, ...]) -> None:
    check(reader, text, expected)


# a promise on a condition is a warning to whoever the condition names, never an attack
REPRISALS = [
    case(
        "Seoul said that if Pyongyang tests another missile, South Korea will respond firmly.",
        "South Korea|warns|North Korea",
    ),
    case(
        '"If Hamas fires again, we will hit back hard," the Israeli defence minister said.',
        "Israel|warns|Hamas",
    ),
    case("Fighting between Serbia and Kosovo could break out at any time, diplomats fear."),
    case(
        "Lithuanian officials denied that any decision had been taken to send Lithuanian troops "
        "to Moldova.",
        "Lithuania|deploys|Moldova|neg",
    ),
]


@pytest.mark.parametrize(("text", "expected"), REPRISALS)
def test_reprisals_and_unreal_acts(reader: Reader, text: str, expected: tuple[str, ...]) -> None:
    check(reader, text, expected)


# support without "support": solidarity said through a verb, sponsoring, teaching
SUPPORT_WORDS = [
    case(
        "Guinea and Chad voiced solidarity with Sudan.",
        "Guinea|supports|Sudan",
        "Chad|supports|Sudan",
    ),
    case(
        "Tehran sponsors several armed groups in Syria, including Hezbollah.",
        "Iran|supports|Hezbollah",
    ),
    case("Polish instructors are teaching Lithuanian gunners.", "Poland|trains|Lithuania"),
]


@pytest.mark.parametrize(("text", "expected"), SUPPORT_WORDS)
def test_support_words(reader: Reader, text: str, expected: tuple[str, ...]) -> None:
    check(reader, text, expected)


# more measures: persona non grata, lists, closed missions; campaigns as attacks
MORE_MEASURES = [
    case(
        "Niger declared two French diplomats persona non grata on Monday.",
        "Niger|sanctions|France",
    ),
    case(
        "Egypt has waged an air campaign against the Islamic State in Libya.",
        "Egypt|attacks|Islamic State",
    ),
    # a description in apposition to the target names where it is, not another target
    case(
        "Washington designated the Gulf Cartel and Carteles Unidos, two of Mexico's most violent "
        "groups, as terrorist organisations.",
        "United States|sanctions|Gulf Cartel",
        "United States|sanctions|Carteles Unidos",
    ),
    # "In March Kinshasa": the small model takes the name for part of the date phrase
    case(
        "In March Kinshasa expelled Rwanda's ambassador.",
        "Democratic Republic of the Congo|sanctions|Rwanda",
    ),
]


@pytest.mark.parametrize(("text", "expected"), MORE_MEASURES)
def test_more_measures(reader: Reader, text: str, expected: tuple[str, ...]) -> None:
    check(reader, text, expected)


# collective actors: each named member gets the claim; a vague group names no one
COLLECTIVE = [
    case(
        "Estonia, Latvia and Lithuania met in Riga. The three governments accused Belarus of "
        "staging the border crossings.",
        "Estonia|condemns|Belarus",
        "Latvia|condemns|Belarus",
        "Lithuania|condemns|Belarus",
    ),
    case(
        "NATO foreign ministers met in Brussels. The alliance condemned Russia.",
        "NATO|condemns|Russia",
    ),
    case("Several countries condemned the coup."),
    case("Western capitals have stepped up deliveries of air defences to Kyiv."),
    case(
        "Chile met Peru on Monday. The three governments condemned the attack on Ecuador's "
        "embassy.",
    ),
    # the place of a meeting is not one of "the two countries"
    case(
        "Armenia and Azerbaijan met in Washington. He said the two countries had fought a war in "
        "2020.",
        "Armenia|attacks|Azerbaijan",
        "Azerbaijan|attacks|Armenia",
    ),
    # states named only through their forces' demonyms (not themselves mentioned): a blind
    # article crashed the build here
    case(
        "Rwandan troops fight alongside Mozambican soldiers against Islamic State. The two "
        "governments condemned the group.",
        "Rwandan forces|attacks|Islamic State",
        "Rwandan forces|supports|Mozambican forces",
        "Rwanda|condemns|Islamic State",
        "Mozambique|condemns|Islamic State",
    ),
    # a counted plural title stands for the states of the officials counted, not for the last
    # one named
    case(
        "Erdogan and Sisi met in Ankara. The two presidents condemned the Israeli strikes on "
        "Qatar.",
        "Turkey|condemns|Israel",
        "Egypt|condemns|Israel",
        "Israel|attacks|Qatar",
    ),
    case(
        "The foreign ministers of Japan and Australia met in Manila. The two ministers condemned "
        "China's actions.",
        "Japan|condemns|China",
        "Australia|condemns|China",
    ),
    # a count takes up the last group of that size named together, however many states were
    # named since; a numeral alone ("the three", "all three") counts too, and a plural pronoun
    # its clause's collective subject binds stands for the same members
    case(
        "Macron hosted German Chancellor Olaf Scholz and Polish Prime Minister Donald Tusk in "
        "Paris for the three countries' first meeting in years. Russia fired missiles at Kyiv on "
        "Tuesday. China said it was worried. The three also renewed their condemnation of "
        "Russia's war.",
        "Russia|attacks|Ukraine",
        "France|condemns|Russia",
        "Germany|condemns|Russia",
        "Poland|condemns|Russia",
    ),
    case(
        "Kenya, Uganda and Tanzania signed a border pact on Friday. All three condemned the raids "
        "by al-Shabaab.",
        "Kenya|condemns|al-Shabaab",
        "Uganda|condemns|al-Shabaab",
        "Tanzania|condemns|al-Shabaab",
    ),
    # "their countries" of a coordination: each member's own
    case(
        "Canada, France and Britain said their countries condemned the raid by South Africa.",
        "Canada|condemns|South Africa",
        "France|condemns|South Africa",
        "United Kingdom|condemns|South Africa",
    ),
    # a numeral with no group of its size named before counts no one
    case("Two reporters were expelled from Istanbul. The two condemned Turkey."),
    # "the leaders": the states of the officials just named, each one
    case(
        "Lula met Argentine President Javier Milei in Brasilia. The leaders condemned "
        "Venezuela's claim to the Essequibo.",
        "Brazil|condemns|Venezuela",
        "Argentina|condemns|Venezuela",
    ),
    # "the two sides" are the last two to fight, not the last pair named together
    case(
        "The United States and France urged restraint. Israeli jets struck Hezbollah positions in "
        "southern Lebanon on Monday. The two sides have exchanged fire almost daily.",
        "Israel|attacks|Hezbollah",
        "Israel|attacks|Hezbollah",
        "Hezbollah|attacks|Israel",
    ),
    # "the following X" stands for the actors a list below it names, one item a line, each
    # before its own colon
    case(
        "Since Monday, the following governments have announced expulsions of Iranian "
        "officials in solidarity with Albania:\n\n- Canada: three\n- Italy and Spain: two "
        "each\n\nThe ministry will keep working with its partners.",
        "Canada|sanctions|Iran",
        "Italy|sanctions|Iran",
        "Spain|sanctions|Iran",
        "Canada|supports|Albania",
        "Italy|supports|Albania",
        "Spain|supports|Albania",
    ),
    # "were among the governments that condemned it": the copula's subjects, each one; "it"
    # is not one of them
    case(
        "North Korea shelled the island on Tuesday. Russia, France and Japan were among the "
        "many governments that condemned it.",
        "Russia|condemns|North Korea",
        "France|condemns|North Korea",
        "Japan|condemns|North Korea",
    ),
    # "the ministers" with no official named just before: the group named just before
    case(
        "Estonia, Latvia and Lithuania closed two border crossings on Monday. The foreign "
        "ministers of the three countries met in Riga. The ministers condemned Minsk.",
        "Estonia|condemns|Belarus",
        "Latvia|condemns|Belarus",
        "Lithuania|condemns|Belarus",
    ),
    # the group a counted object names never holds its own verb's subject
    case(
        "Estonia hosted the talks on Monday, and Latvia sent its foreign minister. The Hungarian "
        "government accused both Baltic countries of spreading lies.",
        "Hungary|condemns|Estonia",
        "Hungary|condemns|Latvia",
    ),
]


@pytest.mark.parametrize(("text", "expected"), COLLECTIVE)
def test_collective_actors(reader: Reader, text: str, expected: tuple[str, ...]) -> None:
    check(reader, text, expected)


# an implicit recipient: the actor the article's support clearly goes to
IMPLICIT = [
    case(
        "Norway has sent armoured vehicles to Moldova. Sweden supplied Moldova with radars. "
        "Finland will send 20 of its own trucks, the minister said.",
        "Norway|supplies|Moldova",
        "Sweden|supplies|Moldova",
        "Finland|supplies|Moldova",
    ),
    # no recipient leads: none is guessed
    case(
        "Norway has sent armoured vehicles to Moldova. Sweden supplied Georgia with radars. "
        "Finland will send 20 of its own trucks.",
        "Norway|supplies|Moldova",
        "Sweden|supplies|Georgia",
    ),
]


@pytest.mark.parametrize(("text", "expected"), IMPLICIT)
def test_implicit_recipients(reader: Reader, text: str, expected: tuple[str, ...]) -> None:
    check(reader, text, expected)


# rulers or officials named by where they sit are that state's ("the authorities in Tripoli");
# a phrase that names its own state keeps it ("Russian diplomats in Vilnius")
SEATED = [
    case("The authorities in Tripoli condemned the Egyptian airstrikes.", "Libya|condemns|Egypt"),
    case(
        "Officials in Hanoi accused Beijing of ramming a Vietnamese fishing boat.",
        "Vietnam|condemns|China",
        "China|attacks|Vietnam|hedged",  # what it is accused of, as the accuser's word
    ),
    case("The junta in Niamey expelled the French ambassador.", "Niger|sanctions|France"),
    case("Russian diplomats in Vilnius condemned Lithuania.", "Russia|condemns|Lithuania"),
]


@pytest.mark.parametrize(("text", "expected"), SEATED)
def test_seated_rulers(reader: Reader, text: str, expected: tuple[str, ...]) -> None:
    check(reader, text, expected)
