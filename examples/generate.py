"""Generate the example plans in examples/plans/ and the levels we intend in expected.yaml.

The story the examples tell: in 2024 three municipalities (Köping, Arboga, Kungsör) each sent
two anonymous SIP plans to a review in February and two new ones in September (sip-03 and
sip-04: a round reviews plans written since the last one, so ids differ between rounds). The
February plans are weak on the person's goals in their own words, on follow-up dates and on
responsibility at unit level; the September plans are better, not perfect.

Every plan is fiction. People are first names or initials, no personnummer, no contact details.

Run: .venv/bin/python examples/generate.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PLANS = HERE / "plans"


sys.path.insert(0, str(HERE))
import writers as W  # noqa: E402

Plan, Table, Checkbox, PageBreak, Expected, Spec = (
    W.Plan, W.Table, W.Checkbox, W.PageBreak, W.Expected, W.Spec)

SIP = "Samordnad individuell plan (SIP)"
COUNTY_PLANNING = ["Delmål", "Insatser/åtgärder – Vad skall vi göra och när?",
                   "Ansvarig, vem skall göra?", "Tidsplan Start/sluttid", "Uppfyllt delmål"]
COUNTY_CONTACTS = ["Namn", "Funktion/relation/verksamhet", "Kontaktuppgifter", "Deltog"]


# ================================================================ February 2024, Köping


FEB_KOPING_1 = Plan(
    SIP,
    [
        ("Planen tillhör", Table(["Namn", "Personnummer"], [["Alex, 14 år", "ÅÅMMDD-XXXX"]])),
        ("Datum och plats för mötet", "2024-02-06, Köpings kommun, skolans konferensrum"),
        ("Kontaktuppgifter – inbjudna deltagare", Table(COUNTY_CONTACTS, [
            ["Alex", "Elev, planen gäller Alex", "–", "Ja"],
            ["Mamma", "Vårdnadshavare", "(avidentifierad)", "Ja"],
            ["Pappa", "Vårdnadshavare", "(avidentifierad)", "Nej"],
            ["Lena", "Socialsekreterare, Socialtjänsten Köping, barn och familj",
             "Via växeln", "Ja"],
            ["Jonas", "Kurator, elevhälsan, Köpings kommun", "Via växeln", "Ja"],
            ["Sara", "Psykolog, BUP Västmanland", "Via mottagningen", "Ja"],
            ["Per", "Mentor, grundskolan Köping", "Via växeln", "Ja"],
        ])),
        ("Om den enskilde inte deltar på mötet motivera varför", ""),
        ("Varför gör vi denna plan? Vilka behov av åtgärder finns?",
         "Alex har varit borta från skolan mer än halva höstterminen. Alex sover dåligt och "
         "har kontakt med BUP för oro. Vi gör planen för att skolan, BUP och socialtjänsten "
         "ska arbeta åt samma håll, så att Alex kan komma tillbaka till skolan."),
        ("Övergripande mål, vad vill jag uppnå?",
         "Målet är att Alex ska gå i skolan hela dagar igen och sova bättre."),
        ("Planering", Table(COUNTY_PLANNING, [
            ["Alex är i skolan varje dag", "Anpassat schema med kortare dagar de första fyra "
             "veckorna", "Mentor, grundskolan Köping", "2024-02-12 – 2024-03-08", ""],
            ["Bättre sömn", "Samtal om sömn och oro varannan vecka", "BUP Västmanland",
             "Start i februari", ""],
            ["Stöd till familjen", "Föräldrastöd", "Kommunen", "", ""],
        ])),
        ("Huvudansvarig", Table(["Namn på huvudansvarig", "Verksamhet"], [["", "Socialtjänsten"]])),
        ("Samtycke", "Samtycke finns."),
        ("Planerad uppföljning", Table(["Plats", "Datum, mötestid"],
                                       [["Skolans konferensrum", "Efter sportlovet"]])),
        ("Underskrifter", Table(["Namn", "Underskrift", "Datum"], [
            ["Vårdnadshavare", "", ""], ["Socialsekreterare", "", ""]])),
    ],
)

FEB_KOPING_2 = Plan(
    "SIP – Robin",
    [
        ("Datum", "2024-01-30"),
        ("Syfte", "Samordning."),
        ("Frågeställningar", "Diskutera läget."),
        ("Bakgrund",
         "Robin är 34 år och har en psykossjukdom sedan 2019. Robin har legat inne på psyk "
         "flera ggr, en gång enl. LPT. Robin bor i egen lgh. Robin har haft svårt att ta sin "
         "medicin i vinter och har ont om pengar. FK är inkopplad. PO har varit med tidigare. "
         "Enl. SoL och HSL ska en SIP göras."),
        ("Mål", "Målet är att Robin ska ha en stabil psykisk hälsa och klara sitt boende."),
        ("Insatser", "Planeras vid nästa möte."),
        ("Huvudansvarig", "Sjuksköterska, Psykiatrimottagningen Köping"),
        ("Deltagare", ["Robin", "Sjuksköterska", "Boendestödjare", "Socialsekreterare"]),
        ("Samtycke", "Robin gav muntligt samtycke på mötet 2024-01-30. Samtycket gäller i ett år."),
        ("Uppföljning", "Om tre månader."),
    ],
)

# ================================================================ February 2024, Arboga

FEB_ARBOGA_1 = Plan(
    SIP,
    [
        ("Personuppgifter", Table(["Namn", "Personnummer"], [["Greta, 84 år", ""]])),
        ("Datum för mötet", "2024-02-08"),
        ("Syfte med planen",
         "Greta har fått en demensdiagnos och har hemtjänst. Planen ska göra det tydligt vem "
         "som gör vad, så att Greta kan bo kvar hemma och vara trygg."),
        ("Frågeställningar inför mötet", [
            "Hur ska Greta få hjälp med sina mediciner?",
            "Behöver Greta fler besök av hemtjänsten på kvällen?",
        ]),
        ("Den enskildes mål", ""),
        ("Deltagare", Table(["Namn", "Roll och verksamhet"], [
            ["Ulla", "Dotter"],
            ["Mona", "Biståndshandläggare, Äldreomsorgen Arboga"],
            ["Erik", "Distriktssköterska, Vårdcentralen Arboga"],
            ["Nina", "Gruppledare, Hemtjänsten Arboga"],
            ["Sofia", "Arbetsterapeut, Minnesmottagningen, Region Västmanland"],
        ])),
        ("Samtycke", Checkbox("Samtycke inhämtat")),
        ("Insatser", Table(["Insats", "Ansvarig", "När"], [
            ["Hemtjänsten ger Greta hennes mediciner morgon och kväll", "Hemtjänsten Arboga",
             "Från 2024-02-12"],
            ["Ny bedömning av behovet av kvällsbesök",
             "Biståndshandläggare, Äldreomsorgen Arboga", "Senast 2024-02-29"],
            ["Uppföljning av minnet och av läkemedlen",
             "Minnesmottagningen, Region Västmanland", ""],
            ["Ulla handlar mat åt Greta och följer med till tandläkaren", "Ulla, dotter",
             "Varje lördag"],
        ])),
        ("Huvudansvarig för planen", "Mona, biståndshandläggare, Äldreomsorgen Arboga"),
        ("Uppföljning", "2024-04-18 kl. 10.00 hemma hos Greta."),
    ],
)

FEB_ARBOGA_2 = Plan(
    "Samordnad individuell plan",
    [
        ("Datum", "2024-02-01"),
        ("Bakgrund",
         "Den enskilde har under en längre tidsperiod uppvisat ett omfattande och tilltagande "
         "alkoholberoende med därtill hörande somatiska komplikationer, vilket sammantaget har "
         "medfört upprepade akutsjukvårdskontakter samt en successivt försämrad "
         "boendesituation med betalningsanmärkningar och ackumulerade hyresskulder. "
         "Beroendemottagningens bedömning utifrån genomförd strukturerad intervju påvisar "
         "skadligt bruk med beroendeproblematik, medan vuxenenhetens utredning enligt "
         "socialtjänstlagen ännu inte har kunnat slutföras beroende på uteblivna besök. "
         "Tidigare behandlingsinsatser i öppenvårdsform har avbrutits i förtid utan "
         "dokumenterad anledning."),
        ("Insatser", "Fortsatt kontakt. Stöd vid behov."),
        ("Deltagare", ""),
        ("Övrigt", "Ny SIP vid behov."),
    ],
)

# =============================================================== February 2024, Kungsör

FEB_KUNGSOR_1 = Plan(
    SIP,
    [
        ("Planen gäller", "Elin, 22 år"),
        ("Personnummer", "(avidentifierad)"),
        ("Status", "Fastställd"),
        ("Datum för mötet", "2024-02-07"),
        ("Plats", "Daglig verksamhet, Kungsörs kommun"),
        ("Syfte",
         "Elin vill flytta till en egen lägenhet med stöd. Planen ska visa hur kommunen och "
         "psykiatrin hjälper Elin med flytten och med hennes oro på kvällarna."),
        ("Bakgrund",
         "Elin har en intellektuell funktionsnedsättning och bor hos sin pappa. Hon går på "
         "daglig verksamhet tre dagar i veckan och trivs där. Elin blir ofta rädd när hon är "
         "ensam på kvällen. Hon har kontakt med psykiatrin sedan i höstas."),
        ("Frågeställningar", [
            "Kan Elin få en bostad med särskild service under året?",
            "Hur får Elin hjälp med sin oro på kvällarna?",
        ]),
        ("Den enskildes mål", "”Jag vill bo i en egen lägenhet och jobba med djur.”"),
        ("Den enskildes delaktighet",
         "Elin var med på hela mötet tillsammans med sin gode man. Elin berättade att hon "
         "trivs på daglig verksamhet men att hon är rädd på kvällarna. Hon vill bo nära "
         "pappa."),
        ("Samtycke", "Skriftligt samtycke, undertecknat av Elin 2024-02-07. Gäller i ett år."),
        ("", PageBreak()),
        ("Insatser", Table(["Insats", "Ansvarig verksamhet", "Start", "Slut"], [
            ["Ansökan om bostad med särskild service enligt LSS utreds",
             "LSS-handläggare, Kungsörs kommun", "2024-02-12", "2024-04-30"],
            ["Samtal om oro med kurator en gång i veckan", "Kurator, Vuxenpsykiatrin Köping",
             "2024-02-14", "2024-06-28"],
            ["Daglig verksamhet med djurskötsel tre dagar i veckan",
             "Daglig verksamhet, Kungsörs kommun", "2024-03-01", "Tills vidare"],
            ["Boendestöd två kvällar i veckan fram till flytten",
             "Boendestöd, Kungsörs kommun", "2024-02-19", "2024-04-30"],
        ])),
        ("Åtgärder av annan aktör", [
            "Gode mannen hjälper Elin att söka bostadstillägg hos Försäkringskassan före "
            "2024-03-31.",
            "Elin ringer själv till kuratorn om hon behöver en extra tid.",
            "Pappa hjälper Elin att flytta när lägenheten är klar.",
        ]),
        ("Huvudansvarig", "LSS-handläggare, Kungsörs kommun"),
        ("Deltagare", [
            "Elin",
            "Elins gode man",
            "LSS-handläggare, Kungsörs kommun",
            "Kurator, Vuxenpsykiatrin Köping",
            "Arbetsledare, Daglig verksamhet, Kungsörs kommun",
        ]),
        ("Uppföljning", "I maj, datum bestäms senare."),
        ("Underskrifter", "Elin: ____________________\n"
                          "Huvudansvarig: ____________________"),
    ],
)

FEB_KUNGSOR_2 = Plan(
    "Samordnad individuell plan",
    [
        ("Datum", "2024-02-13, Socialtjänsten Kungsör"),
        ("Syfte", "Att få en gemensam bild."),
        ("Frågor till mötet", [
            "Var ska Noa bo när placeringen på HVB slutar i juni?",
            "Hur ska Noa kunna fortsätta på gymnasiet efter flytten?",
        ]),
        ("Bakgrund",
         "Noa är 17 år och har bott på ett HVB sedan mars 2023. Noa mår bättre nu och har gått "
         "i skolan hela hösten. Noa har kontakt med BUP för nedstämdhet. Morbror är ett viktigt "
         "stöd för Noa."),
        ("Noas mål",
         "Noa säger: ”Jag vill flytta hem till mamma och gå klart gymnasiet. Jag vill inte "
         "byta skola igen.”"),
        ("Planering", [
            "Socialsekreteraren gör en plan för hemflytten tillsammans med Noa och mamma under "
            "våren.",
            "BUP fortsätter samtalen med Noa varannan vecka.",
            "Skolan tar reda på om Noa kan gå kvar på samma program.",
            "Mamma får föräldrastöd.",
        ]),
        ("Samtycke", "Samtycke finns."),
        ("Deltagare", "Noa, mamma, socialsekreterare, behandlare, kurator och psykolog."),
    ],
)

# ============================================================== September 2024, Köping

SEP_KOPING_1 = Plan(
    SIP,
    [
        ("Planen gäller", "Liv, 11 år"),
        ("Personnummer", "(avidentifierad)"),
        ("Vårdnadshavare", "Mamma och pappa, gemensam vårdnad"),
        ("Datum för mötet", "2024-09-03"),
        ("Syfte",
         "Liv har svårt att klara skoldagen, och det blir ofta bråk hemma på kvällarna. "
         "Planen ska samla stödet från skolan, BUP och socialtjänsten så att Liv och familjen "
         "får hjälp på samma sätt hemma och i skolan."),
        ("Frågeställningar", [
            "Vilket stöd behöver Liv i klassrummet?",
            "När blir utredningen på BUP klar?",
            "Kan familjen få stöd hemma på kvällarna?",
        ]),
        ("Den enskildes mål",
         "Liv säger: ”Jag vill ha en kompis att vara med på rasterna. Jag vill att läxorna "
         "ska gå fortare.”"),
        ("Delaktighet",
         "Liv var med den första halvtimmen av mötet tillsammans med mamma och pappa. Liv "
         "berättade att hon tycker om idrott och bild men att matten är jobbig. Hon vill inte "
         "sitta i ett eget rum."),
        ("Samtycke",
         "Båda vårdnadshavarna har gett skriftligt samtycke 2024-08-26. Liv vet vad planen "
         "är och tycker att det är okej."),
        ("Insatser och ansvar", Table(["Insats", "Ansvarig", "Start", "Klart senast"], [
            ["Anpassningar i klassrummet: bildschema och hörlurar",
             "Klasslärare, grundskolan Köping", "2024-09-09", "2024-12-20"],
            ["Utredningen av koncentration och aktivitet blir klar, och familjen får svar",
             "Psykolog, BUP Västmanland", "2024-09-10", "2024-11-15"],
            ["Föräldrastöd i hemmet en gång i veckan",
             "Familjebehandlare, Socialtjänsten Köping, barn och familj", "2024-09-16",
             "2024-12-20"],
            ["Samtal med Liv varannan vecka", "Kurator, elevhälsan, Köpings kommun",
             "2024-09-12", "2024-12-20"],
        ])),
        ("", PageBreak()),
        ("Egna och närståendes åtgärder", [
            "Mamma och pappa använder samma veckoschema hemma som skolan.",
            "Pappa ansöker om omvårdnadsbidrag hos Försäkringskassan i oktober.",
            "Liv säger till sin lärare när det blir för mycket ljud.",
        ]),
        ("Huvudansvarig för planen",
         "Socialsekreterare, Socialtjänsten Köping, barn och familj"),
        ("Deltagare", [
            "Liv (den första halvtimmen)",
            "Mamma, vårdnadshavare",
            "Pappa, vårdnadshavare",
            "Socialsekreterare, Socialtjänsten Köping, barn och familj",
            "Psykolog, BUP Västmanland",
            "Klasslärare, grundskolan Köping",
            "Kurator, elevhälsan, Köpings kommun",
        ]),
        ("Uppföljning", "2024-11-26 kl. 14.00 på skolan."),
        ("Underskrifter", "Vårdnadshavare: ____________________\n"
                          "Huvudansvarig: ____________________"),
    ],
)

SEP_KOPING_2 = Plan(
    SIP,
    [
        ("Personuppgifter", Table(["Namn", "Personnummer"],
                                  [["Jonna, 45 år", "(avidentifierad)"]])),
        ("Datum för mötet", "2024-08-29"),
        ("Syfte med planen",
         "Jonna har varit sjukskriven för depression i ett år. Planen ska hjälpa Jonna att "
         "komma tillbaka till arbete och få ordning på ekonomin. Den ska också visa vem som "
         "gör vad."),
        ("Frågeställningar inför mötet", [
            "Hur kan Jonna börja arbetsträna i höst?",
            "Vem hjälper Jonna med hyresskulden?",
        ]),
        ("Den enskildes mål",
         "”Jag vill orka jobba halvtid igen och kunna betala mina räkningar själv.”"),
        ("Den enskildes delaktighet",
         "Jonna deltog på mötet. Jonna vill börja arbetsträna i en lugn miljö, gärna med djur "
         "eller växter. Hon vill inte ha fler möten än ett i månaden."),
        ("Samtycke", (Checkbox("Samtycke inhämtat"),
                      "Muntligt samtycke på mötet 2024-08-29, antecknat i journalen.")),
        ("Insatser", Table(["Insats", "Ansvarig", "När"], [
            ["Samtalsbehandling en gång i veckan", "Psykolog, Vårdcentralen Köping",
             "2024-09-02 – 2024-12-20"],
            ["Kartläggning inför arbetsträning", "Arbetsmarknadsenheten, Köpings kommun",
             "Start 2024-09-16"],
            ["Budget- och skuldrådgivning", "Budget- och skuldrådgivare, Köpings kommun",
             "Första träffen 2024-09-10"],
            ["Läkarbedömning och nytt intyg till Försäkringskassan",
             "Läkare, Vårdcentralen Köping", "Senast 2024-09-20"],
        ])),
        ("Andra aktörers åtgärder", [
            "Försäkringskassan: handläggaren kallar till ett avstämningsmöte i oktober.",
            "Arbetsförmedlingen: Jonna skriver in sig igen, och arbetsförmedlaren gör en plan "
            "för arbetsträningen.",
            "Jonna går själv till samtalen och skriver dagbok om sömn och ork.",
        ]),
        ("Huvudansvarig för planen", "Socialsekreterare, Vuxenenheten, Socialtjänsten Köping"),
        ("Deltagare", Table(["Namn", "Roll och verksamhet"], [
            ["Jonna", "Den enskilde"],
            ["Maria", "Socialsekreterare, Vuxenenheten, Socialtjänsten Köping"],
            ["Johan", "Psykolog, Vårdcentralen Köping"],
            ["Amira", "Arbetskonsulent, Arbetsmarknadsenheten, Köpings kommun"],
            ["Tomas", "Handläggare, Försäkringskassan"],
        ])),
        ("Uppföljning", "2024-11-12 kl. 13.00 på Vårdcentralen Köping."),
    ],
)

# ============================================================== September 2024, Arboga

SEP_ARBOGA_1 = Plan(
    SIP,
    [
        ("Planen tillhör", Table(["Namn", "Personnummer"], [["Berit, 79 år", "(avidentifierad)"]])),
        ("Datum och plats för mötet", "2024-09-05, hemma hos Berit"),
        ("Kontaktuppgifter – inbjudna deltagare", Table(COUNTY_CONTACTS, [
            ["Berit", "Planen gäller Berit", "–", "Ja"],
            ["Göran", "Son", "(avidentifierad)", "Ja"],
            ["Lisa", "God man", "(avidentifierad)", "Ja"],
            ["Mona", "Biståndshandläggare, Äldreomsorgen Arboga", "Via växeln", "Ja"],
            ["Erik", "Distriktssköterska, Vårdcentralen Arboga", "Via vårdcentralen", "Ja"],
            ["Nina", "Gruppledare, Hemtjänsten Arboga", "Via växeln", "Ja"],
            ["Sofia", "Arbetsterapeut, Minnesmottagningen, Region Västmanland",
             "Via mottagningen", "Nej"],
        ])),
        ("Om den enskilde inte deltar på mötet motivera varför", "Berit deltog."),
        ("Varför gör vi denna plan? Vilka behov av åtgärder finns?",
         "Berit har en demenssjukdom. Hon glömmer ofta att äta och att ta sina mediciner, och "
         "hon har fallit två gånger i sommar. Vi gör planen för att Berit ska kunna bo kvar "
         "hemma så länge som möjligt, och för att alla ska veta vem som gör vad. På mötet ska "
         "vi komma överens om hur Berit får hjälp med maten och om hon behöver ett "
         "trygghetslarm."),
        ("Övergripande mål, vad vill jag uppnå?",
         "”Jag vill bo kvar i mitt hus och ha kvar min katt.”"),
        ("Den enskildes synpunkter",
         "Berit vill inte ha fler besök än det som behövs. Hon vill gärna äta lunch på "
         "träffpunkten två dagar i veckan."),
        ("Planering", Table(COUNTY_PLANNING, [
            ["Berit äter varje dag", "Hemtjänsten hjälper Berit med lunch och middag",
             "Hemtjänsten Arboga", "Från 2024-09-09", ""],
            ["Berit tar sina mediciner", "Läkemedelsgenomgång och mediciner i dosrulle",
             "Distriktssköterska, Vårdcentralen Arboga", "Senast 2024-09-30", ""],
            ["Berit känner sig trygg", "Beslut om trygghetslarm",
             "Biståndshandläggare, Äldreomsorgen Arboga", "Senast 2024-09-20", ""],
            ["Berit faller inte", "Hembesök och hjälpmedel mot fall", "Regionen",
             "Under hösten", ""],
        ])),
        ("Andra aktörer och närstående", [
            "Den gode mannen betalar Berits räkningar och söker bostadstillägg hos "
            "Pensionsmyndigheten i september.",
            "Sonen Göran handlar mat varje fredag och följer med till minnesmottagningen.",
        ]),
        ("Huvudansvarig", Table(["Namn på huvudansvarig", "Verksamhet"], [
            ["Mona, biståndshandläggare", "Äldreomsorgen, Arboga kommun"]])),
        ("Samtycke",
         "Berit gav muntligt samtycke 2024-08-28 när mötet bokades. Det är antecknat i "
         "journalen."),
        ("Planerad uppföljning", Table(["Plats", "Datum, mötestid"],
                                       [["Hemma hos Berit", "2024-11-21 kl. 10.00"]])),
        ("Underskrifter", Table(["Namn", "Underskrift", "Datum"], [
            ["Berit", "", ""], ["Huvudansvarig", "", ""]])),
    ],
)

SEP_ARBOGA_2 = Plan(
    "Samordnad individuell plan (SIP) för Mio",
    [
        ("Datum", "2024-09-10"),
        ("Syfte med SIP",
         "Mio är 15 år. Hon mår dåligt och har skadat sig själv. Planen ska se till att "
         "skolan, BUP och socialtjänsten stöttar Mio tillsammans, och att Mio vet vem hon kan "
         "vända sig till."),
        ("Frågeställningar", [
            "Hur kan Mio vara i skolan utan att det blir för mycket?",
            "Vem kontaktar Mio om hon mår sämre en helg?",
        ]),
        ("Mios mål", "Mio säger: ”Jag vill må bättre och orka vara med mina kompisar.”"),
        ("Mios delaktighet",
         "Mio var med på hela mötet tillsammans med sin mamma. Mio vill träffa samma person på "
         "BUP varje gång. Hon vill inte att hela klassen ska veta."),
        ("Samtycke", "Mio och mamma gav skriftligt samtycke 2024-09-02. Mamma har ensam vårdnad."),
        ("Insatser", Table(["Insats", "Ansvarig", "När"], [
            ["Samtal med behandlare en gång i veckan", "Behandlare, BUP Västmanland",
             "2024-09-12 – 2024-12-19"],
            ["Krisplan för kvällar och helger", "Behandlare, BUP Västmanland",
             "Klar 2024-09-19"],
            ["Anpassad studieplan med färre ämnen", "Mentor, högstadiet, Arboga kommun",
             "Från 2024-09-16"],
            ["Stödsamtal för Mio och mamma",
             "Familjebehandlare, Socialtjänsten Arboga, barn och familj",
             "Varannan vecka från 2024-09-18"],
        ])),
        ("Huvudansvarig", "Kurator, elevhälsan, Arboga kommun"),
        ("Deltagare", [
            "Mio",
            "Mamma, vårdnadshavare",
            "Mentor, högstadiet, Arboga kommun",
            "Kurator, elevhälsan, Arboga kommun",
            "Behandlare, BUP Västmanland",
            "Socialsekreterare, Socialtjänsten Arboga, barn och familj",
        ]),
        ("Uppföljning", "Nästa möte är 2024-10-22 kl. 15.00 på BUP."),
    ],
)

# ============================================================= September 2024, Kungsör

SEP_KUNGSOR_1 = Plan(
    "Samordnad individuell plan",
    [
        ("Datum", "2024-09-12"),
        ("Syfte",
         "Dani har en samtidig beroendeproblematik och psykisk ohälsa. Syftet med den "
         "samordnade individuella planen är att Dani ska erhålla ett sammanhållet stöd från "
         "beroendemottagningen, vuxenpsykiatrin och socialtjänstens vuxenenhet."),
        ("Frågeställningar", "Diskutera läget."),
        ("Danis mål", "”Jag vill vara drogfri, ha ett eget kontrakt och ett jobb.”"),
        ("Danis synpunkter",
         "Dani deltog i mötet. Dani framförde önskemål om att behandlingskontakterna i "
         "möjligaste mån samordnas till samma veckodagar, eftersom resorna mellan Kungsör och "
         "Västerås upplevs som betungande."),
        ("Insatser", Table(["Insats", "Ansvarig", "När"], [
            ["Behandling med läkemedel och prover varje vecka",
             "Beroendemottagningen, Region Västmanland", "Pågående, avstämning 2024-10-15"],
            ["Bedömning av ångest", "Läkare, Vuxenpsykiatrin Köping",
             "Senast 2024-10-31"],
            ["Behandling i grupp två dagar i veckan", "Behandlare, Vuxenenheten Kungsör",
             "Start 2024-09-23"],
            ["Boendestöd med fokus på ekonomi och rutiner",
             "Boendestödjare, Socialpsykiatrin Kungsör", "Två gånger per vecka från 2024-09-16"],
        ])),
        ("Övriga aktörer",
         "Arbetsförmedlingen gör under hösten en kartläggning av Danis arbetsförmåga och av "
         "möjligheten till en anställning med stöd."),
        ("Huvudansvar", "Beroendemottagningen."),
        ("Deltagare", [
            "Dani",
            "Behandlare, Vuxenenheten Kungsör",
            "Sjuksköterska, Beroendemottagningen, Region Västmanland",
            "Boendestödjare, Socialpsykiatrin Kungsör",
            "Arbetsförmedlare, Arbetsförmedlingen",
        ]),
        ("Uppföljning", "Vecka 45."),
    ],
)

SEP_KUNGSOR_2 = Plan(
    SIP,
    [
        ("Planen gäller", "Ebbe, 19 år"),
        ("Datum", "2024-09-17"),
        ("Syfte",
         "Ebbe går sista året på anpassade gymnasieskolan. Planen ska göra övergången från "
         "skolan till daglig verksamhet och ett eget boende trygg för Ebbe."),
        ("Frågeställningar", [
            "Vilken daglig verksamhet passar Ebbe efter skolan?",
            "Vem hjälper Ebbe att söka aktivitetsersättning?",
        ]),
        ("Mål",
         "Målet är att Ebbe ska ha en daglig verksamhet och en egen lägenhet med stöd när "
         "skolan slutar i juni 2025."),
        ("Om Ebbe inte deltar",
         "Ebbe deltog inte. Stora möten med många personer gör Ebbe mycket stressad. Ebbe "
         "träffar sin kontaktperson efter mötet och får planen förklarad med bilder."),
        ("Samtycke", "Skriftligt samtycke från Ebbe, lämnat till LSS-handläggaren 2024-09-09."),
        ("Insatser", Table(["Insats", "Ansvarig", "När"], [
            ["Praktik på två dagliga verksamheter",
             "Studie- och yrkesvägledare, anpassade gymnasieskolan, Kungsörs kommun",
             "Oktober–november 2024"],
            ["Beslut om daglig verksamhet enligt LSS", "LSS-handläggare, Kungsörs kommun",
             "Senast 2025-03-31"],
            ["Ansökan om bostad med särskild service", "LSS-handläggare, Kungsörs kommun",
             "Senast 2024-12-31"],
            ["Läkarintyg om funktionsnedsättningen",
             "Läkare, Habiliteringscentrum, Region Västmanland", "Senast 2024-11-30"],
        ])),
        ("Andra aktörer", [
            "Mamma hjälper Ebbe att söka aktivitetsersättning hos Försäkringskassan i januari "
            "2025.",
            "Försäkringskassan utreder rätten till aktivitetsersättning när ansökan har kommit "
            "in.",
        ]),
        ("Huvudansvarig", "LSS-handläggare, Kungsörs kommun"),
        ("Deltagare", [
            "Mamma",
            "LSS-handläggare, Kungsörs kommun",
            "Mentor, anpassade gymnasieskolan, Kungsörs kommun",
            "Sjuksköterska, Habiliteringscentrum, Region Västmanland",
        ]),
        ("Uppföljning", "2024-12-10 kl. 9.00 i Kungsörs kommunhus."),
    ],
)


SPECS = [
    Spec(
        "2024-02/koping/sip-01.docx", "county_template_docx",
        "Child (14), school absence, BUP contact. Medium: template filled in half-heartedly.",
        FEB_KOPING_1,
        Expected("U E D D D U D D E D U U", {
            "fragestallningar": "the template has no questions field and none are written",
            "enskildes_mal": "goal field phrased 'Målet är att Alex ska …' despite the "
                             "first-person heading",
            "delaktighet": "Alex attended (Deltog: Ja) but nothing of Alex's own view",
            "ansvar": "'Föräldrastöd' has only 'Kommunen' and no time",
            "huvudansvar": "only 'Socialtjänsten', no function or person",
            "andra_aktorer": "parents attend but have no measures; no FK/AF/god man",
            "uppfoljning": "'Efter sportlovet' is no specific day",
            "begriplighet": "plain; only BUP unexplained (ÅÅMMDD-XXXX is a masked "
                            "personnummer, not an abbreviation)",
        }),
        W.write_county_template_docx,
    ),
    Spec(
        "2024-02/koping/sip-02.md", "markdown",
        "Adult (34), psychosis, home support. Poor: generic purpose, no interventions yet.",
        FEB_KOPING_2,
        Expected("D D D D U E E U D D D D", {
            "syfte": "only 'Samordning.'",
            "fragestallningar": "questions label with 'Diskutera läget.'",
            "delaktighet": "Robin is among the participants, but no view of Robin's is recorded",
            "insatser": "'Planeras vid nästa möte.' is no intervention; background describes "
                        "the current situation only",
            "andra_aktorer": "FK and PO are mentioned, what they do is not",
            "uppfoljning": "'Om tre månader.'",
            "deltagare": "bare roles without units",
            "begriplighet": "short sentences, but unexplained abbreviations SIP, FK, PO, SoL, "
                            "HSL, LPT (and psyk, lgh, ggr)",
        }),
        W.write_markdown,
    ),
    Spec(
        "2024-02/arboga/sip-01.docx", "content_control_docx",
        "Elderly (84), dementia, home care, memory clinic. Fair, but no goal and Greta absent.",
        FEB_ARBOGA_1,
        Expected("U U E E D U D U U U U U", {
            "enskildes_mal": "goal field left as the placeholder text",
            "delaktighet": "Greta is not among the participants; no reason and no view given",
            "samtycke": "only a ticked 'Samtycke inhämtat' box, no how or when",
            "ansvar": "memory clinic row has no time",
            "andra_aktorer": "daughter Ulla shops and escorts to the dentist",
        }),
        W.write_content_control_docx,
    ),
    Spec(
        "2024-02/arboga/sip-02.txt", "text_cp1252",
        "Adult (41), alcohol, IFO and addiction care. Very poor: background in officialese only.",
        FEB_ARBOGA_2,
        Expected("E E E E E D E E E D E E", {
            "syfte": "background describes the history; no purpose stated",
            "insatser": "'Fortsatt kontakt. Stöd vid behov.' only",
            "ansvar": "nobody is named for anything",
            "uppfoljning": "'Ny SIP vid behov.'",
            "deltagare": "participants field empty",
            "begriplighet": "long sentences and long compound words, LIX well above 55",
        }),
        W.write_text_cp1252,
    ),
    Spec(
        "2024-02/kungsor/sip-01.pdf", "form_pdf",
        "Young adult (22), LSS and psychiatry, moving to own flat. Best February plan.",
        FEB_KUNGSOR_1,
        Expected("U U U U U U U U U D U U", {
            "andra_aktorer": "god man (bostadstillägg from FK), Elin herself and her father",
            "uppfoljning": "'I maj, datum bestäms senare.'",
            "begriplighet": "plain text; only LSS unexplained (SIP is spelt out in the title)",
        }),
        W.write_form_pdf,
    ),
    Spec(
        "2024-02/kungsor/sip-02.docx", "free_docx",
        "Youth (17) leaving HVB. Good questions and Noa's own words, no lead and no follow-up.",
        FEB_KUNGSOR_2,
        Expected("D U U U D U D E D E D U", {
            "syfte": "only 'Att få en gemensam bild.'",
            "delaktighet": "Noa is listed as a participant and quoted",
            "ansvar": "'Mamma får föräldrastöd' has no who or when; school row has no time",
            "huvudansvar": "no lead named",
            "andra_aktorer": "morbror is mentioned as a support, no measure",
            "deltagare": "bare roles without units",
        }),
        W.write_free_docx,
    ),
    Spec(
        "2024-09/koping/sip-03.pdf", "form_pdf",
        "Child (11), school difficulties, BUP assessment, family support. Very good.",
        SEP_KOPING_1,
        Expected("U U U U U U U U U U U U", {
            "enskildes_mal": "Liv's own words in quotes",
            "andra_aktorer": "parents' measures, application to Försäkringskassan, Liv's own",
        }),
        W.write_form_pdf,
    ),
    Spec(
        "2024-09/koping/sip-04.docx", "content_control_docx",
        "Adult (45), depression, sick leave, FK and AF. Good.",
        SEP_KOPING_2,
        Expected("U U U U U U U U U U U U", {
            "samtycke": "checkbox plus 'Muntligt samtycke på mötet 2024-08-29'",
        }),
        W.write_content_control_docx,
    ),
    Spec(
        "2024-09/arboga/sip-03.docx", "county_template_docx",
        "Elderly (79), dementia, home care, god man. Good; one row has only 'Regionen'.",
        SEP_ARBOGA_1,
        Expected("U U U U U U D U U U U U", {
            "fragestallningar": "concrete issues (food, safety alarm) inside the purpose text",
            "ansvar": "fall-prevention row names only 'Regionen' and 'Under hösten'",
            "andra_aktorer": "god man and son with their tasks",
        }),
        W.write_county_template_docx,
    ),
    Spec(
        "2024-09/arboga/sip-04.md", "markdown",
        "Youth (15), self-harm, BUP, school, family support. Good, other actors missing.",
        SEP_ARBOGA_2,
        Expected("U U U U U U U U E U U U", {
            "andra_aktorer": "only kommun and region act; nothing on others and no statement "
                             "that there are none",
        }),
        W.write_markdown,
    ),
    Spec(
        "2024-09/kungsor/sip-03.docx", "free_docx",
        "Adult (29), dual diagnosis. Solid interventions, heavy wording, weak lead/follow-up.",
        SEP_KUNGSOR_1,
        Expected("U D U U E U U D U D U D", {
            "fragestallningar": "questions label with 'Diskutera läget.'",
            "samtycke": "consent not mentioned",
            "huvudansvar": "only 'Beroendemottagningen.', no function or person",
            "andra_aktorer": "Arbetsförmedlingen maps work ability",
            "uppfoljning": "'Vecka 45.'",
            "begriplighet": "long officialese sentences in purpose and views; LIX about 50",
        }),
        W.write_free_docx,
    ),
    Spec(
        "2024-09/kungsor/sip-04.txt", "text_cp1252",
        "Young adult (19), autism, LSS, leaving school. Good; goal not in Ebbe's words.",
        SEP_KUNGSOR_2,
        Expected("U U D D U U U U U U U U", {
            "enskildes_mal": "'Målet är att Ebbe ska …' only",
            "delaktighet": "absence explained (stress at big meetings), but Ebbe's own view is "
                           "not conveyed",
            "andra_aktorer": "mother and Försäkringskassan with their tasks",
        }),
        W.write_text_cp1252,
    ),
]

YAML_HEADER = """\
Levels a human reviewer should give each example plan, one per criterion of kvalitetskollen
(uppfyllt / delvis / ej_uppfyllt), decided by the level definitions in the checklist.
Keys are paths relative to examples/plans. A comment after a level gives the reason for a
judgement that is not obvious. Generated by examples/generate.py: edit the levels there.
"""


def main() -> None:
    text = W.write_corpus(SPECS, PLANS, YAML_HEADER)
    (HERE / "expected.yaml").write_text(text, encoding="utf-8")
    print(f"wrote {len(SPECS)} plans to {PLANS.relative_to(HERE.parent)}")


if __name__ == "__main__":
    main()
