"""Shipped lexicon entries code their own `example` sentence through the real pipeline.

Not every older entry's example names actors the actor stage knows, so this pins down the
entries for weapons disruption, territory, aid/mediation cuts, violent protest and the codebook
coverage of coercion, yielding, support and accusation.
"""

from __future__ import annotations

import pytest

from eventwire.model import Article
from eventwire.pipeline import Pipeline
from eventwire.settings import Settings

ENTRY_IDS = [
    "1711.clear.mines", "192.take.over.territory", "192.establish.control",
    "192.regain.control", "162.suspend.aid.delivery", "162.halt.aid.delivery",
    "162.stop.aid.delivery", "162.cut.aid.delivery", "162.prohibit.aid", "162.ban.aid",
    "165.end.mediation.effort", "165.abandon.mediation.effort",
    "165.suspend.mediation.effort", "160.suspension.noun", "145.hurl.stones",
    "145.light.fires", "145.pull.down.barrier", "145.tear.down.barrier", "144.shut.down.road",
    "142.continue.hunger.strike", "073.hand.over.relief",
    # codebook coverage for COERCE, RETREAT/CONCEDE, SUPPORT and ACCUSE
    "1724.declare.state.emergency", "1724.impose.state.emergency", "172.tighten.curbs",
    "1721.crack.down.media", "1721.cut.internet", "1722.proscribe.verb", "173.place.under.arrest",
    "174.kick.out", "174.send.back", "175.clamp.down.on", "175.crush.verb", "1711.pillage.verb",
    "080.cave.in", "080.comply.with.demand", "081.loosen.restriction", "0812.lift.ban.group",
    "0814.lift.state.emergency", "082.call.off.agitation", "0831.stand.down",
    "0833.allow.refugees.return", "0834.restore.democracy", "0841.hand.over.prisoner",
    "085.waive.sanctions", "085.loosen.sanctions", "087.call.off.offensive", "087.reduce.troops",
    "0871.abide.by.truce", "0871.honour.ceasefire", "0873.give.up.arms", "0874.vacate.position",
    "051.pay.tribute", "051.lend.support", "051.support.noun", "052.stand.up.for",
    "053.rally.around", "054.recognize.independence", "055.say.sorry", "055.seek.forgiveness",
    "1121.accuse.of.bribery.after", "1125.accuse.of.espionage.after", "112.attribute.to",
    "112.hold.accountable", "110.disagree.with", "111.fault.verb", "113.unite.against",
    "114.register.protest", "115.take.legal.action", "116.hold.liable",
    "1222.reject.request.weapons", "1241.extend.state.emergency",
]


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(Settings.from_env())


@pytest.mark.parametrize("entry_id", ENTRY_IDS)
def test_entry_codes_its_example(pipeline: Pipeline, entry_id: str) -> None:
    entry = next(e for e in pipeline.event_coder.lexicon.entries if e.id == entry_id)
    assert entry.example
    article = Article(id="example", text=entry.example, published="2020-01-01")
    doc = next(iter(pipeline.parse([entry.example])))
    events = pipeline.event_coder.code(doc, article, pipeline.actor_coder.code(doc, article))
    assert any(e.rule.split(">")[-1] == entry_id for e in events), [e.rule for e in events]


def _codes_of_example(pipeline: Pipeline, example: str) -> list:
    article = Article(id="example", text=example, published="2020-01-01")
    doc = next(iter(pipeline.parse([example])))
    return pipeline.event_coder.code(doc, article, pipeline.actor_coder.code(doc, article))


def test_most_examples_code_their_own_cameo_code(pipeline: Pipeline) -> None:
    # A floor, not a target: on 2026-11-27, after a review of the misses, 1,561 of 1,771
    # examples fired their own entry and 83 more another entry with the same code (92.8%). The
    # rest need a parse the small model gets wrong, a nominal the coder does not code without a
    # recipient, or lose to a stronger entry; an edit that breaks many entries falls below this.
    entries = [e for e in pipeline.event_coder.lexicon.entries if e.example]
    coded = sum(
        any(ev.cameo == entry.cameo for ev in _codes_of_example(pipeline, entry.example))
        for entry in entries
    )
    assert coded / len(entries) >= 0.91, f"{coded} of {len(entries)}"
