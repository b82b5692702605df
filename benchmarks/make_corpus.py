"""Write a realistic benchmark corpus: N fictional SIP plans, half PDF and half .docx.

Every plan is drawn from a seeded random generator, so the same (N, seed) always gives the
same files: the person (a first name and an age), the unit (municipality folder), the
reason for the plan, the goals, the interventions table (3-8 rows of what, who, when), the
participants, the follow-up, and which headings the template uses. Quality varies the way
real plans do: some goals are in the person's own words, some missing; some dates are exact,
some vague.

PDFs are Cosmic Link-like form prints of 2 to 4 pages with a ruled or unruled table
(`write_form_pdf`); .docx files rotate between the county template, a content-control
template and a free document. The plans are written with `examples/writers.py`.

Run: .venv/bin/python benchmarks/make_corpus.py --plans 400 --out /tmp/corpus
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import multiprocessing
import os
import random
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "examples"))
import writers as W  # noqa: E402

UNITS = ["arboga", "fagersta", "hallstahammar", "koping", "kungsor", "norberg", "sala",
         "skinnskatteberg", "surahammar", "vasteras"]
TOWNS = {"arboga": "Arboga", "fagersta": "Fagersta", "hallstahammar": "Hallstahammar",
         "koping": "Köping", "kungsor": "Kungsör", "norberg": "Norberg", "sala": "Sala",
         "skinnskatteberg": "Skinnskatteberg", "surahammar": "Surahammar",
         "vasteras": "Västerås"}
NAMES = ["Alex", "Robin", "Greta", "Elin", "Mio", "Sam", "Noah", "Saga", "Ali", "Maja",
         "Vera", "Omar", "Linnea", "Kim", "Nora", "Elias", "Tove", "Hugo", "Ines", "Juni"]

# (age range, reason, needs, goal in own words, goal in others' words, interventions)
STORIES = [
    ((12, 17), "har varit borta från skolan en stor del av terminen och sover dåligt",
     "stöd för att komma tillbaka till skolan och hjälp med oro",
     "”Jag vill orka gå i skolan och träffa mina kompisar.”",
     "Målet är att {n} ska gå i skolan hela dagar.",
     [("Anpassat schema med kortare skoldagar", "Mentor, grundskolan {t}"),
      ("Samtal om sömn och oro varannan vecka", "Behandlare, BUP Västmanland"),
      ("Föräldrastöd i grupp", "Socialtjänsten {t}, barn och familj"),
      ("Hembesök för att planera skolstarten", "Kurator, elevhälsan, {t} kommun"),
      ("Läxhjälp två eftermiddagar i veckan", "Fritidsgården, {t} kommun")]),
    ((78, 92), "har fått en demensdiagnos och har hemtjänst flera gånger om dagen",
     "hjälp med mediciner, trygghet på natten och stöd till anhöriga",
     "”Jag vill bo kvar hemma så länge det går.”",
     "Målet är att {n} kan bo kvar hemma och känna sig trygg.",
     [("Hemtjänsten ger mediciner morgon och kväll", "Hemtjänsten {t}"),
      ("Ny bedömning av behovet av nattillsyn", "Biståndshandläggare, äldreomsorgen {t}"),
      ("Uppföljning av minnet och läkemedlen", "Minnesmottagningen, Region Västmanland"),
      ("Trygghetslarm installeras", "Larmgruppen, {t} kommun"),
      ("Avlösning för anhörig en dag i veckan", "Anhörigstöd, {t} kommun")]),
    ((24, 55), "har en psykossjukdom och har haft svårt att ta sin medicin i vinter",
     "stöd i boendet, med ekonomin och med kontakten med psykiatrin",
     "”Jag vill klara mig själv i min lägenhet och ha något att göra på dagarna.”",
     "Målet är att {n} har en stabil psykisk hälsa och klarar sitt boende.",
     [("Boendestöd två gånger i veckan", "Boendestöd, socialpsykiatrin {t}"),
      ("Depåinjektion var fjärde vecka", "Sjuksköterska, psykiatrimottagningen {t}"),
      ("Hjälp att söka bostadstillägg", "Budget- och skuldrådgivare, {t} kommun"),
      ("Sysselsättning tre förmiddagar i veckan", "Träffpunkten, {t} kommun"),
      ("Samtal med kontaktperson varje vecka", "Kontaktperson, socialtjänsten {t}")]),
    ((30, 62), "dricker mycket alkohol och har hyresskulder",
     "behandling för beroendet och en trygg boendesituation",
     "”Jag vill sluta dricka och behålla min lägenhet.”",
     "Målet är att {n} blir nykter och behåller sitt boende.",
     [("Återfallsprevention i grupp varje torsdag", "Beroendemottagningen, Region Västmanland"),
      ("Utredning enligt socialtjänstlagen slutförs", "Socialsekreterare, vuxenenheten {t}"),
      ("Avbetalningsplan för hyresskulden", "Budget- och skuldrådgivare, {t} kommun"),
      ("Provtagning varannan vecka", "Vårdcentralen {t}"),
      ("Stödsamtal med alkoholterapeut", "Öppenvården, {t} kommun")]),
    ((19, 40), "har en intellektuell funktionsnedsättning och vill flytta hemifrån",
     "en bostad med stöd, daglig verksamhet och hjälp med oro på kvällarna",
     "”Jag vill bo i en egen lägenhet och jobba med djur.”",
     "Målet är att {n} flyttar till en egen bostad med stöd.",
     [("Ansökan om bostad med särskild service utreds", "LSS-handläggare, {t} kommun"),
      ("Daglig verksamhet med djurskötsel", "Daglig verksamhet, {t} kommun"),
      ("Samtal om oro med kurator", "Kurator, vuxenpsykiatrin Västmanland"),
      ("Boendestöd två kvällar i veckan", "Boendestöd, {t} kommun"),
      ("Hjälp att söka bostadstillägg", "God man")]),
]
BACKGROUND = [
    "{n} har haft kontakt med flera verksamheter under det senaste året.",
    "Kontakterna har inte alltid vetat om varandras insatser, och {n} har fått berätta samma "
    "sak många gånger.",
    "Familjen och nätverket har beskrivit att de behöver veta vem de ska vända sig till.",
    "Det finns en tidigare plan från förra året som inte har följts upp.",
    "Under hösten har situationen blivit svårare och fler insatser har tillkommit.",
    "Skolan, vården och socialtjänsten har olika bilder av vad som behövs först.",
    "{n} har själv sagt att det är jobbigt att gå på många olika möten.",
    "Vid mötet gick vi igenom vad som fungerar bra och vad som behöver ändras.",
]
ROLES = ["Kurator", "Sjuksköterska", "Socialsekreterare", "Biståndshandläggare",
         "Arbetsterapeut", "Läkare", "Mentor", "Boendestödjare"]
ORGS = ["{t} kommun", "Region Västmanland", "Vårdcentralen {t}", "Socialtjänsten {t}"]
STAFF = ["Lena", "Jonas", "Sara", "Per", "Mona", "Erik", "Nina", "Sofia", "Anna", "Karim"]
HEADINGS = {  # alternative headings from the checklist's aliases
    "purpose": ["Syfte", "Syfte med SIP", "Varför gör vi denna plan?", "Anledning till SIP"],
    "questions": ["Frågeställningar", "Frågor till mötet", "Vad vill vi ha svar på?"],
    "situation": ["Bakgrund", "Nuläge", "Aktuell situation"],
    "goals": ["Den enskildes mål", "Mina mål", "Vad är viktigt för mig?", "Mål"],
    "participation": ["Den enskildes delaktighet", "Den enskildes synpunkter"],
    "interventions": ["Insatser", "Vem gör vad och när?", "Planerade insatser"],
    "lead": ["Huvudansvarig", "Samordningsansvarig", "Ansvarig för planen"],
    "follow_up": ["Uppföljning", "Nästa möte", "Planerad uppföljning"],
    "participants": ["Deltagare", "Närvarande", "Deltagare på mötet"],
    "consent": ["Samtycke", "Sekretessmedgivande"],
}


def _when(rng: random.Random, start: dt.date) -> str:
    day = start + dt.timedelta(days=rng.randint(3, 60))
    return rng.choice([
        day.isoformat(), f"{day.isoformat()} – {(day + dt.timedelta(weeks=12)).isoformat()}",
        f"Från {day.isoformat()}", f"Vecka {day.isocalendar()[1]}", "Vid behov", "",
        "Under våren", f"Senast {day.isoformat()}"])


def make_plan(index: int, seed: int) -> tuple[str, W.Plan, int]:
    """The unit and the plan number `index`; the third value is the PDF page target (2-4)."""
    rng = random.Random(f"{seed}:{index}")
    unit = rng.choice(UNITS)
    town = TOWNS[unit]
    name = rng.choice(NAMES)
    ages, reason, needs, own_goal, goal, pool = rng.choice(STORIES)
    age = rng.randint(*ages)
    meeting = dt.date(2024, 1, 8) + dt.timedelta(days=rng.randint(0, 300))

    def fill(text: str) -> str:
        return text.format(n=name, t=town)

    def head(key: str) -> str:
        return rng.choice(HEADINGS[key])

    rows = []
    for what, who in rng.sample(pool, k=min(len(pool), rng.randint(3, 5))):
        rows.append([fill(what), fill(who), _when(rng, meeting)])
    while len(rows) < rng.randint(3, 8):  # more rows: repeat with a follow-up wording
        what, who = rng.choice(pool)
        rows.append([fill(what) + ", uppföljning", fill(who), _when(rng, meeting)])
    staff = rng.sample(STAFF, k=rng.randint(2, 5))
    participants = [name] + [f"{person}, {rng.choice(ROLES).lower()}, {fill(rng.choice(ORGS))}"
                             for person in staff]
    background = " ".join(fill(s) for s in rng.sample(BACKGROUND, k=rng.randint(3, 6)))
    pages = rng.choice((2, 3, 4))
    lead = participants[1].split(", ", 1)[1] if rng.random() < 0.8 else ""
    follow_up = rng.choice([
        f"{(meeting + dt.timedelta(weeks=rng.randint(6, 16))).isoformat()} kl. 10.00",
        "Om tre månader.", "Efter sommaren.", ""])
    sections: list[tuple[str, W.Content]] = [
        ("Datum för mötet", meeting.isoformat()),
        ("Plats", rng.choice(["Socialkontoret", "Vårdcentralen", "Skolans konferensrum",
                              "Hemma hos " + name]) + f", {town}"),
        (head("purpose"), f"{name} är {age} år och {fill(reason)}. Planen ska samordna "
                          f"{fill(needs)}, så att alla vet vem som gör vad."),
        (head("situation"), background),
    ]
    if rng.random() < 0.7:
        sections.append((head("questions"), [f"Hur får {name} {fill(needs).split(',')[0]}?",
                                             "Vem kontaktar vi om det blir sämre?"]))
    sections.append((head("goals"), rng.choice([own_goal, fill(goal), ""])))
    if rng.random() < 0.6:
        sections.append((head("participation"),
                         f"{name} var med på mötet och berättade själv om sin vardag. "
                         + background.split(". ")[0] + "."))
    sections += [
        (head("consent"), rng.choice([f"Skriftligt samtycke {meeting.isoformat()}.",
                                      "Samtycke finns.", W.Checkbox("Samtycke inhämtat")])),
        (head("interventions"), W.Table(["Insats", "Ansvarig", "När"], rows)),
        (head("lead"), lead),
        (head("participants"), participants),
        (head("follow_up"), follow_up),
    ]
    if rng.random() < 0.5:
        sections.insert(5, ("Övrigt", " ".join(fill(s) for s in rng.sample(BACKGROUND, k=3))))
    return unit, W.Plan(f"Samordnad individuell plan (SIP) – {name}", sections), pages


def _paginate(plan: W.Plan, pages: int) -> W.Plan:
    """The plan with page breaks so a form print has `pages` pages: one after the
    background (the second page starts with the questions), one before the interventions
    and, for four pages, one before the participants."""
    sections = list(plan.sections)
    cut_keys = [HEADINGS["situation"], HEADINGS["interventions"], HEADINGS["participants"]]
    cuts = [next(i for i, (h, _) in enumerate(sections) if h in keys) for keys in cut_keys]
    offsets = {cuts[0] + 1: pages >= 2, cuts[1]: pages >= 3, cuts[2]: pages >= 4}
    for position in sorted(offsets, reverse=True):
        if offsets[position]:
            sections.insert(position, ("", W.PageBreak()))
    return W.copy_plan(plan, sections=sections)


def write_plan(index: int, seed: int, folder: Path) -> Path:
    unit, plan, pages = make_plan(index, seed)
    stem = folder / unit / f"sip-{index + 1:04d}"
    rng = random.Random(f"{seed}:{index}:layout")
    if index % 2 == 0:
        return W.write_form_pdf(_paginate(plan, pages), stem.with_suffix(".pdf"),
                                ruled=rng.random() < 0.5,
                                labels=rng.choice(["inline", "heading"]))
    layout = (index // 2) % 3
    if layout == 0:
        return W.write_county_template_docx(plan, stem.with_suffix(".docx"))
    if layout == 1:
        return W.write_content_control_docx(plan, stem.with_suffix(".docx"))
    return W.write_free_docx(plan, stem.with_suffix(".docx"),
                             headings=rng.choice(["bold", "style"]),
                             inline_labels=rng.random() < 0.5)


def generator_hash() -> str:
    """Changes when this file or the writers change: a cached corpus is then rebuilt."""
    digest = hashlib.sha256()
    for path in (Path(__file__), HERE.parent / "examples" / "writers.py"):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def make_corpus(plans: int, seed: int, folder: Path, jobs: int | None = None) -> Path:
    """Writes the corpus into `folder` unless a complete one for the same plans, seed and
    generator is there already. Returns `folder`."""
    stamp = folder / ".complete"
    wanted = f"{plans} {seed} {generator_hash()}"
    if stamp.is_file() and stamp.read_text() == wanted:
        return folder
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    with multiprocessing.Pool(jobs or os.cpu_count()) as pool:  # fpdf2 is slow: use every core
        pool.starmap(write_plan, [(index, seed, folder) for index in range(plans)],
                     chunksize=8)
    stamp.write_text(wanted)
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plans", type=int, default=400)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    make_corpus(args.plans, args.seed, args.out)
    print(f"{args.plans} plans in {args.out}")


if __name__ == "__main__":
    main()
