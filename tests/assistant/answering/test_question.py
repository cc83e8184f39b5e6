import pytest

from assistant.answering.question import (
    analyse,
    asking_clause,
    asks_something,
    asks_which_plan,
    council_clauses,
    council_years,
    defined_name,
    for_council,
    for_plan,
    plan_clauses,
    unnamed,
    without_asides,
    without_plan_label,
    without_plans_of,
)
from assistant.retrieval.lexicon import Lexicon
from assistant.retrieval.plain_words import plan_words

LEXICON = Lexicon(acronyms={"MARAC": "Multi Agency Risk Assessment Conference"}, vocabulary={"referrals": 3})
COUNCILS = ["Southwark", "Sutton", "Tower Hamlets"]


def test_a_list_question_with_a_count() -> None:
    question = analyse("What are the four priorities of the Tower Hamlets plan 2017-21?", LEXICON, COUNCILS)
    assert question.wants_list and question.expected_count == 4
    assert question.councils == ("Tower Hamlets",) and question.years == (2017,)
    assert question.key_terms == ("prioriti",)


def test_councils_without_plans_are_noticed() -> None:
    question = analyse("Compare Camden's and Sutton's priorities", LEXICON, COUNCILS)
    assert question.councils == ("Sutton",) and question.unknown_councils == ("Camden",)


@pytest.mark.parametrize(
    ("text", "unknown"),
    [
        ("how many stabbings were there in manchester last year", ("Manchester",)),
        ("What are Cheshire East's community safety priorities?", ("Cheshire East",)),
        ("Does Glasgow have a violence reduction unit?", ("Glasgow",)),
        ("What is the Reading community safety plan about?", ("Reading",)),  # a name that is a word, capitalised
    ],
)
def test_councils_anywhere_in_the_uk_without_plans_are_noticed(text: str, unknown: tuple[str, ...]) -> None:
    question = analyse(text, LEXICON, COUNCILS)
    assert question.councils == () and question.unknown_councils == unknown


def test_an_everyday_word_that_names_a_council_names_none_in_lower_case() -> None:
    question = analyse("I keep reading that Sutton is safe: is it?", LEXICON, COUNCILS)
    assert question.councils == ("Sutton",) and question.unknown_councils == ()


def test_a_figure_question_and_its_key_terms() -> None:
    question = analyse("How many MARAC referals does Sutton aim for?", LEXICON, COUNCILS)
    assert question.wants_number and not question.wants_list
    assert question.key_terms == ("marac", "referr")


def test_a_story_s_councils_are_not_the_ones_asked_about() -> None:
    question = analyse(
        "Sutton works with Croydon and Bromley on lots of things and my sister lives near the border. "
        "What are Croydon's community safety priorities?",
        LEXICON,
        COUNCILS,
    )
    assert question.councils == () and question.unknown_councils == ("Croydon",)


def test_a_story_s_councils_are_kept_when_the_question_names_a_council_with_plans() -> None:
    question = analyse(
        "We moved here from Southwark last year and my parents still live there, so I think about it a lot. "
        "How does Sutton's plan compare with theirs?",
        LEXICON,
        COUNCILS,
    )
    assert set(question.councils) == {"Southwark", "Sutton"}


@pytest.mark.parametrize(
    "text",
    [
        "What does the Crime and Disorder Act 1998 require of partnerships?",
        "What do the Domestic Violence Regulations 2011 say about reviews?",
    ],
)
def test_the_year_in_a_law_s_name_is_not_a_year_asked_about(text: str) -> None:
    assert analyse(text, LEXICON, COUNCILS).years == ()


def test_a_year_beside_a_law_s_name_is_still_asked_about() -> None:
    question = analyse("What did Sutton achieve in 2019 under the Crime and Disorder Act 1998?", LEXICON, COUNCILS)
    assert question.years == (2019,)


@pytest.mark.parametrize(
    ("text", "searched"),
    [
        ("Hiya! Probation officer in Sutton. How long was the scheme extended?", "How long was the scheme extended?"),
        ("Which two crimes got a task group? I'm a youth worker there.", "Which two crimes got a task group?"),
        (
            "Morning! What does the plan say about lighting? Thanks in advance.",
            "What does the plan say about lighting?",
        ),
        ("What is the burglary target?", "What is the burglary target?"),
    ],
)
def test_what_is_searched_leaves_out_who_asks_and_greetings(text: str, searched: str) -> None:
    assert without_asides(text) == searched


def test_back_in_a_year_says_when_not_what() -> None:
    question = analyse("Back in 2016, how many MARAC referrals did Sutton get?", LEXICON, COUNCILS)
    assert question.key_terms == ("marac", "referr") and question.years == (2016,)


def test_who_asks_said_as_a_sentence_of_its_own_still_says_which_council() -> None:
    question = analyse("Probation officer in Sutton. What does the plan say about MARAC referrals?", LEXICON, COUNCILS)
    assert question.key_terms == ("marac", "referr") and question.councils == ("Sutton",)
    assert analyse(
        "Night manager at a hotel by the station. What about MARAC referrals?", LEXICON, COUNCILS
    ).key_terms == (
        "marac",
        "referr",
    )
    # ... but a sentence naming what is asked about is no asker ("The Community Safety Officer. Who is it?")
    assert "offic" in analyse("The Community Safety Officer in Sutton. Who is it?", LEXICON, COUNCILS).key_terms


@pytest.mark.parametrize(
    "text",
    [
        "What specific MARAC referrals does Sutton mention?",
        "Specifically, what does Sutton say about MARAC referrals?",
        "What does Sutton say about MARAC referrals in particular?",
        "What exactly does Sutton say about MARAC referrals?",
        "What precisely does Sutton say about MARAC referrals?",
    ],
)
def test_a_word_that_presses_a_question_is_not_one_of_its_key_terms(text: str) -> None:
    assert analyse(text, LEXICON, COUNCILS).key_terms == ("marac", "referr")


@pytest.mark.parametrize(
    "text",
    [
        "For a briefing, what does Sutton say about MARAC referrals, word for word if possible?",
        "Ahead of tomorrow's meeting, can you tell me what Sutton says about MARAC referrals?",
        "Councillor question: what does Sutton say about MARAC referrals?",
        "Give me what Sutton says about MARAC referrals in full.",
        "I'd like to know what Sutton says about MARAC referrals.",
        # who asks, greeting or thanking
        "Spreadsheet nerd here. What does Sutton say about MARAC referrals?",
        "Morning! Youth worker here: what does Sutton say about MARAC referrals?",
        "Hiya. Retired magistrate here - what does Sutton say about MARAC referrals? Thanks in advance.",
    ],
)
def test_how_and_why_the_answer_is_wanted_is_not_what_it_is_about(text: str) -> None:
    assert analyse(text, LEXICON, COUNCILS).key_terms == ("marac", "referr")


@pytest.mark.parametrize(
    "text",
    [
        "What does Sutton say about MARAC referrals? The referrals, not the targets.",
        "What does Sutton say about MARAC referrals rather than targets?",
        "Apart from the targets, what does Sutton say about MARAC referrals?",
    ],
)
def test_what_a_question_says_it_does_not_want_is_not_what_it_is_about(text: str) -> None:
    question = analyse(text, LEXICON, COUNCILS)
    assert question.key_terms == ("marac", "referr")
    assert not question.wants_number  # "target" asked for no figure: it was put aside


def test_what_follows_the_question_says_what_is_wanted_and_tells_no_story() -> None:
    said = "What is Sutton doing under its domestic abuse priority? I only need the objectives, not the actions."
    question = analyse(said, LEXICON, COUNCILS)
    assert "object" in question.key_terms and "action" not in question.key_terms
    assert "object" not in question.narrative


def test_a_meeting_asked_about_is_what_the_question_is_about() -> None:
    question = analyse("How often does the MARAC meeting take place in Sutton?", LEXICON, COUNCILS)
    assert "meet" in question.key_terms


def test_a_word_that_presses_a_count_is_not_what_it_counts() -> None:
    question = analyse("How many specific MARAC referrals did Sutton make?", LEXICON, COUNCILS)
    assert question.counted == ("marac", "referr")


@pytest.mark.parametrize("text", ["Give me Sutton's burglary totals for 2022.", "What was the total for 2015?"])
def test_a_question_for_totals_wants_a_figure(text: str) -> None:
    assert analyse(text, LEXICON, COUNCILS).wants_number


@pytest.mark.parametrize(
    "text",
    [
        "What kinds of scam numbers does Sutton's call blocker stop?",
        "What sorts of numbers are blocked in Sutton?",
        "Which service's numbers will Sutton rely on to judge whether its youth theme is working?",
    ],
)
def test_kinds_of_numbers_are_no_count(text: str) -> None:
    assert not analyse(text, LEXICON, COUNCILS).wants_number


def test_a_number_asked_on_or_at_is_one_to_ring() -> None:
    question = analyse(
        "My gran reads only big print. Can she get the Sutton plan like that, and on what number?", LEXICON, COUNCILS
    )
    assert question.wants_contact and not question.wants_number


@pytest.mark.parametrize(
    "text",
    [
        "Which one of the principles is about the harms that matter most to victims?",
        "Which one of the Sutton themes deals with what residents care most about?",
    ],
)
def test_what_matters_most_asks_for_no_figure(text: str) -> None:
    assert not analyse(text, LEXICON, COUNCILS).wants_number


def test_which_has_the_most_of_something_still_asks_for_a_figure() -> None:
    assert analyse("Which borough had the most burglaries in 2015?", LEXICON, COUNCILS).wants_number


@pytest.mark.parametrize(
    "text", ["Whose service do victims rate for satisfaction in Sutton?", "How do residents rate the police in Sutton?"]
)
def test_rate_said_as_a_verb_asks_for_no_figure(text: str) -> None:
    assert not analyse(text, LEXICON, COUNCILS).wants_number


def test_rate_said_as_a_noun_still_asks_for_a_figure() -> None:
    assert analyse("What rate of reoffending does Sutton's IOM cohort have?", LEXICON, COUNCILS).wants_number


@pytest.mark.parametrize(
    "text",
    [
        "Which officers' advice will target harden repeat venues in Sutton?",
        "Who do Southwark's outreach workers target?",
        "Does Sutton want to target-harden homes of repeat victims?",
        "Which markets does Sutton's burglary work target as outlets for stolen goods?",
        "Sutton says prioritising reoffending lets it target what?",
        "My bike went missing and I saw it on a stall - does Tower Hamlets target second-hand markets?",
    ],
)
def test_target_said_as_a_verb_asks_for_no_figure(text: str) -> None:
    assert not analyse(text, LEXICON, COUNCILS).wants_number


@pytest.mark.parametrize(
    "text",
    [
        "What target does Sutton set for MARAC referrals?",
        "Has Southwark got a target for knife crime?",
        "Does Sutton target for burglary say 2024?",
        "Does Sutton have a target by 2024 for burglary?",
    ],
)
def test_target_said_as_a_noun_still_asks_for_a_figure(text: str) -> None:
    assert analyse(text, LEXICON, COUNCILS).wants_number


@pytest.mark.parametrize(
    "text",
    [
        "When the partnership writes its strategies, whose objectives must it have in mind?",
        "When a victim reports a hate crime, which teams in Sutton are told?",
        "When Sutton asked residents about ASB, did vehicles come up?",
    ],
)
def test_when_opening_a_clause_before_the_question_asks_no_date(text: str) -> None:
    assert not analyse(text, LEXICON, COUNCILS).wants_number


def test_a_story_whose_last_clause_asks_with_no_word_of_its_own_is_read_from_the_question_sentence() -> None:
    question = analyse(
        "I'm clerk to a scrutiny panel in Southwark and preparing questions for the director. When the partnership "
        "writes its strategies, whose objectives must it have regard to, set out in which document?",
        LEXICON,
        COUNCILS,
    )
    assert {"clerk", "panel", "director"} <= question.narrative
    assert not {"strategi", "object"} & question.narrative


@pytest.mark.parametrize(
    "text",
    [
        "We're moving from Croydon to Sutton next month. What does Sutton's strategy say about burglary?",
        "I grew up in Croydon but live in Sutton now. Who chairs the Sutton partnership?",
    ],
)
def test_the_council_an_asker_comes_from_is_not_asked_about(text: str) -> None:
    question = analyse(text, LEXICON, COUNCILS)
    assert question.councils == ("Sutton",) and question.unknown_councils == ()


def test_a_request_after_a_story_is_its_asking_clause() -> None:
    question = analyse(
        "My school project is on the community safety partnership in Sutton. Name the three principles that guide it.",
        LEXICON,
        COUNCILS,
    )
    assert "project" in question.narrative or "school" in question.narrative
    assert "principl" not in question.narrative


def test_one_ending_a_question_stands_for_what_the_story_names() -> None:
    # "one" is the choir: the story's words are what is asked about; "run" only asks that there be one
    question = analyse("My daughter loves singing in a choir. Does Sutton run one?", LEXICON, COUNCILS)
    assert "choir" not in question.narrative
    assert "run" in question.narrative


def test_a_bare_ask_for_the_name_leaves_the_question_before_it_asking() -> None:
    question = analyse(
        "I cycle home along the canal and some stretches feel unsafe at night. Was Sutton going to put up more "
        "lighting there? Name?",
        LEXICON,
        COUNCILS,
    )
    assert {"cycl", "canal"} <= question.narrative
    assert "light" in question.key_terms and "light" not in question.narrative
    assert "name" not in question.key_terms  # how it asks, not what about


def test_a_story_told_before_a_colon_is_not_what_the_question_asks() -> None:
    question = analyse(
        "Racist stickers keep going up on lamp posts by the Sutton tram stop: which priority would that fall under?",
        LEXICON,
        COUNCILS,
    )
    assert {"sticker", "tram"} <= question.narrative
    assert "prioriti" not in question.narrative


def test_a_question_opening_with_were_or_did_is_the_asking_clause_of_a_story() -> None:
    question = analyse(
        "I commute into Sutton for work and I was surprised to be stopped for a street survey about crime. "
        "Were non-residents asked about priorities?",
        LEXICON,
        COUNCILS,
    )
    assert {"commut", "surpris"} <= question.narrative
    assert "prioriti" not in question.narrative


@pytest.mark.parametrize(
    "text",
    ["What were Sutton's burglary numbers for 2022?", "What was the Violence with Injury count in Sutton for 2022?"],
)
def test_numbers_or_a_count_for_a_time_want_a_figure(text: str) -> None:
    question = analyse(text, LEXICON, COUNCILS)
    assert question.wants_number and "number" not in question.key_terms


@pytest.mark.parametrize(
    "text",
    [
        "Over which years did Sutton run the scheme?",
        "In which months were the surveys held in Sutton?",
        "How frequently does the Sutton board meet?",
    ],
)
def test_which_years_or_how_frequently_asks_a_figure(text: str) -> None:
    assert analyse(text, LEXICON, COUNCILS).wants_number


def test_a_figure_named_in_the_condition_a_question_is_asked_under_is_not_asked_for() -> None:
    conditional = "If the number of burglaries in Sutton falls, does the plan say crime is down?"
    assert not analyse(conditional, LEXICON, COUNCILS).wants_number
    assert analyse("If burglary falls, what number of officers will Sutton keep?", LEXICON, COUNCILS).wants_number


@pytest.mark.parametrize(
    "text",
    [
        "What number of folk turned out for Sutton's faith leaders event?",  # a count, not a number to ring
        "How heavy was the haul Sutton's officers found?",  # a weight, in any unit of weight
        "My grandad says the Sutton stash weighed a tonne - what does the plan say it weighed?",
        "Weight of the haul in Sutton's good-practice story?",
    ],
)
def test_a_count_or_a_weight_asked_wants_a_figure_said_in_the_plan_s_own_units(text: str) -> None:
    question = analyse(text, LEXICON, COUNCILS)
    assert question.wants_number and not question.wants_contact
    # the plan may say "600kg": neither the unit nor the word asking the weight is a word it must say
    assert not {"tonn", "tonne", "weigh", "weight", "heavi"} & set(question.key_terms)


def test_weighing_in_is_no_weight_asked() -> None:
    question = analyse("So which club weighed in on Sutton's campaign too?", LEXICON, COUNCILS)
    assert not question.wants_number


def test_a_headcount_is_asked_in_the_plans_word_population() -> None:
    question = analyse("What resident headcount does the Sutton plan give?", LEXICON, COUNCILS)
    assert "popul" in set().union(*question.synonyms.values())
    # ... but a headcount of something else is not the borough's
    champions = analyse("Sutton is training champions. What's the current headcount?", LEXICON, COUNCILS)
    assert "popul" not in set().union(frozenset(), *champions.synonyms.values())


def test_numbers_to_ring_are_no_count() -> None:
    question = analyse("What numbers do people ring to report anti-social behaviour in Sutton?", LEXICON, COUNCILS)
    assert not question.wants_number and "number" in question.key_terms


@pytest.mark.parametrize(
    "text",
    ["How many people answered Sutton's 2020 survey?", "How many people living in Sutton took part in the survey?"],
)
def test_what_a_count_counts_is_said_before_its_verb(text: str) -> None:
    assert analyse(text, LEXICON, COUNCILS).counted == ("peopl",)


@pytest.mark.parametrize(
    "text",
    [
        "Which borough has more burglaries, Ashcombe or Brackley?",
        "Which of the two plans reports the highest share of people feeling safe?",
    ],
)
def test_which_has_more_asks_for_figures(text: str) -> None:
    assert analyse(text, LEXICON, ["Ashcombe", "Brackley"]).wants_number


def test_which_without_a_comparison_of_amounts_asks_no_figure() -> None:
    assert not analyse("Which borough has a hate crime priority?", LEXICON, ["Ashcombe"]).wants_number


@pytest.mark.parametrize(
    "text",
    [
        "Leaving Sutton aside - what did MOPAC's challenge promise?",
        "Setting Sutton to one side, which plans mention FGM?",
        "Apart from Sutton, which councils have a hate crime priority?",
        "Looking at all the plans, not just Sutton's, which mention FGM?",
    ],
)
def test_a_council_named_only_to_be_put_aside_is_not_asked_about(text: str) -> None:
    question = analyse(text, LEXICON, COUNCILS)
    assert question.councils == () and question.unknown_councils == ()
    assert question.set_aside == ("Sutton",)


@pytest.mark.parametrize(
    ("text", "definition"),
    [
        ("What is the MARAC?", True),
        ("What does MARAC stand for?", True),
        ("What was the MARAC total for 2015?", False),
        ("What is the MARAC referral rate?", False),
        ("What does the target rate stand for?", True),
        ("What about Lewisham?", False),  # the last question again, of another council
        ("What else does the plan do?", False),
    ],
)
def test_a_question_asking_a_figure_asks_no_definition(text: str, definition: bool) -> None:
    assert analyse(text, LEXICON, COUNCILS).wants_definition is definition


def test_which_day_of_the_week_asks_when_and_is_not_about_weeks() -> None:
    question = analyse("Which day of the week did the Sutton panel meet?", LEXICON, COUNCILS)
    assert question.wants_number and set(question.key_terms) == {"panel", "meet"}


@pytest.mark.parametrize(
    ("text", "wants_number"),
    [
        ("Is there a number they're aiming for on champions in Sutton?", True),
        ("Any figure on Sutton's cautions?", True),
        ("Is there a number in the Sutton plan for drugs advice?", False),  # one to ring
    ],
)
def test_a_figure_asked_after_whatever_it_counts(text: str, wants_number: bool) -> None:
    question = analyse(text, LEXICON, COUNCILS)
    assert question.wants_number is wants_number
    assert ("number" in question.key_terms) is (not wants_number and "number" in text)


def test_a_thing_named_as_one_of_a_kind_is_asked_about_as_the_kind() -> None:
    question = analyse("Can I get the Sutton plan in Polish or another language?", LEXICON, COUNCILS)
    assert question.key_terms == ("languag",)  # the plans say "a different language", not every language


@pytest.mark.parametrize(
    "text", ["Until when does Sutton's delivery plan run?", "Up to when will Sutton's delivery plan last?"]
)
def test_how_long_something_goes_on_is_asked_after_not_whether_it_runs(text: str) -> None:
    assert analyse(text, LEXICON, COUNCILS).key_terms == ("deliveri",)


@pytest.mark.parametrize(
    "text", ["Sutton mentions a mapping tool. What's its name?", "Sutton has two maps. Tell me their names."]
)
def test_a_name_asked_for_is_not_what_the_question_is_about(text: str) -> None:
    assert "name" not in analyse(text, LEXICON, COUNCILS).key_terms


@pytest.mark.parametrize(
    "text", ["Roughly how many officers does Sutton fund?", "Approximately how many officers does Sutton fund?"]
)
def test_how_exact_an_answer_may_be_is_not_what_the_question_is_about(text: str) -> None:
    assert analyse(text, LEXICON, COUNCILS).key_terms == ("offic", "fund")


def test_rough_sleeping_keeps_its_word() -> None:
    assert "rough" in analyse("What does Sutton do about rough sleeping?", LEXICON, COUNCILS).key_terms


def test_per_a_document_says_where_not_what() -> None:
    question = analyse("Who leads on burglary, per the Sutton strategy?", LEXICON, COUNCILS)
    assert set(question.key_terms) == {"lead", "burglari"}
    assert "per" in analyse("How many officers per ward does Sutton fund?", LEXICON, COUNCILS).key_terms


def test_an_idiom_says_nothing_of_what_is_asked_about() -> None:
    question = analyse("Who came up with Sutton's pledge in the first place?", LEXICON, COUNCILS)
    assert question.key_terms == ("pledg",)
    # "number one" is a rank, not a count of anything
    assert analyse("What was Sutton's survey's number one concern?", LEXICON, COUNCILS).key_terms == (
        "survey",
        "concern",
    )
    # ... nor does being at the end of one's tether, nor "is there a way"
    fed_up = analyse("I'm at the end of my tether - is there a way to stop graffiti in Sutton?", LEXICON, COUNCILS)
    assert "graffiti" in fed_up.key_terms and not {"end", "tether", "way"} & set(fed_up.key_terms)


def test_a_website_or_helpline_asked_for_is_how_the_question_asks() -> None:
    question = analyse("Which website and helpline does Sutton give for gambling?", LEXICON, COUNCILS)
    assert question.wants_contact and question.key_terms == ("gambl",)


def test_what_date_asks_when_and_is_not_about_dates() -> None:
    question = analyse("What date was the Sutton report taken to scrutiny?", LEXICON, COUNCILS)
    assert question.wants_number and "date" not in question.key_terms and "scrutini" in question.key_terms


def test_a_resident_s_phrase_is_found_by_the_plans_word_for_it() -> None:
    question = analyse("Can I report it without giving my name?", LEXICON, COUNCILS)
    assert "anonymously" in question.expanded.text
    assert all("anonym" in question.synonyms[term] for term in ("give", "name"))


@pytest.mark.parametrize(
    ("text", "plan"),
    [
        ("we want to keep an eye out for each other's houses", "neighbourhood watch"),
        ("a cowboy builder knocked on my dad's door", "rogue traders"),
        ("a man said he was from the water board", "rogue traders"),
        ("I've complained loads of times and nothing happens", "community trigger"),
        ("can I get my bike security marked?", "property marking"),
        ("older lads get him to carry packages for them", "county lines"),
        ("my son keeps getting stopped and searched", "stop and search"),
        ("is there anywhere I can go if I'm followed?", "safe haven"),
        ("can i get my phone and stuff marked so the police can trace it?", "property marking"),
        ("Has it actually worked?", "successful"),
        ("Is the scheme working?", "successful"),
        ("How many people answered the survey?", "responses"),
        ("How many reports were expected next year?", "anticipated"),
        ("Is there any money going into it?", "funding"),
        ("How many views did the video get?", "watched"),
        ("How many people live in the borough?", "population"),
        ("Is there an online neighbourhood watch?", "electronic"),
        ("What help is there for drug and alcohol problems?", "substance misuse"),
        ("How many offenders do they keep engaged in treatment?", "retention"),
        ("does anyone actually go out and work with them?", "outreach"),
        ("What is the Met's reduction goal?", "metropolitan police"),
        ("Is there a tougher version of the target?", "stretch"),
        ("Would they welcome new powers from Whitehall?", "government"),
        ("does the scorecard include violence in the home?", "domestic violence"),
        ("which kinds of hate incident does it want to chase?", "target"),
        ("Sutton: help for women with convictions?", "female"),
        ("What about people with a criminal record?", "offenders"),
        ("What does it pledge to believers and non-believers alike?", "faith"),
        ("my brother has a drink problem", "alcohol"),
        ("were any famous people involved?", "high profile"),
        ("who came up with the idea?", "developed"),
        ("I want to stay anonymous", "anonymously"),
        ("my neighbour saw something last night", "information"),
        ("is there an online map?", "virtual"),
        ("someone cut the cat off my car", "catalytic converter"),
        ("they had the cats from under our vans", "catalytic converter"),
        ("What abbreviations does the plan use?", "glossary"),
        ("is there a regular get-together for shopkeepers?", "forum"),
        ("someone keeps nicking stuff from parked motors", "motor vehicles"),
        ("anything about tech and kids?", "technology"),
        ("a man at the door pretending to be from the gas board", "distraction burglary"),
        ("a woman turned up saying she needed to check the meter", "distraction burglary"),
        ("con-men knocking on pensioners' doors", "rogue traders"),
        ("is there an audio version of the plan?", "spoken word"),
        ("which football club backed it?", "fc"),
        ("is there anything for women who offend?", "female offenders"),
        ("help for girls who've been in trouble with the law", "female offenders"),
        ("folk who have to stand up in court", "witnesses in court"),
        ("after the haircut, what is left of the fund?", "top slice"),
        ("how do I grass them up?", "report information"),
        ("can I stay out of it, without being named?", "anonymously"),
        ("and the trial boroughs?", "pilot"),
        ("was the scheme trialled first?", "pilot"),
        ("so when did it go live?", "launched"),
        ("that huge baccy bust last year", "tobacco"),
        ("could people vote somewhere physical?", "in person"),
        ("that huge baccy bust last year", "seizure"),
        ("what did the stash actually weigh, as weighed?", "kilograms"),
        ("the council keeps an eye on what extremists post", "monitor"),
        ("we keep an eye on our street", "neighbourhood watch"),
        ("what was the launch timed to match?", "coincide"),
        ("is the extra charge on bars open after midnight paying for anything?", "late night levy"),
        ("will someone walk me through the whole process?", "support throughout"),
        ("how many stayed clean for six months?", "re-offend"),
        ("did many of them go straight?", "re-offend"),
        ("shops that stopped selling the strong stuff", "super strength alcohol"),
    ],
)
def test_everyday_phrases_have_the_plans_words(text: str, plan: str) -> None:
    assert plan in plan_words(text)


@pytest.mark.parametrize(
    "text",
    [
        "What are the pros and cons of CCTV?",
        "Who is the contact for the Safety Board?",
        "Who does it work with?",  # whom it works with, not whether it works
        "How often has the board met this year?",  # met, not the Met
        "Who do I call when a cat gets in under the shed?",  # a cat, not a catalytic converter
        "I shop at the market on Saturdays: is it patrolled?",  # to shop, not to shop someone
        "Does the corner shop the council runs sell alcohol?",
        "How long do victims wait for a trial at the crown court?",  # a trial in court, not a pilot
        "The lift in the tower block is bust again.",  # broken, not a seizure
    ],
)
def test_words_that_only_look_like_a_phrase_have_none(text: str) -> None:
    assert plan_words(text) == ""


def test_what_a_short_message_says_before_it_asks_sets_the_scene() -> None:
    question = analyse("My eyesight isn't great. Can I get the plan in large print?", LEXICON, COUNCILS)
    assert question.narrative == frozenset({"eyesight", "great"})
    assert analyse("Can I get the plan in large print?", LEXICON, COUNCILS).narrative == frozenset()
    assert analyse("Who chairs it? Can I get the plan in large print?", LEXICON, COUNCILS).narrative == frozenset()


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("I'm scared, someone is following me", False),
        ("someone is outside my door and I am frightened", False),
        ("My ex keeps turning up. What does Sutton do about domestic abuse?", True),
        ("i think hes hitting her, what help is there round here", True),
        ("tell me who to call", True),
    ],
)
def test_a_message_that_only_tells_asks_nothing(text: str, asks: bool) -> None:
    assert asks_something(text) is asks


def test_a_residents_phrase_for_what_the_plans_name_is_not_part_of_the_story() -> None:
    question = analyse(
        "the family upstairs play music until 3am every night, i've reported them to the council like five times "
        "and nothing happens. is there anything i can do to make them take it seriously?",
        LEXICON,
        COUNCILS,
    )
    phrased = {term for term, plan in question.synonyms.items() if "trigger" in plan}
    assert phrased and not phrased & question.narrative
    assert "music" in question.narrative  # the story around it still is


@pytest.mark.parametrize(
    ("text", "which_plans"),
    [
        ("Which of the councils' plans talk about female genital mutilation?", True),
        ("Which councils set a numerical target for their DV MARAC?", True),
        ("Do any of the plans mention county lines?", True),
        ("Do the other councils' plans talk about FGM?", True),
        ("Does any other council's plan set a target for repeat victims?", True),
        ("Is there any council among these that tackles scam phone calls? Which one?", True),
        ("Does another borough fund a women's safety centre?", True),
        ("Is there any plan to fix the street lights?", False),
        ("Which of these councils has a policy on e-scooters?", True),
        ("Under the Crime and Disorder Act, which strategies must the authorities formulate?", False),
        ("Which of the Council Delivery Plan objectives relate to community safety?", False),
        ("Which priority covers Prevent?", False),
        ("Which one covers the Prevent work?", False),
        # boroughs one named plan speaks of, not which plans say something
        ("Sutton's One Met Model: which boroughs piloted it?", False),
        ("Which other boroughs besides Sutton piloted it?", True),
    ],
)
def test_asking_which_plans_say_something_is_a_comparison_that_each_plan_must_answer_itself(
    text: str, which_plans: bool
) -> None:
    question = analyse(text, LEXICON, COUNCILS)
    assert question.which_plans is which_plans
    assert question.compares or not which_plans


def test_a_council_put_aside_in_the_context_is_set_aside() -> None:
    question = analyse("Which other councils make ASB a priority?", LEXICON, COUNCILS, context="other than Sutton")
    assert question.set_aside == ("Sutton",) and question.councils == ()


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Under which Tower Hamlets priority does Prevent sit?", "Under which priority does Prevent sit?"),
        ("Which of Tower Hamlets' priorities covers Prevent?", "Which of the priorities covers Prevent?"),
        ("What are Sutton's four priorities?", "What are the four priorities?"),
        ("Which London Borough of Sutton theme covers it?", "Which theme covers it?"),
    ],
)
def test_a_question_is_read_for_its_kind_with_its_councils_said_as_the(text: str, said: str) -> None:
    assert unnamed(text, COUNCILS) == said


def test_a_story_told_in_several_sentences_is_also_read_sentence_by_sentence() -> None:
    question = analyse(
        "I'd like my bike marked so the police can trace it if it's nicked. I work nights and can never get to "
        "the marking events - we're in Ashcombe. Anything for me?",
        LEXICON,
        COUNCILS,
    )
    assert question.sentences == (
        "I'd like my bike marked so the police can trace it if it's nicked.",
        "I work nights and can never get to the marking events",
    )  # "we're in Ashcombe." and "Anything for me?" say nothing of their own
    assert (
        analyse("Is there anything for women who have been in trouble with the law?", LEXICON, COUNCILS).sentences == ()
    )
    one_sentence = "Someone took the catalytic converter off our car last month and it is the second time on our road"
    assert analyse(one_sentence, LEXICON, COUNCILS).sentences == ()  # a story in one sentence is the message itself


@pytest.mark.parametrize(
    ("text", "wants_number"),
    [
        ("Which plan sets a target of 20 Criminal Behaviour Orders?", False),  # the figure is given: which plan?
        ("Does Sutton aim for 230 hate crime reports?", False),
        ("How many Criminal Behaviour Orders did Southwark obtain in 2015-16?", True),
        ("Which council has the higher rate per 1,000 residents?", True),  # which has more: the figures decide
        ("Do people feel safer in Southwark or Tower Hamlets?", True),
        ("What target did Sutton set for 2017/18?", True),  # a year is not the figure asked for
    ],
)
def test_a_question_that_gives_its_figure_does_not_ask_for_one(text: str, wants_number: bool) -> None:
    assert analyse(text, LEXICON, COUNCILS).wants_number is wants_number


def test_words_saying_where_to_look_are_not_what_is_asked_about() -> None:
    question = analyse(
        "Looking across all the plans, which ones set a numerical target for their MARAC?", LEXICON, COUNCILS
    )
    assert "look" not in question.key_terms and "across" not in question.key_terms
    assert "numer" not in question.key_terms and "marac" in question.key_terms
    assert question.compares and question.which_plans


def test_a_message_telling_a_story_in_sentences_of_its_own_is_also_read_as_what_it_asks() -> None:
    question = analyse(
        "We've had two burglaries and the police never came. A few of us want to keep an eye out for each "
        "other's houses. does the council back that kind of thing?",
        LEXICON,
        COUNCILS,
    )
    assert question.focus == "does the council back that kind of thing? neighbourhood watch"
    one_sentence = "Before the councillors adopt the plan, what equality duty must they pay attention to?"
    assert analyse(one_sentence, LEXICON, COUNCILS).focus == ""  # no story of its own to set aside


@pytest.mark.parametrize(
    ("text", "wants_number"),
    [
        ("When was the plan approved?", True),
        ("And when will it end?", True),
        ("By when will the review be done?", True),
        ("How did the partnership consult the public when drawing up its plan?", False),
        ("What do residents do when they see drug dealing?", False),
        ("When someone is killed at home, who decides whether there is a review?", False),
    ],
)
def test_when_asks_a_date_only_as_a_question(text: str, wants_number: bool) -> None:
    assert analyse(text, LEXICON, COUNCILS).wants_number is wants_number


def test_a_statement_the_question_points_back_at_is_what_it_asks_about_not_a_story() -> None:
    question = analyse(
        "Both Tower Hamlets and Southwark talk about 'Safe Havens' in their plans. How does each of them use the idea?",
        LEXICON,
        COUNCILS,
    )
    assert question.narrative == frozenset()
    # ... but the asker's own story still sets the scene
    told = analyse(
        "My nan lives alone in Sutton and keeps getting calls from scammers. What support is there for these calls?",
        LEXICON,
        COUNCILS,
    )
    assert "nan" in told.narrative


def test_a_question_on_how_the_council_regards_what_the_story_tells_takes_its_subject_from_the_story() -> None:
    question = analyse(
        "Someone stole the catalytic converter off our car last month, the second time on our road! Does the "
        "council even treat this as a priority?",
        LEXICON,
        COUNCILS,
    )
    assert {"catalyt", "convert"} <= set(question.key_terms) and not {"catalyt", "convert"} & question.narrative
    assert question.narrative == frozenset({"treat", "prioriti"})  # how it is regarded is what is set aside
    # ... but what the asker can do to be taken seriously is what such a question asks
    own = analyse(
        "I've reported my neighbours for noise five times and nothing happens. Is there anything I can do to make "
        "them take it seriously?",
        LEXICON,
        COUNCILS,
    )
    assert "serious" in own.key_terms and "serious" not in own.narrative


def test_who_asks_and_where_in_a_table_are_no_part_of_what_is_asked() -> None:
    question = analyse(
        "Councillor here - I need the MOPAC table line for theft of motor vehicles: the 2013 and 2014 figures.",
        LEXICON,
        COUNCILS,
    )
    assert {"theft", "motor", "vehicl"} <= set(question.key_terms)
    assert not {"councillor", "tabl", "line"} & set(question.key_terms)
    # a line that is the subject stays: county lines
    assert "line" in analyse("What is Sutton doing about county lines?", LEXICON, COUNCILS).key_terms


def test_what_a_question_puts_aside_with_besides_is_no_part_of_it_unless_it_asks_what_else() -> None:
    question = analyse(
        "Besides the 14 officers for the housing estates, how many extra officers were agreed for hotspots?",
        LEXICON,
        COUNCILS,
    )
    assert "estat" not in question.key_terms and "hotspot" in question.key_terms
    # "besides X, what else ...?": X says where the rest is found
    rest = analyse("Besides the campaign and the charter, what else is promised for women?", LEXICON, COUNCILS)
    assert {"campaign", "charter"} <= set(rest.key_terms)


def test_a_number_the_asker_can_ring_is_a_contact_asked_for_not_a_figure() -> None:
    question = analyse("Is there a number in the Lewisham plan I can ring without saying who I am?", LEXICON, COUNCILS)
    assert question.wants_contact and not question.wants_number
    assert "anonym" in question.synonyms.get("say", frozenset()) | question.synonyms.get("without", frozenset())
    assert not analyse("What was the number of people they could call on?", LEXICON, COUNCILS).wants_contact


@pytest.mark.parametrize(
    "text",
    [
        "How could I get in touch with her?",
        "Sutton lists an address for comments: where is that?",
        "Lewisham's address?",
    ],
)
def test_getting_in_touch_or_an_address_is_a_contact_asked_for(text: str) -> None:
    question = analyse(text, LEXICON, COUNCILS)
    assert question.wants_contact and "touch" not in question.key_terms


def test_address_said_as_a_verb_asks_no_contact() -> None:
    assert not analyse("How will Lewisham address the issues residents raised?", LEXICON, COUNCILS).wants_contact


def test_a_website_told_of_before_the_question_is_no_contact_asked_for() -> None:
    told = analyse("The council's website keeps crashing on me. How can I tell a shop has joined?", LEXICON, COUNCILS)
    assert not told.wants_contact
    # ... but asked in the question, or in a question before the story, it is
    assert analyse("The page is slow. Which website lists the shops?", LEXICON, COUNCILS).wants_contact
    assert analyse("Any phone number for the shop scheme? I want to join.", LEXICON, COUNCILS).wants_contact


def test_how_to_spot_something_is_asked_in_what_a_plan_says_to_look_for() -> None:
    question = analyse("How would I spot a safe shop in Lewisham?", LEXICON, COUNCILS)
    assert {"sticker", "sign"} <= set(question.synonyms.get("spot", frozenset()))
    # ... but how they will know it works asks for a measure
    measured = analyse("How will they know if the Lewisham scheme is working?", LEXICON, COUNCILS)
    assert "sticker" not in set().union(frozenset(), *measured.synonyms.values())


def test_the_years_said_with_each_council_are_its_own() -> None:
    text = "How do Tower Hamlets' 2017-21 plan and Southwark's 2023 scrutiny report each treat Safe Havens?"
    assert council_years(text, ["Southwark", "Tower Hamlets"]) == {"Tower Hamlets": (2017,), "Southwark": (2023,)}
    assert council_years("Compare Sutton and Southwark on MARAC", ["Southwark", "Sutton"]) == {}


def test_a_comparison_asking_each_council_its_own_thing_is_split_into_their_clauses() -> None:
    text = (
        "Put Barnfield's target for repeat victims at its MARAC beside the referral range Corston agreed for its MARAC."
    )
    assert council_clauses(text, ["Barnfield", "Corston"]) == {
        "Barnfield": "Put Barnfield's target for repeat victims at its MARAC ",
        "Corston": "beside the referral range Corston agreed for its MARAC.",
    }


def test_a_comparison_put_next_to_another_is_split_and_how_it_compares_is_no_subject() -> None:
    text = "Put Barnfield's MARAC repeat referral target next to Corston's target for repeat victims at its MARAC."
    assert council_clauses(text, ["Barnfield", "Corston"]) == {
        "Barnfield": "Put Barnfield's MARAC repeat referral target ",
        "Corston": "next to Corston's target for repeat victims at its MARAC.",
    }
    lexicon = Lexicon(acronyms={}, vocabulary={})
    for said in ("next to", "side by side with", "alongside", "beside"):
        question = analyse(f"Set Barnfield's hate crime target {said} Corston's", lexicon, ["Barnfield", "Corston"])
        assert question.key_terms == ("hate", "crime", "target")


@pytest.mark.parametrize(
    "text",
    [
        "How do Barnfield and Corston compare on Criminal Behaviour Orders?",
        "Compare how Barnfield's 2015/16 plan and Corston's 2023 scrutiny report describe the Prevent duty.",
        "Barnfield vs Corston: who provides the domestic abuse service each borough commissioned?",
    ],
)
def test_councils_named_together_share_the_whole_question(text: str) -> None:
    assert council_clauses(text, ["Barnfield", "Corston"]) == {}


def test_what_a_comparison_asks_of_each_after_the_last_council_s_clause_is_every_council_s() -> None:
    text = (
        "Barnfield's anti-violence unit and Corston's youth justice service both work with young people - "
        "what age groups does each cover?"
    )
    clauses = council_clauses(text, ["Barnfield", "Corston"])
    assert clauses["Barnfield"] == "Barnfield's anti-violence unit what age groups does each cover?"
    assert clauses["Corston"].startswith("and Corston's youth justice service")
    assert clauses["Corston"].endswith("what age groups does each cover?")
    question = analyse(text, LEXICON, ["Barnfield", "Corston"])
    assert {"age", "group"} <= set(for_council(question, "Barnfield").key_terms)
    # a question after the last clause that asks nothing of each is that council's own
    own = "Put Barnfield's hate crime target beside Corston's MARAC referrals, which rose how much?"
    assert not council_clauses(own, ["Barnfield", "Corston"])["Barnfield"].endswith("how much?")


def test_what_a_comparison_tells_of_one_council_before_asking_another_is_no_question_of_its_own() -> None:
    text = "Barnfield's forum meets every six weeks; how often does Corston review its 72 support packages?"
    question = analyse(text, LEXICON, ["Barnfield", "Corston"])
    told, asked = for_council(question, "Barnfield"), for_council(question, "Corston")
    assert not told.wants_number and asked.wants_number
    # a clause that puts one council's figure beside another's asks of both
    put = analyse("Put Barnfield's target beside Corston's range: how many?", LEXICON, ["Barnfield", "Corston"])
    assert for_council(put, "Barnfield").wants_number


def test_the_year_of_an_act_is_no_year_asked_about() -> None:
    assert analyse("What new powers came in with the 2014 Act?", LEXICON, []).years == ()
    assert analyse("What powers does the Act 2014 bring in?", LEXICON, []).years == ()
    assert analyse("What did the partnership do in 2014?", LEXICON, []).years == (2014,)


def test_when_a_counted_thing_was_is_not_what_it_is() -> None:
    assert analyse("How many old powers did the new ones replace?", LEXICON, []).counted == ("power",)


def test_a_count_asked_of_a_whole_counts_the_whole() -> None:
    text = "Of the 25 shops signed up to the retailer scheme, how many are in Eastgate ward?"
    assert analyse(text, LEXICON, []).counted == ("shop",)
    assert analyse("How many are in Eastgate ward?", LEXICON, []).counted == ()


@pytest.mark.parametrize(
    "text",
    [
        "What's the membership size of the youth council?",
        "What is the size of the outreach team?",
    ],
)
def test_a_size_asks_a_figure(text: str) -> None:
    assert analyse(text, LEXICON, []).wants_number


def test_age_groups_are_a_range_of_ages_not_a_list() -> None:
    assert not analyse("What age groups does the youth service cover?", LEXICON, []).wants_list
    assert analyse("Which groups sit under the board?", LEXICON, []).wants_list


@pytest.mark.parametrize(
    "asked",
    [
        "The Mayor's welcome says the plan will tell readers three things. What are they?",  # a later sentence asks
        "Set out the pledge the plan makes to residents.",
        "Until there's a building, what's in the virtual offer?",
    ],
)
def test_a_list_is_asked_for_at_the_start_of_any_sentence_or_by_what_is_in_a_thing(asked: str) -> None:
    assert analyse(asked, LEXICON, []).wants_list
    assert not analyse("What is the pledge about? It was written in 2021.", LEXICON, []).wants_list


def test_the_noun_that_stands_for_what_each_plan_names_is_no_key_term() -> None:
    question = analyse(
        "Barnfield and Corston both talk about 'Safe Havens'. Who is each scheme meant for?",
        LEXICON,
        ["Barnfield", "Corston"],
    )
    assert question.key_terms == ("safe", "haven")  # not "scheme", nor how the plans are said to say it
    assert "scheme" in analyse("Who runs the Safe Havens scheme?", LEXICON, []).key_terms


def test_each_council_of_a_split_comparison_is_asked_only_its_own_clause_s_words() -> None:
    text = (
        "Put Barnfield's target for repeat victims at its MARAC beside the referral range Corston agreed for its MARAC."
    )
    question = analyse(text, LEXICON, ["Barnfield", "Corston"])
    barnfield = set(for_council(question, "Barnfield").key_terms)
    corston = set(for_council(question, "Corston").key_terms)
    assert {"target", "victim", "marac"} <= barnfield and not {"rang", "agre"} & barnfield
    assert {"rang", "agre", "marac"} <= corston and not {"target", "victim"} & corston


PERIODS = {"plan-2017-2020": (2017, 2020), "report-2023": (2023, 2023)}


def test_plans_of_one_council_set_side_by_side_by_their_years_each_have_their_clause() -> None:
    text = "How did the priorities change between the 2017-2020 plan and the five priorities in the 2023 report?"
    assert plan_clauses(text, PERIODS) == {
        "plan-2017-2020": "How did the priorities change between the 2017-2020 plan ",
        "report-2023": "and the five priorities in the 2023 report?",
    }
    assert plan_clauses("What were the priorities in 2019?", PERIODS) == {}  # one plan named
    assert plan_clauses("Compare the 2017 and 2019 plans", PERIODS) == {}  # both years are one plan's


def test_a_count_a_comparison_of_plans_states_is_of_the_plan_whose_clause_states_it() -> None:
    text = "How did the priorities change between the 2017-2020 plan and the five priorities in the 2023 report?"
    question = analyse(text, LEXICON, COUNCILS)
    clauses = plan_clauses(text, PERIODS)
    assert question.expected_count == 5
    assert for_plan(question, clauses, "plan-2017-2020").expected_count is None
    assert for_plan(question, clauses, "report-2023").expected_count == 5


def test_the_words_naming_a_council_s_plan_go_with_its_name() -> None:
    text = "Both Tower Hamlets' 2017-21 plan and Southwark's 2023 scrutiny report talk about 'Safe Havens'."
    assert without_plans_of(text, ["Southwark", "Tower Hamlets"]).split() == [
        "Both",
        "and",
        "talk",
        "about",
        "'Safe",
        "Havens'.",
    ]


def test_one_plan_versus_another_is_a_comparison() -> None:
    question = analyse("hate crime targets: Sutton strategy vs Southwark scrutiny report", LEXICON, COUNCILS)
    assert question.compares and question.councils == ("Southwark", "Sutton")
    assert "vs" not in question.key_terms


def test_a_name_in_quotes_asked_what_it_is_is_a_definition_however_the_question_goes_on() -> None:
    text = "What exactly is the 'Rendham Night Narrative' that came out of the partnership?"
    assert defined_name(text) == "Rendham Night Narrative"
    assert defined_name("What exactly is going on with 'the scheme' now?") is None  # no name asked


def test_how_often_asks_for_a_frequency_and_often_is_not_a_term_evidence_must_say() -> None:
    question = analyse("How often does the Sutton board review its action plan?", LEXICON, COUNCILS)
    assert question.wants_number and "often" not in question.key_terms
    assert "often" in analyse("Which crimes happen most often in Sutton?", LEXICON, COUNCILS).key_terms


def test_what_a_plan_expects_asks_what_it_says_and_expect_is_not_a_term() -> None:
    question = analyse("Where does Sutton expect further savings to come from?", LEXICON, COUNCILS)
    assert "expect" not in question.key_terms and "save" in " ".join(question.key_terms)


def test_name_them_is_an_order_to_name_not_a_word_of_the_subject() -> None:
    question = analyse("The strategy runs problem solving through three forums. Name them.", LEXICON, COUNCILS)
    assert "name" not in question.key_terms and {"problem", "forum"} <= set(question.key_terms)
    dashed = analyse("Sutton's strategy runs problem solving through three forums — name them.", LEXICON, COUNCILS)
    assert "name" not in dashed.key_terms
    # a name asked about stays: "what is the name of the board?"
    assert "name" in analyse("What is the name of the new board?", LEXICON, COUNCILS).key_terms


@pytest.mark.parametrize(
    ("text", "term", "plan_word"),
    [
        ("Is it paid for by the council itself, or by someone else?", "pay", "fund"),
        ("Who sits down with the visitors afterwards?", "sit", "meet"),
        ("What is the unit's track record on reoffending?", "track", "success"),
        ("Which statute scrapped police authorities?", "statut", "act"),
        ("How many thefts from cars were there in 2014?", "car", "mv"),
        ("How often do the wardens sit down with the bookies?", "booki", "bookmak"),
        ("My dad keeps getting cold callers at the door, is that covered?", "caller", "rogu"),
        ("A man was offering to fix her gutters for cash", "fix", "doorstep"),
    ],
)
def test_everyday_words_are_found_by_the_plans_words_for_them(text: str, term: str, plan_word: str) -> None:
    question = analyse(text, LEXICON, COUNCILS)
    assert plan_word in question.synonyms.get(term, frozenset()), question.synonyms
    assert "els" not in question.key_terms  # "someone else" asks who, not about anything


@pytest.mark.parametrize(
    "text",
    [
        "Which Sutton action number prepares against terrorist incidents?",
        "Which of Sutton's actions is about educating front line workers?",
        "What paragraph number is headed Community Insight?",
        "And what number is that action?",
    ],
)
def test_which_numbered_item_is_asked_for_by_its_number(text: str) -> None:
    assert analyse(text, LEXICON, COUNCILS).wants_item_number


@pytest.mark.parametrize(
    "text",
    [
        "What number do I ring to report a burglary in Sutton?",
        "How many actions does the Sutton strategy set?",
        "What does Sutton's action plan say about hate crime?",
    ],
)
def test_a_number_to_ring_or_a_count_is_no_item_number(text: str) -> None:
    assert not analyse(text, LEXICON, COUNCILS).wants_item_number


def test_the_email_for_something_is_a_contact_asked_for() -> None:
    question = analyse("What's the email for the report's background papers?", LEXICON, COUNCILS)
    assert question.wants_contact and "email" not in question.key_terms
    assert not analyse("Was the survey sent out by email?", LEXICON, COUNCILS).wants_contact


def test_when_asking_did_asks_a_date() -> None:
    assert analyse("When did Sutton ask residents about ASB, and what came up?", LEXICON, COUNCILS).wants_number


def test_the_numbers_a_plan_keeps_are_measures_not_a_figure() -> None:
    assert not analyse("What ASB numbers does the Sutton CSP look at each quarter?", LEXICON, COUNCILS).wants_number
    assert not analyse("Which numbers does Sutton track for serious violence?", LEXICON, COUNCILS).wants_number
    assert analyse("What numbers does Sutton give for burglary in 2020?", LEXICON, COUNCILS).wants_number
    # ... and so is the one number a plan keeps to show something, or tracks
    assert not analyse("Which figure does Sutton report every month to show that?", LEXICON, COUNCILS).wants_number
    assert not analyse("What number does the Southwark column track for youth work?", LEXICON, COUNCILS).wants_number
    assert analyse("What figure does Sutton report for burglary in 2020?", LEXICON, COUNCILS).wants_number
    assert not analyse("And the numbers Sutton will use to check it's working?", LEXICON, COUNCILS).wants_number
    # "fewer ... or ..." told before the question compares nothing
    told = "Sutton wants fewer young people out of school or work — what number does the plan track to show it?"
    assert not analyse(told, LEXICON, COUNCILS).wants_number
    assert analyse("Do people feel safer in Southwark or Sutton?", LEXICON, COUNCILS).wants_number


@pytest.mark.parametrize(
    "text",
    [
        "Sutton's 2023 report: when will the new map go live?",
        "Tower Hamlets — when did the partnership last review its structure?",
        "The Southwark plan - when does the new service start?",
    ],
)
def test_when_after_a_label_naming_the_plan_asks_a_date(text: str) -> None:
    assert analyse(text, LEXICON, COUNCILS).wants_number


def test_when_inside_a_clause_after_a_label_asks_no_date() -> None:
    question = analyse("Sutton: what did residents say when asked about safety?", LEXICON, COUNCILS)
    assert not question.wants_number


@pytest.mark.parametrize(
    "text",
    [
        "Sutton's plan gives a number for FRANK — what is it?",
        "What number does the Southwark plan give for Victim Support?",
        "What's the number for Crime Stoppers in the Tower Hamlets plan?",
    ],
)
def test_a_number_for_a_service_named_by_its_name_is_one_to_ring(text: str) -> None:
    question = analyse(text, LEXICON, COUNCILS)
    assert question.wants_contact and not question.wants_number


@pytest.mark.parametrize(
    "text", ["What number of burglaries does Sutton give for 2019?", "What number does the plan give for Sutton?"]
)
def test_a_number_for_a_year_or_a_council_is_a_figure(text: str) -> None:
    assert not analyse(text, LEXICON, COUNCILS).wants_contact


@pytest.mark.parametrize(
    "text",
    [
        "Which Sutton action numbers cover Street Pastors and public space CCTV?",
        "Which 2021-24 strategy action commits to female offenders?",
    ],
)
def test_item_numbers_asked_are_the_numbers_printed_before_items_not_a_figure(text: str) -> None:
    question = analyse(text, LEXICON, COUNCILS)
    assert question.wants_item_number and not question.wants_number


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("The February 2023 scrutiny report: who is the Hate Crime Officer?", "who is the Hate Crime Officer?"),
        ("Sutton strategy: who chairs the board?", "who chairs the board?"),
        ("Southwark IOM: who runs it?", "Southwark IOM: who runs it?"),
        ("Who chairs the board: the plan?", "Who chairs the board: the plan?"),
        ("In the 2023 scrutiny report, which body funds it?", "In  , which body funds it?"),
        (
            "Who chairs the 2017-2020 community safety partnership?",
            "Who chairs the 2017-2020 community safety partnership?",
        ),
    ],
)
def test_a_label_or_words_naming_a_plan_are_not_what_is_asked(text: str, left: str) -> None:
    assert without_plan_label(text) == left


def test_a_story_told_before_a_dash_is_not_what_the_question_after_it_asks() -> None:
    question = analyse(
        "My little ones see their big brother drunk all the time — does the Sutton plan say anything about children "
        "affected by a parent's drinking?",
        LEXICON,
        COUNCILS,
    )
    assert {"littl", "brother"} <= question.narrative
    assert not {"children", "parent", "affect"} & question.narrative


def test_a_statement_before_a_dash_that_the_question_asks_besides_is_no_story() -> None:
    question = analyse(
        "The Sutton strategy says that the whole document can be had in large print for residents — what other "
        "formats are on offer?",
        LEXICON,
        COUNCILS,
    )
    assert question.narrative == frozenset()


def test_a_question_asking_only_whom_to_ask_takes_its_subject_from_the_story() -> None:
    question = analyse(
        "Our residents' group wants to paint a mural on the underpass in Sutton — who do we ask?", LEXICON, COUNCILS
    )
    assert {"mural", "underpass"} <= set(question.key_terms) and not {"mural", "underpass"} & question.narrative


@pytest.mark.parametrize(
    ("text", "whose"),
    [
        ("which borough?", True),
        ("and whose plan is it?", True),
        ("in which council's plan?", True),
        ("which borough has the most burglaries?", False),  # asks a thing of its own
        ("which plan covers 2019?", False),
    ],
)
def test_a_part_asking_only_whose_plan_says_it(text: str, whose: bool) -> None:
    assert asks_which_plan(text) is whose


@pytest.mark.parametrize(
    ("text", "wants_list"),
    [
        ("How much will Sutton Council get in 2022-23 to deliver its three Prevent projects?", False),
        ("How much will Sutton get for each of its three Prevent projects?", True),
        ("By how much did Sutton's three priority crimes fall?", True),
        ("What are Sutton's three Prevent projects?", True),
    ],
)
def test_how_much_asks_one_sum_for_the_things_it_counts_unless_asked_of_each(text: str, wants_list: bool) -> None:
    assert analyse(text, LEXICON, COUNCILS).wants_list is wants_list


def test_a_figure_told_before_the_question_is_no_figure_asked() -> None:
    told = "Sutton tracks how many people ring the police about the same neighbours — what's the indicator called?"
    assert not analyse(told, LEXICON, COUNCILS).wants_number
    # ... unless the question points back at it, or asks a figure of its own
    assert analyse("The Sutton plan gives a burglary figure for 2020 — what is it?", LEXICON, COUNCILS).wants_number
    asked = "Sutton tracks how many people ring the police about their neighbours — how many rang in 2020?"
    assert analyse(asked, LEXICON, COUNCILS).wants_number


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("What time does the women's hub open?", True),
        ("What are the opening hours of the drop-in?", True),
        ("When is the youth centre open?", True),
        ("What time of year does the knife crime campaign run?", False),  # a season, not a time of day
        ("When will the new hub open?", False),  # a date
        ("What time period does the plan cover?", False),
        ("What number do I ring, and what time is the line open?", False),  # a contact asked, with its hours
    ],
)
def test_a_time_of_day_or_opening_hours_is_asked_for(text: str, wanted: bool) -> None:
    assert analyse(text, LEXICON, COUNCILS).wants_time is wanted


def test_a_remark_after_the_question_mark_is_not_the_question() -> None:
    # "is" in "Just the letter is fine" asks nothing: the question is the sentence before it
    said = (
        "Domestic abuse and sexual offences in Sutton, which lettered priority are they under? Just the letter is fine."
    )
    assert asking_clause(said) == "which lettered priority are they under"
    assert not {"prioriti", "letter"} & analyse(said, LEXICON, COUNCILS).narrative
    said = (
        "In what order are the seven workstreams listed in Sutton's priorities table? I can't see it in the headings."
    )
    question = analyse(said, LEXICON, COUNCILS)
    assert "head" in question.narrative and not {"workstream", "tabl"} & question.narrative


def test_what_the_asker_says_of_their_copy_before_a_colon_tells_no_subject() -> None:
    # ... short as it is: too short to tell a story, but a remark of the asker's before a dash
    lexicon = Lexicon(acronyms={}, vocabulary={"theme": 6, "channel": 1, "panel": 4, "council": 9, "free": 2})
    question = analyse(
        "My Sutton printout is missing headings — which theme covers the Channel Panel?", lexicon, COUNCILS
    )
    assert {"printout", "head"} <= question.narrative
    assert not {"channel", "panel", "theme"} & question.narrative
    # ... but not when what follows names nothing in the plans' words: the remark says what is asked about
    assert not analyse("We've got mice in our flat — will the council fumigate for free?", lexicon, COUNCILS).narrative


def test_what_the_asker_says_of_themselves_before_a_semicolon_is_their_story() -> None:
    lexicon = Lexicon(acronyms={}, vocabulary={"forum": 3, "traders": 2, "regular": 4, "hold": 2})
    said = "I run a launderette by the old bus depot; does Sutton hold a regular forum for traders, and how often?"
    question = analyse(said, lexicon, COUNCILS)
    assert {"launderett", "depot"} <= question.narrative
    assert not {"forum", "trader"} & question.narrative


def test_things_joined_by_and_to_what_is_asked_about_are_asked_about() -> None:
    said = (
        "My nephew gets messages from strangers on his phone. Is there anything in Sutton's plan about apps and "
        "grooming of children?"
    )
    assert asking_clause(said).endswith("about apps and grooming of children")
    question = analyse(said, LEXICON, COUNCILS)
    assert {"groom", "children"} <= set(question.key_terms) and not {"groom", "children"} & question.narrative
    # ... but what follows "and" that does something is another clause
    said = (
        "My nephew gets messages from strangers on his phone. Is there anything about grooming and who deals with it?"
    )
    assert asking_clause(said) == "who deals with it?"


def test_the_question_asked_before_another_way_the_asker_offers_is_the_asking_clause() -> None:
    said = "Is there a single referral line for Southwark's domestic abuse service, or do you go through a GP?"
    assert asking_clause(said) == "Is there a single referral line for Southwark's domestic abuse service"


def test_another_way_the_asker_offers_after_a_yes_or_no_question_need_not_be_said() -> None:
    said = "Is there a single referral line for Southwark's domestic abuse service, or do you go through a GP?"
    question = analyse(said, LEXICON, COUNCILS)
    assert "gp" in question.narrative and not {"singl", "referr", "servic"} & question.narrative
    assert not analyse("Does Southwark run the referral line, or does the police?", LEXICON, COUNCILS).narrative - {
        "polic"
    }
    assert not analyse(
        "What does Southwark say about the line, or do you go through a GP?", LEXICON, COUNCILS
    ).narrative


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Does the Southwark plan want to cut the number of young victims too?", False),
        ("My son was hurt. Will Sutton reduce the number of repeat victims at all?", False),
        ("Is the Southwark plan aiming at lowering the number of knife crimes?", False),
        ("By how much does Southwark want to cut the number of young victims?", True),
        ("Does Southwark cut the number of young victims, and by how many?", True),
    ],
)
def test_a_number_an_aim_would_change_is_no_figure_asked(text: str, wanted: bool) -> None:
    assert analyse(text, LEXICON, COUNCILS).wants_number is wanted


def test_answers_offered_after_a_dash_leave_the_question_before_it_asking() -> None:
    assert analyse("How often does Sutton's MARAC sit — weekly or monthly?", LEXICON, COUNCILS).wants_number
    # ... but a statement before the dash asks nothing ("Sutton counts repeat referrals — what's the measure?")
    assert not analyse(
        "Sutton counts how many referrals are repeats — what is the measure?", LEXICON, COUNCILS
    ).wants_number


@pytest.mark.parametrize(
    "text",
    [
        "Who should I email about the February 2023 paper?",
        "Is there a named contact for the report?",
        "Does the plan give a contact name for the forum?",
    ],
)
def test_whom_to_email_or_a_named_contact_is_a_contact_asked_for(text: str) -> None:
    assert analyse(text, LEXICON, COUNCILS).wants_contact


@pytest.mark.parametrize(
    "text",
    [
        "My gran wants to read the safer Sutton plan. Can she get it in Braille or read out?",
        "Is the Safer Southwark Partnership plan in large print or audio?",
    ],
)
def test_a_plan_called_safer_asks_no_comparison(text: str) -> None:
    assert not analyse(text, LEXICON, COUNCILS).wants_number


def test_which_is_safer_of_two_still_asks_for_figures() -> None:
    assert analyse("Do people feel safer in Southwark or in Sutton?", LEXICON, COUNCILS).wants_number


@pytest.mark.parametrize(
    "text",
    [
        "How far ahead does Sutton's delivery plan set out commitments?",
        "How long do Southwark's priorities run for?",
    ],
)
def test_how_far_ahead_a_plan_runs_asks_no_list(text: str) -> None:
    assert not analyse(text, LEXICON, COUNCILS).wants_list


def test_the_commitments_of_a_plan_are_still_a_list() -> None:
    assert analyse("What commitments does Sutton's delivery plan set out?", LEXICON, COUNCILS).wants_list


@pytest.mark.parametrize(
    "text", ["Which rate type does Sutton use for youth reoffending?", "What kind of rate does Sutton report?"]
)
def test_the_kind_of_rate_asked_is_no_figure(text: str) -> None:
    assert not analyse(text, LEXICON, COUNCILS).wants_number
