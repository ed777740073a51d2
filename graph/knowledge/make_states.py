"""Regenerate ``states.tsv`` from pycountry (ISO 3166-1) plus the hand-kept table below.

What comes from pycountry and is not typed by hand: the ISO alpha-2 code of every state that
ISO 3166-1 lists, a check that every alpha-3 code below exists, and the ISO official and common
names, which are added as aliases (minus the inverted "Korea, Republic of" forms, bracketed forms
and the bare "Congo", which would be ambiguous).

What is kept by hand in ``STATES``: the canonical English short name as used in news, aliases,
demonyms (adjective and people nouns; a trailing ``+`` also adds the plural in -s), capitals
with variant spellings, seats of government used as metonyms, and the Wikidata QID (left
empty when not known for certain). Kosovo has no ISO 3166-1 code; it uses the user-assigned
code XKX / XK used by the EU, the IMF and the World Bank.

Run from the repository root:  .venv/bin/python -m graph.knowledge.make_states
then review ``git diff graph/data/gazetteer/states.tsv``. Rules: no tab inside a value, ``|``
separates values, and no alias, demonym, capital or metonym may be given to two states.
"""

from __future__ import annotations

from pathlib import Path

import pycountry

HERE = Path(__file__).resolve().parents[1] / "data/gazetteer"
HEADER = ["iso3", "name", "iso2", "wikidata", "aliases", "demonyms", "capitals", "metonyms"]

# The 193 UN member states (alpha-3), then observer states and others with wide recognition.
UN_MEMBERS = """
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA
BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB CYP CZE DNK DJI
DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY
HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR PRK KOR KWT KGZ LAO LVA LBN
LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MDA MCO MNG MNE MAR MOZ MMR
NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT ROU RUS RWA
KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE
SYR TJK TZA THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR USA URY UZB VUT VEN VNM YEM ZMB
ZWE
""".split()  # noqa: SIM905
OBSERVERS_AND_OTHERS = ["VAT", "PSE", "TWN", "XKX", "ESH"]
NON_ISO = {"XKX": "XK"}  # Kosovo: user-assigned code, not in ISO 3166-1
SKIP_ISO_NAMES = {
    "Congo",
    "Taiwan, Province of China",
    "Viet Nam",
    "Lao People's Democratic Republic",
    "Socialist Republic of Viet Nam",
}

# iso3, name, aliases, demonyms, capitals, metonyms, wikidata
STATES: list[tuple[str, str, str, str, str, str, str]] = [
    ("AFG", "Afghanistan", "Islamic Republic of Afghanistan", "Afghan+", "Kabul", "", "Q889"),
    ("ALB", "Albania", "", "Albanian+", "Tirana|Tiranë", "", "Q222"),
    ("DZA", "Algeria", "", "Algerian+", "Algiers", "", "Q262"),
    ("AND", "Andorra", "", "Andorran+", "Andorra la Vella", "", "Q228"),
    ("AGO", "Angola", "", "Angolan+", "Luanda", "", "Q916"),
    ("ATG", "Antigua and Barbuda", "Antigua", "Antiguan+", "St. John's|Saint John's", "", "Q781"),
    (
        "ARG",
        "Argentina",
        "Argentine Republic",
        "Argentine+|Argentinian+",
        "Buenos Aires",
        "Casa Rosada",
        "Q414",
    ),
    ("ARM", "Armenia", "", "Armenian+", "Yerevan", "", "Q399"),
    ("AUS", "Australia", "Commonwealth of Australia", "Australian+", "Canberra", "", "Q408"),
    ("AUT", "Austria", "", "Austrian+", "Vienna|Wien", "Ballhausplatz", "Q40"),
    ("AZE", "Azerbaijan", "", "Azerbaijani+|Azeri+", "Baku", "", "Q227"),
    ("BHS", "Bahamas", "The Bahamas", "Bahamian+", "Nassau", "", "Q778"),
    ("BHR", "Bahrain", "Kingdom of Bahrain", "Bahraini+", "Manama", "", "Q398"),
    ("BGD", "Bangladesh", "", "Bangladeshi+", "Dhaka|Dacca", "", "Q902"),
    ("BRB", "Barbados", "", "Barbadian+|Bajan+", "Bridgetown", "", "Q244"),
    ("BLR", "Belarus", "Byelorussia|Belorussia", "Belarusian+|Belarussian+", "Minsk", "", "Q184"),
    ("BEL", "Belgium", "", "Belgian+", "", "", "Q31"),
    ("BLZ", "Belize", "", "Belizean+", "Belmopan", "", "Q242"),
    ("BEN", "Benin", "", "Beninese", "Porto-Novo|Cotonou", "", "Q962"),
    ("BTN", "Bhutan", "", "Bhutanese", "Thimphu", "", "Q917"),
    ("BOL", "Bolivia", "", "Bolivian+", "La Paz|Sucre", "", "Q750"),
    (
        "BIH",
        "Bosnia and Herzegovina",
        "Bosnia|Bosnia-Herzegovina|BiH",
        "Bosnian+",
        "Sarajevo",
        "",
        "Q225",
    ),
    ("BWA", "Botswana", "", "Botswanan+|Motswana|Batswana", "Gaborone", "", "Q963"),
    (
        "BRA",
        "Brazil",
        "Federative Republic of Brazil",
        "Brazilian+",
        "Brasília|Brasilia",
        "Planalto|Planalto Palace",
        "Q155",
    ),
    ("BRN", "Brunei", "Brunei Darussalam", "Bruneian+", "Bandar Seri Begawan", "", "Q921"),
    ("BGR", "Bulgaria", "", "Bulgarian+", "Sofia", "", "Q219"),
    ("BFA", "Burkina Faso", "", "Burkinabe|Burkinabè", "Ouagadougou", "", "Q965"),
    ("BDI", "Burundi", "", "Burundian+", "Gitega|Bujumbura", "", "Q967"),
    ("CPV", "Cape Verde", "Cabo Verde", "Cape Verdean+", "Praia", "", "Q1011"),
    ("KHM", "Cambodia", "Kingdom of Cambodia", "Cambodian+", "Phnom Penh", "", "Q424"),
    ("CMR", "Cameroon", "", "Cameroonian+", "Yaoundé|Yaounde", "", "Q1009"),
    ("CAN", "Canada", "", "Canadian+", "Ottawa", "Parliament Hill|Rideau Hall", "Q16"),
    ("CAF", "Central African Republic", "CAR", "Central African+", "Bangui", "", "Q929"),
    ("TCD", "Chad", "", "Chadian+", "N'Djamena|Ndjamena", "", "Q657"),
    ("CHL", "Chile", "", "Chilean+", "Santiago", "La Moneda", "Q298"),
    (
        "CHN",
        "China",
        "People's Republic of China|PRC|P.R.C.|mainland China",
        "Chinese",
        "Beijing|Peking",
        "Zhongnanhai",
        "Q148",
    ),
    ("COL", "Colombia", "", "Colombian+", "Bogotá|Bogota", "Casa de Nariño|Casa de Narino", "Q739"),
    ("COM", "Comoros", "", "Comorian+|Comoran+", "Moroni", "", "Q970"),
    (
        "COG",
        "Republic of the Congo",
        "Congo-Brazzaville|Congo Republic",
        "",
        "Brazzaville",
        "",
        "Q971",
    ),
    (
        "COD",
        "Democratic Republic of the Congo",
        "DRC|DR Congo|D.R. Congo|Congo-Kinshasa|DRCongo",
        "",
        "Kinshasa",
        "",
        "Q974",
    ),
    ("CRI", "Costa Rica", "", "Costa Rican+", "San José|San Jose", "", "Q800"),
    (
        "CIV",
        "Ivory Coast",
        "Côte d'Ivoire|Cote d'Ivoire|Cote d\u2019Ivoire",
        "Ivorian+",
        "Yamoussoukro|Abidjan",
        "",
        "Q1008",
    ),
    ("HRV", "Croatia", "", "Croatian+|Croat+", "Zagreb", "", "Q224"),
    ("CUB", "Cuba", "", "Cuban+", "Havana", "", "Q241"),
    ("CYP", "Cyprus", "", "Cypriot+", "Nicosia", "", "Q229"),
    ("CZE", "Czech Republic", "Czechia", "Czech+", "Prague", "", "Q213"),
    ("DNK", "Denmark", "", "Danish|Dane+", "Copenhagen", "Christiansborg", "Q35"),
    ("DJI", "Djibouti", "", "Djiboutian+", "", "", "Q977"),
    ("DMA", "Dominica", "Commonwealth of Dominica", "", "Roseau", "", "Q784"),
    ("DOM", "Dominican Republic", "", "Dominican+", "Santo Domingo", "", "Q786"),
    ("ECU", "Ecuador", "", "Ecuadorian+|Ecuadorean+", "Quito", "Carondelet Palace", "Q736"),
    ("EGY", "Egypt", "Arab Republic of Egypt", "Egyptian+", "Cairo", "", "Q79"),
    ("SLV", "El Salvador", "", "Salvadoran+|Salvadorean+", "San Salvador", "", "Q792"),
    ("GNQ", "Equatorial Guinea", "", "Equatorial Guinean+|Equatoguinean+", "Malabo", "", "Q983"),
    ("ERI", "Eritrea", "", "Eritrean+", "Asmara", "", "Q986"),
    ("EST", "Estonia", "", "Estonian+", "Tallinn", "Toompea", "Q191"),
    ("SWZ", "Eswatini", "Swaziland", "Swazi+|Emaswati", "Mbabane|Lobamba", "", "Q1050"),
    ("ETH", "Ethiopia", "", "Ethiopian+", "Addis Ababa", "", "Q115"),
    ("FJI", "Fiji", "", "Fijian+", "Suva", "", "Q712"),
    ("FIN", "Finland", "", "Finnish|Finn+", "Helsinki", "", "Q33"),
    (
        "FRA",
        "France",
        "French Republic",
        "French|Frenchman|Frenchmen|Frenchwoman|Frenchwomen",
        "Paris",
        "Élysée|Elysee|Élysée Palace|Elysee Palace|Matignon",
        "Q142",
    ),
    ("GAB", "Gabon", "Gabonese Republic", "Gabonese", "Libreville", "", "Q1000"),
    ("GMB", "Gambia", "The Gambia", "Gambian+", "Banjul", "", "Q1005"),
    ("GEO", "Georgia", "", "Georgian+", "Tbilisi", "", "Q230"),
    ("DEU", "Germany", "Federal Republic of Germany", "German+", "Berlin", "", "Q183"),
    ("GHA", "Ghana", "", "Ghanaian+", "Accra", "", "Q117"),
    ("GRC", "Greece", "Hellenic Republic", "Greek+|Hellenic", "Athens", "", "Q41"),
    ("GRD", "Grenada", "", "Grenadian+", "St. George's|Saint George's", "", "Q769"),
    ("GTM", "Guatemala", "", "Guatemalan+", "Guatemala City", "", "Q774"),
    ("GIN", "Guinea", "Guinea-Conakry", "Guinean+", "Conakry", "", "Q1006"),
    ("GNB", "Guinea-Bissau", "", "Bissau-Guinean+", "Bissau", "", "Q1007"),
    ("GUY", "Guyana", "", "Guyanese", "Georgetown", "", "Q734"),
    ("HTI", "Haiti", "", "Haitian+", "Port-au-Prince", "", "Q790"),
    ("HND", "Honduras", "", "Honduran+", "Tegucigalpa", "", "Q783"),
    ("HUN", "Hungary", "", "Hungarian+", "Budapest", "", "Q28"),
    ("ISL", "Iceland", "", "Icelandic|Icelander+", "Reykjavík|Reykjavik", "", "Q189"),
    (
        "IND",
        "India",
        "Republic of India|Bharat",
        "Indian+",
        "New Delhi|Delhi",
        "South Block",
        "Q668",
    ),
    ("IDN", "Indonesia", "", "Indonesian+", "Jakarta", "", "Q252"),
    ("IRN", "Iran", "Islamic Republic of Iran|Persia", "Iranian+", "Tehran|Teheran", "", "Q794"),
    ("IRQ", "Iraq", "Republic of Iraq", "Iraqi+", "Baghdad", "", "Q796"),
    (
        "IRL",
        "Ireland",
        "Republic of Ireland|Éire|Eire",
        "Irish|Irishman|Irishmen|Irishwoman",
        "Dublin",
        "",
        "Q27",
    ),
    ("ISR", "Israel", "State of Israel", "Israeli+", "Jerusalem", "", "Q801"),
    ("ITA", "Italy", "Italian Republic", "Italian+", "Rome", "Palazzo Chigi", "Q38"),
    ("JAM", "Jamaica", "", "Jamaican+", "Kingston", "", "Q766"),
    ("JPN", "Japan", "", "Japanese", "Tokyo", "Kantei", "Q17"),
    ("JOR", "Jordan", "Hashemite Kingdom of Jordan", "Jordanian+", "Amman", "", "Q810"),
    ("KAZ", "Kazakhstan", "", "Kazakh+|Kazakhstani+", "Astana|Nur-Sultan", "Akorda", "Q232"),
    ("KEN", "Kenya", "", "Kenyan+", "Nairobi", "", "Q114"),
    ("KIR", "Kiribati", "", "I-Kiribati", "Tarawa|South Tarawa", "", "Q710"),
    ("PRK", "North Korea", "DPRK|D.P.R.K.", "North Korean+", "Pyongyang", "", "Q423"),
    (
        "KOR",
        "South Korea",
        "Republic of Korea|ROK|R.O.K.",
        "South Korean+",
        "Seoul",
        "Blue House|Yongsan",
        "Q884",
    ),
    ("KWT", "Kuwait", "State of Kuwait", "Kuwaiti+", "Kuwait City", "", "Q817"),
    (
        "KGZ",
        "Kyrgyzstan",
        "Kyrgyz Republic|Kirghizia",
        "Kyrgyz|Kyrgyzstani+",
        "Bishkek",
        "",
        "Q813",
    ),
    (
        "LAO",
        "Laos",
        "Lao PDR|Lao People's Democratic Republic",
        "Laotian+",
        "Vientiane",
        "",
        "Q819",
    ),
    ("LVA", "Latvia", "", "Latvian+", "Riga", "", "Q211"),
    ("LBN", "Lebanon", "Lebanese Republic", "Lebanese", "Beirut", "Baabda", "Q822"),
    ("LSO", "Lesotho", "", "Basotho|Mosotho", "Maseru", "", "Q1013"),
    ("LBR", "Liberia", "", "Liberian+", "Monrovia", "", "Q1014"),
    ("LBY", "Libya", "", "Libyan+", "Tripoli", "", "Q1016"),
    ("LIE", "Liechtenstein", "", "Liechtensteiner+", "Vaduz", "", "Q347"),
    ("LTU", "Lithuania", "", "Lithuanian+", "Vilnius", "", "Q37"),
    (
        "LUX",
        "Luxembourg",
        "Grand Duchy of Luxembourg",
        "Luxembourger+|Luxembourgish",
        "",
        "",
        "Q32",
    ),
    ("MDG", "Madagascar", "", "Malagasy", "Antananarivo", "", "Q1019"),
    ("MWI", "Malawi", "", "Malawian+", "Lilongwe", "", "Q1020"),
    ("MYS", "Malaysia", "", "Malaysian+", "Kuala Lumpur|Putrajaya", "", "Q833"),
    ("MDV", "Maldives", "", "Maldivian+", "", "", "Q826"),
    ("MLI", "Mali", "", "Malian+", "Bamako", "", "Q912"),
    ("MLT", "Malta", "", "Maltese", "Valletta", "", "Q233"),
    ("MHL", "Marshall Islands", "", "Marshallese", "Majuro", "", "Q709"),
    ("MRT", "Mauritania", "", "Mauritanian+", "Nouakchott", "", "Q1025"),
    ("MUS", "Mauritius", "", "Mauritian+", "Port Louis", "", "Q1027"),
    (
        "MEX",
        "Mexico",
        "United Mexican States",
        "Mexican+",
        "Mexico City",
        "",
        "Q96",
    ),
    ("FSM", "Micronesia", "Federated States of Micronesia", "Micronesian+", "Palikir", "", "Q702"),
    ("MDA", "Moldova", "", "Moldovan+", "Chișinău|Chisinau|Kishinev", "", "Q217"),
    ("MCO", "Monaco", "", "Monegasque+", "", "", "Q235"),
    ("MNG", "Mongolia", "", "Mongolian+", "Ulaanbaatar|Ulan Bator", "", "Q711"),
    ("MNE", "Montenegro", "", "Montenegrin+", "Podgorica", "", "Q236"),
    ("MAR", "Morocco", "Kingdom of Morocco", "Moroccan+", "Rabat", "", "Q1028"),
    ("MOZ", "Mozambique", "", "Mozambican+", "Maputo", "", "Q1029"),
    ("MMR", "Myanmar", "Burma", "Burmese", "Naypyidaw|Nay Pyi Taw|Naypyitaw", "", "Q836"),
    ("NAM", "Namibia", "", "Namibian+", "Windhoek", "", "Q1030"),
    ("NRU", "Nauru", "", "Nauruan+", "", "", "Q697"),
    ("NPL", "Nepal", "", "Nepali+|Nepalese", "Kathmandu", "", "Q837"),
    (
        "NLD",
        "Netherlands",
        "the Netherlands|Holland",
        "Dutch|Dutchman|Dutchmen",
        "Amsterdam",
        "",
        "Q55",
    ),
    ("NZL", "New Zealand", "", "New Zealander+", "Wellington", "", "Q664"),
    ("NIC", "Nicaragua", "", "Nicaraguan+", "Managua", "", "Q811"),
    ("NER", "Niger", "", "Nigerien+", "Niamey", "", "Q1032"),
    (
        "NGA",
        "Nigeria",
        "Federal Republic of Nigeria",
        "Nigerian+",
        "Abuja",
        "Aso Rock|Aso Villa",
        "Q1033",
    ),
    ("MKD", "North Macedonia", "Macedonia|FYROM", "North Macedonian+", "Skopje", "", "Q221"),
    ("NOR", "Norway", "", "Norwegian+", "Oslo", "", "Q20"),
    ("OMN", "Oman", "Sultanate of Oman", "Omani+", "Muscat", "", "Q842"),
    ("PAK", "Pakistan", "Islamic Republic of Pakistan", "Pakistani+", "Islamabad", "", "Q843"),
    ("PLW", "Palau", "", "Palauan+", "Ngerulmud", "", "Q695"),
    ("PAN", "Panama", "", "Panamanian+", "Panama City", "", "Q804"),
    ("PNG", "Papua New Guinea", "PNG", "Papua New Guinean+", "Port Moresby", "", "Q691"),
    ("PRY", "Paraguay", "", "Paraguayan+", "Asunción|Asuncion", "", "Q733"),
    ("PER", "Peru", "", "Peruvian+", "Lima", "", "Q419"),
    (
        "PHL",
        "Philippines",
        "the Philippines",
        "Filipino+|Philippine",
        "Manila",
        "Malacañang|Malacanang",
        "Q928",
    ),
    ("POL", "Poland", "Republic of Poland", "Polish", "Warsaw", "", "Q36"),
    ("PRT", "Portugal", "Portuguese Republic", "Portuguese", "Lisbon", "", "Q45"),
    ("QAT", "Qatar", "State of Qatar", "Qatari+", "Doha", "", "Q846"),
    ("ROU", "Romania", "", "Romanian+", "Bucharest", "Cotroceni", "Q218"),
    ("RUS", "Russia", "Russian Federation", "Russian+", "Moscow", "Kremlin|the Kremlin", "Q159"),
    ("RWA", "Rwanda", "", "Rwandan+", "Kigali", "", "Q1037"),
    (
        "KNA",
        "Saint Kitts and Nevis",
        "St. Kitts and Nevis|St Kitts and Nevis",
        "Kittitian+",
        "Basseterre",
        "",
        "Q763",
    ),
    (
        "LCA",
        "Saint Lucia",
        "St. Lucia|St Lucia",
        "Saint Lucian+|St. Lucian+",
        "Castries",
        "",
        "Q760",
    ),
    (
        "VCT",
        "Saint Vincent and the Grenadines",
        "St. Vincent and the Grenadines|St Vincent and the Grenadines",
        "Vincentian+",
        "Kingstown",
        "",
        "Q757",
    ),
    ("WSM", "Samoa", "", "Samoan+", "Apia", "", "Q683"),
    ("SMR", "San Marino", "", "Sammarinese", "", "", "Q238"),
    (
        "STP",
        "São Tomé and Príncipe",
        "Sao Tome and Principe",
        "Santomean+|São Toméan+",
        "São Tomé|Sao Tome",
        "",
        "Q1039",
    ),
    (
        "SAU",
        "Saudi Arabia",
        "Kingdom of Saudi Arabia|KSA|Saudi",
        "Saudi+|Saudi Arabian+",
        "Riyadh",
        "",
        "Q851",
    ),
    ("SEN", "Senegal", "", "Senegalese", "Dakar", "", "Q1041"),
    ("SRB", "Serbia", "", "Serbian+|Serb+", "Belgrade", "", "Q403"),
    ("SYC", "Seychelles", "", "Seychellois", "", "", "Q1042"),
    ("SLE", "Sierra Leone", "", "Sierra Leonean+", "Freetown", "", "Q1044"),
    ("SGP", "Singapore", "", "Singaporean+", "", "", "Q334"),
    ("SVK", "Slovakia", "Slovak Republic", "Slovak+|Slovakian+", "Bratislava", "", "Q214"),
    ("SVN", "Slovenia", "", "Slovenian+|Slovene+", "Ljubljana", "", "Q215"),
    ("SLB", "Solomon Islands", "", "Solomon Islander+", "Honiara", "", "Q685"),
    (
        "SOM",
        "Somalia",
        "Federal Republic of Somalia",
        "Somali+",
        "Mogadishu",
        "Villa Somalia",
        "Q1045",
    ),
    (
        "ZAF",
        "South Africa",
        "Republic of South Africa|RSA",
        "South African+",
        "Pretoria|Cape Town",
        "Union Buildings",
        "Q258",
    ),
    ("SSD", "South Sudan", "", "South Sudanese", "Juba", "", "Q958"),
    (
        "ESP",
        "Spain",
        "Kingdom of Spain",
        "Spanish|Spaniard+",
        "Madrid",
        "Moncloa|La Moncloa",
        "Q29",
    ),
    ("LKA", "Sri Lanka", "", "Sri Lankan+", "Colombo|Sri Jayawardenepura Kotte", "", "Q854"),
    ("SDN", "Sudan", "Republic of the Sudan|the Sudan", "Sudanese", "Khartoum", "", "Q1049"),
    ("SUR", "Suriname", "Surinam", "Surinamese", "Paramaribo", "", "Q730"),
    ("SWE", "Sweden", "", "Swedish|Swede+", "Stockholm", "Rosenbad", "Q34"),
    ("CHE", "Switzerland", "Swiss Confederation", "Swiss", "Bern|Berne", "", "Q39"),
    ("SYR", "Syria", "Syrian Arab Republic", "Syrian+", "Damascus", "", "Q858"),
    ("TJK", "Tajikistan", "", "Tajik+|Tajikistani+", "Dushanbe", "", "Q863"),
    ("TZA", "Tanzania", "", "Tanzanian+", "Dodoma|Dar es Salaam", "", "Q924"),
    ("THA", "Thailand", "Kingdom of Thailand", "Thai+", "Bangkok", "", "Q869"),
    ("TLS", "Timor-Leste", "East Timor", "Timorese|East Timorese", "Dili", "", "Q574"),
    ("TGO", "Togo", "", "Togolese", "Lomé|Lome", "", "Q945"),
    ("TON", "Tonga", "", "Tongan+", "Nuku'alofa|Nukualofa", "", "Q678"),
    (
        "TTO",
        "Trinidad and Tobago",
        "Trinidad",
        "Trinidadian+|Tobagonian+",
        "Port of Spain",
        "",
        "Q754",
    ),
    ("TUN", "Tunisia", "", "Tunisian+", "Tunis", "Carthage Palace", "Q948"),
    ("TUR", "Turkey", "Türkiye|Turkiye", "Turkish|Turk+", "Ankara", "", "Q43"),
    ("TKM", "Turkmenistan", "", "Turkmen|Turkmenistani+", "Ashgabat", "", "Q874"),
    ("TUV", "Tuvalu", "", "Tuvaluan+", "Funafuti", "", "Q672"),
    ("UGA", "Uganda", "", "Ugandan+", "Kampala", "", "Q1036"),
    ("UKR", "Ukraine", "the Ukraine", "Ukrainian+", "Kyiv|Kiev", "Bankova", "Q212"),
    ("ARE", "United Arab Emirates", "UAE|U.A.E.|the Emirates", "Emirati+", "Abu Dhabi", "", "Q878"),
    (
        "GBR",
        "United Kingdom",
        "UK|U.K.|Britain|Great Britain",
        "British|Briton+|Brit+",
        "London",
        "Downing Street|Whitehall",
        "Q145",
    ),
    (
        "USA",
        "United States",
        "USA|U.S.|US|U.S.A.|America|United States of America",
        "American+",
        "Washington|Washington, D.C.|Washington DC",
        "White House|the White House",
        "Q30",
    ),
    ("URY", "Uruguay", "", "Uruguayan+", "Montevideo", "", "Q77"),
    ("UZB", "Uzbekistan", "", "Uzbek+|Uzbekistani+", "Tashkent", "", "Q265"),
    ("VUT", "Vanuatu", "", "Ni-Vanuatu|Vanuatuan+", "Port Vila", "", "Q686"),
    ("VEN", "Venezuela", "", "Venezuelan+", "Caracas", "Miraflores|Miraflores Palace", "Q717"),
    ("VNM", "Vietnam", "Viet Nam|Socialist Republic of Vietnam", "Vietnamese", "Hanoi", "", "Q881"),
    ("YEM", "Yemen", "Republic of Yemen", "Yemeni+", "Sanaa|Sana'a|Sana\u2019a", "", "Q805"),
    ("ZMB", "Zambia", "", "Zambian+", "Lusaka", "", "Q953"),
    ("ZWE", "Zimbabwe", "", "Zimbabwean+", "Harare", "", "Q954"),
    # UN observer states
    (
        "VAT",
        "Vatican City",
        "Holy See|the Holy See|Vatican|the Vatican|Vatican City State",
        "",
        "",
        "",
        "Q237",
    ),
    (
        "PSE",
        "Palestine",
        "State of Palestine|Palestinian territories|occupied Palestinian territories",
        "Palestinian+",
        "Ramallah|East Jerusalem",
        "Muqataa|Mukataa",
        "Q219060",
    ),
    # states with limited recognition
    (
        "TWN",
        "Taiwan",
        "Republic of China|ROC|R.O.C.|Chinese Taipei",
        "Taiwanese",
        "Taipei",
        "",
        "Q865",
    ),
    (
        "XKX",
        "Kosovo",
        "Republic of Kosovo",
        "Kosovar+|Kosovan+",
        "Pristina|Prishtina|Priština",
        "",
        "Q1246",
    ),
    (
        "ESH",
        "Western Sahara",
        "Sahrawi Arab Democratic Republic|SADR|Sahrawi Republic",
        "Sahrawi+|Saharawi+",
        "",
        "",
        "Q40362",
    ),
]


def _expand(demonyms: str) -> str:
    out: list[str] = []
    for d in filter(None, demonyms.split("|")):
        if d.endswith("+"):
            out += [d[:-1], d[:-1] + "s"]
        else:
            out.append(d)
    return "|".join(out)


def _iso_aliases(iso3: str, name: str, aliases: list[str]) -> list[str]:
    c = pycountry.countries.get(alpha_3=iso3)
    if c is None:
        return []
    seen = {a.casefold() for a in [name, *aliases]}
    extra = []
    for n in (getattr(c, "official_name", None), getattr(c, "common_name", None), c.name):
        if not n or "," in n or "(" in n or n in SKIP_ISO_NAMES:
            continue
        n = n[4:] if n.startswith("the ") else n
        if n.casefold() not in seen:
            seen.add(n.casefold())
            extra.append(n)
    return extra


def rows() -> list[list[str]]:
    by_iso = {s[0]: s for s in STATES}
    missing = set(UN_MEMBERS + OBSERVERS_AND_OTHERS) - by_iso.keys()
    assert not missing, f"no hand row for {sorted(missing)}"
    assert len(set(UN_MEMBERS)) == 193, len(set(UN_MEMBERS))
    out = []
    for iso3, name, aliases, demonyms, capitals, metonyms, qid in STATES:
        c = pycountry.countries.get(alpha_3=iso3)
        if c is None and iso3 not in NON_ISO:
            raise KeyError(f"{iso3} is not an ISO 3166-1 alpha-3 code")
        iso2 = c.alpha_2 if c else NON_ISO[iso3]
        al = [a for a in aliases.split("|") if a]
        al += _iso_aliases(iso3, name, al)
        out.append([iso3, name, iso2, qid, "|".join(al), _expand(demonyms), capitals, metonyms])
    return out


def main() -> None:
    lines = ["\t".join(HEADER)] + ["\t".join(r) for r in rows()]
    for line in lines:
        assert line.count("\t") == len(HEADER) - 1, line
    (HERE / "states.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines) - 1} states")


if __name__ == "__main__":
    main()
