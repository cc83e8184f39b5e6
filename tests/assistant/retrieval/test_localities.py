"""A London borough's places that its plans never write ("Cheam", "Wallington") name the borough's plans; a word
two boroughs' places share, an everyday first word or a council's own name does not."""

from assistant.retrieval.localities import locality_councils
from assistant.retrieval.plan_names import PlanNames
from ingest.documents import Chunk, PlanMetadata

SUTTON = PlanMetadata(source="sutton-strategy.txt", title="Sutton Strategy 2021-24", council="Sutton")
LEWISHAM = PlanMetadata(source="lewisham-plan.txt", title="Lewisham Plan 2015-16", council="Lewisham")


def test_a_place_names_its_borough_only_when_the_borough_has_plans_here() -> None:
    places = locality_councils({"Sutton", "Lewisham"})
    assert places["Cheam"] == "Sutton" and places["Catford"] == "Lewisham"
    assert "Peckham" not in places  # Southwark has no plans here
    assert locality_councils({"Southwark"})["Peckham"] == "Southwark"


def test_a_shared_place_an_everyday_first_word_or_a_council_s_name_names_no_borough() -> None:
    every = locality_councils({"Bromley", "Hillingdon", "Lewisham", "Southwark", "Bexley", "Greenwich"})
    assert "Hayes" not in every  # a Hayes in Bromley and in Hillingdon
    assert "Thamesmead" not in every  # split between Bexley and Greenwich
    assert not {"East", "New", "Lee", "Forest"} & set(every)  # "East Dulwich", "New Cross", "Lee Green"
    assert "Sutton" not in locality_councils({"Sutton"})  # "Sutton Common": the council's own name


def test_a_question_naming_a_place_no_plan_writes_names_its_borough() -> None:
    chunks = [
        Chunk(id=f"{meta.source}:0", text="The partnership meets quarterly.", metadata=meta)
        for meta in (SUTTON, LEWISHAM)
    ]
    names = PlanNames.of(chunks)
    assert names.names_said("My mum in Cheam is worried about burglary.") == {"Cheam": "Sutton"}
    assert names.names_said("Is the Wallington strategy still current?") == {"Wallington": "Sutton"}
