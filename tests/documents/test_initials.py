"""Initials that a legend under a table of measures spells out (fresh-100): "Vem: AS, LB"
read as the people the legend names, with their functions and units."""

from __future__ import annotations

from helpers import checklist_named, heading, para, plan_of, table

from sipcheck.documents.initials import legend
from sipcheck.engine import assess


def test_a_legend_gives_each_of_its_initials_what_they_stand_for():
    assert legend("AS = Anna, socialsekreterare, IFO Borås; LB = Lena, god man.") == {
        "AS": "Anna, socialsekreterare, IFO Borås", "LB": "Lena, god man"}
    # one entry, or an equation in prose, is no legend
    assert legend("AS = Anna, socialsekreterare, IFO Borås") == {}
    assert legend("Poängen blev 12 = godkänt.") == {}


def test_initials_in_a_table_of_measures_are_read_as_the_legend_spells_them_out():
    blocks = (para("Deltagare: JN, AS och LB"),
              heading("Insatser"),
              table(["Vad ska göras", "Vem", "Klart"],
                    ["Ansöka om skuldsanering hos Kronofogden", "LB", "2024-12-01"],
                    ["Ekonomiskt bistånd för hyran i november", "AS", "2024-10-31"]),
              para("Huvudansvarig för planen: AS"),
              para("Förkortningar: JN = Jonas själv; AS = Anna, socialsekreterare, IFO Borås "
                   "vuxenenheten; LB = Lena, god man"))
    levels = {r.id: r.level for r in assess(plan_of(*blocks), checklist_named())}
    assert levels["huvudansvar"] == "uppfyllt"
    assert levels["andra_aktorer"] == "uppfyllt"  # the god man's measure
    assert levels["deltagare"] == "uppfyllt"
