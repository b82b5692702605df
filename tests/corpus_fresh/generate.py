"""Generate a fresh corpus of 16 fictional SIP plans and the levels a reviewer gives them.

Written from the criterion definitions only (SIP.md and the kvalitetskollen table in the brief),
without looking at how the engine judges plans. Every plan is fiction: first names or initials
only, no surnames, personnummer, phone numbers, e-mail or street addresses.

Run:  .venv/bin/python tests/corpus_fresh/generate.py
Writes tests/corpus_fresh/plans/plan-NN.* and tests/corpus_fresh/expected.yaml, and prints
LIX per plan (the begriplighet judgement rests on it).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "examples"))

from writers import (  # noqa: E402
    Checkbox,
    Expected,
    Plan,
    Spec,
    Table,
    write_content_control_docx,
    write_corpus,
    write_county_template_docx,
    write_form_pdf,
    write_free_docx,
    write_markdown,
    write_text_cp1252,
    write_text_form,
)

PLANS = HERE / "plans"
SIP = "Samordnad individuell plan (SIP)"


def case(name: str, description: str, plan: Plan, write: Callable[[Plan, Path], Path],
         expected: Expected) -> Spec:
    """One plan: file name, one-line description, the plan, how to write it, the levels."""
    return Spec(name, description, "", plan, expected, write)


# --------------------------------------------------------------------------------- plans


def plan_01() -> Spec:
    """Child with guardians, county template, good throughout."""
    plan = Plan(
        title=SIP,
        sections=[
            ("Planen tillhör", Table(["Namn", "Personnummer"], [["Elias", "ÅÅMMDD-XXXX"]])),
            ("Datum för mötet", "2024-09-17"),
            ("Om den enskilde inte deltar på mötet motivera varför",
             "Elias var med de första 30 minuterna tillsammans med mamma och pappa. Sedan gick "
             "han till fritids med sin resurs, eftersom hela mötet blir för långt för honom."),
            ("Huvudansvarig", Table(
                ["Namn på huvudansvarig", "Verksamhet"],
                [["Jessica, socialsekreterare", "Barn och familj, Socialtjänsten Västerås"]])),
            ("Kontaktuppgifter – inbjudna deltagare", Table(
                ["Namn", "Funktion/relation/verksamhet", "Kontaktuppgifter", "Deltog"],
                [["Elias", "Planen gäller honom", "–", "Ja, en del av mötet"],
                 ["Sanna", "Mamma, vårdnadshavare", "–", "Ja"],
                 ["Johan", "Pappa, vårdnadshavare", "–", "Ja"],
                 ["Jessica", "Socialsekreterare, Barn och familj, Socialtjänsten Västerås",
                  "Via växeln", "Ja"],
                 ["Fatima", "Psykolog, BUP Västerås", "Via växeln", "Ja"],
                 ["Mikael", "Specialpedagog, Björkskolan", "Via skolans expedition", "Ja"],
                 ["Lina", "Skolsköterska, Björkskolan", "Via skolans expedition",
                  "Nej, skickade sina frågor med Mikael"]])),
            ("Varför gör vi denna plan? Vilka behov av åtgärder finns?",
             "Elias är 11 år och har ADHD. Han har svårt att stanna kvar i klassrummet och går "
             "ofta hem före lunch. Hemma blir det mycket bråk på kvällarna och han somnar sent.\n"
             "Vi gör planen så att skolan, BUP och socialtjänsten ger Elias samma stöd i skolan "
             "och hemma.\n"
             "Behov: en lugn plats i skolan, hjälp med sömnen och stöd till mamma och pappa."),
            ("Frågeställningar inför mötet", [
                "Hur kan Elias klara en hel skoldag?",
                "Vem kan hjälpa familjen med kvällarna?",
                "Behöver medicinen ses över?"]),
            ("Övergripande mål, vad vill jag uppnå?",
             "Elias: ”Jag vill vara i skolan hela dagen och ha någon att spela fotboll med på "
             "rasten.”\n"
             "Elias säger också att det är för mycket ljud i klassrummet och att han vill ha "
             "hörlurar.\n"
             "Mamma och pappa: ”Vi vill att kvällarna ska bli lugnare hemma.”"),
            ("Planering", Table(
                ["Delmål", "Insatser/åtgärder – Vad skall vi göra och när?",
                 "Ansvarig, vem skall göra?", "Tidsplan Start/sluttid", "Uppfyllt delmål"],
                [["Elias är kvar i skolan till kl. 13", "Eget arbetsrum och schema med bilder",
                  "Mikael, specialpedagog, Björkskolan", "Start v. 39, klart v. 40", ""],
                 ["Lugnare kvällar", "Föräldrastöd, fem träffar",
                  "Familjebehandlare, Barn och familj, Socialtjänsten Västerås",
                  "2024-10-01 till 2024-12-15", ""],
                 ["Bättre sömn", "Se över medicinen och sömnen",
                  "Fatima, psykolog, och läkare på BUP Västerås", "Läkarbesök 2024-10-08", ""],
                 ["Pengar till extra kostnader", "Ansöka om omvårdnadsbidrag",
                  "Sanna och Johan, föräldrar", "Senast 2024-10-31", ""],
                 ["Fotboll på fritiden", "Prova på träning i fotbollsföreningen",
                  "Johan, pappa, följer med", "Från v. 40", ""]])),
            ("Åtgärder av annan aktör",
             "Sanna och Johan ansöker om omvårdnadsbidrag hos Försäkringskassan och följer med "
             "Elias till fotbollen. Försäkringskassan utreder ansökan."),
            ("Samtycke",
             "Sanna och Johan gav skriftligt samtycke på SIP-blanketten 2024-09-10. Samtycket "
             "gäller BUP, skolan och socialtjänsten fram till 2025-09-10."),
            ("Planerad uppföljning", Table(
                ["Plats", "Datum, mötestid"],
                [["Björkskolan, konferensrummet", "2024-12-10 kl. 14.00–15.30"]])),
            ("Underskrifter", "Godkänd av vårdnadshavare och huvudansvarig 2024-09-17."),
        ],
    )
    return case("plan-01.docx", "Västerås, child with ADHD and guardians; county template; good",
                plan, write_county_template_docx,
                Expected("U U U U U U U U U U U U", {
                    "delaktighet": "Elias attended part of the meeting; his wishes are recorded",
                    "ansvar": "parents are responsible for their own rows; all rows have a time",
                }))


def plan_02() -> Spec:
    """Adult, psychiatry and social services, content controls."""
    plan = Plan(
        title="SIP – Samordnad individuell plan",
        header="Sala kommun och Region Västmanland",
        footer="Samordnad individuell plan",
        sections=[
            ("Namn", "Maria"),
            ("Datum", "2024-10-03"),
            ("Syfte med SIP",
             "Maria har depression och har varit sjukskriven sedan i våras. Hon har också skulder "
             "och har svårt att betala hyran. Syftet är att psykiatrin och socialtjänsten planerar "
             "tillsammans så att Maria får hjälp med både måendet och ekonomin och kan bo kvar i "
             "sin lägenhet."),
            ("Frågeställningar", [
                "Hur kan Maria få hjälp med skulderna?",
                "Kan samtalen på psykiatrin bli fler?",
                "Vad händer med sjukskrivningen efter december?"]),
            ("Den enskildes mål",
             "”Jag vill sova bättre och slippa oroa mig för hyran varje månad.”"),
            ("Den enskildes synpunkter",
             "Maria var med på hela mötet. Hon vill helst ha samtal på förmiddagen och vill inte "
             "byta behandlare. Hon tycker att det är jobbigt att ringa myndigheter och vill ha "
             "hjälp med det."),
            ("Samtycke", (Checkbox("Samtycke inhämtat", True),
                          "Maria gav skriftligt samtycke 2024-09-25. Det gäller Psykiatrin Sala "
                          "och Socialtjänsten Sala i ett år.")),
            ("Insatser", Table(
                ["Insats", "Ansvarig", "När"],
                [["Samtal med kurator varannan vecka", "Kurator, Psykiatrin Sala",
                  "Från 2024-10-14"],
                 ["Budget- och skuldrådgivning", "Budget- och skuldrådgivare, Socialtjänsten Sala",
                  "Första träffen v. 43"],
                 ["Läkarbesök om sjukskrivning och medicin", "Regionen", "Före 2024-12-01"],
                 ["Boendestöd en gång i veckan", "Boendestödet, Socialtjänsten Sala",
                  "Start 2024-11-04"]])),
            ("Övriga aktörer", "Maria har kontakt med Försäkringskassan."),
            ("Huvudansvarig för planen",
             "Lotta, socialsekreterare, Vuxenenheten, Socialtjänsten Sala"),
            ("Deltagare", Table(
                ["Namn", "Roll", "Verksamhet"],
                [["Maria", "Planen gäller henne", "–"],
                 ["Lotta", "Socialsekreterare", "Vuxenenheten, Socialtjänsten Sala"],
                 ["Henrik", "Kurator", "Psykiatrin Sala"],
                 ["Sara", "Sjuksköterska", "Psykiatrin Sala"]])),
            ("Uppföljning", "Vi följer upp planen om tre månader. Lotta kallar till mötet."),
        ],
    )
    return case("plan-02.docx", "Sala, adult with depression and debts; content controls",
                plan, write_content_control_docx,
                Expected("U U U U U U D U D D U U", {
                    "ansvar": "the doctor's visit has only 'Regionen' (a principal) as responsible",
                    "andra_aktorer": "Försäkringskassan is mentioned, but nobody says what it does",
                    "uppfoljning": "'om tre månader': no specific day",
                }))


def plan_03() -> Spec:
    """Elderly man, thin form print from the record system."""
    plan = Plan(
        title="Samordnad individuell plan",
        sections=[
            ("Person", "Gösta, 86 år"),
            ("Personnummer", "ÅÅMMDD-XXXX"),
            ("Datum för SIP-möte", "2024-04-22"),
            ("Syfte", "Samordning"),
            ("Frågeställningar", ""),
            ("Aktuell situation",
             "Gösta bor ensam i villa. Han har hjärtsvikt och har ramlat två gånger sedan "
             "februari. Han äter dåligt. Hemtjänst kommer morgon och kväll."),
            ("Mål", "Målet är att Gösta ska kunna bo kvar i sitt hus och inte falla igen."),
            ("Insatser", Table(
                ["Insats", "Ansvarig", "Tid"],
                [["Hemtjänst även vid lunch, matdistribution", "Kommunen", "Från 2024-05-01"],
                 ["Trygghetslarm", "Biståndshandläggare, Norbergs kommun", "Maj 2024"],
                 ["Hembesök av distriktssköterska varannan vecka", "Vårdcentralen Norberg",
                  "Pågår"],
                 ["Bedömning av fallrisk och hjälpmedel", "Arbetsterapeut, Rehab Norberg",
                  "Inom två veckor"]])),
            ("Samtycke", "Samtycke finns."),
            ("Huvudansvar", "Norbergs kommun"),
            ("Deltagare", "Gösta, Birgitta, Ahmed, Lena"),
            ("Uppföljning", "Vid behov."),
        ],
    )
    return case("plan-03.pdf", "Norberg, elderly man living alone; ruled form print; thin",
                plan, lambda p, path: write_form_pdf(p, path, ruled=True, labels="inline"),
                Expected("D E D D D U D D E D D U", {
                    "syfte": "one generic word 'Samordning'",
                    "fragestallningar": "the label is there, the field is empty",
                    "enskildes_mal": "third person 'Målet är att Gösta ska'",
                    "delaktighet": "Gösta is listed as a participant; his own view is nowhere",
                    "ansvar": "home care row names only 'Kommunen'",
                    "huvudansvar": "only the municipality, no unit or person",
                    "andra_aktorer": "no actor besides kommun and region, and no statement",
                    "deltagare": "names only",
                }))


def plan_04() -> Spec:
    """Substance use, markdown, good."""
    plan = Plan(
        title="SIP för Jonas",
        sections=[
            ("Datum", "2024-11-12"),
            ("Syfte med mötet",
             "Jonas vill sluta dricka och få ett eget boende. Han har kontakt med både "
             "Beroendemottagningen och socialtjänsten, och de behöver veta vad den andra gör. "
             "Vi gör planen för att behandlingen och boendet ska hänga ihop för Jonas."),
            ("Frågor att ta upp", [
                "Kan Jonas få plats på ett behandlingshem efter avgiftningen?",
                "Var ska han bo när han kommer hem?",
                "Vem följer med till läkaren?"]),
            ("Mina mål",
             "”Jag vill vara nykter till sommaren och ha en egen lägenhet.”\n"
             "”Jag vill kunna träffa min dotter varannan helg igen.”"),
            ("Delaktighet",
             "Jonas var med hela mötet. Han vill inte bo på härbärge igen. Han säger själv att "
             "han behöver någon att ringa när suget kommer på kvällarna."),
            ("Samtycke",
             "Jonas gav muntligt samtycke på mötet 2024-11-12. Det står i journalen på "
             "Beroendemottagningen. Samtycket gäller dem som var med på mötet."),
            ("Vem gör vad och när?", [
                "Avgiftning – läkare, Beroendemottagningen Västerås – start 2024-11-25",
                "Ansökan om behandlingshem – Anders, socialsekreterare, Vuxenenheten Västerås "
                "– skickas senast 2024-11-20",
                "Träningslägenhet – Boendeenheten, Socialtjänsten Västerås – beslut i december",
                "Samtal med alkoholterapeut varje torsdag – Beroendemottagningen Västerås – "
                "från v. 49"]),
            ("Egna åtgärder och närstående", [
                "Jonas går på AA-möten två gånger i veckan, från nu.",
                "Jonas bror Erik kör honom till avgiftningen den 25 november.",
                "Jonas ringer Anders om han inte kan komma till ett möte."]),
            ("Huvudansvarig", "Anders, socialsekreterare, Vuxenenheten, Socialtjänsten Västerås"),
            ("Deltagare", [
                "Jonas",
                "Erik, bror",
                "Anders, socialsekreterare, Vuxenenheten Västerås",
                "Maja, sjuksköterska, Beroendemottagningen Västerås",
                "Karim, läkare, Beroendemottagningen Västerås"]),
            ("Uppföljning", "2025-01-20 kl. 10.00 på Beroendemottagningen. Anders kallar."),
        ],
    )
    return case("plan-04.md", "Västerås, adult with alcohol dependence; markdown; good",
                plan, write_markdown,
                Expected("U U U U U U U U U U U U", {
                    "ansvar": "'beslut i december' is a time, if not a day",
                    "andra_aktorer": "Jonas himself and his brother, each with a measure",
                }))


def plan_05() -> Spec:
    """LSS, young adult with intellectual disability, cp1252 text with capitals."""
    plan = Plan(
        title="Samordnad individuell plan – Sara",
        sections=[
            ("Datum", "2024-09-02"),
            ("Bakgrund och syfte",
             "Sara är 23 år och har en intellektuell funktionsnedsättning. Hon bor i gruppbostad "
             "i Fagersta och går till daglig verksamhet. Sedan i somras har hon ont i magen och "
             "vill inte gå till jobbet.\n"
             "Syftet med planen är att Habiliteringen, vårdcentralen och LSS i Fagersta hjälper "
             "Sara tillsammans, så att hon mår bättre och kan gå till daglig verksamhet igen."),
            ("Dagordning", [
                "Saras magont – vem undersöker henne?",
                "Hur kan Sara komma tillbaka till daglig verksamhet?",
                "Behöver Sara bildstöd i gruppbostaden?"]),
            ("Saras egna mål",
             "Sara säger: ”Jag vill jobba på caféet igen och baka bullar.”\n"
             "”Jag vill inte ha ont i magen.”"),
            ("Delaktighet",
             "Sara var med på mötet med sin kontaktman från gruppbostaden. Vi använde bilder. "
             "Sara vill att mamma ska följa med när hon går till doktorn. Hon vill inte byta grupp "
             "på daglig verksamhet."),
            ("Samtycke",
             "Sara gav muntligt samtycke med stöd av bilder 2024-09-02. Hennes gode man Per var "
             "med. Det är antecknat i akten hos LSS-handläggaren."),
            ("Insatser", Table(
                ["Insats", "Ansvarig", "Start"],
                [["Läkarbesök om magont", "Läkare, Vårdcentralen Fagersta", "2024-09-16"],
                 ["Bildschema för dagen", "Arbetsterapeut, Habiliteringen", "Från v. 39"],
                 ["Kortare dagar på daglig verksamhet, 4 timmar",
                  "Caféet, daglig verksamhet, Fagersta kommun", "Från 2024-09-09"],
                 ["Följa med Sara till läkaren", "Personal, Gruppbostaden Lärkan",
                  "2024-09-16"]])),
            ("Övriga aktörer",
             "God man Per betalar Saras räkningar och går igenom hennes pengar med henne varje "
             "månad.\n"
             "Mamma Ann följer med Sara till vårdcentralen 2024-09-16."),
            ("Samordningsansvarig", "Kommunen"),
            ("Närvarande", [
                "Sara",
                "Per, god man",
                "Ann, mamma",
                "Malin, kontaktman, Gruppbostaden Lärkan",
                "Jonna, LSS-handläggare, Fagersta kommun",
                "Erik, arbetsterapeut, Habiliteringen"]),
            ("Nästa möte", "14 april 2025 kl. 10.00 på Gruppbostaden Lärkan."),
        ],
    )
    return case("plan-05.txt", "Fagersta, LSS, young woman in group home; cp1252 CAPITALS",
                plan, write_text_cp1252,
                Expected("U U U U U U U D U U U U", {
                    "huvudansvar": "'Kommunen' only: a principal, though the LSS officer is listed",
                    "andra_aktorer": "god man and mother, each with a concrete measure",
                }))


def plan_06() -> Spec:
    """Teenager with a contact person; free docx, bold headings phrased freely."""
    plan = Plan(
        title="Vår plan för Alva",
        sections=[
            ("Datum", "28 augusti 2024"),
            ("Varför träffas vi?",
             "Alva är 16 år och går i nian. Hon har varit hemma från skolan mycket sedan jul och "
             "mår dåligt. Hon har en kontaktperson från socialtjänsten sedan i våras. Vi träffas "
             "för att skolan, BUP och socialtjänsten ska hjälpa Alva på samma sätt, så att hon "
             "klarar nian och kan börja på gymnasiet."),
            ("Det här vill vi ha svar på",
             "Hur kan Alva klara betygen i nian? Kan hon träffa någon på BUP oftare? Vad ska hon "
             "och kontaktpersonen göra på helgerna?"),
            ("Så här tänker Alva",
             "”Jag vill klara matten och engelskan så att jag kommer in på frisörprogrammet.”\n"
             "”Jag vill inte att alla i klassen ska veta att jag går på BUP.”\n"
             "Alva var med på hela mötet tillsammans med mamma och pappa."),
            ("Vem gör vad och när?", [
                "Kurator på Åsskolan – samtal varje tisdag – från v. 35",
                "Mentor, Åsskolan – gör ett schema med kortare dagar – klart 2024-08-30",
                "Psykolog, BUP Västerås – samtal varannan vecka – start 2024-09-05",
                "Kontaktperson, Socialtjänsten Surahammar – träffar Alva varje lördag – "
                "hela hösten",
                "Mamma och pappa – väcker Alva och kör henne till skolan på måndagar – från v. 35",
                "Alva – säger till kuratorn när det känns tungt – varje vecka"]),
            ("Samtycke",
             "Alva och båda vårdnadshavarna gav muntligt samtycke på mötet den 28 augusti. "
             "Kuratorn har skrivit det i elevhälsans journal."),
            ("Vem håller ihop planen?", "Sofie, kurator, Åsskolan, Surahammars kommun"),
            ("Vilka var med?", "Alva, Linda, Omar, Sofie, Jenny, Amir och Hanna var med."),
            ("När ses vi igen?", "Vi ses igen tisdag 3 december kl 14 i skolans konferensrum."),
        ],
    )
    return case("plan-06.docx", "Surahammar, girl of 16 with a contact person; free docx, bold",
                plan, lambda p, path: write_free_docx(p, path, headings="bold"),
                Expected("U U U U U U U U U U D U", {
                    "fragestallningar": "questions written as running text under a free heading",
                    "andra_aktorer": "parents and Alva herself have measures with who and when",
                    "deltagare": "a sentence of first names, no roles or organisations",
                    "uppfoljning": "'tisdag 3 december kl 14': a specific day, year from the plan",
                }))


def plan_07() -> Spec:
    """Adult who declined to attend; absence explained, view conveyed; unruled form print."""
    plan = Plan(
        title=SIP,
        sections=[
            ("Datum", "2024-10-15"),
            ("Syfte med planen",
             "Kim har bipolär sjukdom och har flyttat tre gånger i år. Nu riskerar Kim att "
             "förlora lägenheten på grund av obetalda hyror. Planen ska samla stödet från "
             "psykiatrin och socialtjänsten, så att Kim kan bo kvar och träffa sin läkare "
             "regelbundet."),
            ("Frågor att ta upp", "Diskutera läget och gå igenom planen."),
            ("Om den enskilde inte deltar på mötet motivera varför",
             "Kim ville inte vara med på mötet, eftersom det blir för många människor på en "
             "gång. Kim träffade sitt personliga ombud Eva dagen före och bad henne föra fram "
             "det som står nedan."),
            ("Kims egna ord, framförda av Eva",
             "”Jag vill ha lugn och ro och slippa flytta igen.”\n"
             "”Jag vill träffa samma läkare varje gång.”\n"
             "Kim vill inte ha hembesök av fler än en person åt gången."),
            ("Samtycke",
             "Skriftligt samtycke, undertecknat av Kim 2024-10-01. Det gäller Psykiatrin "
             "Västerås, Socialtjänsten Västerås och personligt ombud i ett år."),
            ("Planerade insatser", Table(
                ["Vad", "Vem", "När"],
                [["Fast läkarkontakt, besök var sjätte vecka",
                  "Läkare, Affektiva mottagningen, Psykiatrin Västerås",
                  "Första besöket 2024-10-29"],
                 ["Boendestöd två gånger i veckan", "Boendestödet, Socialtjänsten Västerås",
                  "Från 2024-11-04"],
                 ["Prövning av bistånd till hyresskulden",
                  "Handläggare, Försörjningsstöd, Socialtjänsten Västerås",
                  "Beslut senast 2024-10-31"]])),
            ("Övriga aktörer",
             "Personligt ombud Eva hjälper Kim att kontakta hyresvärden och Försäkringskassan "
             "under vecka 43.\n"
             "Kims syster Moa handlar mat åt Kim varje fredag."),
            ("Huvudansvarig", "Robin, socialsekreterare, Vuxenenheten, Socialtjänsten Västerås"),
            ("Deltagare", Table(
                ["Namn", "Funktion", "Verksamhet"],
                [["Robin", "Socialsekreterare", "Vuxenenheten, Socialtjänsten Västerås"],
                 ["Eva", "Personligt ombud", "Personligt ombud Västerås"],
                 ["Nora", "Sjuksköterska", "Affektiva mottagningen, Psykiatrin Västerås"],
                 ["Jan", "Boendestödjare", "Boendestödet, Socialtjänsten Västerås"]])),
            ("Datum för uppföljning",
             "2025-04-08 kl. 13.00. Kim erbjuds att vara med via video."),
        ],
    )
    return case("plan-07.pdf", "Västerås, adult who declined to attend; unruled form print",
                plan, lambda p, path: write_form_pdf(p, path, ruled=False, labels="heading"),
                Expected("U D U U U U U U U U U U", {
                    "fragestallningar": "a questions label with vague content only",
                    "enskildes_mal": "Kim's own words, quoted, conveyed by the personal ombudsman",
                    "delaktighet": "absence explained and Kim's view conveyed",
                    "andra_aktorer": "personal ombudsman and sister, each with a measure",
                }))


def plan_08() -> Spec:
    """Bare-bones text form: labels with almost nothing."""
    plan = Plan(
        title="SIP",
        sections=[
            ("Namn", "R."),
            ("Datum", "2024-06-04"),
            ("Syfte", "SIP"),
            ("Nuläge",
             "R. har kontakt med psykiatrin och socialtjänsten. Mår sämre sedan i vintras."),
            ("Insatser", ""),
            ("Huvudansvarig", ""),
            ("Deltagare", "R., Maja, Tomas, Leila"),
            ("Nästa möte", "Om ett halvår."),
        ],
    )
    return case("plan-08.txt", "Surahammar, adult; plain text form; almost empty",
                plan, write_text_form,
                Expected("D E E D E E E E E D D U", {
                    "syfte": "only 'SIP'",
                    "delaktighet": "R. is in the participant list (took part), no view recorded",
                    "insatser": "the field is empty; 'har kontakt med' describes the present",
                    "ansvar": "no intervention, so none has a responsible party",
                    "begriplighet": "very little text, short words: LIX low",
                }))


def plan_09() -> Spec:
    """Child with NPF; officialese and unexplained abbreviations; Heading styles."""
    plan = Plan(
        title="Samordnad individuell plan enligt SoL 2 kap. 7 § och HSL 16 kap. 4 §",
        sections=[
            ("Uppgifter",
             "Planen avser Noah, 9 år, och upprättades vid samordningsmöte 2024-03-18 i "
             "Kyrkbacksskolans lokaler på initiativ av elevhälsoteamet."),
            ("Bakgrund och syfte",
             "Föreliggande samordnade individuella plan upprättas med anledning av att Noah "
             "uppvisar omfattande koncentrationssvårigheter samt återkommande utagerande "
             "beteende i skolmiljön, vilket föranlett kontakter med såväl elevhälsoteamet som "
             "BUP och IFO. Syftet med planen är att säkerställa en samordnad och ändamålsenlig "
             "insatsplanering mellan berörda huvudmän avseende utredning, behandling och "
             "pedagogiska anpassningar, i syfte att möjliggöra en fungerande skolgång för Noah "
             "samt en stabilisering av familjesituationen."),
            ("Nuläge och identifierade behov",
             "Av inkomna underlag från elevhälsoteamet framgår att Noah under innevarande "
             "läsår uppvisat betydande svårigheter att tillgodogöra sig undervisningen i "
             "helklass, med frekventa konflikter i samband med övergångar mellan aktiviteter "
             "och omfattande ogiltig frånvaro under eftermiddagarna. Vårdnadshavarna beskriver "
             "en likartad problematik i hemmiljön, särskilt i samband med läggning och "
             "morgonrutiner, vilket medför en påtaglig belastning på familjesystemet. "
             "Sammantaget bedöms behov föreligga av fördjupad neuropsykiatrisk utredning, "
             "förstärkta pedagogiska anpassningar samt familjebehandlande stödinsatser."),
            ("Tidigare och pågående insatser",
             "Noah har sedan höstterminen 2023 erhållit extra anpassningar i form av "
             "individualiserat schema, förstärkt vuxenstöd under rastverksamhet och "
             "anpassade examinationsformer, vilka enligt skolans dokumentation inte bedömts "
             "tillräckliga för att säkerställa måluppfyllelse. Därutöver genomfördes under "
             "våren 2023 en neuropsykiatrisk utredning vid BUP, vars resultat föranlett "
             "rekommendationer avseende strukturerad undervisningsmiljö och medicinsk "
             "behandlingsuppföljning."),
            ("Frågeställningar", [
                "Vilka ytterligare pedagogiska anpassningar bedöms erforderliga utifrån "
                "genomförd NPF-utredning?",
                "Föreligger behov av förstärkt familjebehandlande insats genom IFO, "
                "alternativt kompletterande insatser enligt LSS?",
                "Hur ska ansvarsfördelningen avseende medicinsk uppföljning regleras mellan BUP "
                "och EHT?"]),
            ("Övergripande målsättning",
             "Den övergripande målsättningen är att Noah ska uppnå en fungerande skolsituation "
             "med ökad skolnärvaro, förbättrad koncentrationsförmåga och minskad förekomst av "
             "utagerande beteende, samt att familjesituationen ska stabiliseras."),
            ("Delaktighet",
             "Vårdnadshavarna deltog vid mötet och informerades om planens innehåll och "
             "syfte. Noah deltog ej vid sammanträdet."),
            ("Samtycke",
             "Skriftligt samtycke inhämtades från båda vårdnadshavarna 2024-03-11 och avser "
             "informationsutbyte mellan BUP, EHT och IFO under planens giltighetstid."),
            ("Insatser och ansvarsfördelning", Table(
                ["Insats", "Ansvarig verksamhet", "Tidsplan"],
                [["Genomförande av kompletterande utredning avseende eventuell "
                  "ADHD-problematik", "Psykolog och läkare, BUP Västerås",
                  "Påbörjas 2024-04-02, slutförs senast 2024-06-28"],
                 ["Implementering av individuellt anpassad undervisning i mindre "
                  "undervisningsgrupp", "Rektor och specialpedagog, Kyrkbacksskolan",
                  "Fr.o.m. 2024-03-25"],
                 ["Familjebehandlande insats enligt SoL med fokus på föräldraförmåga",
                  "Familjebehandlare, IFO Barn och familj Västerås",
                  "Fr.o.m. 2024-04-08, tio tillfällen"]])),
            ("Övriga aktörer",
             "Vårdnadshavarna förväntas medverka utifrån sin förmåga och i enlighet med "
             "överenskommelser som träffas inom ramen för behandlingsinsatsen."),
            ("Huvudansvar",
             "Samordningsansvaret för planen åvilar socialsekreterare Helena vid IFO Barn och "
             "familj, Västerås stad, vilken ansvarar för kallelse, dokumentation och "
             "sammanhållning av uppföljningsprocessen."),
            ("Deltagare",
             "Vid mötet närvarade vårdnadshavarna Amira och Stefan, socialsekreterare Helena "
             "från IFO Barn och familj i Västerås stad, psykolog Oskar från BUP Västerås samt "
             "rektor Gunnel och specialpedagog Petra från Kyrkbacksskolan."),
            ("Uppföljning",
             "Uppföljning av planen sker den 10/6 kl. 13.00 i Kyrkbacksskolans konferensrum, "
             "varvid måluppfyllelse och eventuella behov av revidering av insatserna ska "
             "utvärderas gemensamt av samtliga berörda aktörer."),
        ],
    )
    return case("plan-09.docx", "Västerås, boy of 9 with NPF; Heading styles; officialese",
                plan, lambda p, path: write_free_docx(p, path, headings="style"),
                Expected("U U D D U U U U D U U E", {
                    "enskildes_mal": "third-person target, no word from Noah or family",
                    "delaktighet": "guardians attended; no view recorded, absence unexplained",
                    "andra_aktorer": "guardians mentioned, what they do is unclear",
                    "uppfoljning": "'den 10/6 kl. 13.00': a specific day without a year",
                    "begriplighet": "LIX over 55; SoL, HSL, BUP, IFO, EHT, NPF, ADHD unexplained",
                }))


def plan_10() -> Spec:
    """Elderly woman with dementia and her son; markdown with bold headings."""
    plan = Plan(
        title="Samordnad individuell plan för Ingrid",
        sections=[
            ("Datum", "2024-10-01"),
            ("Syfte",
             "Ingrid har en demenssjukdom och glömmer att äta och ta sina mediciner. Hennes son "
             "Mats är orolig för att hon ska gå ut på natten. Vi gör planen för att hemtjänsten, "
             "vårdcentralen och minnesmottagningen ska hjälpa Ingrid, så att hon kan bo kvar "
             "hemma så länge som möjligt."),
            ("Frågeställningar till mötet", [
                "Behöver Ingrid hjälp med medicinen varje dag?",
                "Kan hon få dagverksamhet?",
                "Vad gör vi om hon går ut på natten?"]),
            ("Vad är viktigt för dig?",
             "Ingrid säger: ”Jag vill bo kvar här med min katt. Jag vill inte flytta till ett "
             "boende.”\n"
             "”Jag tycker om att gå till affären själv.”"),
            ("Delaktighet",
             "Mötet var hemma hos Ingrid så att hon kunde vara med. Hon ville att Mats skulle "
             "vara med och hjälpa henne att komma ihåg."),
            ("Insatser", [
                "Hemtjänst tre gånger om dagen, med hjälp att ta medicinen – Hemtjänsten Sala "
                "norra – från 2024-10-07",
                "Medicinen i dospåsar från apoteket – distriktssköterska, Vårdcentralen Sala",
                "Dagverksamhet två dagar i veckan – biståndshandläggare, Sala kommun",
                "Utredning av minnet – Minnesmottagningen Västerås – besök 2024-10-21"]),
            ("Närståendes insatser",
             "Mats handlar med Ingrid varje lördag och ringer henne varje kväll. Han har också "
             "lovat att se till att dörrlarmet är påslaget."),
            ("Samordningsansvar", "Sanna, biståndshandläggare, Äldreomsorgen, Sala kommun"),
            ("Deltagare", [
                "Ingrid",
                "Mats, son",
                "Sanna, biståndshandläggare, Sala kommun",
                "Gunilla, distriktssköterska, Vårdcentralen Sala",
                "Pia, undersköterska, Hemtjänsten Sala norra"]),
            ("Nästa möte", "v. 47, hemma hos Ingrid."),
        ],
    )
    return case("plan-10.md", "Sala, elderly woman with dementia and her son; markdown, bold",
                plan, lambda p, path: write_markdown(p, path, headings="bold"),
                Expected("U U U U E U D U U D U U", {
                    "samtycke": "consent is not mentioned anywhere",
                    "ansvar": "dose bags and day care have a responsible party but no time",
                    "andra_aktorer": "the son's measures are concrete",
                    "uppfoljning": "'v. 47' is a week, not a day",
                }))


def plan_11() -> Spec:
    """Young adult after psychosis; content controls with checkboxes; jargon abbreviations."""
    plan = Plan(
        title="Samordnad individuell plan",
        header="Region Västmanland | Västerås stad",
        footer="Dokumentet upprättas i Cosmic Link",
        sections=[
            ("Namn", "Adam"),
            ("Datum", "2024-11-05"),
            ("Syfte", "Att få en gemensam bild."),
            ("Nuläge",
             "Adam vårdades enligt LPT i september. Efter utskrivningen har han kontakt med PM "
             "och IFO. Han har beslut om BoS enligt SoL och flyttar till egen lägenhet i "
             "november."),
            ("Frågeställningar", [
                "Kan Adam få boendestöd på kvällarna?",
                "Hur ska medicinen följas upp efter flytten?",
                "Vad kan Adam göra på dagarna?"]),
            ("Mitt mål",
             "Jag vill klara mig själv i min nya lägenhet och ha något att göra på dagarna."),
            ("Delaktighet", (Checkbox("Den enskilde deltog på mötet", True),
                             "Adam vill ha besök efter kl. 12, för att han sover dåligt på "
                             "morgonen. Han vill inte att hans mamma får veta något om hans "
                             "vård.")),
            ("Samtycke", Checkbox("Samtycke inhämtat", True)),
            ("Insatser", Table(
                ["Insats", "Ansvarig verksamhet", "Start", "Slut"],
                [["Boendestöd tre kvällar i veckan",
                  "Boendestödet, Socialpsykiatrin Västerås stad", "2024-11-18", "2025-05-31"],
                 ["Depåinjektion var fjärde vecka", "Sjuksköterska, Psykosmottagningen Västerås",
                  "2024-11-20", "Tills vidare"],
                 ["Sysselsättning på en träffpunkt två dagar i veckan",
                  "Sysselsättningsenheten, Västerås stad", "2024-12-02", "2025-05-31"]])),
            ("Övriga aktörer", "Inga andra aktörer har insatser just nu."),
            ("Huvudansvarig", "Regionen"),
            ("Deltagare", Table(
                ["Namn", "Funktion", "Verksamhet"],
                [["Adam", "Den enskilde", "–"],
                 ["Hassan", "Sjuksköterska", "Psykosmottagningen Västerås"],
                 ["Ulla", "Socialsekreterare", "Socialpsykiatrin Västerås stad"],
                 ["Peter", "Boendestödjare", "Boendestödet, Västerås stad"]])),
            ("Uppföljning", "2025-02-11 kl. 13.00 på Psykosmottagningen."),
            ("Underskrift", Checkbox("Planen är godkänd av den enskilde", True)),
        ],
    )
    return case("plan-11.docx", "Västerås, young man after psychosis; content controls, boxes",
                plan, write_content_control_docx,
                Expected("D U U U D U U D U U U D", {
                    "syfte": "generic phrase 'Att få en gemensam bild'",
                    "enskildes_mal": "first person without quotation marks",
                    "samtycke": "a ticked box only: no how or when",
                    "andra_aktorer": "explicit statement that there are no other actors",
                    "huvudansvar": "only the principal 'Regionen'",
                    "begriplighet": "LIX low, but LPT, PM, IFO, BoS, SoL unexplained (more than 3)",
                }))


def plan_12() -> Spec:
    """Young adult towards work, with Arbetsförmedlingen and Försäkringskassan."""
    plan = Plan(
        title="Samordnad individuell plan",
        sections=[
            ("Datum", "2024-09-24"),
            ("Anledning till SIP",
             "Elin är 20 år och har ångest och social fobi. Hon har inte arbetat eller studerat "
             "sedan gymnasiet. Hon får aktivitetsersättning och vill börja arbeta. Psykiatrin, "
             "socialtjänsten och Arbetsförmedlingen behöver planera tillsammans, så att Elin får "
             "stöd i rätt ordning."),
            ("Frågeställningar",
             "Kan Elin börja arbetsträna i höst? Vem hjälper henne med resorna till "
             "arbetsträningen? Kan hon ha kvar aktivitetsersättningen under tiden?"),
            ("Elins mål", "”Jag vill ha ett jobb där jag får jobba med djur.”"),
            ("Delaktighet",
             "Elin var med hela mötet och hade sin pappa med sig som stöd. Hon vill få "
             "kallelser med brev och inte bli uppringd."),
            ("Samtycke",
             "Elin gav muntligt samtycke på mötet 2024-09-24. Det är antecknat i journalen på "
             "Psykiatrimottagningen Fagersta."),
            ("Insatser",
             "Elin fortsätter med KBT hos psykologen på Psykiatrimottagningen Fagersta varje "
             "måndag fram till jul. Arbetsförmedlingen, genom handläggaren Jonas, anmäler Elin "
             "till arbetsträning på ett stall senast 2024-10-15. Arbetsmarknadsenheten i "
             "Fagersta kommun ger Elin en stödperson som följer med henne till stallet från "
             "v. 44. Elins pappa Tomas kör henne till stallet de första fyra veckorna. "
             "Försäkringskassan, genom handläggaren Sofia, prövar om Elin kan ha kvar "
             "aktivitetsersättningen under arbetsträningen och ger besked i oktober."),
            ("Huvudansvarig", "Karin, socialsekreterare, Vuxenenheten, Fagersta kommun"),
            ("Deltagare",
             "På mötet deltog Elin, hennes pappa Tomas, Karin som är socialsekreterare på "
             "Vuxenenheten i Fagersta, Jonas som är handläggare på Arbetsförmedlingen och Mona "
             "som är psykolog på Psykiatrimottagningen Fagersta."),
            ("Uppföljning", "Vi följer upp planen i december. Karin kallar."),
        ],
    )
    return case("plan-12.pdf", "Fagersta, young woman towards work; unruled form print, prose",
                plan, lambda p, path: write_form_pdf(p, path, ruled=False, labels="inline"),
                Expected("U U U U U U U U U D U U", {
                    "insatser": "interventions as running prose",
                    "andra_aktorer": "Arbetsförmedlingen, Försäkringskassan and the father act",
                    "deltagare": "one sentence, but with role and organisation for each",
                    "uppfoljning": "'i december': a month, not a day",
                }))


def plan_13() -> Spec:
    """County template half filled: absent person, generic purpose, a principal as owner."""
    plan = Plan(
        title=SIP,
        sections=[
            ("Planen tillhör", Table(["Namn", "Personnummer"], [["Tove", "ÅÅMMDD-XXXX"]])),
            ("Datum för mötet", "2024-05-06"),
            ("Om den enskilde inte deltar på mötet motivera varför", ""),
            ("Huvudansvarig", Table(
                ["Namn på huvudansvarig", "Verksamhet"],
                [["Eva, socialsekreterare", "Vuxenenheten, Norbergs kommun"]])),
            ("Kontaktuppgifter – inbjudna deltagare", Table(
                ["Namn", "Funktion/relation/verksamhet", "Kontaktuppgifter", "Deltog"],
                [["Tove", "Planen gäller henne", "", "Nej"],
                 ["Eva", "Socialsekreterare, Vuxenenheten Norberg", "", "Ja"],
                 ["Lars", "Läkare, Vårdcentralen Norberg", "", "Ja"],
                 ["Camilla", "Sjuksköterska, Beroendemottagningen Fagersta", "", "Ja"]])),
            ("Varför gör vi denna plan? Vilka behov av åtgärder finns?", "Samordning av insatser."),
            ("Frågeställningar", "Gå igenom läget."),
            ("Övergripande mål, vad vill jag uppnå?",
             "”Jag vill orka jobba igen och sluta dricka på vardagarna.” (Tove, i samtal med Eva "
             "2024-04-29)"),
            ("Planering", Table(
                ["Delmål", "Insatser/åtgärder – Vad skall vi göra och när?",
                 "Ansvarig, vem skall göra?", "Tidsplan Start/sluttid", "Uppfyllt delmål"],
                [["Dricka mindre", "Samtal med sjuksköterska varannan vecka",
                  "Beroendemottagningen Fagersta", "Från 2024-05-13", ""],
                 ["Må bättre", "Utreda depression och se över medicinen", "Regionen", "Maj 2024",
                  ""],
                 ["Klara ekonomin", "Ansöka om ekonomiskt bistånd", "Eva, Vuxenenheten Norberg",
                  "Klart 2024-05-20", ""]])),
            ("Åtgärder av annan aktör", "Försäkringskassan kontaktas."),
            ("Samtycke",
             "Tove gav muntligt samtycke i telefon till Eva 2024-04-29. Antecknat i journalen."),
            ("Planerad uppföljning", Table(
                ["Plats", "Datum, mötestid"], [["Vårdcentralen Norberg", "2024-08-19 kl. 9.00"]])),
            ("Underskrifter", ""),
        ],
    )
    return case("plan-13.docx", "Norberg, woman with alcohol use and depression; county template",
                plan, write_county_template_docx,
                Expected("D D U D U U D U D U U U", {
                    "syfte": "'Samordning av insatser' is generic",
                    "fragestallningar": "vague 'Gå igenom läget'",
                    "delaktighet": "Tove did not attend and the reason field is empty; "
                                   "her view is conveyed by the quoted goal",
                    "ansvar": "the depression row names only 'Regionen'",
                    "andra_aktorer": "'Försäkringskassan kontaktas': who contacts, what it does?",
                    "deltagare": "county participant table with function and unit",
                }))


def plan_14() -> Spec:
    """Boy refusing school; cp1252 text without capitals; no follow-up; prose interventions."""
    plan = Plan(
        title="Samordnad individuell plan för Hampus 14 år, 2024-11-04",
        sections=[
            ("Syfte med samordnad individuell plan",
             "Hampus har inte närvarat i skolan sedan höstlovet och tillbringar stora delar av "
             "nätterna framför datorn, vilket påverkar både sömnen och relationerna i familjen. "
             "Skolan, barn- och ungdomspsykiatrin och socialtjänsten behöver därför upprätta en "
             "gemensam planering, så att Hampus kan komma tillbaka till skolan och familjen "
             "får stöd i hemmet."),
            ("Nuläge och tidigare insatser",
             "Skolan har under hösten erbjudit anpassad studiegång och hembesök utan att "
             "Hampus återkommit till undervisningen, och vårdnadshavarna upplever att "
             "konflikterna kring datoranvändningen har ökat betydligt sedan sommarlovet. "
             "Hampus har tidigare inte haft någon kontakt med barn- och ungdomspsykiatrin eller "
             "socialtjänsten, men elevhälsan har bedömt att behoven nu överstiger vad skolan "
             "ensam kan tillgodose."),
            ("Frågeställningar", [
                "Vilka anpassningar behöver skolan genomföra för att Hampus ska kunna återgå "
                "till undervisningen?",
                "Behöver barn- och ungdomspsykiatrin genomföra en fördjupad utredning?",
                "Vilket stöd kan socialtjänsten erbjuda familjen i hemmet?"]),
            ("Barnets mål",
             "Målsättningen är att Hampus successivt ska återgå till ordinarie undervisning "
             "och närvara minst tre dagar i veckan före jullovet."),
            ("Hampus deltagande i mötet",
             "Hampus deltog under mötets inledande tio minuter och lämnade därefter rummet."),
            ("Samtycke",
             "Båda vårdnadshavarna skrev under ett samtycke till informationsutbyte den "
             "4 november 2024."),
            ("Insatser och ansvarsfördelning",
             "Mentorn på Åkraskolan hämtar Hampus hemma på måndagar och onsdagar, med början "
             "vecka 46, för att göra det lättare för honom att komma tillbaka. "
             "Skolkuratorn på Åkraskolan genomför stödsamtal med Hampus en gång i veckan från "
             "och med 2024-11-11, med särskilt fokus på oro, sömnsvårigheter och "
             "skolrelaterade förväntningar. Psykologen på barn- och ungdomspsykiatrin i Sala "
             "genomför en inledande bedömning av Hampus psykiska hälsa vid ett första besök "
             "2024-11-20, och därefter tar mottagningen ställning till eventuell fördjupad "
             "utredning. Familjebehandlare på socialtjänstens enhet för barn och familj i Sala "
             "erbjuder vårdnadshavarna föräldrastödjande samtal med start i december 2024. "
             "Föräldrarna ansvarar själva för att stänga av internetuppkopplingen klockan 23 "
             "varje kväll, med omedelbar verkan."),
            ("Huvudansvarig för planen", "Anna, rektor, Åkraskolan, Sala kommun"),
            ("Närvarande",
             "Närvarande var Hampus under mötets inledning, vårdnadshavarna Petra och Ali, "
             "rektor Anna, mentor Kalle och skolkurator Nina från Åkraskolan, psykolog Josef "
             "från barn- och ungdomspsykiatrin i Sala samt socialsekreterare Lisa från Barn och "
             "familj i Sala kommun."),
        ],
    )
    return case("plan-14.txt", "Sala, boy of 14 refusing school; cp1252 text, no capitals",
                plan, lambda p, path: write_text_cp1252(p, path, capitals=False),
                Expected("U U D D U U U U U E U D", {
                    "enskildes_mal": "third person 'Målet är att Hampus ska'",
                    "delaktighet": "Hampus took part for ten minutes; nothing of his view",
                    "ansvar": "each measure in the prose names a unit or function and a time",
                    "andra_aktorer": "the parents' own measure (internet off at 23)",
                    "uppfoljning": "no follow-up at all",
                    "begriplighet": "long prose sentences: LIX between 45 and 55",
                }))


def plan_15() -> Spec:
    """A meeting note passed off as a plan; free docx with inline labels."""
    plan = Plan(
        title="Samordnad individuell plan – B.",
        sections=[
            ("Datum", "2024-02-14"),
            ("",
             "Mötet handlade om B. som är 58 år och har schizofreni. Frågan var om B. kan få "
             "hjälp med att städa och handla, eftersom det inte fungerar i lägenheten längre."),
            ("Mål", "Målet är att B. ska ha ett fungerande boende."),
            ("Insatser", "Fortsatt kontakt med psykiatrin. Stöd vid behov från kommunen."),
            ("Ansvar", "Kommunen och Regionen."),
            ("Övrigt", "God man finns."),
            ("Uppföljning", "Ny SIP till hösten."),
        ],
    )
    return case("plan-15.docx", "Norberg, man with schizophrenia; free docx, inline labels; poor",
                plan, lambda p, path: write_free_docx(p, path, inline_labels=True),
                Expected("E U D E E D D E D D E U", {
                    "syfte": "no purpose; the text says what the meeting was about, not why",
                    "fragestallningar": "'Frågan var om B. kan få hjälp med att städa och "
                                        "handla': a concrete issue in running text",
                    "delaktighet": "nothing says B. took part, nor what B. thinks",
                    "ansvar": "only principals ('Kommunen och Regionen')",
                    "andra_aktorer": "'God man finns': mentioned, no measure",
                    "uppfoljning": "'till hösten': a season",
                }))


def plan_16() -> Spec:
    """Child with autism before school start; ruled form print with heading labels; good."""
    plan = Plan(
        title="Samordnad individuell plan – barn",
        sections=[
            ("Barnets namn", "Liam, 6 år"),
            ("Datum för mötet", "2024-11-26"),
            ("Syfte med planen",
             "Liam har autism och har svårt med förändringar. Han ska börja i förskoleklass i "
             "augusti. Vi gör planen så att Habiliteringen, förskolan, skolan och socialtjänsten "
             "förbereder skolstarten tillsammans med familjen, och så att familjen får "
             "avlastning."),
            ("Frågeställningar inför mötet", [
                "Hur förbereder vi Liam för skolstarten?",
                "Kan familjen få avlastning en helg i månaden?",
                "Behöver Liam en egen resurs i förskoleklassen?"]),
            ("Barnets röst",
             "Liam var med på mötet i tio minuter med mamma och pappa. Han visade med bilder vad "
             "han tycker om. Liam säger: ”Jag vill leka med Ali och ha mina gröna hörlurar.”\n"
             "Mamma och pappa vill att Liam får gå i samma klass som sina kompisar från "
             "förskolan."),
            ("Insatser och ansvar",
             "Arbetsterapeuten på Habiliteringen gör ett bildschema för morgonen, hemma och på "
             "förskolan. Det är klart senast 2024-12-20.\n"
             "Förskolläraren på Förskolan Ugglan besöker förskoleklassen med Liam varje fredag "
             "från v. 10.\n"
             "Biståndshandläggaren på Socialtjänsten Skinnskatteberg utreder korttidsvistelse "
             "en helg i månaden. Beslut kommer senast 2025-01-31.\n"
             "Rektorn på Ekbackens skola planerar stödet i förskoleklassen och berättar för "
             "familjen senast 2025-04-30."),
            ("Familjens egna åtgärder",
             "Mamma och pappa ansöker om omvårdnadsbidrag hos Försäkringskassan före jul. "
             "Mormor hämtar Liam på förskolan på tisdagar."),
            ("Samtycke",
             "Vårdnadshavarna gav skriftligt samtycke 2024-11-19 på blanketten för SIP."),
            ("Huvudansvarig för planen", "Malin, kurator, Habiliteringen, Region Västmanland"),
            ("Deltagare", [
                "Liam (tio minuter)",
                "Maria, mamma",
                "David, pappa",
                "Malin, kurator, Habiliteringen",
                "Sofia, arbetsterapeut, Habiliteringen",
                "Petra, förskollärare, Förskolan Ugglan",
                "Emma, biståndshandläggare, Socialtjänsten Skinnskatteberg"]),
            ("Nästa möte", "Måndag 17 mars 2025 kl. 9.00 på Habiliteringen."),
        ],
    )
    return case("plan-16.pdf", "Skinnskatteberg, boy of 6 with autism; ruled form print; good",
                plan, lambda p, path: write_form_pdf(p, path, ruled=True, labels="heading"),
                Expected("U U U U U U U U U U U U", {
                    "insatser": "interventions as running prose, one paragraph each",
                    "ansvar": "'från v. 10' is a time; every measure has function, unit and time",
                    "andra_aktorer": "parents (Försäkringskassan application) and grandmother",
                }))


CASES = [plan_01, plan_02, plan_03, plan_04, plan_05, plan_06, plan_07, plan_08,
         plan_09, plan_10, plan_11, plan_12, plan_13, plan_14, plan_15, plan_16]


# ---------------------------------------------------------------------------------- LIX


def plan_text(plan: Plan, headings: bool = True) -> str:
    """The plan as plain lines: headings, paragraphs, bullets, table rows joined by ' | '."""
    lines = [plan.title] if headings else []
    for heading, content in plan.sections:
        if heading and headings:
            lines.append(heading)
        parts = content if isinstance(content, tuple) else (content,)
        for part in parts:
            if isinstance(part, str):
                lines += [line for line in part.split("\n") if line]
            elif isinstance(part, list):
                lines += [f"- {item}" for item in part]
            elif isinstance(part, Table):
                lines += [" | ".join(row) for row in [part.header, *part.rows]]
            elif isinstance(part, Checkbox):
                lines.append(f"{part.symbol} {part.label}")
    return "\n".join(lines)


def lix_report(case: Spec) -> str:
    """'name: LIX whole / LIX without headings' for the console."""
    sys.path.insert(0, str(ROOT))
    from sipcheck.language.lix import lix

    whole = lix(plan_text(case.plan)).value
    body = lix(plan_text(case.plan, headings=False)).value
    return f"{case.path:14} LIX {whole} (without headings {body})"


# ---------------------------------------------------------------------------------- main

HEADER = """\
Fresh corpus: 16 fictional SIP plans, written from the criterion definitions only.
Levels judged by hand, strictly by the kvalitetskollen definitions; begriplighet from LIX
computed over the plan text (printed by generate.py) plus a count of unexplained abbreviations.
Generated by tests/corpus_fresh/generate.py; do not edit by hand.
"""


def main() -> None:
    cases = [make() for make in CASES]
    text = write_corpus(cases, PLANS, HEADER, max_bytes=60_000)
    for spec in cases:
        print(lix_report(spec), f"{(PLANS / spec.path).stat().st_size} bytes")
    (HERE / "expected.yaml").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
