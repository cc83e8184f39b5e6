from __future__ import annotations

import numpy as np

from assistant.answering.things import PlanWords, thing_words
from assistant.embedding import Embedder
from assistant.retrieval.vectors import UnitVectors


def test_the_words_that_can_only_be_nouns_are_the_things_a_question_names() -> None:
    found = thing_words("There's a massive pothole on my road - how do I report it to the council?")
    assert found["pothol"] == "pothole" and found["road"] == "road"
    assert "report" not in found  # a verb as well as a noun: the asker's doing, not a thing
    assert "massiv" not in found and "how" not in found


def test_a_hyphenated_word_is_judged_by_its_parts_and_question_words_name_nothing() -> None:
    assert "scooter" in thing_words("What does the plan say about e-scooter crime?")
    assert "escoot" not in thing_words("What does the plan say about e-scooter crime?")
    assert "setup" not in thing_words("How had the set-up changed by 2023?")
    assert not thing_words("Whose job is it, and is anybody there?").keys() - {"job"}


def test_an_activity_named_by_a_verb_s_ing_form_is_a_thing() -> None:
    found = thing_words("Does the plan cover cuckooing, where dealers take over a flat?")
    assert found["cuckoo"] == "cuckooing"
    assert "take" not in found  # the verb itself names no thing
    assert "sing" not in thing_words("Who will sing?") and "bring" not in thing_words("What will it bring?")
    assert "think" not in thing_words("I keep thinking about nights out")  # what someone is doing


def test_a_word_that_may_be_a_verb_is_a_thing_where_it_stands_as_a_noun() -> None:
    assert thing_words("How much is a skip licence?")["skip"] == "skip"  # after a determiner
    assert "speed" in thing_words("Where are speed cameras going?")  # before a noun it modifies
    assert "drone" in thing_words("Do the plans cover drones being flown over prisons?")  # the subject of "be"
    assert "hedg" in thing_words("Their hedge is blocking our light")
    assert "recycl" in thing_words("When does the household recycling centre open?")  # an -ing form before a noun
    assert "permit" in thing_words("How much is a parking permit?")  # ... or after one
    assert "drop" not in thing_words("They fly over walls to drop drugs")  # after "to": a verb
    assert "hang" not in thing_words("Teenagers hanging about in the park")  # what someone is doing
    assert "cold" not in thing_words("She is pestered by cold callers")  # an adjective as well as a noun


def _plan_words(embedder: Embedder, words: list[str], near: float = 0.6) -> PlanWords:
    vectors = np.asarray(embedder.embed_documents(words), np.float32)
    return PlanWords(vectors / np.linalg.norm(vectors, axis=1, keepdims=True), embedder, near, words)


def test_a_noun_far_in_meaning_from_every_plan_word_is_outside_the_plans(embedder: Embedder) -> None:
    plans = _plan_words(embedder, ["vehicle", "road", "burglary", "boys", "payments", "clubs"])
    assert plans.far("pothole")
    assert not plans.far("car")  # "vehicle"
    assert not plans.far("lads")  # "boys"
    assert not plans.far("nightclubs")  # "clubs"


def test_with_no_plan_words_banked_no_word_is_judged_far(embedder: Embedder) -> None:
    plans = PlanWords.of(["road", "vehicle"], UnitVectors(), embedder, near=0.6)
    assert len(plans) == 0 and not plans.far("pothole")


def test_the_plan_words_alike_in_meaning_are_those_close_enough_other_than_the_word_itself(embedder: Embedder) -> None:
    plans = _plan_words(embedder, ["knife", "blade", "bladed", "burglary", "payments", "clubs"])
    alike = plans.alike("blade", 0.7)
    assert "knife" in alike and "blade" not in alike  # "bladed" is the word's own key term
    assert "payment" not in alike and "club" not in alike
    assert "burglari" in plans.alike("burglars", 0.7)
    assert not plans.alike("blade", 0.99)  # nothing but the word itself is that close


def test_plan_words_banked_without_their_words_have_no_neighbours(embedder: Embedder) -> None:
    vectors = np.asarray(embedder.embed_documents(["knife"]), np.float32)
    plans = PlanWords(vectors / np.linalg.norm(vectors, axis=1, keepdims=True), embedder, 0.6)
    assert not plans.far("blade") and not plans.alike("blade", 0.5)
