"""Generate the held-out corpus in tests/corpus/plans/ and its expected levels.

These plans measure accuracy on documents the engine's authors never tuned against: layouts
and phrasings the examples do not use (Heading-style Word documents, a two-column form table
with page header and footer, an unruled PDF table, a form print with empty labels, a text
form print, Markdown with bold-line headings) and heading variants ("Det här vill vi ha svar
på", "Mina mål", "Nästa möte", "Anledning till SIP", "Vem gör vad och när?",
"Samordningsansvarig", "Närvarande", "Sekretessmedgivande", "Barnets röst"). Three more files
are not readable plans: an empty PDF, a legacy .doc and a PDF without a text layer.

Do not tune rules against this corpus; it is only for measuring. Every plan is fiction: first
names or initials, no personnummer, no contact details.

Run: .venv/bin/python tests/corpus/generate.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
PLANS = HERE / "plans"
MAX_BYTES = 60_000


sys.path.insert(0, str(ROOT / "examples"))
import writers as W  # noqa: E402

Plan, Table, Checkbox, PageBreak, Expected, Spec = (
    W.Plan, W.Table, W.Checkbox, W.PageBreak, W.Expected, W.Spec)

SIP = "Samordnad individuell plan (SIP)"


# 1. Form print, empty labels still shown -------------------------------------------------
PLAN_01 = Plan(
    SIP,
    [
        ("Planen gäller", "P., 52 år"),
        ("Personnummer", ""),
        ("Upprättad", "2024-03-12"),
        ("Syfte med planen",
         "P. har en psykossjukdom och bor ensam. Han har svårt att sköta hemmet och att komma "
         "till sina besök. Planen ska samordna boendestödet och psykiatrins kontakt så att P. "
         "kan bo kvar i sin lägenhet."),
        ("Frågeställningar", ""),
        ("Den enskildes mål", "P. ska ha ett fungerande boende och en stabil psykisk hälsa."),
        ("Den enskildes synpunkter", ""),
        ("Om den enskilde inte deltar, ange skäl", ""),
        ("Deltagare", Table(["Namn", "Roll", "Verksamhet"], [
            ["P.", "Den enskilde", "–"],
            ["Karin", "Sjuksköterska", "Vuxenpsykiatrin Köping"],
            ["Hassan", "Boendestödjare", "Socialpsykiatrin Arboga"],
            ["Lena", "Socialsekreterare", "Vuxenenheten, Socialtjänsten Arboga"],
        ])),
        ("Samtycke", "Ja"),
        ("Insatser", Table(["Insats", "Ansvarig", "Start", "Slut"], [
            ["Boendestöd två gånger i veckan: städning, tvätt och post",
             "Socialpsykiatrin Arboga", "2024-03-18", ""],
            ["Depåinjektion var fjärde vecka", "Sjuksköterska, Vuxenpsykiatrin Köping",
             "2024-03-20", "2024-09-30"],
            ["Påminnelse inför besök", "Kommunen", "", ""],
        ])),
        ("Övriga aktörers åtgärder", ""),
        ("Huvudansvarig", "Sjuksköterska Karin, Vuxenpsykiatrin Köping"),
        ("", PageBreak()),
        ("Uppföljning", ""),
        ("Datum för uppföljning", ""),
        ("Underskrift den enskilde", ""),
        ("Underskrift huvudansvarig", ""),
    ],
)

# 2. Child plan, unruled PDF table, "Barnets röst", "Vem gör vad och när?" ---------------------
PLAN_02 = Plan(
    "Samordnad individuell plan för barn och unga",
    [
        ("Barn", "Vera, 9 år"),
        ("Vårdnadshavare", "Mamma och pappa, gemensam vårdnad. Föräldrarna bor isär."),
        ("Anledning till SIP",
         "Vera är ofta rädd och har ont i magen innan skolan. Hon bor varannan vecka hos mamma "
         "och pappa, och föräldrarna är oense om mycket. Skolan, BUP och socialtjänsten "
         "behöver samordna sitt stöd så att Vera får samma hjälp i båda hemmen och i skolan."),
        ("Det här vill vi ha svar på", [
            "Ska Vera få börja i en mindre undervisningsgrupp?",
            "Hur kan mamma och pappa göra likadant kring läggdags och läxor?",
        ]),
        ("Barnets röst",
         "Vera var med de första tio minuterna av mötet och visade en teckning hon gjort. "
         "Vera säger: ”Jag vill att mamma och pappa slutar bråka. Jag vill ha samma regler i "
         "båda husen.”"),
        ("Samtycke", "Båda vårdnadshavarna gav skriftligt samtycke 2024-04-03."),
        ("Vem gör vad och när?", Table(["Vad", "Vem", "När"], [
            ["Samtal med Vera om oro, en gång i veckan", "Kurator, elevhälsan, Köpings kommun",
             "2024-04-15 – 2024-06-14"],
            ["Bedömning av oro och magont", "Psykolog, BUP Västmanland",
             "Första besök 2024-04-22"],
            ["Samarbetssamtal för föräldrarna", "Familjerätten, Socialtjänsten Köping",
             "Start 2024-04-29, fem träffar"],
            ["Ett gemensamt veckoschema för Vera i båda hemmen", "Mamma och pappa",
             "Klart 2024-04-30"],
        ])),
        ("Samordningsansvarig", "Kurator, elevhälsan, Köpings kommun"),
        ("Närvarande", [
            "Vera (de första tio minuterna)",
            "Mamma",
            "Pappa",
            "Kurator, elevhälsan, Köpings kommun",
            "Psykolog, BUP Västmanland",
            "Socialsekreterare, Socialtjänsten Köping, barn och familj",
            "Klasslärare, grundskolan Köping",
        ]),
        ("Nästa möte", "Tisdag 4 juni 2024 kl. 13.30 på skolan."),
    ],
)

# 3. Text export, Windows-1252, CAPITALS headings --------------------------------------------
PLAN_03 = Plan(
    SIP,
    [
        ("Datum", "2024-03-05"),
        ("Anledning till SIP",
         "Tove är 38 år. Hon dricker för mycket alkohol och riskerar att förlora sin "
         "lägenhet. Tove har kontakt med beroendemottagningen och med socialtjänsten. Vi gör "
         "en SIP för att stödet ska hänga ihop och för att Tove ska kunna bo kvar."),
        ("Det här vill vi ha svar på", [
            "Kan Tove få behandling på dagtid nära hemmet?",
            "Hur ska hyresskulden betalas?",
        ]),
        ("Mina mål",
         "Jag vill sluta dricka och få behålla min lägenhet. Jag vill träffa min dotter varje "
         "helg."),
        ("Delaktighet",
         "Tove var med på hela mötet. Tove vill helst ha behandling i grupp och inte på "
         "morgonen."),
        ("Vem gör vad och när?", Table(["Vad", "Vem", "När"], [
            ["Behandling i grupp två dagar i veckan", "Behandlare, Vuxenenheten IFO Arboga",
             "Start 2024-03-11"],
            ["Läkarbesök och provtagning", "Läkare, Beroendemottagningen, Region Västmanland",
             "Var fjärde vecka från 2024-03-14"],
            ["Utredning av ekonomiskt bistånd till hyresskulden",
             "Socialsekreterare, Vuxenenheten IFO Arboga", ""],
        ])),
        ("Egna åtgärder och andra aktörer", [
            "Tove ringer hyresvärden och gör en avbetalningsplan senast 2024-03-15.",
            "Arbetsförmedlingen: Tove träffar sin handläggare 2024-03-20 och pratar om studier.",
        ]),
        ("Samordningsansvarig", "Socialsekreterare, Vuxenenheten IFO Arboga"),
        ("Sekretessmedgivande",
         "Skriftligt medgivande, undertecknat av Tove 2024-03-04. Gäller till och med "
         "2025-03-04."),
        ("Närvarande", [
            "Tove",
            "Behandlare, Vuxenenheten IFO Arboga",
            "Sjuksköterska, Beroendemottagningen, Region Västmanland",
            "Socialsekreterare, Vuxenenheten IFO Arboga",
        ]),
        ("Nästa möte", "Vecka 14 på Vuxenenheten i Arboga."),
    ],
)

# 4. Heading-style Word document, questions inside the purpose text ----------------------------
PLAN_04 = Plan(
    "Samordnad individuell plan",
    [
        ("Syfte med mötet",
         "Svea är 81 år och har haft en stroke. Hon kommer hem från sjukhuset nästa vecka. "
         "Syftet är att planera hemgången så att Svea kan bo hemma igen med rätt stöd. Vi "
         "behöver också svar på vem som ska ge Svea hennes mediciner och om hon kan få träna "
         "gång hemma."),
        ("Svea om sina mål",
         "”Jag vill kunna gå till brevlådan själv och laga min egen frukost.”"),
        ("Sveas delaktighet",
         "Svea var med på mötet via video från sjukhuset. Hon vill ha så få olika personer "
         "hemma som möjligt."),
        ("Samtycke", "Samtycke finns."),
        ("Insatser", Table(["Insats", "Ansvarig", "När"], [
            ["Hemtjänst morgon och kväll, hjälp med dusch och mat", "Hemtjänsten Arboga",
             "Från 2024-04-08"],
            ["Gångträning hemma två gånger i veckan", "Fysioterapeut, Rehab, Arboga kommun",
             "2024-04-09 – 2024-05-31"],
            ["Mediciner i dosrulle och läkemedelsgenomgång",
             "Distriktssköterska, Vårdcentralen Arboga", "Senast 2024-04-15"],
            ["Handlar mat och hjälper till med posten", "Sonen", "Varje lördag från 2024-04-06"],
        ])),
        ("Huvudansvarig", "Hemtjänsten"),
        ("Deltagare",
         "Svea (via video), sonen, biståndshandläggare, sjuksköterska, fysioterapeut och "
         "gruppledare i hemtjänsten."),
        ("Uppföljning", "Vi ses igen den 14 maj 2024 klockan 10 hemma hos Svea."),
    ],
)

# 5. Content controls, person absent with a reason, view conveyed -----------------------------
PLAN_05 = Plan(
    "SIP – samordnad individuell plan",
    [
        ("Personuppgifter", Table(["Namn", "Personnummer"], [["Leo, 27 år", ""]])),
        ("Bakgrund och syfte",
         "Leo har schizofreni och bor på ett stödboende. Han vårdas nu på en avdelning inom "
         "vuxenpsykiatrin. Syftet är att planera utskrivningen och vad som ska hända när Leo "
         "kommer tillbaka till stödboendet."),
        ("Frågor att ta upp", "Gå igenom läget."),
        ("Övergripande mål",
         "Målet är att Leo ska ha en stabil boendesituation efter utskrivningen."),
        ("Om den enskilde inte deltar på mötet, motivera varför",
         "Leo deltog inte, eftersom han mådde för dåligt för att vara med på ett möte med "
         "många personer. Kontaktpersonen träffade Leo dagen före. Leo sa då att han vill "
         "tillbaka till sitt rum på stödboendet och att han vill ha samma kontaktperson som "
         "förut."),
        ("Samtycke", (Checkbox("Samtycke inhämtat"),
                      "Leo gav muntligt samtycke till kontaktpersonen 2024-04-02.")),
        ("Insatser", Table(["Insats", "Ansvarig", "När"], [
            ["Utskrivningsplanering och läkemedelsgenomgång",
             "Läkare, vårdavdelningen, Vuxenpsykiatrin Region Västmanland",
             "Senast 2024-04-19"],
            ["Dagligt besök första veckan efter hemkomsten",
             "Personal, Stödboendet, Socialpsykiatrin Köping", "2024-04-22 – 2024-04-28"],
            ["Öppenvårdskontakt varannan vecka", "Sjuksköterska, Psykiatrimottagningen Köping",
             "Från 2024-04-24"],
        ])),
        ("Andra aktörer", "God man finns."),
        ("Huvudansvarig för planen", "Kontaktperson, Socialpsykiatrin Köping"),
        ("Deltagare", Table(["Namn", "Roll och verksamhet"], [
            ["Jens", "Kontaktperson, Socialpsykiatrin Köping"],
            ["Fatima", "Sjuksköterska, Vuxenpsykiatrin, Region Västmanland"],
            ["Olle", "Föreståndare, Stödboendet, Socialpsykiatrin Köping"],
        ])),
        ("Uppföljning", "2024-05-16 kl. 14.00 på stödboendet."),
    ],
)

# 6. Markdown with bold-line headings, explicitly no other actors ----------------------------
PLAN_06 = Plan(
    "SIP Kim",
    [
        ("Datum", "2024-05-06"),
        ("Syfte", "Samordning."),
        ("Frågeställningar", [
            "Kan Kim få KBT på VC i stället för på psyk?",
            "Behöver Kim BS fler dagar i veckan?",
        ]),
        ("Mitt mål", "Jag vill klara min vardag själv och kunna plugga på Komvux."),
        ("Delaktighet",
         "Kim deltog på mötet. Kim tycker att BS fungerar bra men vill ha tiderna på "
         "eftermiddagen."),
        ("Samtycke", "Muntligt samtycke 2024-05-06, dokumenterat i journalen."),
        ("Insatser", Table(["Insats", "Ansvarig", "När"], [
            ["KBT i grupp, 8 ggr", "Psykolog, VC Köping", "Start 2024-05-20"],
            ["BS enl. SoL tre dagar/v", "Boendestödjare, Socialpsykiatrin Köping",
             "Från 2024-05-13"],
            ["Uppföljning av ADHD-medicin", "Läkare, VUP Köping", "2024-06-10"],
        ])),
        ("Övriga aktörer", "Inga andra aktörer är aktuella."),
        ("Huvudansvarig", "Boendestödjare, Socialpsykiatrin Köping"),
        ("Deltagare", "Kim, Lena, Omar, Sara"),
        ("Uppföljning", "2024-08-27 kl. 10.00"),
    ],
)

# 7. Free Word document, child with guardians, all in order ----------------------------------
PLAN_07 = Plan(
    "Samordnad individuell plan – Ellen, 15 år",
    [
        ("Datum", "2024-03-19"),
        ("Varför SIP?",
         "Ellen har en ätstörning och har gått ner mycket i vikt. Hon har varit borta från "
         "skolan i fem veckor. Planen ska hjälpa Ellen att äta, må bättre och komma tillbaka "
         "till skolan, med samma besked från alla."),
        ("Frågeställningar till mötet", [
            "Hur ska skollunchen fungera när Ellen börjar skolan igen?",
            "Hur ofta ska Ellen vägas, och var?",
        ]),
        ("Vad är viktigt för dig?",
         "Ellen: ”Jag vill kunna åka på klassresan i maj och orka spela fotboll igen.”"),
        ("Så här var Ellen med",
         "Ellen var med på mötet tillsammans med mamma och pappa. Ellen vill äta lunch i ett "
         "mindre rum med en kompis. Hon vill inte att lärarna pratar om maten inför klassen."),
        ("Samtycke",
         "Ellen och båda vårdnadshavarna skrev under samtycket 2024-03-18. Det gäller i ett "
         "år."),
        ("Insatser/åtgärder", Table(["Vad", "Vem", "När"], [
            ["Behandling för ätstörningen, besök varje vecka med vägning",
             "Behandlare, ätstörningsteamet, BUP Västmanland", "Från 2024-03-20"],
            ["Anpassad skoldag, halva dagar i fyra veckor", "Mentor, högstadiet Kungsör",
             "2024-04-02 – 2024-04-26"],
            ["Lunch i ett mindre rum med stöd", "Skolsköterska, elevhälsan Kungsör",
             "Från 2024-04-02"],
            ["Stödsamtal för familjen", "Familjebehandlare, Socialtjänsten Kungsör",
             "Varannan vecka från 2024-03-27"],
        ])),
        ("Närståendes insatser", [
            "Mamma och pappa äter frukost och middag med Ellen varje dag och följer matschemat "
            "från BUP.",
            "Pappa kör Ellen till BUP varje onsdag.",
        ]),
        ("Ansvarig för planen", "Behandlare, ätstörningsteamet, BUP Västmanland"),
        ("Inbjudna deltagare", Table(["Namn", "Roll och verksamhet", "Deltog"], [
            ["Ellen", "Den enskilde", "Ja"],
            ["Mamma", "Vårdnadshavare", "Ja"],
            ["Pappa", "Vårdnadshavare", "Ja"],
            ["Kajsa", "Behandlare, BUP Västmanland", "Ja"],
            ["Per", "Mentor, högstadiet Kungsör", "Ja"],
            ["Eva", "Skolsköterska, elevhälsan Kungsör", "Ja"],
            ["Anders", "Familjebehandlare, Socialtjänsten Kungsör", "Nej"],
        ])),
        ("Datum för uppföljning", "2024-04-23 kl. 15.00 på BUP."),
    ],
)

# 8. PDF with headings on their own lines, poor and hard to read ------------------------------
PLAN_08 = Plan(
    "Samordnad individuell plan",
    [
        ("Datum", "2024-04-16"),
        ("Syfte", "SIP."),
        ("Bedömning",
         "Mot bakgrund av den enskildes långvariga och komplexa vårdbehov, vilket inbegriper "
         "såväl psykiatrisk problematik som omfattande svårigheter avseende funktionsförmåga "
         "i vardagliga aktiviteter, bedöms det föreligga ett betydande samordningsbehov "
         "mellan huvudmännens respektive verksamheter. Den enskildes nuvarande "
         "livssituation karaktäriseras av social isolering, bristande egenvårdsförmåga samt "
         "återkommande kontakter med den psykiatriska akutmottagningen under "
         "vinterhalvåret."),
        ("Planering",
         "Fortsatt stöd från kommunen och fortsatt behandlingskontakt inom regionens "
         "psykiatriska öppenvård enligt tidigare upprättad vårdplanering."),
        ("Övergripande ansvar", "Kommunen"),
        ("Övrigt", "Försäkringskassan och god man är informerade om planeringen."),
        ("Deltagare", "Socialsekreterare, sjuksköterska, enhetschef."),
        ("Uppföljning", "Uppföljning sker under hösten."),
    ],
)

# 9. Two-column form table in Word, page header and footer -----------------------------------
PLAN_09 = Plan(
    "SIP – samordnad individuell plan",
    [
        ("", Table(["Namn", "Holger, 88 år"], [
            ["Personnummer", "(avidentifierad)"],
            ["Datum för mötet", "2024-05-20"],
            ["Syfte",
             "Holger har en demenssjukdom. Hans fru orkar inte längre ta hand om honom ensam. "
             "Hon är själv 85 år och får inte sova på nätterna. Planen ska samordna "
             "hemtjänst, korttidsvistelse och vård. Då kan Holger och hans fru få en trygg "
             "vardag."],
            ["Frågeställningar",
             "Kan Holger få korttidsvistelse en vecka i månaden? Vem ska följa upp hans "
             "sömn?"],
            ["Den enskildes mål", "-"],
            ["Närvarande",
             "Holger\nHustru\nBiståndshandläggare, Äldreomsorgen Kungsör\n"
             "Distriktssköterska, Vårdcentralen Kungsör\nGruppledare, Hemtjänsten Kungsör\n"
             "Demenssjuksköterska, Kungsörs kommun"],
            ["Samtycke",
             "Holger och hans gode man gav muntligt samtycke vid hembesök 2024-05-13."],
            ["Insatser",
             "Hemtjänst fyra gånger per dag – Hemtjänsten Kungsör – från 2024-05-27\n"
             "Korttidsvistelse en vecka i månaden – Biståndshandläggare, Äldreomsorgen "
             "Kungsör – beslut senast 2024-06-07\n"
             "Utredning av sömnen – Vårdcentralen Kungsör"],
            ["Andra aktörer",
             "Gode mannen sköter Holgers ekonomi. Han betalar avgiften för korttiden. "
             "Hustrun följer med Holger till vårdcentralen. Dottern ringer dem varje kväll."],
            ["Samordningsansvarig", "Demenssjuksköterska, Kungsörs kommun"],
            ["Uppföljning", "Om tre månader."],
        ], form=True)),
    ],
    header="Kungsörs kommun – Vård och omsorg",
    footer="Samordnad individuell plan · version 1 · upprättad 2024-05-20",
)

# 10. Markdown, child not attending with a reason, view conveyed by parents -------------------
PLAN_10 = Plan(
    "Samordnad individuell plan (SIP) – Ella, 6 år",
    [
        ("Syfte med SIP",
         "Ella har autism och en språkstörning. Hon ska börja förskoleklass i augusti. Planen "
         "ska se till att förskolan, skolan, habiliteringen och socialtjänsten förbereder "
         "starten tillsammans."),
        ("Frågeställningar inför mötet", [
            "Vilket stöd behöver Ella i förskoleklassen?",
            "Hur ska överlämningen från förskolan gå till?",
        ]),
        ("Barnets mål",
         "Pappa berättar vad Ella har sagt hemma: ”Jag vill leka med Saga i stora skolan.”"),
        ("Om barnet inte deltar",
         "Ella deltog inte. Hon är sex år, och mötet var långt och med många vuxna. Mamma och "
         "pappa berättade hur Ella tänker: hon ser fram emot skolan men är rädd för höga ljud "
         "och för att inte hitta."),
        ("Vem gör vad och när?", Table(["Vad", "Vem", "När"], [
            ["Överlämning från förskolan till förskoleklassen", "Rektor, grundskolan Köping",
             "Möte 2024-06-05"],
            ["Bildstöd och en lugn plats i klassrummet", "Specialpedagog, elevhälsan Köping",
             "Klart 2024-08-15"],
            ["Träning med logoped en gång i veckan",
             "Logoped, Habiliteringscentrum, Region Västmanland", "Från 2024-08-26"],
            ["Ansökan om kontaktfamilj prövas", "LSS-handläggare, Köpings kommun",
             "Beslut senast 2024-07-01"],
        ])),
        ("Övriga aktörer", "Försäkringskassan är kontaktad."),
        ("Huvudansvarig", "Specialpedagog, elevhälsan, Köpings kommun"),
        ("Deltagare", [
            "Mamma, vårdnadshavare",
            "Pappa, vårdnadshavare",
            "Förskollärare, förskolan, Köpings kommun",
            "Specialpedagog, elevhälsan Köping",
            "Logoped, Habiliteringscentrum, Region Västmanland",
            "LSS-handläggare, Köpings kommun",
        ]),
        ("Uppföljning", "2024-09-24 kl. 8.30 i skolan."),
    ],
)

# 11. Heading-style Word document with question headings ------------------------------------
PLAN_11 = Plan(
    SIP,
    [
        ("Bakgrund och syfte",
         "J. är 24 år, har autism och har varit sjukskriven från sitt arbete sedan januari. "
         "Syftet med planen är att J. ska få stöd att komma tillbaka till arbetet i en takt "
         "som fungerar, och att vården, kommunen och myndigheterna gör sina delar samtidigt."),
        ("Hur fungerar det?",
         "J. bor i egen lägenhet. Han sover dåligt och orkar lite. Han har kontakt med "
         "vårdcentralen."),
        ("Vad är viktigt för dig?",
         "”Jag vill ha ett jobb där det är lugnt och där jag vet vad som ska hända varje "
         "dag.”"),
        ("Den enskildes synpunkter",
         "J. deltog på mötet. J. vill att all information kommer skriftligt."),
        ("Åtgärder", Table(["Åtgärd", "Ansvarig", "När"], [
            ["Läkarintyg och behandling för sömnen", "Läkare, Vårdcentralen Kungsör",
             "Senast 2024-06-14"],
            ["Samtal om stress och sömn varannan vecka", "Kurator, Vårdcentralen Kungsör",
             "2024-06-03 – 2024-08-30"],
            ["Boendestöd en dag i veckan", "Socialpsykiatrin Kungsör", "Från 2024-06-10"],
        ])),
        ("Åtgärder av annan aktör", [
            "Försäkringskassan: handläggaren bokar ett avstämningsmöte med J. och arbetsgivaren "
            "i juni.",
            "Arbetsförmedlingen: bedömer om J. kan få särskilt introduktions- och "
            "uppföljningsstöd (SIUS).",
            "Arbetsgivaren: erbjuder en lugnare arbetsplats när J. börjar arbeta igen.",
        ]),
        ("Samtycke", "Samtycke finns."),
        ("Kallade",
         "J., läkare, kurator, boendestödjare, handläggare från Försäkringskassan och "
         "arbetsförmedlare."),
        ("Datum för uppföljning", "2024-09-05 kl. 10.00 på Vårdcentralen Kungsör."),
    ],
)

# 12. Form print with "Dagordning", date written 14/5, somewhat heavy wording -----------------
PLAN_12 = Plan(
    SIP,
    [
        ("Planen gäller", "R., 49 år"),
        ("Datum", "2024-04-09"),
        ("Syfte",
         "Syftet är att samordna insatserna från vuxenpsykiatrin och socialtjänstens "
         "vuxenenhet, så att R. uppnår en stabiliserad ekonomisk situation och att förnyade "
         "slutenvårdsinläggningar förebyggs efter den senaste maniska perioden."),
        ("Dagordning", [
            "Ansökan om godmanskap – vem ansvarar för ansökan till tingsrätten?",
            "Hanteringen av skuldsättningen hos Kronofogdemyndigheten",
            "Läkemedelsbehandlingen under sommarperioden",
        ]),
        ("Den enskildes mål",
         "Målsättningen är att R. ska uppnå en stabiliserad psykisk hälsa och en fungerande "
         "privatekonomi."),
        ("Den enskildes synpunkter",
         "R. har vid telefonsamtal med ansvarig sjuksköterska framfört önskemål om stöd "
         "avseende privatekonomin, men avböjer fortsatt boendestöd."),
        ("Samtycke", "Skriftligt samtycke inhämtat 2024-03-28, giltigt i ett år."),
        ("Insatser", Table(["Insats", "Ansvarig", "Tidsplan"], [
            ["Ansökan om god man till tingsrätten", "Socialsekreterare, Vuxenenheten Arboga",
             "Senast 2024-04-30"],
            ["Litiumbehandling med regelbundna provtagningar", "Läkare, Vuxenpsykiatrin Köping",
             "Var tredje månad"],
            ["Budget- och skuldrådgivning", "Kommunen", "Under våren"],
        ])),
        ("Övriga aktörer", [
            "R. ansöker om skuldsanering hos Kronofogdemyndigheten med stöd av kommunens "
            "budget- och skuldrådgivare.",
            "Brodern bistår R. med genomgång av posten en gång i veckan.",
        ]),
        ("Huvudansvarig", "Socialsekreterare, Vuxenenheten, Arboga kommun"),
        ("Deltagare", [
            "Sjuksköterska, Vuxenpsykiatrin Köping",
            "Läkare, Vuxenpsykiatrin Köping",
            "Socialsekreterare, Vuxenenheten, Arboga kommun",
            "Budget- och skuldrådgivare, Arboga kommun",
        ]),
        ("Uppföljning", "Tisdag den 14/5 kl. 13.00 på psykiatrimottagningen i Köping."),
    ],
)

# 13. Free Word document, LSS child with guardians ------------------------------------------
PLAN_13 = Plan(
    "Samordnad individuell plan",
    [
        ("Datum", "2024-04-24"),
        ("Bakgrund och syfte",
         "Theo är 12 år och har autism och en intellektuell funktionsnedsättning. Familjen är "
         "mycket trött. Syftet med planen är att Theo ska få en bra fritid och att familjen "
         "ska få avlösning, samtidigt som skolan och habiliteringen arbetar på samma sätt."),
        ("Frågor att ta upp", "Allmänt om hur det går."),
        ("Önskemål", "Theo säger: ”Jag vill inte byta skola. Jag vill simma.”"),
        ("Delaktighet",
         "Theo var med i början av mötet och visade bilder på det han tycker om. Mamma och "
         "pappa var med hela mötet."),
        ("Insatser/åtgärder", Table(["Insats", "Ansvarig", "När"], [
            ["Korttidsvistelse en helg i månaden", "LSS-handläggare, Arboga kommun",
             "Från 2024-06-01"],
            ["Ledsagarservice till simhallen varje vecka", "LSS-handläggare, Arboga kommun",
             "Från 2024-05-15"],
            ["Samma bildschema hemma och i skolan",
             "Arbetsterapeut, Habiliteringscentrum, Region Västmanland", "Klart 2024-05-31"],
            ["Anpassningar i klassen", "Speciallärare, anpassade grundskolan Arboga",
             "Läsåret 2024/25"],
        ])),
        ("Egna åtgärder", [
            "Mamma söker omvårdnadsbidrag hos Försäkringskassan i maj.",
            "Pappa följer med Theo till simningen de veckor ledsagaren inte kan.",
        ]),
        ("Övergripande ansvar", "LSS-handläggare, Arboga kommun"),
        ("Inbjudna deltagare", Table(["Namn", "Roll och verksamhet", "Deltog"], [
            ["Theo", "Den enskilde", "Ja, i början"],
            ["Mamma", "Vårdnadshavare", "Ja"],
            ["Pappa", "Vårdnadshavare", "Ja"],
            ["Ida", "LSS-handläggare, Arboga kommun", "Ja"],
            ["Malin", "Arbetsterapeut, Habiliteringscentrum, Region Västmanland", "Ja"],
            ["Leif", "Speciallärare, anpassade grundskolan Arboga", "Ja"],
        ])),
        ("Uppföljningsdatum", "I december."),
        ("Samtycke", "Vårdnadshavarna har lämnat skriftligt samtycke 2024-04-22."),
    ],
)

# 14. Text form print (UTF-8), hardly filled in --------------------------------------------
PLAN_14 = Plan(
    "SAMORDNAD INDIVIDUELL PLAN",
    [
        ("Namn", "M."),
        ("Datum", "2024-05-28"),
        ("Bakgrund",
         "M. är 67 år. Hon bor ensam i en lägenhet. Hon har svårt med minnet och med att laga "
         "mat."),
        ("Frågeställningar", ""),
        ("Mål", "Förbättrad livssituation."),
        ("Insatser", ""),
        ("Ansvarig för planen", "Socialsekreteraren"),
        ("Samtycke", "Finns."),
        ("Övriga aktörer", ""),
        ("Deltagare", ""),
        ("Uppföljning", ""),
    ],
)


SPECS = [
    Spec("plan-01.pdf", "form_pdf (ruled, inline labels, empty labels shown)",
         "Adult (52), psychosis, home support; many fields left empty.", PLAN_01,
         Expected("U E D D D U D U E E U U", {
             "fragestallningar": "label shown, field empty",
             "enskildes_mal": "'P. ska ha …' – professional wording",
             "delaktighet": "P. is listed as a participant; views field empty",
             "samtycke": "'Samtycke: Ja' only",
             "ansvar": "the reminder row has only 'Kommunen' and no time",
             "andra_aktorer": "label shown, field empty",
             "uppfoljning": "both follow-up labels empty",
         }),
         W.write_form_pdf),
    Spec("plan-02.pdf", "form_pdf (unruled table, headings on own lines)",
         "Child (9) with guardians, worry and conflict between parents. Good.", PLAN_02,
         Expected("U U U U U U U U U U U U", {
             "enskildes_mal": "quoted under 'Barnets röst'",
             "delaktighet": "Vera took part ten minutes and her wishes are quoted",
             "andra_aktorer": "parents make the shared weekly schedule",
             "uppfoljning": "'Nästa möte: Tisdag 4 juni 2024'",
             "deltagare": "'Närvarande': professionals with unit, parents by relation",
         }),
         W.write_form_pdf, {"ruled": False, "labels": "heading", "system": "Journalutskrift"}),
    Spec("plan-03.txt", "text_cp1252 (CAPITALS headings, CRLF)",
         "Adult (38), alcohol, risk of eviction; IFO and addiction care.", PLAN_03,
         Expected("U U U U U U D U U D U U", {
             "enskildes_mal": "'MINA MÅL' in first person",
             "samtycke": "'SEKRETESSMEDGIVANDE': written, dated, valid to a date",
             "ansvar": "the rent-debt row has no time",
             "andra_aktorer": "Tove's own call to the landlord, Arbetsförmedlingen meeting",
             "huvudansvar": "'SAMORDNINGSANSVARIG': function and unit",
             "uppfoljning": "'NÄSTA MÖTE: Vecka 14' – no day",
             "begriplighet": "only SIP (spelt out in the title) and IFO",
         }),
         W.write_text_cp1252),
    Spec("plan-04.docx", "free_docx (Heading styles)",
         "Elderly (81) after stroke, going home. Questions written inside the purpose.",
         PLAN_04,
         Expected("U U U U D U U D U U D U", {
             "fragestallningar": "'Vi behöver också svar på vem … och om …' in the purpose",
             "delaktighet": "took part by video; her wish (few staff) recorded",
             "samtycke": "'Samtycke finns.'",
             "ansvar": "every row has a unit/function or the son, and a time",
             "huvudansvar": "only 'Hemtjänsten'",
             "andra_aktorer": "the son shops and handles the post",
             "uppfoljning": "'den 14 maj 2024'",
             "deltagare": "bare roles without units",
         }),
         W.write_free_docx, {"headings": "style"}),
    Spec("plan-05.docx", "content_control_docx",
         "Adult (27), schizophrenia, discharge from ward. Leo absent with reason.", PLAN_05,
         Expected("U D D U U U U U D U U U", {
             "fragestallningar": "'Gå igenom läget.'",
             "enskildes_mal": "'Målet är att Leo ska …'; his wish is only reported, not quoted",
             "delaktighet": "absence motivated (too ill) and his wishes conveyed via the "
                            "contact person",
             "samtycke": "checkbox plus oral consent dated 2024-04-02",
             "andra_aktorer": "'God man finns.' – no measure",
         }),
         W.write_content_control_docx),
    Spec("plan-06.md", "markdown (bold-line headings)",
         "Adult (31), ADHD and anxiety, home support. Abbreviation-heavy.", PLAN_06,
         Expected("D U U U U U U U U U D D", {
             "syfte": "only 'Samordning.'",
             "andra_aktorer": "explicit 'Inga andra aktörer är aktuella.'",
             "deltagare": "first names only",
             "begriplighet": "unexplained SIP, KBT, VC, BS, SoL, ADHD, VUP (and psyk, ggr)",
         }),
         W.write_markdown, {"headings": "bold"}),
    Spec("plan-07.docx", "free_docx (bold headings)",
         "Child (15) with guardians, eating disorder. All criteria met.", PLAN_07,
         Expected("U U U U U U U U U U U U", {
             "enskildes_mal": "quoted under 'Vad är viktigt för dig?'",
             "andra_aktorer": "'Närståendes insatser': parents' meals and driving",
         }),
         W.write_free_docx),
    Spec("plan-08.pdf", "form_pdf (no table, headings on own lines)",
         "Adult, psychiatric needs. Poor: officialese assessment, nothing concrete.", PLAN_08,
         Expected("D E E E E D D D D D D E", {
             "syfte": "only 'SIP.'",
             "delaktighet": "the person is not mentioned as present and no view is given",
             "insatser": "'Fortsatt stöd …' and 'fortsatt behandlingskontakt' only",
             "ansvar": "who is only 'kommunen' / 'regionen', no time",
             "huvudansvar": "'Kommunen' – a principal only",
             "andra_aktorer": "FK and god man 'informerade', no measures",
             "uppfoljning": "'under hösten'",
             "deltagare": "bare roles",
             "begriplighet": "long nominal sentences, LIX far above 55",
         }),
         W.write_form_pdf, {"labels": "heading", "system": "Dokumentutskrift"}),
    Spec("plan-09.docx", "free_docx (two-column form table, page header/footer)",
         "Elderly (88), dementia, exhausted spouse, god man.", PLAN_09,
         Expected("U U E D U U D U U D U U", {
             "fragestallningar": "two concrete questions in the form row",
             "enskildes_mal": "goal row holds only '-'",
             "delaktighet": "Holger is 'Närvarande', no view of his recorded",
             "ansvar": "sleep assessment has a unit but no time",
             "andra_aktorer": "god man pays, wife escorts",
             "uppfoljning": "'Om tre månader.'",
         }),
         W.write_free_docx),
    Spec("plan-10.md", "markdown (# headings)",
         "Child (6) with autism starting school; absent for a stated reason.", PLAN_10,
         Expected("U U U U E U U U D U U U", {
             "enskildes_mal": "Ella's own words quoted via her father",
             "delaktighet": "absence explained (six years old, long meeting) and her view "
                            "conveyed by the parents",
             "samtycke": "consent not mentioned",
             "andra_aktorer": "'Försäkringskassan är kontaktad.' – no measure",
         }),
         W.write_markdown),
    Spec("plan-11.docx", "free_docx (Heading styles, question headings)",
         "Young adult (24), autism, sick leave; FK, AF and employer.", PLAN_11,
         Expected("U E U U D U U E U U D U", {
             "fragestallningar": "no questions anywhere",
             "enskildes_mal": "quoted under 'Vad är viktigt för dig?'",
             "samtycke": "'Samtycke finns.'",
             "ansvar": "'Socialpsykiatrin Kungsör' is a unit",
             "huvudansvar": "no lead named",
             "deltagare": "'Kallade': bare roles",
         }),
         W.write_free_docx, {"headings": "style"}),
    Spec("plan-12.pdf", "form_pdf (ruled, inline labels)",
         "Adult (49), bipolar disorder, debts, god man application. Heavier wording.",
         PLAN_12,
         Expected("U U D D U U D U U U U D", {
             "fragestallningar": "'Dagordning' with concrete items and a question",
             "enskildes_mal": "'Målsättningen är att R. ska …'",
             "delaktighet": "his view (by phone) recorded, but he did not attend and no "
                            "reason is given",
             "ansvar": "debt counselling: only 'Kommunen', 'Under våren'",
             "andra_aktorer": "R. applies to Kronofogden, his brother goes through the post",
             "uppfoljning": "'Tisdag den 14/5 kl. 13.00'",
             "begriplighet": "LIX about 50, no unexplained abbreviations besides SIP",
         }),
         W.write_form_pdf),
    Spec("plan-13.docx", "free_docx (bold headings, LSS child)",
         "Child (12), autism and intellectual disability, respite. Good, vague questions.",
         PLAN_13,
         Expected("U D U U U U U U U D U U", {
             "fragestallningar": "'Frågor att ta upp: Allmänt om hur det går.'",
             "enskildes_mal": "'Önskemål' quoted",
             "delaktighet": "Theo took part at the start and showed what he likes",
             "huvudansvar": "'Övergripande ansvar': function and municipality",
             "andra_aktorer": "mother applies to FK, father goes to swimming",
             "uppfoljning": "'I december.'",
         }),
         W.write_free_docx),
    Spec("plan-14.txt", "text_form (UTF-8, 'Label: value' lines)",
         "Adult (67), memory problems. Hardly filled in.", PLAN_14,
         Expected("E E D E D E E D E E E U", {
             "syfte": "no purpose; the background only describes her",
             "enskildes_mal": "'Förbättrad livssituation.' – professional wording",
             "samtycke": "'Samtycke: Finns.'",
             "insatser": "field empty",
             "huvudansvar": "'Socialsekreteraren' – function only",
             "begriplighet": "short plain sentences",
         }),
         W.write_text_form),
]

UNREADABLE = [
    ("tom.pdf", "unreadable", "0 bytes"),
    ("gammal-plan.doc", "unsupported", "legacy Word 97-2003 (OLE) file"),
    ("skannad.pdf", "no_text", "one page with only a drawn rectangle: no text layer"),
]

YAML_HEADER = """\
HELD-OUT corpus: levels a human reviewer should give each plan, one per criterion of
kvalitetskollen (uppfyllt / delvis / ej_uppfyllt), decided strictly by the checklist's level
definitions. Keys are paths relative to tests/corpus/plans. `unreadable` lists the files that
are not readable plans and the document status a reader should give them.
Generated by tests/corpus/generate.py: edit the levels there. Do not tune rules to this corpus.
"""


def write_unreadable(directory: Path) -> None:
    from fpdf import FPDF

    (directory / "tom.pdf").write_bytes(b"")
    ole = bytes.fromhex("D0CF11E0A1B11AE1") + bytes(16) + bytes.fromhex("3E000300FEFF0900")
    (directory / "gammal-plan.doc").write_bytes(ole + bytes(512 - len(ole)))
    pdf = FPDF(format="A4")
    pdf.set_creation_date(W.FIXED_DATE)
    pdf.add_page()
    pdf.set_draw_color(60, 60, 60)
    pdf.set_fill_color(235, 235, 235)
    pdf.rect(25, 30, 160, 220, style="DF")
    pdf.output(str(directory / "skannad.pdf"))


def main() -> None:
    text = W.write_corpus(SPECS, PLANS, YAML_HEADER, max_bytes=MAX_BYTES)
    write_unreadable(PLANS)
    text += "\nunreadable:\n"
    for name, status, why in UNREADABLE:
        text += f'  - file: "{name}"  # {why}\n    status: {status}\n'
    (HERE / "expected.yaml").write_text(text, encoding="utf-8")
    print(f"wrote {len(SPECS)} plans and {len(UNREADABLE)} unreadable files to "
          f"{PLANS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
