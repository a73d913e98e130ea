"""Actor coding rules that look beyond the phrase: modifiers, clause, sentence, conventions."""

from __future__ import annotations

from eventwire.actors.codes import plover_country, plover_sector
from eventwire.model import Article


def code_text(actor_coder, nlp, text, published="2019-11-20", source=None):
    doc = nlp(text)
    article = Article(id="t", text=text, published=published, source=source)
    return doc, actor_coder.code(doc, article)


def ref(doc, analysis, word, occurrence=0):
    tokens = [t for t in doc if t.text == word]
    return analysis.ref_at(tokens[occurrence])


def codes(actor_coder, nlp, text, word, **kwargs):
    doc, analysis = code_text(actor_coder, nlp, text, **kwargs)
    found = ref(doc, analysis, word)
    return (found.country, found.sector) if found else None


# -- the country a phrase's modifiers name --------------------------------------------------
def test_prepositional_post_modifier_gives_the_country(actor_coder, nlp):
    assert codes(
        actor_coder, nlp, "Rebels in the Ivory Coast blocked the main road.", "Rebels") == (
        "CIV", "REB")


def test_participial_post_modifier_gives_the_country(actor_coder, nlp):
    text = "Aid workers fed refugees fleeing the fighting in Liberia."
    assert codes(actor_coder, nlp, text, "refugees") == ("LBR", "REF")


def test_modifier_after_a_conjunct_is_not_attached(actor_coder, nlp):
    text = "They discussed Iranian guards held by terrorist groups and developments in Afghanistan."
    assert codes(actor_coder, nlp, text, "groups") == (None, "REB")


def test_ethnic_group_takes_the_country_where_it_acts(actor_coder, nlp):
    text = "Hundreds of ethnic Albanians demonstrated on Sunday in Serbia."
    assert codes(actor_coder, nlp, text, "Albanians") == ("SRB", "CVL")


# -- the country the sentence names -------------------------------------------------------
def test_unknown_titled_person_takes_the_sentence_country(actor_coder, nlp):
    text = "Minister Ahmed Farouk said Egyptian farmers would be paid."
    assert codes(actor_coder, nlp, text, "Farouk") == ("EGY", "GOV")


def test_sentence_with_two_countries_gives_no_country(actor_coder, nlp):
    text = "Minister Ahmed Farouk said Egyptian and Sudanese farmers would be paid."
    assert codes(actor_coder, nlp, text, "Farouk") == (None, "GOV")


def test_unnamed_institution_prefers_the_outlet_over_the_sentence(actor_coder, nlp):
    text = "The army chief met Iranian diplomats on Monday."
    assert codes(actor_coder, nlp, text, "chief", source="Dawn") == ("PAK", "MIL")


# -- people, places and adjectives ----------------------------------------------------------
def test_counted_people_are_civilians_and_a_bare_plural_is_the_nation(actor_coder, nlp):
    assert codes(actor_coder, nlp, "Police detained 40 Liberians at the port.", "Liberians") == (
        "LBR", "CVL")
    assert codes(
        actor_coder, nlp, "Palestinians rejected the plan.", "Palestinians") == ("PSE", None)


def test_counted_members_of_a_group_without_a_country_are_civilians(actor_coder, nlp):
    text = "Thousands of Kurds marched in the northern city of Kirkuk on Sunday."
    assert codes(actor_coder, nlp, text, "Kurds") == ("IRQ", "CVL")


def test_places_in_locative_phrases_are_kept(actor_coder, nlp):
    assert codes(actor_coder, nlp, "Israel deployed troops in Lebanon.", "Lebanon") == ("LBN", None)
    assert codes(
        actor_coder, nlp, "Insurgents shelled Kirkuk on Sunday.", "Kirkuk") == ("IRQ", "CVL")


def test_administrative_word_after_a_city_keeps_its_country(actor_coder, nlp):
    assert codes(actor_coder, nlp, "The Kano State government closed schools.", "government") == (
        "NGA", "GOV")


def test_nationality_adjective_on_a_thing_names_the_country(actor_coder, nlp):
    doc, analysis = code_text(actor_coder, nlp, "Bangladesh rejected an Indian proposal on trade.")
    assert ref(doc, analysis, "proposal").code == "IND"


def test_country_shares_the_role_of_a_coordinated_demonym(actor_coder, nlp):
    doc, analysis = code_text(actor_coder, nlp, "U.S. and Russian negotiators met in Geneva.")
    assert (ref(doc, analysis, "U.S.").country, ref(doc, analysis, "U.S.").sector) == (
        "USA", "GOV")


# -- how a phrase is read --------------------------------------------------------------------
def test_head_before_of_is_the_head(actor_coder, nlp):
    assert codes(actor_coder, nlp, "Putin called the president of Armenia.", "president") == (
        "ARM", "GOV")
    doc, analysis = code_text(actor_coder, nlp, "The president of the European Council spoke.")
    president = ref(doc, analysis, "president")
    assert president.code.startswith("IGOEUREEC")
    assert plover_country(president.code, president.country) == "EUR"


def test_role_noun_after_a_name_is_that_persons_institution(actor_coder, nlp):
    text = "The Obama administration imposed new sanctions."
    assert codes(actor_coder, nlp, text, "administration", published="2014-05-01") == ("USA", "GOV")


def test_affiliation_qualifier_decides_the_sector(actor_coder, nlp):
    text = "Police arrested Ugandan opposition candidates in Kampala."
    assert codes(actor_coder, nlp, text, "candidates") == ("UGA", "OPP")


def test_members_of_an_armed_group_are_the_group(actor_coder, nlp):
    doc, analysis = code_text(actor_coder, nlp, "Boko Haram gunmen attacked a village.")
    gunmen = ref(doc, analysis, "gunmen")
    assert gunmen.country == "NGA" and gunmen.sector in {"REB", "INS"}
    assert gunmen.kb_id == "org:boko-haram"


def test_officials_of_an_organisation_are_the_organisation(actor_coder, nlp):
    doc, analysis = code_text(actor_coder, nlp, "Red Cross officials suspended aid deliveries.")
    officials = ref(doc, analysis, "officials")
    assert officials.sector != "GOV" and officials.country == "NGO"


def test_outgoing_officials_still_hold_office(actor_coder, nlp):
    text = "Gunmen tried to kill outgoing Prime Minister Tariq Hamdan of Jordan."
    assert codes(actor_coder, nlp, text, "Hamdan") == ("JOR", "GOV")


def test_role_nouns_and_capitals_inside_a_name_are_part_of_the_name(actor_coder, nlp):
    assert codes(
        actor_coder, nlp, "President Levy Mwanawasa met reporters.", "Mwanawasa")[1] == "GOV"
    doc, analysis = code_text(actor_coder, nlp, "Douglas Paul James was arrested yesterday.")
    assert all(actor.country != "IMN" for actor in analysis.actors)


def test_company_suffix_names_a_business_and_companies_stay_apart(actor_coder, nlp):
    doc, analysis = code_text(actor_coder, nlp, "Texaco Inc and Chevron Corp agreed to merge.")
    texaco, chevron = ref(doc, analysis, "Inc"), ref(doc, analysis, "Corp")
    assert texaco.sector == chevron.sector == "BUS"
    assert texaco.name != chevron.name


# -- conventions ------------------------------------------------------------------------------
def test_plover_names_of_cameo_sectors():
    assert [plover_sector(s) for s in ("MED", "HLH", "INS", "SEP", "GOV", None)] == [
        "JRN", "MED", "REB", "REB", "GOV", None]


def test_plover_country_slot_for_un_and_eu():
    assert plover_country("IGOUNOGOV", "IGO") == "UNO"
    assert plover_country("IGOEUREECLEG", "IGO") == "EUR"
    assert plover_country("IGOWSTNAT", "IGO") == "IGO"
    assert plover_country("PAKMIL", "PAK") == "PAK"


def test_lone_kb_surname_tagged_as_an_organisation_is_the_person(actor_coder, nlp):
    doc, analysis = code_text(actor_coder, nlp, "Trump", published="2022-04-01")
    [actor] = analysis.actors
    assert (actor.kb_id, actor.country, actor.sector) == ("donald-trump", "USA", "ELI")


def test_city_tagged_as_an_organisation_is_the_place(actor_coder, nlp):
    doc, analysis = code_text(actor_coder, nlp, "Mariupol")
    [actor] = analysis.actors
    assert (actor.country, actor.sector) == ("UKR", "CVL")


# -- modifiers that do not move the actor ----------------------------------------------------
def test_exile_keeps_a_dissident_in_the_opposition(actor_coder, nlp):
    text = "The exiled Egyptian dissidents held a rally."
    assert codes(actor_coder, nlp, text, "dissidents") == ("EGY", "OPP")


def test_an_exiled_head_of_state_is_out_of_office(actor_coder, nlp):
    text = "The exiled president of Haiti flew home on Sunday."
    assert codes(actor_coder, nlp, text, "president") == ("HTI", "ELI")


def test_a_base_named_in_an_apposition_is_not_the_news_country(actor_coder, nlp):
    text = ("The Observatory for Human Rights, a UK-based group, said government forces "
            "shelled the town.")
    found = codes(actor_coder, nlp, text, "forces")
    assert found is not None and found[0] != "GBR"


def test_weapons_fired_at_an_actor_are_not_one_mention_with_it(actor_coder, nlp):
    doc, analysis = code_text(
        actor_coder, nlp, "Rebels launched missiles at the Georgian government.")
    government = ref(doc, analysis, "government")
    assert (government.country, government.sector) == ("GEO", "GOV")
    assert ref(doc, analysis, "missiles") != government


def test_a_lower_case_common_noun_is_not_the_party_it_spells(actor_coder, nlp):
    doc, analysis = code_text(actor_coder, nlp, "Factories lack skilled labour in the north.")
    assert ref(doc, analysis, "labour") is None


def test_a_wire_agency_gives_no_prior_and_its_dateline_does(actor_coder, nlp):
    text = "BUDAPEST, March 2 - The finance ministry said the deficit would shrink."
    assert codes(actor_coder, nlp, text, "ministry", source="Reuters") == ("HUN", "GOV")
    text = "The finance ministry said the deficit would shrink."
    assert codes(actor_coder, nlp, text, "ministry", source="Reuters") == (None, "GOV")


def test_an_outlet_quoted_in_a_sentence_does_not_place_it(actor_coder, nlp):
    text = "Finance official Zoltan Kovacs told Reuters the deficit would shrink."
    assert codes(actor_coder, nlp, text, "Kovacs")[0] != "GBR"
