"""condemns, attacks, sanctions, warns: one actor against another."""

from __future__ import annotations

import pytest

from tests.graph.extract.cases import Reader, case, check

CONDEMNS = [
    # "the junta": the state the text has been about, not a supplier named beside it
    case(
        "Guinea's army seized power in 2021. Russia and Turkey have sold drones to the junta.",
        "Russia|supplies|Guinea",
        "Turkey|supplies|Guinea",
    ),
    case(
        "Niger's military rulers expelled French troops. Algeria has condemned the junta.",
        "Algeria|condemns|Niger",
    ),
    # "what X called an attack": the condemner's word for the act, whose author is the agent
    # found in the text, never the one who named it
    case(
        "Russia struck Kyiv overnight. Poland denounced what it called a barbaric attack.",
        "Russia|attacks|Ukraine",
        "Poland|condemns|Russia",
    ),
    # the nouns of violent acts stand for the attack told before: a massacre, an atrocity,
    # an act of terrorism, a murder, a hijacking
    case(
        "Al-Shabaab gunmen attacked a hotel in Nairobi on Tuesday. Britain condemned the massacre.",
        "al-Shabaab|attacks|Kenya",
        "United Kingdom|condemns|al-Shabaab",
    ),
    case(
        "Al-Shabaab gunmen attacked a hotel in Nairobi. Japan condemned the act of terrorism.",
        "al-Shabaab|attacks|Kenya",
        "Japan|condemns|al-Shabaab",
    ),
    # a murder stands only for a killing told with its verb, not for the latest strike
    case(
        "Jordanian jets struck Islamic State depots in Syria on Thursday. The United States"
        " condemned the murder of the pilot.",
        "Jordan|attacks|Islamic State",
    ),
    # a town the gazetteer does not list by hand lies in its state (towns.tsv), even where the
    # tagger took its name for a person's; a name towns of several states share, in the one the
    # text names, or in none
    case(
        "Al-Shabaab gunmen attacked a university in Garissa, killing 148 students.",
        "al-Shabaab|attacks|Kenya",
    ),
    case(
        "Egyptian police said Islamic State gunmen attacked a church in Alexandria.",
        "Islamic State|attacks|Egypt",
    ),
    case("Islamic State gunmen attacked a church in Alexandria."),
    # a transcript's speakers, and the one a speaker addresses, are no subjects: the claimant
    # of the attack is its author when the condemnation comes
    case(
        "PRESENTER: Who is behind this?\n\nKIPRONO: Al-Shabaab, the Somalia-based militant group,"
        " claimed the attack while the shooting went on.\n\nCHEBET: Amina, the United States"
        " condemned the attack in the strongest terms.",
        "United States|condemns|al-Shabaab",
    ),
    # an event condemned in place of its agent: whoever carried out the last such event
    case(
        "Sudanese jets bombed Chadian border posts on Monday. Kenya condemned the strikes.",
        "Sudan|attacks|Chad",
        "Kenya|condemns|Sudan",
    ),
    case(
        "Russia deployed 3,000 soldiers to Belarus in March. Lithuania denounced the deployment.",
        "Russia|deploys|Belarus",
        "Lithuania|condemns|Russia",
    ),
    case(
        "Azerbaijan accused Armenian units of shelling its posts. Canada criticised the attacks.",
        "Azerbaijan|condemns|Armenia",
        "Armenia|attacks|Azerbaijan|hedged",  # "its posts": the accuser's
    ),
    case(
        "France condemned Israel's strikes on Lebanon.",
        "France|condemns|Israel",
        "Israel|attacks|Lebanon",
    ),
    case(
        "China denounced the US arms sales to Taiwan.",
        "China|condemns|United States",
        "United States|supplies|Taiwan",
    ),
    case(
        "Armenia accused Azerbaijan of shelling Armenian villages.",
        "Armenia|condemns|Azerbaijan",
        "Azerbaijan|attacks|Armenia|hedged",
    ),
    case(
        "Germany criticised Iran for supplying drones to Russia.",
        "Germany|condemns|Iran",
        "Iran|supplies|Russia",
    ),
    case(
        "The European Union strongly condemned North Korea's missile launches.",
        "European Union|condemns|North Korea",
    ),
    case(
        "Beijing rebuked Manila for its cooperation with Washington.", "China|condemns|Philippines"
    ),
    case(
        "The White House condemned the Houthi attacks on shipping.",
        "United States|condemns|Houthis",
    ),
    case("The condemnation of Russia by the G7 was unanimous.", "G7|condemns|Russia"),
]

ATTACKS = [
    # the forces "of" states listed are each state's
    case(
        "The armed forces of the United States and the United Kingdom conducted strikes against"
        " the Houthis.",
        "United States|attacks|Houthis",
        "United Kingdom|attacks|Houthis",
    ),
    # what was struck lies in a state; the dead, in translated words
    case(
        "Homes in Maseru were attacked by South African commandos.", "South Africa|attacks|Lesotho"
    ),
    case("The Iranian diplomats were martyred by Taliban forces.", "Taliban|attacks|Iran"),
    # some of a band killed: the band, named before by the noun of its deed
    case(
        "Al-Shabaab gunmen stormed the mall. Kenyan troops killed four of the attackers.",
        "Kenya|attacks|al-Shabaab",
    ),
    case("Kenyan troops killed four of the militants of al-Shabaab.", "Kenya|attacks|al-Shabaab"),
    # a passive act done in another act of its relation takes that act's agent; the strike near
    # Tyre is on Hezbollah, which operates there, not on Lebanon
    case(
        "A Hezbollah commander was killed in an Israeli strike near Tyre.",
        "Israel|attacks|Hezbollah",
    ),
    # claiming an attack is owning it
    case(
        "The Houthis claimed responsibility for the missile attack on Israel.",
        "Houthis|attacks|Israel",
    ),
    case("Al-Shabaab claimed the attack on Kenyan troops.", "al-Shabaab|attacks|Kenyan forces"),
    case("Israel struck Hezbollah positions in southern Lebanon.", "Israel|attacks|Hezbollah"),
    case(
        "Houthi rebels fired missiles at a US destroyer in the Red Sea.",
        "Houthis|attacks|United States",
    ),
    case(
        "Ukrainian drones hit an oil refinery in Russia's Bryansk region.", "Ukraine|attacks|Russia"
    ),
    case("Russian forces launched a massive attack on Kharkiv.", "Russia|attacks|Ukraine"),
    case(
        "Azerbaijan launched an offensive against Armenian forces in Nagorno-Karabakh.",
        "Azerbaijan|attacks|Armenia",
    ),
    case("Kyiv was bombarded by Russian missiles overnight.", "Russia|attacks|Ukraine"),
    case(
        "M23 rebels attacked the Congolese army near Goma.",
        "M23|attacks|Democratic Republic of the Congo",
    ),
    case("Israeli airstrikes on Gaza killed dozens of people.", "Israel|attacks|Palestine"),
    case("Sudan's army shelled RSF positions in Khartoum.", "Sudan|attacks|Rapid Support Forces"),
    case(
        "Chinese coast guard vessels fired water cannon at Philippine ships.",
        "China|attacks|Philippines",
    ),
    case(
        "Pakistan carried out airstrikes in Afghanistan on Monday.", "Pakistan|attacks|Afghanistan"
    ),
    case(
        "American and British warplanes struck Houthi targets in Yemen.",
        "United States|attacks|Houthis",
        "United Kingdom|attacks|Houthis",
    ),
    case(
        "The Houthis fired an anti-ship missile at the USS Carney, a US destroyer.",
        "Houthis|attacks|United States",
    ),
    # a ship's prefix names its navy whatever the tagger took the name for
    case("The Houthis fired a missile at HMS Diamond.", "Houthis|attacks|United Kingdom"),
    case("The Houthis fired a missile at HMAS Toowoomba.", "Houthis|attacks|Australia"),
    case(
        "Saudi Arabia, which fought the Houthis for years, called for restraint.",
        "Saudi Arabia|attacks|Houthis",
        "Houthis|attacks|Saudi Arabia",  # a war fought is fought both ways
    ),
    case(
        "The M23 seized Goma in January. The rebels later shelled the airport.",
        "M23|attacks|Democratic Republic of the Congo",
        xfail="'the airport' names no place; the place is Goma from the sentence before",
    ),
    case(
        "Ukraine used American ATACMS missiles to strike a Russian airfield in Crimea.",
        "Ukraine|attacks|Russia",
    ),
    case(
        "Israel's military said it had struck Hezbollah targets overnight.",
        "Israel|attacks|Hezbollah",
    ),
    case(
        "Hezbollah said its fighters had fired rockets at Israeli positions.",
        "Hezbollah|attacks|Israel",
    ),
    case(
        "The Russian defence ministry said its forces had struck Ukrainian energy facilities.",
        "Russia|attacks|Ukraine",
    ),
    case("Russia invaded Ukraine in February 2022.", "Russia|attacks|Ukraine"),
]

SANCTIONS = [
    # "warned his counterpart X": the named counterpart, not the possessive pronoun's referent
    case(
        "Spanish Foreign Minister Pablo Ortega warned his Moroccan counterpart Karim Benali that "
        "the border had to stay open.",
        "Spain|warns|Morocco",
    ),
    case(
        "The Polish minister warned his Belarusian counterpart, Viktor Sokol, against new "
        "provocations.",
        "Poland|warns|Belarus",
    ),
    # "the Shia movement": a description with a religious or ethnic modifier is the armed group
    # last named; "armed and funded X": the first conjunct shares the object
    case(
        "Hezbollah fired rockets at northern Israel. Iran has long funded the Shia group.",
        "Hezbollah|attacks|Israel",
        "Iran|pays|Hezbollah",
    ),
    case(
        "Pakistan has armed and trained the Taliban for decades.",
        "Pakistan|supplies|Taliban",
        "Pakistan|trains|Taliban",
    ),
    # "also supplying" with no recipient: the recipient of the claim just made
    case(
        "Germany delivered 18 tanks to Ukraine in March. Sweden and Finland are also supplying "
        "howitzers, the minister said.",
        "Germany|supplies|Ukraine",
        "Sweden|supplies|Ukraine",
        "Finland|supplies|Ukraine",
    ),
    case("Russia sent drones to Belarus. Iran is supplying missiles.", "Russia|supplies|Belarus"),
    # "give Ukraine parts": the parser makes the recipient a compound of the goods
    case(
        "Spain said it would give Ukraine parts for its air defence.",
        "Spain|supplies|Ukraine|hedged",
    ),
    # troops trained somewhere are trained by that state, not deployed to it
    case(
        "Hundreds of Ukrainian soldiers were trained in Britain last year.",
        "United Kingdom|trains|Ukraine",
    ),
    case("Russian troops train in Belarus.", "Russia|deploys|Belarus"),
    # a commander named alone stands for his armed group
    case(
        "Egypt has sent armoured vehicles to Haftar, according to diplomats.",
        "Egypt|supplies|Libyan National Army",
    ),
    # "targeted firms": economic measures, not strikes
    case(
        "The United States targeted 12 Chinese firms accused of helping Russia's military.",
        "United States|sanctions|China",
    ),
    case(
        "Britain on Tuesday hit three Iranian companies with new restrictions.",
        "United Kingdom|sanctions|Iran",
    ),
    case("The EU imposed new sanctions on Iran on Monday.", "European Union|sanctions|Iran"),
    case(
        "Washington sanctioned three Chinese companies for supplying Russia.",
        "United States|sanctions|China",
        "China|supplies|Russia",
    ),
    case(
        "Britain and Canada sanctioned Wagner Group commanders.",
        "United Kingdom|sanctions|Wagner Group",
        "Canada|sanctions|Wagner Group",
    ),
    case(
        "The Treasury Department blacklisted Houthi financiers.", "United States|sanctions|Houthis"
    ),
    case("Downing Street announced new sanctions against Iran.", "United Kingdom|sanctions|Iran"),
    case(
        "The EU, the UK and Canada imposed sanctions on Belarus.",
        "European Union|sanctions|Belarus",
        "United Kingdom|sanctions|Belarus",
        "Canada|sanctions|Belarus",
    ),
    case("Japan's sanctions against Russia remain in force.", "Japan|sanctions|Russia"),
    case("Venezuela has been under US sanctions since 2019.", "United States|sanctions|Venezuela"),
]

# a body suspending a member sanctions it; suspending a treaty sanctions no treaty, which is no
# actor; and aid suspended by two donors is their own, not one's against the other
SANCTIONS += [
    case(
        "The African Union suspended Madagascar on 20 March.", "African Union|sanctions|Madagascar"
    ),
    case(
        "The Commonwealth suspended Fiji after the coup.", "Commonwealth of Nations|sanctions|Fiji"
    ),
    case("India suspended the Indus Waters Treaty."),
    case("France and Germany, both major donors, have also suspended their development aid."),
    case("Britain and France have sanctioned their own citizens."),
]

# hostilities by taking ground or killing: "recaptured X from Y", "stormed", "killed Y's leader";
# "killed the deal" kills no one
TAKING = [
    case(
        "Sudanese army troops recaptured the town of Wad Madani from the RSF.",
        "Sudan|attacks|Rapid Support Forces",
    ),
    case("Houthi gunmen killed two Saudi border guards.", "Houthis|attacks|Saudi Arabia"),
    case("The tariff war killed the trade deal between China and Australia."),
    case(
        "Al-Shabaab militants overran an Ethiopian base in Somalia.",
        "al-Shabaab|attacks|Ethiopia",
    ),
]

# hostile military acts of every kind are attacks: overwhelming a garrison, retaking ground
# from its holder, sinking, besieging, occupying a state; "bombing against X" as "bombing of X";
# an adjectival participle names no attacker ("in occupied Crimea")
TAKING += [
    case("Russian paratroopers overwhelmed the Georgian garrison.", "Russia|attacks|Georgia"),
    case("Azerbaijani troops retook Shusha from Armenian forces.", "Azerbaijan|attacks|Armenia"),
    case("An Argentine submarine sank a British frigate.", "Argentina|attacks|United Kingdom"),
    case("The Indian patrol boat was sunk by a Pakistani torpedo.", "Pakistan|attacks|India"),
    case("Iraq occupied Kuwait in August 1990.", "Iraq|attacks|Kuwait"),
    case(
        "Serb forces besieged Bosnian government troops in Gorazde.",
        "Serbia|attacks|Bosnia and Herzegovina",
    ),
    case(
        "Britain's bombing against Libya went on for seven months.", "United Kingdom|attacks|Libya"
    ),
    case("Kyiv opened a consulate for Ukrainians in occupied Crimea."),
]

# "after X launched ...": the small model may make the subject the conjunction's object; it is
# still the clause's subject, not the main clause's
TAKING += [
    case(
        "Two days after Azerbaijan launched a military offensive on Armenia, the foreign "
        "ministers of Turkey and Georgia met in the Security Council.",
        "Azerbaijan|attacks|Armenia",
    ),
]

# stopping shipments to a state is a measure against it, and no supply; units fighting alongside
# one side are its allies, not each other's enemies
TAKING += [
    case(
        "Algeria halted gas deliveries to Spain.",
        "Algeria|sanctions|Spain",
        "Algeria|supplies|Spain|neg",
    ),
    case("Libya cut oil supplies to Italy.", "Libya|sanctions|Italy"),
    case("Saudi Arabia cut oil output."),
    case("India stopped short of criticising Saudi Arabia, a leading oil supplier."),
    # halting arms to a friend is no measure against it
    case(
        "Tehran agreed to halt covert arms shipments to Hezbollah.",
        "Iran|supplies|Hezbollah|neg",
    ),
    case(
        "Qatar announced a halt to gas exports to the Emirates.",
        "Qatar|sanctions|United Arab Emirates",
    ),
    case(
        "Chadian and Nigerien units fought alongside Malian troops.",
        "Chad|supports|Mali",
        "Niger|supports|Mali",
    ),
]

# forces moving into another state attack it ("troops crossed into Georgia"); people, goods,
# and forces on exercises or invited do not
TAKING += [
    case("Turkish troops crossed into northern Iraq on Sunday.", "Turkey|attacks|Iraq"),
    case("Eritrean tanks and soldiers rolled into Ethiopia.", "Eritrea|attacks|Ethiopia"),
    case(
        "Rwandan forces pushed into the Democratic Republic of Congo.",
        "Rwanda|attacks|Democratic Republic of the Congo",
    ),
    case("Thousands of Afghan refugees crossed into Iran."),
    case("Western ammunition poured into Ukraine."),
    case("Belarusian troops crossed into Russia for joint exercises."),
    case("Kenyan peacekeepers rolled into Haiti."),
    case("A Russian fighter jet crossed into Finnish airspace."),
]

# a reciprocal object is each subject for the others: "accused each other", "fired at one another"
RECIPROCAL = [
    case(
        "Ethiopia and Eritrea accused each other of shelling the border town.",
        "Ethiopia|condemns|Eritrea",
        "Eritrea|condemns|Ethiopia",
    ),
    case(
        "Thai and Cambodian troops fired at one another near the temple.",
        "Thailand|attacks|Cambodia",
        "Cambodia|attacks|Thailand",
    ),
]

# naming an act as an attack judges it, it reports no attack ("called the drills an attack on
# its sovereignty"); an act reported with no actor acted on can still be condemned later
NAMING = [
    case(
        "Caracas called the US naval drills an attack on its sovereignty.",
        "Venezuela|condemns|United States",
    ),
    case(
        "Somalia called the port deal an assault on its sovereignty.",
    ),
    case(
        "North Korea fired two cruise missiles off its west coast. Seoul condemned the launch.",
        "South Korea|condemns|North Korea",
    ),
    case(
        "Israeli Defence Minister Israel Katz ordered what he called forceful strikes on Tehran.",
        "Israel|attacks|Iran",
    ),
    case(
        "Ethiopia denied sending troops to Somalia. Egypt condemned the deployment.",
        "Ethiopia|deploys|Somalia|neg",
    ),
]

# troops or a base beside a strike are not struck: "struck targets near US forces"
BESIDE = [
    case("Turkish drones struck targets near US forces in northern Syria."),
    # what is fired is no target: "launched Iranian-made drones at ..."
    case("Russia launched Iranian-made drones at Ukraine overnight.", "Russia|attacks|Ukraine"),
    # an attack there is no indication of, or whose suspension is announced, is none
    case(
        "Ryder said there was no indication Turkey had been intentionally targeting U.S. forces.",
        "Turkey|attacks|United States|neg",
    ),
    case(
        "Kataib Hezbollah announced the suspension of its military operations against the "
        "American forces.",
        "Kataib Hezbollah|attacks|United States|neg",
    ),
    case("Russian missiles struck near Kharkiv overnight.", "Russia|attacks|Ukraine"),
]

# who speaks: a pronoun spelled out by its appositive, an appositive after the noun's own
# modifiers; not a list member the parser hung on the subject from the far end of the sentence
SPEAKERS = [
    case("We, the leaders of the G7, condemn Iran's attack.", "G7|condemns|Iran"),
    case(
        "Under a new order, we are designating five groups as terrorist organisations: "
        "Tren de Aragua; Mara Salvatrucha; the Gulf Cartel; and Carteles Unidos.",
    ),
    case(
        "The attack on Kenyan troops was carried out by al-Shabaab militants.",
        "al-Shabaab|attacks|Kenya",
    ),
    case(
        "The raid on the Turkish base was conducted by the PKK.",
        "Kurdistan Workers' Party|attacks|Turkey",
    ),
    # a person the text places nowhere is no actor: the claim says nothing of who acts
    case("Under Secretary John Marlowe accused Russia of hiding the transfers."),
    case(
        "US Treasury Under Secretary John Marlowe accused Russia of hiding the transfers.",
        "United States|condemns|Russia",
    ),
]

WARNS = [
    case("The United States warned China against arming Russia.", "United States|warns|China"),
    case("Tehran warned Washington that it would retaliate.", "Iran|warns|United States"),
    case("Poland warned Belarus over the migrant crossings.", "Poland|warns|Belarus"),
    case(
        "The Chinese foreign ministry said the sale violated its sovereignty and warned "
        "Washington to stop arming the island.",
        "China|warns|United States",
    ),
    case(
        "Kim Jong Un threatened South Korea with nuclear strikes.", "North Korea|warns|South Korea"
    ),
    case("NATO issued a warning to Russia over its drone incursions.", "NATO|warns|Russia"),
    # warned not to misjudge or underestimate: the negation belongs to the warning
    case("Beijing warned that New Delhi should not misjudge China's resolve.", "China|warns|India"),
    case("Moscow warned that Kyiv would bear historical responsibility.", "Russia|warns|Ukraine"),
    case("China asserted that Japan would bear the consequences.", "China|warns|Japan"),
    case("Iran warned that Jordan would be the next target.", "Iran|warns|Jordan"),
    # "not hesitate" affirms; "respond to X", "retaliate against X" name the target
    case("Tehran said it will not hesitate to retaliate against Israel.", "Iran|warns|Israel"),
    # a threat with no target of its own is aimed at the speaker's adversary in the article
    case(
        "Poland closed its border with Belarus on Monday. Belarusian officials vowed that the "
        "move would not go unanswered.",
        "Belarus|warns|Poland",
        xfail="'closed its border' is no claim yet, so Belarus has no adversary in the text",
    ),
    case(
        "Britain froze the assets of two Russian banks. The Kremlin said such steps "
        "would be met with countermeasures.",
        "United Kingdom|sanctions|Russia",
        "Russia|warns|United Kingdom",
    ),
    case(
        "The ministry said the weather would improve and warned that fuel prices will rise.",
    ),
    # a deadline threatens whatever the tense; a threatened act is not done, it warns its target
    case(
        "Chad expelled two Sudanese diplomats and gave them 72 hours to leave the country.",
        "Chad|sanctions|Sudan",
        "Chad|warns|Sudan",
    ),
    case("Niger threatened to expel the French ambassador.", "Niger|warns|France"),
    # measures on companies are sanctions, not strikes; a lifted measure is none
    case("China hit units of Lockheed Martin in April.", "China|sanctions|Lockheed Martin"),
    case("Washington lifted its sanctions on Syria in June.", "United States|sanctions|Syria|neg"),
]

# punitive measures named by their effect: entry bars, ended agreements, broken relations, duties
# on a state's goods; and the governing verb's phrase names the target when the parse hangs it
# there ("imposed a duty on steel imports from Sweden"); "a US tariff" is the US's, not on it
MEASURES = [
    case(
        "Turkey imposed a 40 percent duty on steel imports from Sweden.",
        "Turkey|sanctions|Sweden",
    ),
    case(
        "Peru barred five Venezuelan officials from entering the country.",
        "Peru|sanctions|Venezuela",
    ),
    case(
        "Burkina Faso terminated its military cooperation agreement with France.",
        "Burkina Faso|sanctions|France",
    ),
    case(
        "Bolivia announced the rupture of diplomatic relations with Israel.",
        "Bolivia|sanctions|Israel",
    ),
    case("Brazil called the new US tariff unfair.", "Brazil|condemns|United States"),
    # diplomatic measures: envoys' movements restricted, a group declared a terrorist
    # organisation; a mission recalled in words is no envoy recalled
    case("We recall that the mission was monitored by Brazil."),
    case("Germany restricted the movements of Iranian diplomats.", "Germany|sanctions|Iran"),
    case(
        "Washington declared Harkat-ul-Ansar a terrorist organisation in 1997.",
        "United States|sanctions|Harkat-ul-Ansar",
    ),
    case("Russia declared Ukraine a terrorist state."),
]

# a nameless plural whose "of" lists actors stands for each of them
LISTED_OF = [
    case(
        "Russia struck a hospital in Kharkiv. The foreign ministers of Norway, Iceland and Denmark "
        "condemned the attack.",
        "Russia|attacks|Kharkiv Oblast",
        "Norway|condemns|Russia",
        "Iceland|condemns|Russia",
        "Denmark|condemns|Russia",
    ),
    case(
        "The presidents of Kenya and Uganda accused Sudan of arming the rebels.",
        "Kenya|condemns|Sudan",
        "Uganda|condemns|Sudan",
    ),
]

# threats by the measures or acts promised: "will take resolute measures against X", "reserves
# the right to respond", "threatened to suspend aid to X" (the recipient, not the donor's
# demonym), an act promised on a condition ("if ... enters our airspace, we will shoot it down")
PROMISED = [
    case(
        "Ottawa threatened to suspend Canadian development aid to Mali.",
        "Canada|warns|Mali",
    ),
    case(
        "Beijing said China would take resolute measures against Lithuania.",
        "China|warns|Lithuania",
    ),
    case(
        "If another Belarusian helicopter enters our airspace, we will shoot it down, the Latvian "
        "defence minister said.",
        "Latvia|warns|Belarus",
    ),
    case(
        "Romania will take mirror measures against Moscow, the foreign ministry said.",
        "Romania|warns|Russia",
    ),
    case(
        "Azerbaijani troops shelled Armenian positions on Monday. Yerevan said it reserves the "
        "right to respond.",
        "Azerbaijani forces|attacks|Armenia",
        "Armenia|warns|Azerbaijan",
    ),
]

# a statement's participle speaks for its issuers ("issued a joint statement condemning X"),
# each of them; hostilities named by a noun of conflict between two sides or an insurgency
# against one; a conflict judged improbable is none
STATEMENTS = [
    case(
        "Saudi Arabia, Egypt and Qatar issued a joint statement condemning Israel's strikes on "
        "Lebanon.",
        "Saudi Arabia|condemns|Israel",
        "Egypt|condemns|Israel",
        "Qatar|condemns|Israel",
        "Israel|attacks|Lebanon",
    ),
    case(
        "The General Assembly adopted a resolution condemning Russia's annexation of Crimea.",
        "United Nations General Assembly|condemns|Russia",
    ),
    case(
        "The conflict between Thailand and Cambodia flared again in July.",
        "Thailand|attacks|Cambodia",
        "Cambodia|attacks|Thailand",
    ),
    case(
        "Al-Shabaab has waged an insurgency against the Somali state since 2006.",
        "al-Shabaab|attacks|Somalia",
    ),
    case("A military confrontation between Egypt and Ethiopia remains improbable, experts say."),
    # ramming a vessel is an attack on its owner; armoured columns are forces that invade
    case(
        "Chinese coast guard vessels rammed two Vietnamese patrol boats near the rig.",
        "China Coast Guard|attacks|Vietnam",
    ),
    case(
        "Syrian armored columns crossed the border into Jordan on Friday.",
        "Syria|attacks|Jordan",
    ),
    # "opened fire on X": the subject of a light verb fires; a band is not the state it comes
    # from, an armed group's men are the group's
    case(
        "The Taliban opened fire on Pakistani border posts overnight.",
        "Taliban|attacks|Pakistan",
    ),
    case("Gunmen from Mali fired on a Nigerien army patrol near the border."),
    case(
        "Gunmen from Hezbollah's special forces fired on an Israeli patrol.",
        "Hezbollah|attacks|Israel",
    ),
    # the small model hangs the second side of "between A and B" on the verb after it (here
    # "forces" is the subject of "continued")
    case(
        "Fierce fighting between Azerbaijani troops and Armenian forces continued.",
        "Azerbaijani forces|attacks|Armenia",
        "Armenia|attacks|Azerbaijani forces",
    ),
    # a battle "with" someone that the clause's subject is in ("spent the night in", "engaged
    # in"); a possessor's war is the possessor's, not the clause subject's
    case(
        "The LRA spent the night in a six-hour gun battle with the Ugandan army.",
        "Lord's Resistance Army|attacks|Uganda",
        "Uganda|attacks|Lord's Resistance Army",
    ),
    case(
        "Ethiopia is in conflict with Eritrea.",
        "Ethiopia|attacks|Eritrea",
        "Eritrea|attacks|Ethiopia",
    ),
    case("Jordan declared its support for Iraq in its war with Iran.", "Jordan|supports|Iraq"),
]

# evaluative speech in words of its class (lexicon rows), by any verb of saying; an act is
# condemned for its author, never for whom it was done to
EVALUATIONS = [
    # displeasure voiced with an actor or its act; a protest registered with a body is lodged
    # there, not against it
    case("Iraq registered its protest with the United Nations."),
    case("The EU expressed its displeasure with Turkey.", "European Union|condemns|Turkey"),
    case(
        "China expressed strong dissatisfaction with the United States.",
        "China|condemns|United States",
    ),
    case(
        "Britain expressed disapproval of the Israeli settlements.",
        "United Kingdom|condemns|Israel",
    ),
    # judgements of harm and of worry
    case("Berlin said Iran's decision was disastrous.", "Germany|condemns|Iran"),
    case("The EU called China's export curbs deeply concerning.", "European Union|condemns|China"),
    # an agreement named again by another word: "a defence pact ... the agreement"
    case(
        "Russia signed a defence pact with Niger last month. France called the agreement"
        " destabilising.",
        "France|condemns|Russia",
    ),
    case(
        "Vietnam called Beijing's conduct at sea unprofessional.",
        "Vietnam|condemns|China",
    ),
    case(
        "Estonia stressed that Russia's actions were intolerable.",
        "Estonia|condemns|Russia",
    ),
    case(
        "Armenia said Azerbaijan's claims were wrong and politically motivated.",
        "Armenia|condemns|Azerbaijan",
    ),
    case(
        "Pakistan dismissed India's allegations as baseless.",
        "Pakistan|condemns|India",
    ),
    case("Rwanda has called the UN experts biased.", "Rwanda|condemns|United Nations"),
    case(
        "The US condemned what it described as escalatory and irresponsible actions by the "
        "People's Republic of China.",
        "United States|condemns|China",
    ),
    case("Russia called it an irresponsible decision by Germany.", "Russia|condemns|Germany"),
    case(
        "The United States determined in January that the RSF had committed genocide.",
        "United States|condemns|Rapid Support Forces",
    ),
    case(
        "Russian forces attacked Ukraine overnight. Moldova condemned the bombing of Ukrainian "
        "ports.",
        "Russia|attacks|Ukraine",
        "Moldova|condemns|Russia",
    ),
    case(
        "North Korea fired a ballistic missile on Sunday. South Korea's new sanctions on North "
        "Korea took effect on Monday. Australia condemned the launch and described it as a "
        "serious threat.",
        "South Korea|sanctions|North Korea",
        "Australia|condemns|North Korea",
    ),
]

# a place held by an actor, by a hyphenated participle or a "by" phrase, is the actor's: a strike
# there attacks it
HELD = [
    case(
        "Turkish drones struck targets in SDF-held areas around Hasakah.",
        "Turkey|attacks|Syrian Democratic Forces",
    ),
    case("Ukraine struck an airfield in Russian-occupied Crimea.", "Ukraine|attacks|Russia"),
    case("Russia struck targets in areas held by Ukraine.", "Russia|attacks|Ukraine"),
]

# an event condemned is the latest act of its kind done to the victim the text names, when it names
# one, not merely the latest act of its kind
VICTIMS = [
    case(
        "Iran fired missiles at Qatar on Monday. The US shot down several missiles over Iraq. "
        "Saudi Arabia condemned the strike on Qatar.",
        "Iran|attacks|Qatar",
        "United States|attacks|Iraq",
        "Saudi Arabia|condemns|Iran",
    ),
    case(
        "Iran fired missiles at Qatar on Monday. The US struck Iraq later. Saudi Arabia called "
        "the attack a violation of Qatari sovereignty.",
        "Iran|attacks|Qatar",
        "United States|attacks|Iraq",
        "Saudi Arabia|condemns|Iran",
    ),
]

# an act condemned as named by the condemner ("what it called an assault") is a judgement, no
# act of the condemner's; one whose author it names is that author's
NAMED_AND_CONDEMNED = [
    case("Egypt condemned what it called an unwarranted assault on Sudanese troops."),
    case(
        "NATO leaders condemned what they called Russia's barbaric missile attacks on Ukrainian "
        "cities.",
        "Russia|attacks|Ukraine",
        "NATO|condemns|Russia",
    ),
    case("Trump ordered what he called forceful strikes on Iran.", "United States|attacks|Iran"),
]

# private people killed in an attack are not their state: the attack is on whom it was aimed at
CIVILIAN_VICTIMS = [
    case(
        "Ivorian jets bombed the French base, killing nine French soldiers and an American"
        " civilian.",
        "Ivory Coast|attacks|France",
    ),
]

# an attack of words condemns: beside a verb of speech, with an adverb of it, in an utterance
VERBAL_ATTACKS = [
    case(
        "Beijing said Washington had slandered and attacked China over Xinjiang.",
        "United States|condemns|China",
        "China|condemns|United States",
    ),
    case("Erdogan verbally attacked Israel on Tuesday.", "Turkey|condemns|Israel"),
    case("Lukashenko attacked Poland in a televised address.", "Belarus|condemns|Poland"),
    case("Erdogan attacked Israel in a speech in Ankara.", "Turkey|condemns|Israel"),
    case("Hamas attacked Israel during the festival.", "Hamas|attacks|Israel"),
    case("Russia attacked Ukraine in a massive overnight strike.", "Russia|attacks|Ukraine"),
    # by what it hits: what an actor does or says; or by an adjective of words
    case(
        "Italy's prime minister resigned with a bitter attack on Washington's conduct.",
        "Italy|condemns|United States",
    ),
    case(
        "The chancellor of Germany attacked Poland's handling of the crisis.",
        "Germany|condemns|Poland",
    ),
    case(
        "Turkey's president launched a scathing attack on Sweden over the protests.",
        "Turkey|condemns|Sweden",
    ),
    case("Russian forces launched an attack on Ukrainian positions.", "Russia|attacks|Ukraine"),
]

# who carried out a condemned act: whoever its own phrase names, else the latest act told with
# the same word, with every one of its agents; an act in general has no author
EVENT_AUTHORS = [
    # "of" an armed body names the doer of a hostile act; "of" a place, the place hit
    case("France condemned the attacks of the Houthis.", "France|condemns|Houthis"),
    case("The UN condemned the shelling of Kharkiv."),
    case(
        "Israel shelled Gaza in May. Egypt condemned the raid that hit Rafah by Hamas fighters.",
        "Israel|attacks|Palestine",
        "Egypt|condemns|Hamas",
    ),
    case(
        "Venezuela imposed tariffs on Brazil. Argentina then condemned the measures adopted by "
        "Colombia.",
        "Venezuela|sanctions|Brazil",
        "Argentina|condemns|Colombia",
    ),
    case(
        "Pakistan struck militant camps in Afghanistan. India fired artillery at Pakistani "
        "posts. China condemned the strikes.",
        "Pakistan|attacks|Afghanistan",
        "India|attacks|Pakistan",
        "China|condemns|Pakistan",
    ),
    case(
        "France and Britain struck targets in Libya on Saturday. Russia condemned Saturday's "
        "strikes.",
        "France|attacks|Libya",
        "United Kingdom|attacks|Libya",
        "Russia|condemns|France",
        "Russia|condemns|United Kingdom",
    ),
    case(
        "Ecuador raided the embassy of Mexico. Brazil condemned any violation of the Vienna "
        "Convention.",
        "Ecuador|attacks|Mexico",
    ),
    case(
        "Russia bombed Aleppo. Turkey condemned the gunmen's attacks on civilians.",
        "Russia|attacks|Syria",
    ),
    case(
        "Iran struck Kurdish camps in Iraq. The UAE rejected claims that the raids were ordered "
        "by Qatar.",
        "Iran|attacks|Iraq",
    ),
]

# what flies, shot down or intercepted, is its owner's: the demonym's, else the one who launched
# such things last; and an act condemned is never the condemner's own
DOWNED = [
    case(
        "Iran launched 300 drones at Israel. Jordanian fighter jets shot down dozens of drones.",
        "Iran|attacks|Israel",
        "Jordan|attacks|Iran",
    ),
    case("French aircraft also helped intercept the Iranian drones.", "France|attacks|Iran"),
    case(
        "Iran fired missiles at Qatar on Monday. Qatari air defences shot down two Iranian "
        "drones. Qatar condemned the attack.",
        "Iran|attacks|Qatar",
        "Qatar|attacks|Iran",
        "Qatar|condemns|Iran",
    ),
]

# a passive's agent named by a force or weapon "from" actors: those actors
BY_FROM = [
    case(
        "Iranian drones were shot down by warplanes from the United States and Britain.",
        "United States|attacks|Iran",
        "United Kingdom|attacks|Iran",
    ),
    case(
        "Israeli positions were shelled by fighters from Hezbollah and Hamas.",
        "Hezbollah|attacks|Israel",
        "Hamas|attacks|Israel",
    ),
]

# blaming an act on someone condemns them
BLAMED_ON = [
    case("Moscow blames the attack on Kyiv.", "Russia|condemns|Ukraine"),
    # a participle clause after a comma is the subject's own act, outside the main verb's
    # negation; a clause of time below the accused is no one accused
    case(
        "Ankara blocked Sweden's bid for a year, accusing Stockholm of sheltering militants.",
        "Turkey|condemns|Sweden",
    ),
    case(
        "Yerevan froze its membership, accusing Moscow of failing it when Azerbaijani forces "
        "advanced.",
        "Armenia|condemns|Russia",
    ),
    # tying a harmful act to someone charges them; tying anything else does not
    case("Albania attributed the cyberattack to the Iranian government.", "Albania|condemns|Iran"),
    case(
        "Prague linked Russian military intelligence to the 2014 blasts.",
        "Czech Republic|condemns|Russia",
    ),
    case("Ankara linked its approval to the extradition of Kurdish activists."),
    case("The minister tied the aid package to reforms in Kenya."),
    # "of" names the doer when a phrase of the act's own names whom it was done to
    case(
        "Turkey condemned the attack of Iran on Israel.",
        "Iran|attacks|Israel",
        "Turkey|condemns|Iran",
    ),
    case(
        "The raids followed the blast on the Kerch bridge, an attack Moscow blames on Kyiv.",
        "Russia|condemns|Ukraine",
    ),
]

# whose sovereignty a judged act violated is its victim, never its author
VIOLATED = [
    case(
        "Ecuador declared the Mexican ambassador persona non grata. Mexico suspended relations"
        " with Ecuador. Chile called it an unacceptable violation of Mexican sovereignty.",
        "Ecuador|sanctions|Mexico",
        "Mexico|sanctions|Ecuador",
        "Chile|condemns|Ecuador",
    ),
    case(
        "Mexico suspended relations with Ecuador. Chile called it an unacceptable violation of"
        " Mexican sovereignty.",
        "Mexico|sanctions|Ecuador",
    ),
]

# a hostile act its own agent promises is a threat, not yet an act; others' forecasts and acts
# said to go on stay acts
VOWED = [
    # a hostile act promised on a condition warns whoever the condition names
    case(
        "Washington said it would sanction Ankara if Turkey bought more Russian jets.",
        "United States|warns|Turkey",
    ),
    case(
        "The government said that if talks fail the army will dismantle al-Shabaab by force.",
        "Somalia|warns|al-Shabaab",
    ),
    case("Iran vowed to strike Israel.", "Iran|warns|Israel"),
    case("Burundi said it would strike back at Rwanda.", "Burundi|warns|Rwanda"),
    case("Sudan promised to defeat the Rapid Support Forces.", "Sudan|warns|Rapid Support Forces"),
    case("Israel hit back at the Houthis on Monday.", "Israel|attacks|Houthis"),
    case(
        "Analysts said Russia would strike Ukraine's power grid in winter.",
        "Russia|attacks|Ukraine|hedged",
    ),
    case("Russia will continue to strike Ukraine, the Kremlin said.", "Russia|attacks|Ukraine"),
    case("China described the drills as a stern warning to Taiwan.", "China|warns|Taiwan"),
    case(
        "The EU is ready to take further appropriate measures against Belarus.",
        "European Union|warns|Belarus",
    ),
    case("The Houthis vowed revenge against Israel.", "Houthis|warns|Israel"),
    case("Sudan keeps the right to respond to the UAE.", "Sudan|warns|United Arab Emirates"),
    case("Iran promised a crushing retribution against Israel.", "Iran|warns|Israel"),
    case(  # an untargeted threat goes to the adversary named just before, not the most named
        "Russia attacked Ukraine on Monday. Russia struck Ukraine again on Tuesday. Russia "
        "shelled Ukraine on Wednesday. Germany condemned Russia. Berlin then announced new "
        "deliveries of Taurus missiles. Kremlin spokesman Dmitry Peskov said Moscow would take "
        "countermeasures.",
        "Russia|attacks|Ukraine",
        "Germany|condemns|Russia",
        "Dmitry Peskov|warns|Germany",
    ),
    case(
        "Pakistan's foreign minister warned that if India attacks again, Pakistan's reply will be "
        "firm.",
        "Pakistan|warns|India",
    ),
]

# support written onto a participle with a hyphen, siding with an actor whatever stands between,
# and measures named by what they ban or whom they expel
BACKED = [
    case(
        "The Iran-backed Houthis fired missiles at Israel on Monday.",
        "Iran|supports|Houthis",
    ),
    case(
        "The Algeria-backed Polisario Front rejected the plan.",
        "Algeria|supports|Polisario Front",
    ),
    case("The Qatar-funded Hamas government paid salaries.", "Qatar|pays|Hamas"),
    case("Washington stands united with Lithuania.", "United States|supports|Lithuania"),
    case("Britain stood firmly behind Ukraine.", "United Kingdom|supports|Ukraine"),
    case("India expelled Canada's acting high commissioner.", "India|sanctions|Canada"),
    case("India banned hundreds of Chinese mobile applications.", "India|sanctions|China"),
    case(
        "The attack was carried out by Kataib Hezbollah, a militia armed and funded by the IRGC.",
        "Islamic Revolutionary Guard Corps|supplies|Kataib Hezbollah",
        "Islamic Revolutionary Guard Corps|pays|Kataib Hezbollah",
    ),
    case(
        "Kataib Hezbollah, armed and funded by Iran, claimed the attack.",
        "Iran|pays|Kataib Hezbollah",
    ),
    # a patron compound before a named group: the patron backs the group, the group acts
    case(
        "Turkish-backed Syrian National Army fighters attacked Manbij.",
        "Turkey|supports|Syrian National Army",
        "Syrian National Army|attacks|Manbij",
    ),
    # a patron compound in an apposition: the one it describes
    case(
        "Hamas, a Tehran-backed movement, held a rally in Gaza.",
        "Iran|supports|Hamas",
    ),
]

# a judged or condemned noun of an act stands for who did it: the subject of its verb used
# earlier, or the agent of the latest act shortly before; "of" names the doer of an action
ACTS = [
    case(
        "Norway detained a Russian fishing trawler on Tuesday. Moscow called the detention an "
        "act of piracy.",
        "Russia|condemns|Norway",
    ),
    case(
        "Estonia expelled two Russian diplomats on Friday. The Kremlin denounced the move.",
        "Estonia|sanctions|Russia",
        "Russia|condemns|Estonia",
    ),
    case(
        "Canada imposed new sanctions on Iran in May. Tehran rejected the decision as unlawful.",
        "Canada|sanctions|Iran",
        "Iran|condemns|Canada",
    ),
    case("Burundi condemned the actions of Rwanda in South Kivu.", "Burundi|condemns|Rwanda"),
    case(
        "Chinese coast guard personnel boarded a Philippine navy boat on Monday. Manila condemned "
        "the boarding.",
        "Philippines|condemns|Chinese forces",
    ),
    case(
        "The United States held a naval exercise with Guyana, an exercise Caracas denounced as a "
        "provocation.",
        "Venezuela|condemns|United States",
    ),
    case(
        "Lai Ching-te visited Paraguay in August. Mao Ning dismissed the trip as a separatist "
        "provocation.",
        "Mao Ning|condemns|Lai Ching-te",
    ),
    case(
        "The African Union condemned the aggression of the M23 against Goma.",
        "African Union|condemns|M23",
        "M23|attacks|Goma",
    ),
]

# designations in the passive name their author only with "by"; banning a group is a measure
DESIGNATED = [
    case(
        "Hamas was designated a terrorist organisation by Paraguay in 2023.",
        "Paraguay|sanctions|Hamas",
    ),
    case(
        "Canada has designated the IRGC a terrorist entity.",
        "Canada|sanctions|Islamic Revolutionary Guard Corps",
    ),
    case("The Houthis were designated in January."),
    case(
        "The PKK remains designated a terrorist organisation by Turkey, the United States and "
        "the European Union.",
        "Turkey|sanctions|Kurdistan Workers' Party",
        "United States|sanctions|Kurdistan Workers' Party",
        "European Union|sanctions|Kurdistan Workers' Party",
    ),
    case("Germany banned Hezbollah in 2020.", "Germany|sanctions|Hezbollah"),
    case("Britain proscribed Hamas in full in 2021.", "United Kingdom|sanctions|Hamas"),
    case(
        "Kuwait joined Austria, Germany and the Netherlands, which all banned Hezbollah earlier.",
        "Austria|sanctions|Hezbollah",
        "Germany|sanctions|Hezbollah",
        "Netherlands|sanctions|Hezbollah",
    ),
    case(
        "Canada adopted new measures against Iran's oil sector on Monday.",
        "Canada|sanctions|Iran",
    ),
]

# a state's forces named by no state are the state's whose armed group they fight, when the
# sentence's groups operate in one state only
HOME_FORCES = [
    case(
        "Clashes between government forces and al-Shabaab killed dozens near Baidoa.",
        "Somalia|attacks|al-Shabaab",
        "al-Shabaab|attacks|Somalia",
    ),
    case(
        "The army shelled M23 positions near Sake.", "Democratic Republic of the Congo|attacks|M23"
    ),
    case(
        "Security forces launched Operation Liberation against the LTTE.",
        "Sri Lanka|attacks|Liberation Tigers of Tamil Eelam",
    ),
    case("The army fought Islamic State fighters in the desert."),
    case("The army paraded in the capital on Sunday."),
]

# a second verb of saying joined to the reported clause is the reporter's ("told reporters that the
# talks had stalled and accused Kyiv"), unless that clause says where its own subject stands
SAID_AND = [
    case(
        "Peskov told reporters that the talks had stalled and accused Kyiv of sabotage.",
        "Dmitry Peskov|condemns|Ukraine",
    ),
    case(
        "China firmly opposes the sale of F-16 jets to Taiwan by the United States.",
        "United States|supplies|Taiwan",
        "China|condemns|United States",
    ),
]

# a judged act named by a noun of its own verb stands for that verb's agent however far back
# ("the interception"), a coup for whoever took power; suspension from a body sanctions
TAKEOVERS = [
    case(
        "Venezuela's navy intercepted a Guyanese supply boat on Monday. The boat carried fuel. It "
        "was near the border. The crew were held for hours. They were released at night. "
        "Officials met later. Guyana called the interception a violation of its sovereignty.",
        "Guyana|condemns|Navy of Venezuela",
    ),
    case(
        "Gabon's army seized power on Wednesday. France condemned the coup.",
        "France|condemns|Armed Forces of Gabon",
    ),
    case(
        "Soldiers of Niger's presidential guard took power on Wednesday. The African Union "
        "condemned the takeover.",
        "African Union|condemns|Niger",
    ),
    case(
        "The African Union suspended Gabon from all AU activities.",
        "African Union|sanctions|Gabon",
    ),
    case(
        "Guinea-Bissau was suspended from the African Union on Friday, hours after ECOWAS "
        "removed it from all of its decision-making bodies.",
        "Economic Community of West African States|sanctions|Guinea-Bissau",
    ),
    case(
        "The Council of Europe expelled Russia from the organisation in 2022.",
        "Council of Europe|sanctions|Russia",
    ),
    case("The rebels cut key trade routes to China."),
    case(
        "Gabon's army seized power on Wednesday. France condemned the seizure of power.",
        "France|condemns|Armed Forces of Gabon",
    ),
    case(
        "Officers seized power in Bissau on Wednesday. The council suspended Guinea-Bissau on "
        "Friday. Guterres denounced the seizure of power as a violation of democratic principles.",
    ),
]

# a judged thing is its author's: the agent of a participle on it; evaluative words of
# diplomatic speech judge
AUTHORS = [
    case(
        "Ushakov dismissed the counter-proposal drafted by Britain as completely unconstructive.",
        "Yuri Ushakov|condemns|United Kingdom",
    ),
    case(
        "Qatar called the raids carried out by Israel a violation of international law.",
        "Qatar|condemns|Israel",
    ),
    case(
        "Mexico's foreign ministry qualified the Peruvian decision as excessive and "
        "disproportionate.",
        "Ministry of Foreign Affairs of Mexico|condemns|Peru",
    ),
    case("Poland said it stands with the civilians targeted by Russia."),
    case("Kyiv said the North Korean soldiers carry assault rifles."),
    case("Rwanda rejected claims that the operation is financed by France."),
    case("Kenya said the International Criminal Court must stay independent."),
]

# a speaker who says another undermines, interferes, betrays or tries to sabotage condemns it
SAID_HOSTILE = [
    case(
        "Czech Foreign Minister Jan Lipavsky said on Monday that Russia was trying to sabotage "
        "the initiative.",
        "Jan Lipavský|condemns|Russia",
    ),
    case("Slovakia said Ukraine was undermining its energy security.", "Slovakia|condemns|Ukraine"),
    case(
        "Mexico said the US was interfering in its internal affairs.",
        "Mexico|condemns|United States",
    ),
    case("Kenya said it would not interfere in Somalia's election."),
    case("The drones undermined confidence in the ceasefire."),
]

# restrictions and curbs are measures against whoever the goods or people come from or go to;
# lifted or eased, none
RESTRICTIONS = [
    case(
        "India imposed restrictions on imports of garments from Bangladesh.",
        "India|sanctions|Bangladesh",
    ),
    case(
        "China announced curbs on exports of gallium to the United States.",
        "China|sanctions|United States",
    ),
    case("Russia eased restrictions on Chinese trucks.", "Russia|sanctions|China|neg"),
    case("The government imposed restrictions on public gatherings."),
]

# a campaign pressed or renewed, fire exchanged with someone
CAMPAIGNS = [
    case(
        "The federal government of Somalia presses an offensive against al-Shabaab.",
        "Government of Somalia|attacks|al-Shabaab",
    ),
    case(
        "Kenyan officers exchanged fire with Viv Ansanm gang members.",
        "Kenyan forces|attacks|Viv Ansanm",
        "Viv Ansanm|attacks|Kenyan forces",
    ),
    case("Kenya and Somalia exchanged views on the border."),
]

# holding someone accountable is a judgement now and a threat ahead
ACCOUNTABLE = [
    case("Malaysia said it would hold Israel accountable.", "Malaysia|warns|Israel"),
    case("Kenya holds Somalia responsible for the attack.", "Kenya|condemns|Somalia"),
    # held responsible in the passive: the one who warns speaks, the one held is warned
    case("France warned that Ivory Coast would be held responsible.", "France|warns|Ivory Coast"),
    case("Iran will be held accountable, the United States warned.", "United States|warns|Iran"),
    case(
        "Israel struck Syria on Monday. Sharaa promised to hold to account anyone responsible "
        "for abuses in Sweida.",
        "Israel|attacks|Syria",
    ),
]

# lining up or rallying behind someone sides with them
BEHIND = [
    case(
        "London, Paris and Berlin lined up behind Zelensky.",
        "United Kingdom|supports|Volodymyr Zelensky",
        "France|supports|Volodymyr Zelensky",
        "Germany|supports|Volodymyr Zelensky",
    ),
    case("Egypt rallied around Sudan's army.", "Egypt|supports|Sudanese Armed Forces"),
    case("Soldiers lined up behind the tanks."),
]

# a clause of time or cause asserts on its own under a verb of halting or refusal; a complement
# clause under a denial is denied
OWN_TIME = [
    case(
        "Russia halted gas deliveries after Ukraine struck a Russian tanker.",
        "Ukraine|attacks|Russia",
    ),
    case(
        "Poland suspended the talks because Belarus expelled two Polish diplomats.",
        "Belarus|sanctions|Poland",
    ),
    case(
        "Estonian officials denied that any decision had been taken to send Estonian soldiers "
        "to Ukraine.",
        "Estonia|deploys|Ukraine|neg",
    ),
]

# naming something a target threatens it now; reporting that targets were struck does not
DECLARED_TARGETS = [
    case(
        "Iran said all bases belonging to the United States in the region are legitimate targets.",
        "Iran|warns|United States",
    ),
    case(
        "Turkey said all energy facilities belonging to the PKK in Syria and Iraq are from now on "
        "legitimate targets.",
        "Turkey|warns|Kurdistan Workers' Party",
    ),
    case("Lithuania said only legitimate military targets in Russia had been struck."),
    case("If we need to confront planes operating in NATO space then we will do so, Cooper said."),
]

# a place struck "inside" a state is that state's, as "in" is
INSIDE = [case("India struck targets inside Pakistan.", "India|attacks|Pakistan")]

# a place struck where an armed group the attacker fights operates: the group is struck
HELD_PLACES = [
    case(
        "Turkey has fought the PKK for decades. Turkish drones struck Sinjar on Tuesday.",
        "Turkey|attacks|Kurdistan Workers' Party",
        "Kurdistan Workers' Party|attacks|Turkey",
    ),
    case("Russian missiles hit Kharkiv overnight.", "Russia|attacks|Ukraine"),
]

# a place seized or struck that names no actor: the attacker's adversary in the article is
# attacked; with no adversary there, no one is
UNOWNED_PLACES = [
    case(
        "Somalia's army has fought al-Shabaab for years. In May the militants overran a military "
        "base near Baidoa.",
        "Somalia|attacks|al-Shabaab",
        "al-Shabaab|attacks|Somalia",
    ),
    case(
        "Myanmar's army shelled Arakan Army positions in November. By January the Arakan Army "
        "had captured Paletwa.",
        "Myanmar|attacks|Arakan Army",
        "Arakan Army|attacks|Myanmar",
    ),
    case(
        "Saudi jets bombed Houthi positions in Saada. A week later the Houthis stormed a "
        "border post near Jizan.",
        "Saudi Arabia|attacks|Houthis",
        "Houthis|attacks|Saudi Arabia",
    ),
    case("The Arakan Army captured Paletwa in January."),
    case(
        "Somalia's army has fought al-Shabaab for years. The militants seized two aid workers.",
        "Somalia|attacks|al-Shabaab",
        "al-Shabaab|attacks|Somalia",
    ),
]

# "imposed asset freezes on ...", which the small model parses as a clause ("asset" the subject
# of "freezes"): the governing verb's subject takes the measure; counted nationals are people,
# not their state
ASSET_FREEZES = [
    case(
        "Britain imposed asset freezes and travel bans on five Iranian officials.",
        "United Kingdom|sanctions|Iran",
    ),
    case(
        "Canada announced asset freezes on three Belarusian generals and two Lithuanians.",
        "Canada|sanctions|Belarus",
    ),
]

# a passive listing names the listed in its naming slot: a measure by the "by" agents on the noun
# its participle describes, no judgement by the listed
LISTED_AS = [
    case(
        "The Baloch militant group, formed in 2000 and listed as a terrorist organisation by "
        "Pakistan and Britain, claimed the bombing.",
        "Pakistan|sanctions|Balochistan Liberation Army",
        "United Kingdom|sanctions|Balochistan Liberation Army",
        xfail="'The Baloch militant group' is resolved to no group without an earlier name",
    ),
    case(
        "The BLA attacked Pakistani troops. The group, which is listed as a terrorist "
        "organisation by Washington, denied targeting civilians.",
        "Balochistan Liberation Army|attacks|Pakistan",
        "United States|sanctions|Balochistan Liberation Army",
    ),
    case(
        "The BLA attacked Pakistani troops. The group, founded in 2000 and listed as a "
        "terrorist organisation by Pakistan and Britain, claimed the bombing.",
        "Balochistan Liberation Army|attacks|Pakistan",
        "Pakistan|sanctions|Balochistan Liberation Army",
        "United Kingdom|sanctions|Balochistan Liberation Army",
    ),
]

# a possessive of an object in a clause of time or a relative clause is that clause's subject's
OWN_CLAUSE_POSSESSIVES = [
    case(
        "After Azerbaijan launched its offensive on Karabakh, France recalled its ambassador "
        "from Baku.",
        "Azerbaijan|attacks|Armenia",
        "France|sanctions|Azerbaijan",
        xfail="Karabakh is a region of Azerbaijan: the offensive's target is not named",
    ),
    case(
        "When Russia began its invasion of Ukraine, Japan froze Russian assets.",
        "Russia|attacks|Ukraine",
        "Japan|sanctions|Russia",
    ),
]

# where a judgement was said is not where the judged act happened
SAID_WHERE = [
    case(
        "In London, a Foreign Office spokesman condemned the Iranian strikes.",
        "United Kingdom|condemns|Iran",
    ),
    case("Israel carried out air strikes in Syria on Sunday.", "Israel|attacks|Syria"),
]

# a threat in a clause of someone's warning is theirs, whoever the sentence is about
OWNED_WARNINGS = [
    case(
        "Azerbaijan shelled Armenian positions on Monday. Asked about Yerevan's warning that it "
        "would retaliate, the French foreign minister urged restraint.",
        "Azerbaijan|attacks|Armenia",
        "Armenia|warns|Azerbaijan",
    ),
]

# coordinated demonyms before a plural, the last named with it ("Burundian armies"), and a
# collective noun of several bodies: each actor, not only the one named with the noun
COORDINATED_OWNERS = [
    case(
        "Kigali accused the Ugandan and Burundian armies of shelling its border villages.",
        "Rwanda|condemns|Uganda",
        "Rwanda|condemns|Burundi",
        "Uganda|attacks|Rwanda|hedged",
        "Burundi|attacks|Rwanda|hedged",
    ),
    case(
        "Israel accused staff of UNRWA and the WHO of helping Hamas.",
        "Israel|condemns|UNRWA",
        "Israel|condemns|World Health Organization",
    ),
]

# a possessive in the charge is the charged actor's ("through its support"), but not on what
# the charged act hits: that is the accuser's
CHARGED_POSSESSIVES = [
    case(
        "Armenia accused Azerbaijan of shelling its border villages.",
        "Armenia|condemns|Azerbaijan",
        "Azerbaijan|attacks|Armenia|hedged",
    ),
    case(
        "Ukraine accused Belarus of aiding Russia through its railways.",
        "Ukraine|condemns|Belarus",
        "Belarus|supports|Russia|hedged",
    ),
]

# barring someone from a market, a country or dealings is a measure against them
BARRED = [
    case("Washington barred ZTE from buying American components.", "United States|sanctions|ZTE"),
    case(
        "Moscow has barred nine Estonian officials from entering Russia.",
        "Russia|sanctions|Estonia",
    ),
    case("Seven crew members were barred from leaving the country."),
]

# a place's name at the head of an armed group's name names the group
GROUPS_NAMED_BY_PLACE = [
    case(
        "Turkish aircraft struck positions of the Sinjar Resistance Units (YBS).",
        "Turkey|attacks|Sinjar Resistance Units",
    ),
    case(
        "The Tigray Defense Forces attacked Ethiopian positions.",
        "Tigray Defense Forces|attacks|Ethiopia",
    ),
    # a state's name run into another state's army is a name of its own
    case(
        "The Sudan People's Liberation Army attacked Sudanese positions near the border.",
        "Sudan People's Liberation Army|attacks|Sudan",
    ),
    case(
        "The Chinese People's Liberation Army attacked Indian positions in Ladakh.",
        "People's Liberation Army|attacks|India",
    ),
    case(
        "The China Coast Guard attacked Philippine boats near the shoal.",
        "China Coast Guard|attacks|Philippines",
    ),
]

# fire traded or exchanged: each side attacks the other
TRADED = [
    case(
        "Israel and the Houthis have traded fire for months.",
        "Israel|attacks|Houthis",
        "Houthis|attacks|Israel",
    ),
    case(
        "Thailand traded fire with Cambodia along the border.",
        "Thailand|attacks|Cambodia",
        "Cambodia|attacks|Thailand",
    ),
    case("Both countries trade oil with China."),
]

# a demonym at the head of a body's name is part of the name, not the body's state; a branch
# noun after one refers to the branch named so before, else to no actor
NAMES_WITH_A_DEMONYM = [
    case(
        "Washington designated the Egyptian Muslim Brotherhood a terrorist organisation.",
        "United States|sanctions|Egyptian Muslim Brotherhood",
    ),
    case(
        "The European Union sanctioned Russian Railways and the Russian Orthodox Church.",
        "European Union|sanctions|Russian Railways",
        "European Union|sanctions|Russian Orthodox Church",
    ),
    case("The Lebanese chapter fired rockets at Israel."),
    case(
        "The United States blacklisted the Lebanese Muslim Brotherhood. It said the Lebanese"
        " chapter had fired rockets at Israel.",
        "United States|sanctions|Lebanese Muslim Brotherhood",
        "Lebanese Muslim Brotherhood|attacks|Israel",
    ),
    # a thing's name is none: the warning is Egypt's, the dam no actor
    case(
        "The Ethiopian Renaissance Dam angered Egypt, and Egyptian President Abdel Fattah al-Sisi"
        " warned Ethiopia.",
        "Egypt|warns|Ethiopia",
    ),
]

# "the Ministry", "the Department": a body's head noun, capitalised or not, is the body last named
BARE_BODY_HEADS = [
    case(
        "The Ministry of Foreign Affairs of Egypt met on Monday. The Ministry condemned Israel's"
        " raid on Gaza.",
        "Egypt|condemns|Israel",
        "Israel|attacks|Gaza Strip",
    ),
    case(
        "The US Department of Commerce added 30 Chinese firms to its list. The Department also"
        " sanctioned Huawei.",
        "United States|sanctions|China",
        "United States|sanctions|Huawei",
    ),
]

# a firm's name is a company whatever the tagger took it for; a passive measure with no agent
# of its own is taken by whoever took the measure named before it, or by the state it is in
COMPANIES_AND_PASSIVE_MEASURES = [
    case(
        "In March, OFAC designated Shandong Shouguang Luqing Petrochemical, a teapot refinery.",
        "United States|sanctions|Shandong Shouguang Luqing Petrochemical",
    ),
    case(
        "The Commerce Department added Zhejiang Huayu Electronics to the Entity List.",
        "United States|sanctions|Zhejiang Huayu Electronics",
    ),
    case(
        "Britain sanctioned Rosneft in March. Gazprom Neft was sanctioned a month later.",
        "United Kingdom|sanctions|Rosneft",
        "United Kingdom|sanctions|Gazprom Neft",
    ),
    case("Lukoil was sanctioned."),
    case(
        "The EU sanctioned Rosneft. Lukoil was not sanctioned.",
        "European Union|sanctions|Rosneft",
        "European Union|sanctions|Lukoil|neg",
    ),
    case(
        "The EU sanctioned Rosneft. The PKK is designated a terrorist organisation in Turkey.",
        "European Union|sanctions|Rosneft",
        "Turkey|sanctions|Kurdistan Workers' Party",
    ),
]

# the judgement names its author with "by"; more words of evaluative speech; the Oval Office
# speaks for the United States as the White House does
JUDGED_AUTHORS = [
    case(
        "Warsaw described the blast as an act of sabotage by Russian intelligence.",
        "Poland|condemns|Russia",
    ),
    case(
        "Ecuador raided the Mexican embassy in Quito. Nicaragua called the raid reprehensible.",
        "Ecuador|attacks|Embassy of Mexico",
        "Nicaragua|condemns|Ecuador",
    ),
    case(
        "Macron said the Oval Office meeting had been an affront to Ukraine.",
        "France|condemns|United States",
    ),
    # a measure against no one named is still an act a later noun stands for
    case(
        "China imposed export controls on gallium. Trump called the move hostile.",
        "United States|condemns|China",
    ),
    case("Beijing restricted imports of Japanese seafood.", "China|sanctions|Japan"),
    # "the Council" with none named before: the council of the organisation the text names
    case(
        "The Council adopted new restrictive measures against Belarus on Monday. The EU said"
        " more would follow.",
        "Council of the European Union|sanctions|Belarus",
    ),
    # who asked for a strike is not struck; people struck somewhere do not make it a strike on
    # the place
    case("Nigerian jets struck mutineers in Benin at the request of President Talon's government."),
    case("Israel killed three Hezbollah fighters in Lebanon.", "Israel|attacks|Hezbollah"),
    case("Israel struck targets in Lebanon.", "Israel|attacks|Lebanon"),
    # a measure that targets someone sanctions them
    case(
        "The UN sanctions regime targets Viv Ansanm leaders.",
        "United Nations|sanctions|Viv Ansanm",
    ),
]

# a target named in the attacker's own words is the actor whose places they are ("of", a
# possessive); an adjective is only the attacker's word, and an operation's name no target
DESCRIBED_TARGETS = [
    case(
        "Turkey struck what its defence ministry said were shelters of the PKK in northern Iraq.",
        "Turkey|attacks|Kurdistan Workers' Party",
    ),
    case(
        "Israel hit what it described as weapons depots of Hezbollah.",
        "Israel|attacks|Hezbollah",
    ),
    case("The IRGC fired missiles at what it called an Israeli spy base in Erbil."),
    case("Pakistan launched what it called Operation Bunyan-um-Marsoos against Indian sites."),
]

# a judged agreement or act "between" named actors is theirs, not the latest act of the text;
# "an incident between NATO allies" names no party
PARTIES = [
    case(
        "Kenya rejected the deal between Sudan and the RSF as illegitimate.",
        "Kenya|condemns|Sudan",
        "Kenya|condemns|Rapid Support Forces",
    ),
    case(
        "Turkey sent two warships to Somalia in March. Somalia rejected the memorandum between "
        "Ethiopia and the authorities in Hargeisa as a violation of its sovereignty.",
        "Turkey|supplies|Somalia",
        "Somalia|condemns|Ethiopia",
    ),
    case("Washington called the shootdown a regrettable incident between NATO allies."),
]

# a blow answered with arms attacks whoever struck the answerer; an answer only promised warns
ANSWERED = [
    case(
        "Israeli jets struck Hezbollah positions on Sunday. Hezbollah retaliated with rockets.",
        "Israel|attacks|Hezbollah",
        "Hezbollah|attacks|Israel",
    ),
    case(
        "Israel struck Iran on Friday. Iran vowed to respond with force.",
        "Israel|attacks|Iran",
        "Iran|warns|Israel",
    ),
]

# "forces loyal to X" are X's (not "militias aligned with Iran": proxies are their own)
LOYAL = [
    case(
        "Fighting erupted between federal forces and forces loyal to the TPLF.",
        "Ethiopia|attacks|Tigray People's Liberation Front",
        "Tigray People's Liberation Front|attacks|Ethiopia",
    ),
    case("Militias aligned with Iran attacked US bases in Syria."),
    # the "against" phrase the small model hangs on the allies is still whom they fought
    case(
        "North Korean troops fought alongside Russian units against Ukrainian forces in Kursk.",
        "North Korea|attacks|Ukraine",
        "North Korea|supports|Russia",
    ),
]

# an act named in a phrase of another noun ("a reference to the invasion") is not the clause
# subject's; an amount of it is ("10 million euros in aid")
NOUN_OF_NOUN = [
    case(
        "Mr Lukashenko pledged his full support for Russia's operation, a clear reference to the "
        "invasion of Ukraine.",
        "Belarus|supports|Russia",
    ),
    case(
        "The EU approved 20 million euros in assistance for the Moldovan army.",
        "European Union|pays|Moldova",
    ),
]

# a family name written first is taken up alone: "Mao Ning ... Mao condemned"
FAMILY_FIRST = [
    case(
        "Chinese Foreign Ministry spokesperson Mao Ning spoke on Monday. Mao condemned Japan's "
        "decision to release the water.",
        "China|condemns|Japan",
    ),
]

# a summoned envoy stands for the state that sent them; a protest is lodged with its offender,
# or after the offender's act; not with a body it is lodged at
PROTESTS = [
    case("Seoul summoned Japan's ambassador on Tuesday.", "South Korea|condemns|Japan"),
    case("Manila lodged a protest with Beijing.", "Philippines|condemns|China"),
    case(
        "Seoul lodged a protest after North Korean troops crossed the border.",
        "South Korea|condemns|North Korea",
    ),
    case("Kazakhstan lodged a protest with the United Nations."),
]

# agency-style spellings of armed groups (AFP's "Shebab", "Huthi")
SPELLINGS = [
    case("Kenyan jets bombed Shebab positions near Kismayo.", "Kenya|attacks|al-Shabaab"),
    case("Saudi jets struck Huthi positions near Saada.", "Saudi Arabia|attacks|Houthis"),
    case(
        "Pakistan announced a ban on the Jamaat-ud-Dawa after the Mumbai attacks.",
        "Pakistan|sanctions|Jamaat-ud-Dawa",
    ),
    case(
        "Philippine troops killed five Abu Sayyaf fighters on Jolo.",
        "Philippines|attacks|Abu Sayyaf",
    ),
]

CASES = EVALUATIONS + CONDEMNS + ATTACKS + TAKING + NAMING + BESIDE + SPEAKERS + SANCTIONS + WARNS
CASES += (
    MEASURES
    + LISTED_OF
    + PROMISED
    + STATEMENTS
    + VOWED
    + BACKED
    + VICTIMS
    + EVENT_AUTHORS
    + VERBAL_ATTACKS
    + CIVILIAN_VICTIMS
    + NAMED_AND_CONDEMNED
    + HELD
    + ACTS
    + DOWNED
    + VIOLATED
)
# "the regime" is the state a name was first put to ("the Assad regime", "the Maduro regime"),
# never a guess at the last state named; "the sanctions regime" is no state
REGIMES = [
    case(
        "Ankara blamed the Assad regime for the attack. Turkish drones then struck positions of "
        "the regime across Idlib.",
        "Turkey|condemns|Bashar al-Assad",
        "Turkey|attacks|Syria",
    ),
    case(
        "Western states have long condemned the Maduro regime. On Friday Washington imposed new "
        "sanctions on the regime.",
        "United States|sanctions|Venezuela",
    ),
    case("The sanctions regime on Iran has weakened, Germany said. The regime must be kept."),
]
CASES += SPELLINGS + REGIMES
CASES += DESIGNATED + HOME_FORCES + SAID_AND + TAKEOVERS + DECLARED_TARGETS + OWN_TIME
CASES += AUTHORS + CAMPAIGNS + BEHIND + ACCOUNTABLE + RESTRICTIONS
CASES += SAID_HOSTILE + INSIDE + HELD_PLACES + TRADED + GROUPS_NAMED_BY_PLACE + UNOWNED_PLACES
CASES += BARRED + COORDINATED_OWNERS + CHARGED_POSSESSIVES + ASSET_FREEZES + LISTED_AS
CASES += OWNED_WARNINGS + SAID_WHERE + OWN_CLAUSE_POSSESSIVES
CASES += (
    RECIPROCAL
    + NAMES_WITH_A_DEMONYM
    + BARE_BODY_HEADS
    + COMPANIES_AND_PASSIVE_MEASURES
    + JUDGED_AUTHORS
)
CASES += (
    BLAMED_ON
    + BY_FROM
    + DESCRIBED_TARGETS
    + PARTIES
    + ANSWERED
    + PROTESTS
    + LOYAL
    + NOUN_OF_NOUN
    + FAMILY_FIRST
)

# a participle right after its noun says what was done to it, not who did it: "the towns struck"
# is no strike by whoever listed them, and a later "the strikes" stays the striker's
CASES += [
    case(
        "India struck nine sites in Pakistan on Wednesday. Pakistani media listed Bahawalpur and "
        "Muridke among the towns struck. China condemned the strikes.",
        "India|attacks|Pakistan",
        "China|condemns|India",
    ),
]

# idioms of making a conflict worse judge whoever does it
CASES += [
    case(
        "Beijing's spokesman said Tokyo was adding fuel to the fire.",
        "China|condemns|Japan",
    ),
    case("Tehran said Washington was pouring oil on the flames.", "Iran|condemns|United States"),
    case("Ankara said Athens was stoking tensions in the Aegean.", "Turkey|condemns|Greece"),
    case("Greece added Turkey to the agenda of the summit."),
    # a list item under a headline is a sentence of its own: "Key points" is no subject
    case(
        "Key points\n- In May the United States accused Cuba of hosting a Chinese spy base.",
        "United States|condemns|Cuba",
    ),
    # naming someone an enemy judges them
    case("Tehran called Israel the enemy of the whole region.", "Iran|condemns|Israel"),
]

# a veto, an execution, a deportation: a judged noun of one stands for whoever did it last
CASES += [
    case(
        "China vetoed the resolution on Tuesday. France called the veto a betrayal of the "
        "Syrian people.",
        "France|condemns|China",
    ),
    case(
        "Belarus executed two activists last week. Lithuania condemned the executions.",
        "Lithuania|condemns|Belarus",
    ),
    case(
        "Tajikistan deported 30 Afghan refugees. The UN condemned the deportation.",
        "United Nations|condemns|Tajikistan",
    ),
]

# a military move condemned is its mover's: "the deployment of Russian troops" (the movement
# nouns are the lexicon's ``armed_act`` cues)
CASES += [
    case(
        "Baku denounced the deployment of Russian troops in Karabakh.",
        "Azerbaijan|condemns|Russia",
        "Russia|deploys|Nagorno-Karabakh",
    ),
    case(
        "The Arab League condemned the presence of Turkish soldiers in northern Iraq.",
        "Arab League|condemns|Turkey",
        "Turkey|deploys|Iraq",
    ),
]

# a "for" of time makes no "pressed for" of a demand
CASES += [
    case(
        "The Turkish army pressed ahead with its offensive against the PKK for a third week.",
        "Turkey|attacks|Kurdistan Workers' Party",
    ),
]

# words of evaluation judge whom they are said of; people judged stand for their patron
CASES += [
    case("Kigali described the FDLR as bloodthirsty.", "Rwanda|condemns|FDLR"),
    case(
        "Addis Ababa called the TPLF leadership a clique.",
        "Ethiopia|condemns|Tigray People's Liberation Front",
    ),
    case(
        "The foreign ministry in Kyiv spoke of thugs backed by Moscow.", "Ukraine|condemns|Russia"
    ),
    # "whom" is the one named before it; a speaker does not judge himself
    case(
        "The envoy met General Noriega, whom the State Department described as a tyrannical ruler.",
        "United States|condemns|Manuel Noriega",
    ),
    case(
        "The American delegate said the text passed over the crimes of General Noriega, whom he"
        " described as a brutal drug trafficker.",
    ),
]

# standing ready to strike, in one's own words, threatens; said by others it is no act
CASES += [
    case("Tehran said it stood ready to strike American bases.", "Iran|warns|United States"),
    case(
        "The Sudanese army said it was prepared to attack the RSF.",
        "Sudanese Armed Forces|warns|Rapid Support Forces",
    ),
    case("Analysts said Ankara was ready to attack the Kurdish fighters."),
]

# soldiers loyal to someone are his
CASES += [
    case(
        "Troops loyal to President Yahya Jammeh attacked Senegalese forces.",
        "Yahya Jammeh|attacks|Senegal",
    ),
    case("Troops loyal to Hun Sen attacked the FUNCINPEC forces.", "Hun Sen|attacks|FUNCINPEC"),
]

# "the ruling coalition" is a state's parties, no alliance of states
CASES += [
    case(
        "ASEAN leaders met in Vientiane. The ruling coalition in Kuala Lumpur criticised the Thai"
        " security forces.",
    ),
]

# threats of acting against, joining a war, the full force of something
CASES += [
    case(
        "Tehran said it would act against Saudi Arabia if the bases were used.",
        "Iran|warns|Saudi Arabia",
    ),
    case(
        "Ankara said the PKK would face the full force of the Turkish army.",
        "Turkey|warns|Kurdistan Workers' Party",
    ),
    case("The army acted against the rebels of the ADF last week."),
]

# verbs of destruction from the air attack
CASES += [
    case("Israeli warplanes flattened a compound in southern Syria.", "Israel|attacks|Syria"),
    case("Ukrainian drones hammered a Russian oil depot.", "Ukraine|attacks|Russia"),
    case("The ministry said the new rules would hammer Chinese exporters."),
]

# a family name the tagger calls a common noun at a sentence's start is still the person
CASES += [
    case(
        "Suriname's army leader Desi Bouterse spoke on the radio. Bouterse condemned the"
        " Netherlands.",
        "Suriname|condemns|Netherlands",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_claims(reader: Reader, text: str, expected: tuple[str, ...]) -> None:
    check(reader, text, expected)


# verbs of mass killing act on those killed, as "killed" does; a career is no one
CASES += [
    case("Boko Haram fighters massacred forty Nigerian soldiers.", "Boko Haram|attacks|Nigeria"),
    case("The scandal murdered his career."),
]

# nouns of fighting between two sides, and a clash its subject only continues or begins
CASES += [
    case(
        "An aerial combat between Indian and Pakistani jets broke out over Kashmir.",
        "India|attacks|Pakistan",
        "Pakistan|attacks|India",
    ),
    case("The marines trained in close combat."),
    case(
        "Hezbollah fighters continued to clash with Israeli troops.",
        "Hezbollah|attacks|Israel",
        "Israel|attacks|Hezbollah",
    ),
    case("India does not want to clash with China."),
]

# verbs of rebuke, and names that insult, judge whom they are aimed at
CASES += [
    case("Seoul chastised Tokyo for the new school textbooks.", "South Korea|condemns|Japan"),
    case("Moscow called the Latvian law blasphemy.", "Russia|condemns|Latvia"),
    case("Tehran called the Saudi crown prince a barbarian.", "Iran|condemns|Saudi Arabia"),
    # "criminal" judges only in what someone is called
    case("Khamenei branded the American president a criminal.", "Iran|condemns|United States"),
    case("Prosecutors in Kyiv opened a criminal case against the Russian soldiers."),
]

# saying someone was behind a hostile act accuses them of it
CASES += [
    case("Paris said Tehran was behind the wave of attacks.", "France|condemns|Iran"),
    case("Turkey denied it was behind the bombing."),
    case("The troops waited behind the wall during the attack, Israel said."),
]

# a protest lodged in a state's capital is lodged with its government
CASES += [
    case(
        "Seoul lodged a strong protest in Tokyo over the textbooks.", "South Korea|condemns|Japan"
    ),
]

# whoever claims an act is its author, whom condemning the act condemns
CASES += [
    case(
        "Gunmen attacked a hotel in Bamako on Friday. Al-Qaeda in the Islamic Maghreb claimed"
        " responsibility for the attack. Algeria condemned the attack.",
        "Algeria|condemns|al-Qaeda in the Islamic Maghreb",
    ),
    case(
        "Gunmen stormed a mall in Nairobi. Al-Shabaab, which has claimed the siege, said more"
        " would follow. Uganda condemned the siege.",
        "Uganda|condemns|al-Shabaab",
    ),
    case(
        "Gunmen attacked a hotel in Bamako on Friday. No group has claimed responsibility for the"
        " attack. Algeria condemned the attack.",
    ),
]

# "Lao" is the demonym of Laos, but not in the name of the Pathet Lao
CASES += [
    case("Lao troops shelled Thai positions across the Mekong.", "Laos|attacks|Thailand"),
    case("The Pathet Lao fought alongside North Vietnamese units.", "Pathet Lao|supports|Vietnam"),
]

# threats of a lesson or of facing force; a lesson taught is no training
CASES += [
    case("Beijing would teach Hanoi a lesson.", "China|warns|Vietnam"),
    case("China taught Vietnam a lesson in 1979."),
    case("Washington warned that Baghdad would face military action.", "United States|warns|Iraq"),
    case("Israel's army faced heavy Hezbollah attacks in the south."),
    case("Paris said the jets would help Kyiv in the face of attacks by Russia."),
    case(
        "Danish instructors have been teaching Ukrainian pilots to fly.", "Denmark|trains|Ukraine"
    ),
]

# what a condemned act is judged to be may name its author
CASES += [
    case(
        "Moscow denounced the raid as an armed intervention by Belgium and the United States.",
        "Russia|condemns|Belgium",
        "Russia|condemns|United States",
    ),
]
