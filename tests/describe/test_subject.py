"""What a figure counts, by class of sentence: each class of subject error found on
articles nobody tuned for, in several wordings (the rule cases hold one of each)."""

from __future__ import annotations

import pytest

from stats import extract


def _subjects(text: str) -> list[tuple[str, str]]:
    return [(f.span, f.subject) for f in extract(text, doc="case.txt")]


@pytest.mark.parametrize(("text", "expected"), [
    # A headline verb touching the number is no noun, and the doer of an action is not counted.
    ("Floods kill dozens in the north", [("dozens", "")]),
    ("Storm kills 12 in coastal towns", [("12", "")]),
    ("Quake injures 40, destroys 300 homes", [("40", ""), ("300", "homes")]),
    ("Police arrested 35 after the match.", [("35", "")]),
    # A participle after a measure describes what came before it, not what the measure is of.
    ("There were 11 tremors above magnitude 2.0 recorded since the incident.",
     [("11", "tremors"), ("above magnitude 2.0", "")]),
    ("Rain reached 300 mm in Beira.", [("300 mm", "Rain")]),
    # ... while copulas and verbs of change still lead to it.
    ("The death toll rose to 40.", [("40", "death toll")]),
    ("The plant produces 500 megawatts.", [("500 megawatts", "plant")]),
    ("Debt interest alone takes R428 billion a year.", [("R428 billion", "Debt interest")]),
    # A clause that opens with an -ing noun has it as its subject, not as a verb to skip.
    ("Spending rises to R2.54 trillion.", [("R2.54 trillion", "Spending")]),
    ("Borrowing will reach R500 billion.", [("R500 billion", "Borrowing")]),
    ("Including 12 soldiers, 40 people died.", [("12", "soldiers"), ("40", "people")]),
    # The speaker of a bare count is not what it counts, nor is a pointing word.
    ("The ministry said 12 were missing.", [("12", "")]),
    ("Officials said that about 40 had died.", [("about 40", "")]),
    ("That's up from 850,000 at 10:00.", [("850,000", "")]),
])
def test_a_verb_is_not_the_subject(text: str, expected: list[tuple[str, str]]) -> None:
    assert _subjects(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "others" stands for the nearest counted noun that is not a breakdown of another.
    ("The blast killed 25 people, including 10 children, and wounded 40 others.",
     [("25", "people"), ("10", "children"), ("40", "people")]),
    ("The attack killed 25 people, three of them children, and wounded 40 others.",
     [("25", "people"), ("three", "children"), ("40", "people")]),
    ("The Taliban killed hundreds of Afghan troops, and hundreds of others surrendered.",
     [("hundreds", "Afghan troops"), ("hundreds", "Afghan troops")]),
    # Set against children or women, "others" are other people: written as they are.
    ("A bomb killed two children and wounded 40 others in the market.",
     [("two", "children"), ("40", "others")]),
    ("Gunmen killed three women and abducted 12 others.", [("three", "women"), ("12", "others")]),
])
def test_others_are_found_past_breakdowns(text: str, expected: list[tuple[str, str]]) -> None:
    assert _subjects(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The floods displaced 1.8 million this year, officials said.", [("1.8 million", "")]),
    ("Arrivals reached 2,000 a day in June.", [("2,000", "Arrivals")]),
    ("Temperatures fell to −5 degrees overnight.", [("−5 degrees", "Temperatures")]),
    # A duration's unit word is never carried to the count after it.
    ("The mill has run for 60 years and employs 340.", [("60 years", "years"), ("340", "")]),
    ("The siege lasted 40 days and 300 families left.", [("40 days", "siege"), ("300", "families")]),
])
def test_a_time_is_not_what_is_counted(text: str, expected: list[tuple[str, str]]) -> None:
    assert _subjects(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Temperatures in the capital hit 48C on Sunday.", [("48C", "Temperatures")]),
    ("Prices in Kabul rose 5% last month.", [("5%", "Prices")]),
    ("The quake struck at a depth of 10 km.", [("10 km", "depth")]),
    ("The storm dumped 300 mm of rain on the city.", [("300 mm", "rain")]),
    ("Customs found 35 kilos of cocaine hidden in a lorry.", [("35 kilos", "cocaine")]),
    ("The appeal will fund treatment for 60,000 severely malnourished children.",
     [("60,000", "severely malnourished children")]),
])
def test_noun_phrases(text: str, expected: list[tuple[str, str]]) -> None:
    assert _subjects(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A baseline ("down from", "against", "compared with") measures what the figure before it does.
    ("Unemployment rose to 5.2 per cent in March, up from 4.9 per cent in February.",
     [("5.2 per cent", "Unemployment"), ("4.9 per cent", "Unemployment")]),
    ("Turnout was 61%, down from 66% four years ago, the commission said.",
     [("61%", "Turnout"), ("66%", "Turnout"), ("four years", "years")]),
    ("Reservoirs stood at 40%, against 52% in 2023.", [("40%", "Reservoirs"), ("52%", "Reservoirs")]),
    # ... and so does the end of a change ("by 50 basis points to 6.5%").
    ("The central bank raised its policy rate by 50 basis points to 6.5% on Thursday.",
     [("50 basis points", "policy rate"), ("6.5%", "policy rate")]),
    ("Sales fell 11% to $38.6bn in the quarter.", [("11%", "Sales"), ("$38.6bn", "Sales")]),
    # ... or "at" ("up 3.2 per cent at £6.84bn"), and the change restated after ", or".
    ("Group turnover was up 4.1 per cent at €2.3bn.", [("4.1 per cent", "Group turnover"),
                                                     ("€2.3bn", "Group turnover")]),
    ("Copper futures closed down $210, or 2.4%, at $8,540 a tonne.",
     [("$210", "Copper futures"), ("2.4%", "Copper futures"), ("$8,540", "Copper futures")]),
    # A plain "to" is no change's end, and a figure with its own noun keeps it.
    ("Their vote share rose to 12%.", [("12%", "vote share")]),
    ("The mill employs 40 people, or about a third of the village.",
     [("40", "people"), ("about a third", "village")]),
    ("The index rose 2% and 30 firms gained from 5 percent gains.",
     [("2%", "index"), ("30", "firms"), ("5 percent", "gains")]),
    # A bare baseline count takes the noun before it, past an earlier report's own words.
    ("The ministry said 23 police officers were injured, up from the 12 the police reported on Thursday.",
     [("23", "police officers"), ("12", "police officers")]),
    ("The train was carrying 1,012 passengers, against the 900 first estimated.",
     [("1,012", "passengers"), ("900", "passengers")]),
    ("The clinic treated 40 patients, up from 25 reported on Monday.",
     [("40", "patients"), ("25", "patients")]),
    # ... while a baseline with a noun of its own keeps it.
    ("Camps now hold 110 families, up from 85 sites in June.", [("110", "families"), ("85", "sites")]),
    ("The hospital treated 30 injured people, up from 12 wounded earlier.",
     [("30", "injured people"), ("12", "injured people")]),
])
def test_a_baseline_measures_what_the_figure_before_measures(text: str,
                                                             expected: list[tuple[str, str]]) -> None:
    assert _subjects(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A time or a rate after an amount or a share is its period, never its subject.
    ("The fund will spend $4 million a day on shelters.", [("$4 million", "shelters")]),
    ("Ministers expect a primary deficit of R$28 billion this year.", [("R$28 billion", "primary deficit")]),
    ("Gold prices rose to $2,012 an ounce.", [("$2,012", "Gold prices")]),
    ("Annual inflation eased to 6.1% in October.", [("6.1%", "Annual inflation")]),
    # ... while a count of months or years counts them.
    ("Prices have risen for 18 consecutive months.", [("18", "consecutive months")]),
    ("It was the sixth straight month of gains.", [("sixth", "month")]),
])
def test_a_time_is_no_subject_of_an_amount(text: str, expected: list[tuple[str, str]]) -> None:
    assert _subjects(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A verb of lasting names the thing that lasts before it, past a relative pronoun or an aside.
    ("The siege lasted nearly three weeks.", [("nearly three weeks", "siege")]),
    ("Rescuers joined the search, which lasted about 40 hours in heavy rain.",
     [("about 40 hours", "search")]),
    ("He was convicted in March after a trial that lasted six weeks.", [("six weeks", "trial")]),
    ("The strike on the port, called by the main unions, lasted two days.", [("two days", "strike")]),
    ("Repairs usually take two to three months, engineers said.", [("two to three months", "Repairs")]),
    ("Forecasters expect the heatwave to continue for at least another five days.",
     [("five days", "heatwave")]),
    # A person held or taking time is no thing that lasts; nor is an action timed by "took ... to".
    ("Her brother has been held for two years without charge.", [("two years", "years")]),
    ("The commission took six days to announce the result.", [("six days", "days")]),
    # A time within a time is no subject: "the first nine months of the year".
    ("Exports fell in the first nine months of the year.", [("nine months", "months")]),
    ("The country has endured two decades of war.", [("two decades", "war")]),
])
def test_what_a_duration_is_the_length_of(text: str, expected: list[tuple[str, str]]) -> None:
    assert _subjects(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Nouns joined by "and"/"or" are counted together, in wire, release and live-blog wordings.
    ("More than 2,000 soldiers and police officers were deployed.",
     [("More than 2,000", "soldiers and police officers")]),
    ("The floods destroyed 300 homes and businesses, officials said.", [("300", "homes and businesses")]),
    ("Clinics will add 1,600 hip and knee operations next year.", [("1,600", "hip and knee operations")]),
    ("UPDATE 14:05 - Crews removed 3,000 tonnes of mud and debris from the square.",
     [("3,000 tonnes", "mud and debris")]),
    ("The warehouse held 1,200 tonnes of fertiliser and other chemicals.",
     [("1,200 tonnes", "fertiliser and other chemicals")]),
    # Not a verb, a determiner, another figure's noun, or a singular joined to a count.
    ("The blast killed 12 soldiers and wounded 40.", [("12", "soldiers"), ("40", "soldiers")]),
    ("Gunmen killed two children and their mother.", [("two", "children")]),
    ("The storm killed 40 people and livestock in the valley.", [("40", "people and livestock")]),
    ("The storm killed 40 people and property was damaged.", [("40", "people")]),
    ("Rescuers sent 12 helicopters and 1,000 soldiers.", [("12", "helicopters"), ("1,000", "soldiers")]),
])
def test_joined_nouns_are_counted_together(text: str, expected: list[tuple[str, str]]) -> None:
    assert _subjects(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "The number of ..." or a toll before the figure is what it counts, past the figure before it.
    ("The number of people confirmed dead in the collapse rose to 17 on Sunday.", [("17", "people")]),
    ("Police put the number of bodies recovered at 27.", [("27", "bodies")]),
    ("Rescuers found 13 more survivors, raising the number of people rescued to 40.",
     [("13", "survivors"), ("40", "people")]),
    ("Officials reported seven deaths, bringing the state's toll to 139.",
     [("seven", "deaths"), ("139", "toll")]),
    ("A worker died in hospital on Wednesday, raising the toll to 10, officials said.",
     [("A worker", "worker"), ("10", "toll")]),
    # Not when another number stands between them, nor for a figure with a noun of its own.
    ("The number of dead rose to 40 and 12 were injured.", [("40", "dead"), ("12", "dead")]),
    ("The number of schools closed rose to 300 classrooms.", [("300", "classrooms")]),
])
def test_the_number_of_a_group_is_counted_by_its_value(text: str, expected: list[tuple[str, str]]) -> None:
    assert _subjects(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The noun an amount is "of" names what it is the value of, before any phrase after it.
    ("The state announced compensation of Rs 5 lakh for the family of each victim.",
     [("Rs 5 lakh", "compensation")]),
    ("Police are offering a reward of up to $10,000 for information.", [("up to $10,000", "reward")]),
    ("Ministers unveiled a draft budget of EGP 4.6 trillion for the fiscal year.",
     [("EGP 4.6 trillion", "draft budget")]),
    # ... not a generic amount word ("an average of"), which leaves the phrase before it.
    ("A flat now costs an average of 31,000 lira a month.", [("31,000 lira", "flat")]),
    # Whom an amount is paid to, after "to" and a noun phrase; not "to" and a verb.
    ("The government will pay 500,000 naira to the family of each victim.", [("500,000 naira", "family")]),
    ("The council promised $2,000 to each bereaved family.", [("$2,000", "bereaved family")]),
    ("Donors had pledged US$11.3 million to the appeal by Thursday.", [("US$11.3 million", "appeal")]),
    ("Vouchers will fall from US$12 to US$8 a month.", [("US$12", "Vouchers"), ("US$8", "Vouchers")]),
    # A part "of which" is a part of the amount before it.
    ("The campaign will cost US$8.4 million, of which US$5.1 million has been provided by donors.",
     [("US$8.4 million", "campaign"), ("US$5.1 million", "campaign")]),
    # "a record", "a further": how the amount stands, not what it is of.
    ("Tourism revenue reached a record $15.7 billion last year.", [("$15.7 billion", "Tourism revenue")]),
    ("The pound traded at 48.6 to the dollar.", [("48.6", "pound")]),
])
def test_what_an_amount_is_the_value_of(text: str, expected: list[tuple[str, str]]) -> None:
    assert _subjects(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The place named right before the comma lies at the distance, not the head before its preposition.
    ("The injured were flown to hospitals in Kathmandu, 80 kilometres to the east.",
     [("80 kilometres", "Kathmandu")]),
    ("The attack on the Lisey camp, about 60 km north of Bunia, lasted three hours.",
     [("about 60 km", "Lisey camp"), ("three hours", "attack")]),
    ("Families sheltered in a school hall in Looe, four miles away.", [("four miles", "Looe")]),
    # ... unless it is the area that holds a place named before it.
    ("The ferry sank near Gazaria in Munshiganj district, about 35 km southeast of the capital.",
     [("about 35 km", "Gazaria")]),
    # A length between an article and a noun measures that noun.
    ("The 210-metre bridge was built in 1961.", [("210-metre", "bridge")]),
    ("Divers searched a 35 km stretch of the river.", [("35 km", "stretch")]),
    ("The two countries share an 817-km border.", [("two", "countries"), ("817-km", "border")]),
    # Not a length with no noun after it.
    ("The water rose to a record 4 metres on Sunday.", [("4 metres", "water")]),
])
def test_what_lies_at_a_distance_or_is_that_long(text: str, expected: list[tuple[str, str]]) -> None:
    assert _subjects(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A counter noun runs to the thing it counts.
    ("Farmers lost 700 head of cattle in the fire.", [("700", "head of cattle")]),
    ("Crews deployed 30 pieces of heavy equipment overnight.", [("30", "pieces of heavy equipment")]),
    # "heads" and "units" count themselves: "40 heads of state", not 40 states.
    ("The summit drew 40 heads of state.", [("40", "heads")]),
    # A participle with a noun after it is no elided noun: "87 injured people" counts people.
    ("The morgue holds 31 bodies, and doctors are treating 87 injured people.",
     [("31", "bodies"), ("87", "injured people")]),
    ("Gunmen killed 12 soldiers and wounded 40 in the attack.", [("12", "soldiers"), ("40", "soldiers")]),
    # An elided noun is the group's, past a breakdown of it.
    ("The strike killed 9 people, including two children, and injured 46 overnight.",
     [("9", "people"), ("two", "children"), ("46", "people")]),
    ("Two people were killed, a trader and a guard, and nine were treated for burns.",
     [("Two", "people"), ("a trader", "trader"), ("a guard", "guard"), ("nine", "people")]),
    # A copula names the people a bare part is; not a verb or a preposition.
    ("Of those detained, 41 are minors, police said.", [("41", "minors")]),
    ("Of the 23 injured, eight were in hospital.", [("eight", "injured")]),
])
def test_counter_nouns_participles_and_parts(text: str, expected: list[tuple[str, str]]) -> None:
    assert _subjects(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A whole that names its noun keeps it; a whole that names none leaves the copula's.
    ("Of the 31 wounded, nine are children.", [("nine", "wounded")]),
    ("Of the 7.4 million, about 1.9 million are children under five.", [("about 1.9 million", "children")]),
])
def test_a_part_of_a_whole_and_its_copula(text: str, expected: list[tuple[str, str]]) -> None:
    assert _subjects(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A change a share sizes: what changes after "in", else the change itself.
    ("Prices rose, driven by a 4.6 percent jump in housing costs.", [("4.6 percent", "housing costs")]),
    ("The toll was a 23% rise on the previous quarter.", [("23%", "rise")]),
    ("Unions want the 30 percent rise that teachers demanded.", [("30 percent", "rise")]),
    # The noun a share is "of", even one that looks like a verb.
    ("Most economists expect a cut of 25 basis points in May.", [("25 basis points", "cut")]),
    ("We want a pay rise of 8 per cent a year.", [("8 per cent", "pay rise")]),
    # A change after a comma sizes the figure before it.
    ("The firm sold 912,000 vehicles in the first half, down 4% from 2023.",
     [("912,000", "vehicles"), ("4%", "vehicles")]),
    ("More than 27,000 migrants have arrived since January, about 18% fewer than last year.",
     [("More than 27,000", "migrants"), ("about 18%", "migrants")]),
    # Not a share with its own noun, nor a plain figure after a comma.
    ("Exports fell 3%, and 40% of firms cut jobs.", [("3%", "Exports"), ("40%", "firms")]),
])
def test_what_a_share_sizes(text: str, expected: list[tuple[str, str]]) -> None:
    assert _subjects(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A relative clause whose verb the figure completes is about the phrase before its comma.
    ("Core inflation, which rose 3.1% in December, stayed above target.", [("3.1%", "Core inflation")]),
    ("Growth, which slowed to 4.8% in the third quarter, will recover.", [("4.8%", "Growth")]),
    ("The ferry, which weighs some 480 tonnes, will be lifted on Saturday.", [("some 480 tonnes", "ferry")]),
    # ... the head before a name it ends in, and the predicate after the clause too.
    ("The UN's appeal for Congo, which seeks $2.5 billion this year, is only 12% funded.",
     [("$2.5 billion", "UN's appeal"), ("12%", "UN's appeal")]),
    ("Revenue from the Suez Canal, which fell by 61% in 2024, is projected to recover.",
     [("61%", "Revenue")]),
    # Not people, whose relative clause is about what they did.
    ("The villagers, who lost 40% in the floods, want help.", [("40%", "")]),
    ("The minister, who trailed by 4%, conceded.", [("4%", "")]),
])
def test_a_relative_clause_is_about_its_antecedent(text: str, expected: list[tuple[str, str]]) -> None:
    assert _subjects(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A duration something is lengthened or shortened by is that thing's.
    ("The council extended a state of emergency in the region by three months.",
     [("three months", "emergency")]),
    ("Hotter summers have lengthened the fire season by about a month.", [("about a month", "fire season")]),
    ("The curfew was cut by two hours on Friday.", [("two hours", "curfew")]),
    # Not people; and "within ... of" an event is an elapsed time, named by its unit.
    ("The prisoners were held by the militia for two years.", [("two years", "years")]),
    ("Medics ran out of blood within three hours of the strike.", [("within three hours", "hours")]),
    ("Many new teachers quit within five years of starting.", [("within five years", "years")]),
])
def test_what_a_duration_changes(text: str, expected: list[tuple[str, str]]) -> None:
    assert _subjects(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A place after an amount is where it is paid, not what for; what costs it is read back.
    ("A 50 kg bag of maize now costs MK 85,000 in Lilongwe.", [("50 kg", "bag"), ("MK 85,000", "maize")]),
    ("The US has spent $1 trillion in America's longest war.", [("$1 trillion", "America's longest war")]),
    # Whom an amount costs is not what costs it.
    ("Business groups say the strike is costing the economy €300 million every day.",
     [("€300 million", "strike")]),
    ("The union's claim would cost taxpayers an extra $1.9 billion.", [("$1.9 billion", "union's claim")]),
    # ... and a cost with its own preposition phrase keeps it.
    ("The stoppage cost producers R24 billion in export revenue.", [("R24 billion", "export revenue")]),
])
def test_where_an_amount_is_paid_and_what_costs_it(text: str, expected: list[tuple[str, str]]) -> None:
    assert _subjects(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A share a party or candidate wins with no noun of its own is of the vote.
    ("Vox won 15.3% and 17 seats.", [("15.3%", "vote"), ("17", "seats")]),
    ("His main challenger took 44.6%, the commission said.", [("44.6%", "vote")]),
    # Not a share that names its own noun, nor one after another verb.
    ("The party won 18.1% of the popular vote.", [("18.1%", "popular vote")]),
    ("Labour won 40% of council seats.", [("40%", "council seats")]),
    ("Exports rose 4.6% in March.", [("4.6%", "Exports")]),
    # Not outside an election: markets and firms "take" and "win" shares too.
    ("The Nikkei took 2% off its value on Friday.", [("2%", "Nikkei")]),
    ("Apple shares won 3% on the news.", [("3%", "Apple shares")]),
])
def test_a_share_won_is_of_the_vote(text: str, expected: list[tuple[str, str]]) -> None:
    assert _subjects(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "the attackers, numbering about 40": the group the participle follows.
    ("Police said the attackers, numbering about 40, fled into the forest.", [("about 40", "attackers")]),
    ("The protesters, numbering more than 2,000, marched on parliament.",
     [("more than 2,000", "protesters")]),
    # "from 20 to 45 beds": both numbers count the noun after the second.
    ("The ward has been expanded from 20 to 45 beds.", [("20", "beds"), ("45", "beds")]),
    # Not a "to" that leads elsewhere.
    ("Cases rose from 20 on Monday.", [("20", "Cases")]),
    # Nor a unit, a currency or a percent word after the second number.
    ("The bank raised rates from 4 to 4.5 percent.", [("4", "rates"), ("4.5 percent", "rates")]),
    ("Temperatures climbed from 30 to 42 degrees.", [("30", "Temperatures"), ("42 degrees", "Temperatures")]),
])
def test_groups_numbering_and_changes_from_one_number_to_another(text: str,
                                                                  expected: list[tuple[str, str]]) -> None:
    assert _subjects(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A change sized "in" a time or a place: the change, not the time or the place.
    ("Consumer prices posted a 2.1% rise in January.", [("2.1%", "rise")]),
    ("The retailer reported a 4% fall in the third quarter.", [("4%", "fall")]),
    ("Rents saw a 20% jump in Lagos.", [("20%", "jump")]),
    # "to" after an amount names a level reached, not whom it is paid to.
    ("Oil rose $2 to the highest level since 2014.", [("$2", "Oil")]),
    ("Exports fell $3 billion to the lowest level in a decade.",
     [("$3 billion", "Exports"), ("a decade", "decade")]),
    ("The government paid $5,000 to the family of each victim.", [("$5,000", "family")]),
    # A baseline "a year earlier" is a time: the amount measures what the one before does.
    ("Sales reached $5 billion, up from $4 billion a year earlier.",
     [("$5 billion", "Sales"), ("$4 billion", "Sales"), ("a year", "year")]),
    # Delayed, won or pushed back by a time: the time is no thing's length.
    ("The train was delayed by 40 minutes.", [("40 minutes", "minutes")]),
    ("She won the marathon by three minutes.", [("three minutes", "minutes")]),
    ("The government took six months over the decision.", [("six months", "months")]),
    ("The sentence was reduced on appeal by two years.", [("two years", "years")]),
    # ... while the verbs that lengthen or shorten a thing give it.
    ("The curfew was extended by two weeks.", [("two weeks", "curfew")]),
])
def test_what_the_subject_rules_leave_alone(text: str, expected: list[tuple[str, str]]) -> None:
    assert _subjects(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # An adverb, a month, "another" or a time ago read before a figure counts nothing ...
    ("Thailand's economy grew a seasonally adjusted 1.3% in the first quarter.", [("1.3%", "")]),
    ("Growth was revised to 0.6% from an initially reported 0.4%.", [("0.6%", "Growth"), ("0.4%", "")]),
    ("The Greens are steady on 11 per cent.", [("11 per cent", "")]),
    # ... while nouns ending as adverbs do not ("family", "supply", "rally", "the march").
    ("The state will pay 500,000 naira to each family.", [("500,000 naira", "family")]),
    ("The rally drew 5,000 people.", [("5,000", "people")]),
])
def test_a_word_that_counts_nothing_is_no_subject(text: str, expected: list[tuple[str, str]]) -> None:
    assert _subjects(text) == expected
