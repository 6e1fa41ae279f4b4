"""Demo content: three Saxon communes with their authorities, local service adaptations and pages."""

COMMUNES = [
    # ------------------------------------------------------------------
    # Landkreis Meißen (DISTRICT)
    # ------------------------------------------------------------------
    {
        "ars": "146270000000",
        "name": "Landkreis Meißen",
        "slug": "landkreis-meissen",
        "kind": "DISTRICT",
        "hostname": "landkreis-meissen.localhost",
        "postcodes": [
            "01445",  # Radebeul
            "01468",  # Moritzburg
            "01471",  # Radeburg
            "01558",  # Großenhain
            "01561",  # Priestewitz, Lampertswalde, Thiendorf
            "01587",  # Riesa
            "01589",  # Riesa
            "01591",  # Riesa
            "01594",  # Stauchitz, Hirschstein
            "01609",  # Gröditz, Wülknitz
            "01612",  # Nünchritz, Glaubitz
            "01616",  # Strehla
            "01619",  # Zeithain
            "01623",  # Lommatzsch
            "01640",  # Coswig
            "01662",  # Meißen
            "01665",  # Klipphausen, Käbschütztal, Diera-Zehren
            "01683",  # Nossen
            "01689",  # Weinböhla, Niederau
        ],
        "address": "Brauhausstraße 21\n01662 Meißen",
        "phone": "+49 3521 725-0",
        "email": "info@kreis-meissen.de",
        "website": "https://www.kreis-meissen.de",
        "authorities": [
            {
                "slug": "zulassungsstelle-landkreis-meissen",
                "title": "Landratsamt Meißen – Kfz-Zulassungsbehörde",
                "address": "Remonteplatz 8\n01558 Großenhain",
                "phone": "+49 3521 725-3300",
                "email": "zulassung@kreis-meissen.de",
                "website": "https://www.kreis-meissen.de/kfz-zulassung",
                "opening_hours": [
                    {
                        "weekday": "mon",
                        "opens": "08:00",
                        "closes": "12:00",
                        "note": "nur mit Termin",
                    },
                    {"weekday": "tue", "opens": "08:00", "closes": "12:00", "note": ""},
                    {"weekday": "tue", "opens": "13:00", "closes": "18:00", "note": ""},
                    {
                        "weekday": "wed",
                        "opens": "08:00",
                        "closes": "12:00",
                        "note": "nur mit Termin",
                    },
                    {"weekday": "thu", "opens": "08:00", "closes": "12:00", "note": ""},
                    {"weekday": "thu", "opens": "13:00", "closes": "16:00", "note": ""},
                    {
                        "weekday": "fri",
                        "opens": "08:00",
                        "closes": "12:00",
                        "note": "nur mit Termin",
                    },
                ],
            },
            {
                "slug": "fahrerlaubnisbehoerde-landkreis-meissen",
                "title": "Landratsamt Meißen – Fahrerlaubnisbehörde",
                "address": "Remonteplatz 8\n01558 Großenhain",
                "phone": "+49 3521 725-3400",
                "email": "fahrerlaubnis@kreis-meissen.de",
                "website": "https://www.kreis-meissen.de/fahrerlaubnis",
                "opening_hours": [
                    {"weekday": "tue", "opens": "08:00", "closes": "12:00", "note": ""},
                    {"weekday": "tue", "opens": "13:00", "closes": "18:00", "note": ""},
                    {"weekday": "thu", "opens": "08:00", "closes": "12:00", "note": ""},
                    {"weekday": "thu", "opens": "13:00", "closes": "16:00", "note": ""},
                    {
                        "weekday": "fri",
                        "opens": "08:00",
                        "closes": "12:00",
                        "note": "nach Vereinbarung",
                    },
                ],
            },
            {
                "slug": "bauaufsicht-landkreis-meissen",
                "title": "Landratsamt Meißen – Bauaufsichtsbehörde",
                "address": "Brauhausstraße 21\n01662 Meißen",
                "phone": "+49 3521 725-3700",
                "email": "bauaufsicht@kreis-meissen.de",
                "website": "https://www.kreis-meissen.de/bauaufsicht",
                "opening_hours": [
                    {"weekday": "tue", "opens": "08:00", "closes": "12:00", "note": ""},
                    {"weekday": "tue", "opens": "13:00", "closes": "18:00", "note": ""},
                    {"weekday": "thu", "opens": "08:00", "closes": "12:00", "note": ""},
                    {"weekday": "thu", "opens": "13:00", "closes": "16:00", "note": ""},
                    {
                        "weekday": "mon",
                        "opens": "08:00",
                        "closes": "15:00",
                        "note": "Sprechzeiten nur nach Vereinbarung",
                    },
                ],
            },
            {
                "slug": "gewerbeamt-landkreis-meissen",
                "title": "Landratsamt Meißen – Kreisordnungsamt, Sachgebiet Gewerbe",
                "address": "Loosestraße 17/19\n01662 Meißen",
                "phone": "+49 3521 725-3200",
                "email": "gewerbe@kreis-meissen.de",
                "website": "https://www.kreis-meissen.de/gewerbe",
                "opening_hours": [
                    {"weekday": "tue", "opens": "08:00", "closes": "12:00", "note": ""},
                    {"weekday": "tue", "opens": "13:00", "closes": "18:00", "note": ""},
                    {"weekday": "thu", "opens": "08:00", "closes": "12:00", "note": ""},
                    {"weekday": "thu", "opens": "13:00", "closes": "16:00", "note": ""},
                ],
            },
        ],
        "adaptations": [
            {
                "service": "99088003002000",  # fahrzeug-zulassen
                "authorities": ["zulassungsstelle-landkreis-meissen"],
                "fees": [],
                "forms": [
                    {
                        "title": "SEPA-Lastschriftmandat für die Kraftfahrzeugsteuer (Formular 033 041)",
                        "url": "https://www.formulare-bfinv.de/ffw/action/invoke.do?id=033041",
                    },
                    {
                        "title": "Vollmacht zur Fahrzeugzulassung (Landkreis Meißen)",
                        "url": "https://www.kreis-meissen.de/download/kfz-zulassung/vollmacht-zulassung.pdf",
                    },
                ],
                "online_services": [
                    {
                        "title": "Termin in der Zulassungsbehörde vereinbaren",
                        "url": "https://termine.kreis-meissen.de/kfz-zulassung",
                    },
                    {
                        "title": "Fahrzeug online zulassen (i-Kfz)",
                        "url": "https://ikfz.kreis-meissen.de",
                    },
                ],
                "local_texts": {
                    "full_text": {
                        "mode": "supplement",
                        "text": (
                            "<p>Im Landkreis Meißen werden Fahrzeuge an den Standorten "
                            "<strong>Großenhain</strong> (Remonteplatz 8), <strong>Meißen</strong> "
                            "(Brauhausstraße 21) und <strong>Riesa</strong> (Kirchstraße 40) zugelassen. "
                            "Sie können jeden Standort unabhängig von Ihrem Wohnort im Landkreis nutzen.</p>"
                            "<p>Eine Vorsprache ist in der Regel nur mit vorher gebuchtem Termin möglich. "
                            "Wunschkennzeichen mit den Unterscheidungszeichen MEI, GRH, RG und RIE können Sie "
                            "vorab online reservieren; die Reservierung gilt 90 Tage.</p>"
                        ),
                    },
                    "notes": {
                        "mode": "supplement",
                        "text": (
                            "<p>Die Zulassungsbehörde nimmt Gebühren bevorzugt bargeldlos per EC-Karte "
                            "entgegen. Kennzeichenschilder erhalten Sie bei den Schilderprägern in der "
                            "Nähe der Standorte.</p>"
                        ),
                    },
                },
            },
            {
                "service": "99088004002000",  # fahrzeug-ausser-betrieb-setzen
                "authorities": ["zulassungsstelle-landkreis-meissen"],
                "fees": [],
                "forms": [],
                "online_services": [
                    {
                        "title": "Fahrzeug online außer Betrieb setzen (i-Kfz)",
                        "url": "https://ikfz.kreis-meissen.de/ausserbetriebsetzung",
                    },
                ],
                "local_texts": {
                    "procedure": {
                        "mode": "supplement",
                        "text": (
                            "<ol><li>Prüfen Sie, ob Ihre Zulassungsbescheinigung Teil I und die Kennzeichen "
                            "verdeckte Sicherheitscodes tragen; dann ist die Außerbetriebsetzung online möglich.</li>"
                            "<li>Ohne Sicherheitscodes buchen Sie einen Termin an einem der Standorte "
                            "Großenhain, Meißen oder Riesa.</li>"
                            "<li>Bringen Sie beide Kennzeichenschilder mit; sie werden vor Ort entstempelt.</li></ol>"
                        ),
                    },
                },
            },
            {
                "service": "99088002002000",  # fuehrerschein-umtauschen
                "authorities": ["fahrerlaubnisbehoerde-landkreis-meissen"],
                "fees": [],
                "forms": [
                    {
                        "title": "Antrag auf Umtausch des Führerscheins (Landkreis Meißen)",
                        "url": "https://www.kreis-meissen.de/download/fahrerlaubnis/antrag-umtausch.pdf",
                    },
                ],
                "online_services": [],
                "local_texts": {
                    "procedure": {
                        "mode": "replace",
                        "text": (
                            "<ol><li>Füllen Sie den Umtauschantrag aus und unterschreiben Sie ihn.</li>"
                            "<li>Geben Sie den Antrag mit einem aktuellen biometrischen Passbild und einer Kopie "
                            "Ihres Personalausweises im Bürgerbüro Ihrer Stadt oder Gemeinde ab oder senden Sie "
                            "ihn per Post an die Fahrerlaubnisbehörde in Großenhain.</li>"
                            "<li>Die Fahrerlaubnisbehörde bestellt den Kartenführerschein bei der "
                            "Bundesdruckerei.</li>"
                            "<li>Sie erhalten eine Benachrichtigung und holen den neuen Führerschein gegen Abgabe "
                            "des alten Dokuments ab.</li></ol>"
                        ),
                    },
                    "processing_time": {
                        "mode": "replace",
                        "text": (
                            "<p>Die Bearbeitung dauert im Landkreis Meißen derzeit etwa vier bis sechs Wochen. "
                            "Vor Ablauf der Umtauschfristen ist mit längeren Wartezeiten zu rechnen.</p>"
                        ),
                    },
                },
            },
            {
                "service": "99050001004000",  # baugenehmigung-beantragen
                "authorities": ["bauaufsicht-landkreis-meissen"],
                "fees": [],
                "forms": [
                    {
                        "title": "Bauvorlagen nach der Durchführungsverordnung zur SächsBO",
                        "url": "https://www.revosax.sachsen.de/vorschrift/11928-DVOSaechsBO",
                    },
                ],
                "online_services": [
                    {
                        "title": "Bauantrag digital einreichen",
                        "url": "https://amt24.sachsen.de/zufi/leistungen/6000491",
                    },
                ],
                "local_texts": {
                    "prerequisites": {
                        "mode": "supplement",
                        "text": (
                            "<p>Das Landratsamt ist untere Bauaufsichtsbehörde für die kreisangehörigen Städte "
                            "und Gemeinden, soweit diese die Aufgabe nicht selbst wahrnehmen. Einige Große "
                            "Kreisstädte, darunter Radebeul, haben eine eigene Bauaufsicht; bitte prüfen Sie "
                            "die Zuständigkeit vor Antragstellung.</p>"
                        ),
                    },
                    "processing_time": {
                        "mode": "replace",
                        "text": (
                            "<p>Innerhalb von drei Wochen nach Eingang prüft die Bauaufsicht den Antrag auf "
                            "Vollständigkeit. Ist er vollständig, entscheidet sie im vereinfachten Verfahren "
                            "in der Regel innerhalb von drei Monaten.</p>"
                        ),
                    },
                },
            },
            {
                "service": "99050010006000",  # gewerbe-anmelden
                "authorities": ["gewerbeamt-landkreis-meissen"],
                "fees": [
                    {
                        "description": "Gewerbeanmeldung durch eine natürliche Person",
                        "amount": 25.0,
                        "amount_max": None,
                        "currency": "EUR",
                    },
                    {
                        "description": "Gewerbeanmeldung einer juristischen Person oder Personengesellschaft",
                        "amount": 35.0,
                        "amount_max": None,
                        "currency": "EUR",
                    },
                    {
                        "description": "Anmeldung mit Prüfung einer erlaubnispflichtigen Tätigkeit",
                        "amount": 40.0,
                        "amount_max": 120.0,
                        "currency": "EUR",
                    },
                ],
                "forms": [
                    {
                        "title": "Gewerbeanmeldung (Vordruck GewA 1)",
                        "url": "https://www.kreis-meissen.de/download/gewerbe/gewa1-gewerbeanmeldung.pdf",
                    },
                ],
                "online_services": [
                    {
                        "title": "Gewerbe online anmelden",
                        "url": "https://amt24.sachsen.de/zufi/leistungen/6000316",
                    },
                ],
                "local_texts": {
                    "full_text": {
                        "mode": "supplement",
                        "text": (
                            "<p>Die Gewerbeanzeige nehmen in der Regel die Städte und Gemeinden entgegen, in "
                            "denen sich Ihre Betriebsstätte befindet. Das Kreisordnungsamt ist Ansprechpartner "
                            "für erlaubnispflichtige Gewerbe wie Bewachung, Makler- und "
                            "Finanzanlagenvermittlung sowie für das Reisegewerbe.</p>"
                        ),
                    },
                    "notes": {
                        "mode": "supplement",
                        "text": (
                            "<p>Die Gebühren richten sich nach der Verwaltungskostensatzung des Landkreises "
                            "Meißen. Bei Anmeldung über Amt24 wird die Gebühr nach Bearbeitung per Bescheid "
                            "erhoben.</p>"
                        ),
                    },
                },
            },
        ],
        "pages": [
            {
                "slug": "landratsamt-und-buergerservice",
                "title": "Landratsamt und Bürgerservice",
                "intro": (
                    "Das Landratsamt Meißen ist mit Standorten in Meißen, Großenhain und Riesa für rund "
                    "240.000 Einwohnerinnen und Einwohner in 28 Städten und Gemeinden da."
                ),
                "body": [
                    "<p>Der Landkreis Meißen nimmt Aufgaben wahr, die über die Leistungsfähigkeit einzelner "
                    "Gemeinden hinausgehen: Kfz-Zulassung und Fahrerlaubnisse, Bauaufsicht, Gesundheitsamt, "
                    "Jugendamt, Ausländerbehörde und Abfallwirtschaft. Meldeangelegenheiten, Personalausweise "
                    "und Standesamt erledigen Sie dagegen in Ihrer Stadt oder Gemeinde.</p>",
                    "<h3>Termine</h3><p>Für die Zulassungsbehörde, die Fahrerlaubnisbehörde und die "
                    "Ausländerbehörde vereinbaren Sie bitte vorab einen Termin. So vermeiden Sie Wartezeiten "
                    "und wir können Ihr Anliegen vorbereiten.</p>",
                    "<p>Die zentrale Vermittlung erreichen Sie unter <strong>03521 725-0</strong>. Schriftliche "
                    "Anliegen richten Sie an das Landratsamt Meißen, Brauhausstraße 21, 01662 Meißen, oder "
                    'über die <a href="https://amt24.sachsen.de">Online-Dienste von Amt24</a>.</p>',
                ],
            },
            {
                "slug": "standorte",
                "title": "Standorte des Landratsamtes",
                "intro": "Das Landratsamt ist auf drei Hauptstandorte im Kreisgebiet verteilt.",
                "body": [
                    "<ul><li><strong>Meißen</strong>, Brauhausstraße 21 und Loosestraße 17/19: Landrat, "
                    "Kreisordnungsamt, Bauaufsicht, Kfz-Zulassung</li>"
                    "<li><strong>Großenhain</strong>, Remonteplatz 8: Straßenverkehrsamt mit Zulassungs- und "
                    "Fahrerlaubnisbehörde</li>"
                    "<li><strong>Riesa</strong>, Kirchstraße 40: Kfz-Zulassung, Jobcenter-Außenstelle, "
                    "Sozialamt</li></ul>",
                    "<p>Alle Standorte sind barrierefrei zugänglich. Parkplätze stehen in begrenzter Zahl zur "
                    "Verfügung; in Meißen empfehlen wir die Anreise mit der S-Bahn-Linie S1 bis Meißen "
                    "Altstadt.</p>",
                ],
            },
        ],
    },
    # ------------------------------------------------------------------
    # Radebeul (MUNICIPALITY in Landkreis Meißen)
    # ------------------------------------------------------------------
    {
        "ars": "146270230230",
        "name": "Radebeul",
        "slug": "radebeul",
        "kind": "MUNICIPALITY",
        "hostname": "radebeul.localhost",
        "postcodes": ["01445"],
        "address": "Pestalozzistraße 6\n01445 Radebeul",
        "phone": "+49 351 8311-0",
        "email": "stadtverwaltung@radebeul.de",
        "website": "https://www.radebeul.de",
        "authorities": [
            {
                "slug": "buergerbuero-radebeul",
                "title": "Bürgerbüro Radebeul",
                "address": "Pestalozzistraße 6\n01445 Radebeul",
                "phone": "+49 351 8311-555",
                "email": "buergerbuero@radebeul.de",
                "website": "https://www.radebeul.de/buergerbuero",
                "opening_hours": [
                    {"weekday": "mon", "opens": "09:00", "closes": "12:00", "note": ""},
                    {"weekday": "tue", "opens": "09:00", "closes": "12:00", "note": ""},
                    {"weekday": "tue", "opens": "13:00", "closes": "18:00", "note": ""},
                    {
                        "weekday": "wed",
                        "opens": "09:00",
                        "closes": "12:00",
                        "note": "nur mit Termin",
                    },
                    {"weekday": "thu", "opens": "09:00", "closes": "12:00", "note": ""},
                    {"weekday": "thu", "opens": "13:00", "closes": "16:00", "note": ""},
                    {"weekday": "fri", "opens": "09:00", "closes": "12:00", "note": ""},
                    {
                        "weekday": "sat",
                        "opens": "09:00",
                        "closes": "12:00",
                        "note": "jeden ersten Samstag im Monat",
                    },
                ],
            },
            {
                "slug": "standesamt-radebeul",
                "title": "Standesamt Radebeul",
                "address": "Pestalozzistraße 6\n01445 Radebeul",
                "phone": "+49 351 8311-520",
                "email": "standesamt@radebeul.de",
                "website": "https://www.radebeul.de/standesamt",
                "opening_hours": [
                    {"weekday": "tue", "opens": "09:00", "closes": "12:00", "note": ""},
                    {"weekday": "tue", "opens": "13:00", "closes": "18:00", "note": ""},
                    {"weekday": "thu", "opens": "09:00", "closes": "12:00", "note": ""},
                    {"weekday": "thu", "opens": "13:00", "closes": "16:00", "note": ""},
                    {
                        "weekday": "fri",
                        "opens": "09:00",
                        "closes": "12:00",
                        "note": "nach Vereinbarung",
                    },
                ],
            },
            {
                "slug": "bauaufsicht-radebeul",
                "title": "Stadtverwaltung Radebeul – Bauaufsicht und Umwelt",
                "address": "Pestalozzistraße 8\n01445 Radebeul",
                "phone": "+49 351 8311-610",
                "email": "bauaufsicht@radebeul.de",
                "website": "https://www.radebeul.de/bauaufsicht",
                "opening_hours": [
                    {"weekday": "tue", "opens": "09:00", "closes": "12:00", "note": ""},
                    {"weekday": "tue", "opens": "13:00", "closes": "18:00", "note": ""},
                    {
                        "weekday": "thu",
                        "opens": "09:00",
                        "closes": "12:00",
                        "note": "nach Vereinbarung",
                    },
                ],
            },
        ],
        "adaptations": [
            {
                "service": "99088003002000",  # fahrzeug-zulassen (inherits district authority)
                "authorities": [],
                "fees": [],
                "forms": [],
                "online_services": [],
                "local_texts": {
                    "processing_time": {
                        "mode": "replace",
                        "text": (
                            "<p>Radebeul hat keine eigene Zulassungsstelle; zuständig ist die "
                            "Zulassungsbehörde des Landkreises Meißen. Für Radebeulerinnen und Radebeuler ist "
                            "der Standort Meißen am schnellsten erreichbar. Mit gebuchtem Termin und "
                            "vollständigen Unterlagen ist die Zulassung in etwa 20 bis 30 Minuten erledigt.</p>"
                        ),
                    },
                },
            },
            {
                "service": "99115030001000",  # wohnsitz-anmelden
                "authorities": ["buergerbuero-radebeul"],
                "fees": [],
                "forms": [
                    {
                        "title": "Wohnungsgeberbestätigung nach § 19 BMG",
                        "url": "https://www.radebeul.de/download/buergerbuero/wohnungsgeberbestaetigung.pdf",
                    },
                ],
                "online_services": [
                    {
                        "title": "Termin im Bürgerbüro Radebeul buchen",
                        "url": "https://termine.radebeul.de/buergerbuero",
                    },
                ],
                "local_texts": {
                    "procedure": {
                        "mode": "supplement",
                        "text": (
                            "<p>Im Bürgerbüro Radebeul können Sie die Anmeldung dienstags und donnerstags auch "
                            "ohne Termin erledigen. Bringen Sie bitte die Ausweise aller umziehenden "
                            "Familienmitglieder mit, damit die Anschrift direkt aktualisiert werden kann.</p>"
                        ),
                    },
                    "further_information": {
                        "mode": "supplement",
                        "text": (
                            "<p>Wer neu nach Radebeul zieht, erhält bei der Anmeldung eine Begrüßungsmappe mit "
                            "Informationen zu Kitas, Schulen, Abfallentsorgung und Kulturangeboten der Stadt.</p>"
                        ),
                    },
                },
            },
            {
                "service": "99089001001000",  # personalausweis-beantragen
                "authorities": ["buergerbuero-radebeul"],
                "fees": [],
                "forms": [],
                "online_services": [
                    {
                        "title": "Bearbeitungsstand des Ausweises abfragen",
                        "url": "https://www.radebeul.de/buergerbuero/ausweisstatus",
                    },
                ],
                "local_texts": {
                    "notes": {
                        "mode": "supplement",
                        "text": (
                            "<p>Passbilder können direkt im Bürgerbüro Radebeul an einer Fotostation "
                            "aufgenommen werden; die Gebühr dafür beträgt 6,00 Euro. Den fertigen Ausweis "
                            "holen Sie ohne Termin während der Öffnungszeiten ab.</p>"
                        ),
                    },
                },
            },
            {
                "service": "99115010001000",  # eheschliessung-anmelden
                "authorities": ["standesamt-radebeul"],
                "fees": [
                    {
                        "description": "Anmeldung der Eheschließung",
                        "amount": 40.0,
                        "amount_max": None,
                        "currency": "EUR",
                    },
                    {
                        "description": "Trauung außerhalb der regulären Dienstzeit oder in einem externen Trauort",
                        "amount": 80.0,
                        "amount_max": 150.0,
                        "currency": "EUR",
                    },
                ],
                "forms": [],
                "online_services": [],
                "local_texts": {
                    "further_information": {
                        "mode": "supplement",
                        "text": (
                            "<p>Neben dem Trauzimmer im Rathaus bietet das Standesamt Radebeul Trauungen im "
                            "Weingut Hoflößnitz und im Spitzhaus an. Termine für externe Trauorte vergeben "
                            "wir bis zu sechs Monate im Voraus.</p>"
                        ),
                    },
                },
            },
            {
                "service": "99050004004000",  # baumfaellung-genehmigen
                "authorities": ["bauaufsicht-radebeul"],
                "fees": [
                    {
                        "description": "Fällgenehmigung nach der Gehölzschutzsatzung",
                        "amount": 30.0,
                        "amount_max": 150.0,
                        "currency": "EUR",
                    },
                ],
                "forms": [
                    {
                        "title": "Antrag auf Fällgenehmigung nach der Gehölzschutzsatzung der Stadt Radebeul",
                        "url": "https://www.radebeul.de/download/umwelt/antrag-faellgenehmigung.pdf",
                    },
                ],
                "online_services": [],
                "local_texts": {
                    "prerequisites": {
                        "mode": "replace",
                        "text": (
                            "<ul><li>Bäume mit einem Stammumfang ab 60 Zentimetern, gemessen in 1 Meter Höhe, "
                            "sind nach der Gehölzschutzsatzung der Stadt Radebeul geschützt.</li>"
                            "<li>Obstbäume innerhalb bebauter Grundstücke sind ausgenommen.</li>"
                            "<li>Im Denkmalschutzgebiet Historische Weinberglandschaft gelten zusätzliche "
                            "Anforderungen.</li></ul>"
                        ),
                    },
                    "deadlines": {
                        "mode": "replace",
                        "text": (
                            "<p>Fällungen sind nur zwischen dem 1. Oktober und dem 28. Februar zulässig. Stellen "
                            "Sie den Antrag bitte mindestens vier Wochen vor dem geplanten Fälltermin.</p>"
                        ),
                    },
                },
            },
        ],
        "pages": [
            {
                "slug": "rathaus-und-buergerservice",
                "title": "Rathaus und Bürgerservice",
                "intro": (
                    "Im Rathaus an der Pestalozzistraße finden Sie Bürgerbüro, Standesamt und die "
                    "Fachämter der Stadtverwaltung Radebeul unter einem Dach."
                ),
                "body": [
                    "<p>Das Bürgerbüro ist Ihre erste Anlaufstelle für Meldeangelegenheiten, Ausweise, "
                    "Führungszeugnisse und Fundsachen. Anträge für den Landkreis Meißen, etwa zum "
                    "Führerscheinumtausch, nehmen wir ebenfalls entgegen und leiten sie weiter.</p>",
                    "<p>Termine buchen Sie online oder telefonisch unter <strong>0351 8311-555</strong>. "
                    "Dienstags und donnerstags bedienen wir auch Kundinnen und Kunden ohne Termin.</p>",
                    "<p>Das Rathaus erreichen Sie mit der Straßenbahnlinie 4 (Haltestelle Landesbühnen "
                    "Sachsen) sowie mit der S-Bahn bis Radebeul-Ost.</p>",
                ],
            },
            {
                "slug": "leben-in-radebeul",
                "title": "Leben in Radebeul",
                "intro": "Radebeul liegt zwischen Elbe und Weinbergen und zählt rund 34.000 Einwohnerinnen und Einwohner.",
                "body": [
                    "<p>Die Große Kreisstadt gehört zum Landkreis Meißen und grenzt unmittelbar an Dresden. "
                    "Bekannt ist Radebeul für die Lößnitz mit ihren Weinbergen, das Karl-May-Museum und die "
                    "Lößnitzgrundbahn.</p>",
                    "<h3>Zuständigkeiten</h3><p>Für Kfz-Zulassung, Fahrerlaubnisse und Sozialleistungen ist "
                    "der Landkreis Meißen zuständig. Bauanträge für Vorhaben in Radebeul bearbeitet dagegen "
                    "die städtische Bauaufsicht.</p>",
                ],
            },
        ],
    },
    # ------------------------------------------------------------------
    # Landeshauptstadt Dresden (CITY)
    # ------------------------------------------------------------------
    {
        "ars": "146120000000",
        "name": "Landeshauptstadt Dresden",
        "slug": "dresden",
        "kind": "CITY",
        "hostname": "dresden.localhost",
        "postcodes": [
            "01067",
            "01069",
            "01097",
            "01099",
            "01108",
            "01109",
            "01127",
            "01129",
            "01139",
            "01156",
            "01157",
            "01159",
            "01169",
            "01187",
            "01189",
            "01217",
            "01219",
            "01237",
            "01239",
            "01257",
            "01259",
            "01277",
            "01279",
            "01307",
            "01309",
            "01324",
            "01326",
            "01328",
            "01462",
            "01465",
        ],
        "address": "Dr.-Külz-Ring 19\n01067 Dresden",
        "phone": "+49 351 488-0",
        "email": "buergerservice@dresden.de",
        "website": "https://www.dresden.de",
        "authorities": [
            {
                "slug": "buergerbuero-altstadt-dresden",
                "title": "Bürgerbüro Altstadt",
                "address": "Theaterstraße 11\n01067 Dresden",
                "phone": "+49 351 488-6622",
                "email": "buergerbueros@dresden.de",
                "website": "https://www.dresden.de/buergerbueros",
                "opening_hours": [
                    {
                        "weekday": "mon",
                        "opens": "08:00",
                        "closes": "18:00",
                        "note": "nur mit Termin",
                    },
                    {"weekday": "tue", "opens": "08:00", "closes": "18:00", "note": ""},
                    {
                        "weekday": "wed",
                        "opens": "08:00",
                        "closes": "12:00",
                        "note": "nur mit Termin",
                    },
                    {"weekday": "thu", "opens": "08:00", "closes": "18:00", "note": ""},
                    {"weekday": "fri", "opens": "08:00", "closes": "12:00", "note": ""},
                    {
                        "weekday": "sat",
                        "opens": "09:00",
                        "closes": "12:00",
                        "note": "nur mit Termin",
                    },
                ],
            },
            {
                "slug": "standesamt-dresden",
                "title": "Standesamt Dresden",
                "address": "Goetheallee 38\n01309 Dresden",
                "phone": "+49 351 488-6777",
                "email": "standesamt@dresden.de",
                "website": "https://www.dresden.de/standesamt",
                "opening_hours": [
                    {"weekday": "mon", "opens": "09:00", "closes": "12:00", "note": ""},
                    {"weekday": "tue", "opens": "09:00", "closes": "12:00", "note": ""},
                    {"weekday": "tue", "opens": "13:00", "closes": "18:00", "note": ""},
                    {"weekday": "thu", "opens": "09:00", "closes": "12:00", "note": ""},
                    {"weekday": "thu", "opens": "13:00", "closes": "18:00", "note": ""},
                    {
                        "weekday": "fri",
                        "opens": "09:00",
                        "closes": "12:00",
                        "note": "nach Vereinbarung",
                    },
                ],
            },
            {
                "slug": "bauaufsicht-dresden",
                "title": "Amt für Bauordnung und Denkmalschutz",
                "address": "Freiberger Straße 39\n01067 Dresden",
                "phone": "+49 351 488-3521",
                "email": "bauaufsicht@dresden.de",
                "website": "https://www.dresden.de/bauaufsicht",
                "opening_hours": [
                    {"weekday": "tue", "opens": "09:00", "closes": "12:00", "note": ""},
                    {"weekday": "tue", "opens": "13:00", "closes": "18:00", "note": ""},
                    {"weekday": "thu", "opens": "09:00", "closes": "12:00", "note": ""},
                    {
                        "weekday": "thu",
                        "opens": "13:00",
                        "closes": "16:00",
                        "note": "Bauberatung nach Vereinbarung",
                    },
                ],
            },
            {
                "slug": "gewerbeamt-dresden",
                "title": "Ordnungsamt – Abteilung Gewerbeangelegenheiten",
                "address": "Theaterstraße 13\n01067 Dresden",
                "phone": "+49 351 488-6432",
                "email": "gewerbeamt@dresden.de",
                "website": "https://www.dresden.de/gewerbe",
                "opening_hours": [
                    {"weekday": "mon", "opens": "09:00", "closes": "12:00", "note": ""},
                    {"weekday": "tue", "opens": "09:00", "closes": "18:00", "note": ""},
                    {"weekday": "thu", "opens": "09:00", "closes": "18:00", "note": ""},
                    {"weekday": "fri", "opens": "09:00", "closes": "12:00", "note": ""},
                ],
            },
        ],
        "adaptations": [
            {
                "service": "99115030001000",  # wohnsitz-anmelden
                "authorities": ["buergerbuero-altstadt-dresden"],
                "fees": [],
                "forms": [
                    {
                        "title": "Wohnungsgeberbestätigung (Landeshauptstadt Dresden)",
                        "url": "https://www.dresden.de/media/pdf/buergerbuero/Wohnungsgeberbestaetigung.pdf",
                    },
                    {
                        "title": "Anmeldung bei der Meldebehörde",
                        "url": "https://www.dresden.de/media/pdf/buergerbuero/Anmeldung_Meldebehoerde.pdf",
                    },
                ],
                "online_services": [
                    {
                        "title": "Termin in einem Dresdner Bürgerbüro buchen",
                        "url": "https://termine.dresden.de/buergerbuero",
                    },
                    {
                        "title": "Wohnsitz elektronisch anmelden (eWA)",
                        "url": "https://amt24.sachsen.de/zufi/leistungen/6000380",
                    },
                ],
                "local_texts": {
                    "teaser": {
                        "mode": "replace",
                        "text": (
                            "Neu in Dresden? Melden Sie Ihre Wohnung innerhalb von zwei Wochen in einem der "
                            "Dresdner Bürgerbüros oder online an – kostenfrei und mit Termin ohne Wartezeit."
                        ),
                    },
                    "further_information": {
                        "mode": "supplement",
                        "text": (
                            "<p>Die Landeshauptstadt Dresden unterhält Bürgerbüros in allen Stadtbezirken, "
                            "unter anderem in der Altstadt, in Blasewitz, Prohlis und Klotzsche. Sie können "
                            "jedes Bürgerbüro unabhängig von Ihrem Wohnort nutzen. Studierende, die ihren "
                            "Hauptwohnsitz in Dresden anmelden, erhalten einmalig die Dresdner Studierendenprämie.</p>"
                        ),
                    },
                },
            },
            {
                "service": "99089001001000",  # personalausweis-beantragen
                "authorities": ["buergerbuero-altstadt-dresden"],
                "fees": [],
                "forms": [],
                "online_services": [
                    {
                        "title": "Termin für Ausweis und Pass buchen",
                        "url": "https://termine.dresden.de/buergerbuero",
                    },
                    {
                        "title": "Abholbereitschaft des Ausweises prüfen",
                        "url": "https://www.dresden.de/ausweisstatus",
                    },
                ],
                "local_texts": {
                    "processing_time": {
                        "mode": "replace",
                        "text": (
                            "<p>Der neue Personalausweis liegt in Dresden in der Regel drei bis vier Wochen nach "
                            "Antragstellung zur Abholung bereit. Sie holen ihn in dem Bürgerbüro ab, in dem Sie "
                            "ihn beantragt haben; für die Abholung ist kein Termin nötig.</p>"
                        ),
                    },
                    "procedure": {
                        "mode": "supplement",
                        "text": (
                            "<p>In allen Dresdner Bürgerbüros stehen Selbstbedienungsterminals für Passbilder, "
                            "Unterschrift und Fingerabdrücke bereit. Damit verkürzt sich Ihr Termin am Schalter "
                            "auf wenige Minuten.</p>"
                        ),
                    },
                },
            },
            {
                "service": "99050001004000",  # baugenehmigung-beantragen
                "authorities": ["bauaufsicht-dresden"],
                "fees": [],
                "forms": [
                    {
                        "title": "Bauantragsformulare der Landeshauptstadt Dresden",
                        "url": "https://www.dresden.de/de/leben/wohnen/bauen/bauantrag/formulare.php",
                    },
                ],
                "online_services": [
                    {
                        "title": "Digitalen Bauantrag einreichen",
                        "url": "https://amt24.sachsen.de/zufi/leistungen/6000491",
                    },
                    {
                        "title": "Themenstadtplan Dresden: Bebauungspläne und Denkmale",
                        "url": "https://stadtplan.dresden.de",
                    },
                ],
                "local_texts": {
                    "procedure": {
                        "mode": "supplement",
                        "text": (
                            "<p>Die Landeshauptstadt Dresden nimmt Bauanträge bevorzugt digital entgegen. "
                            "Vor der Antragstellung empfehlen wir eine kostenfreie Bauberatung im Amt für "
                            "Bauordnung und Denkmalschutz; Termine vergeben wir telefonisch.</p>"
                        ),
                    },
                    "notes": {
                        "mode": "supplement",
                        "text": (
                            "<p>Liegt Ihr Grundstück in einem Denkmalschutzgebiet, etwa in der Inneren Neustadt, "
                            "Blasewitz oder Loschwitz, wird die Denkmalschutzbehörde beteiligt. Rechnen Sie in "
                            "diesem Fall mit einer längeren Bearbeitungszeit.</p>"
                        ),
                    },
                },
            },
            {
                "service": "99115001001000",  # geburtsurkunde-beantragen
                "authorities": ["standesamt-dresden"],
                "fees": [],
                "forms": [],
                "online_services": [
                    {
                        "title": "Personenstandsurkunde online bestellen",
                        "url": "https://www.dresden.de/urkundenbestellung",
                    },
                ],
                "local_texts": {
                    "processing_time": {
                        "mode": "replace",
                        "text": (
                            "<p>Online bestellte Urkunden versendet das Standesamt Dresden innerhalb von etwa "
                            "fünf Werktagen nach Zahlungseingang. Bei persönlicher Vorsprache erhalten Sie die "
                            "Urkunde in der Regel sofort.</p>"
                        ),
                    },
                },
            },
            {
                "service": "99050010006000",  # gewerbe-anmelden
                "authorities": ["gewerbeamt-dresden"],
                "fees": [
                    {
                        "description": "Gewerbeanmeldung",
                        "amount": 26.0,
                        "amount_max": None,
                        "currency": "EUR",
                    },
                    {
                        "description": "Gewerbeanmeldung, jede weitere vertretungsberechtigte Person",
                        "amount": 13.0,
                        "amount_max": None,
                        "currency": "EUR",
                    },
                ],
                "forms": [
                    {
                        "title": "Gewerbeanmeldung (GewA 1)",
                        "url": "https://www.dresden.de/media/pdf/gewerbe/GewA1_Gewerbeanmeldung.pdf",
                    },
                ],
                "online_services": [
                    {
                        "title": "Gewerbe online anmelden",
                        "url": "https://amt24.sachsen.de/zufi/leistungen/6000316",
                    },
                ],
                "local_texts": {
                    "further_information": {
                        "mode": "supplement",
                        "text": (
                            "<p>Für Gründerinnen und Gründer bietet die Wirtschaftsförderung der "
                            "Landeshauptstadt Dresden kostenfreie Beratungen an. Informationen finden Sie "
                            'unter <a href="https://www.dresden.de/wirtschaft">dresden.de/wirtschaft</a>.</p>'
                        ),
                    },
                },
            },
            {
                "service": "99115010001000",  # eheschliessung-anmelden
                "authorities": ["standesamt-dresden"],
                "fees": [],
                "forms": [],
                "online_services": [
                    {
                        "title": "Wunschtermin für die Trauung reservieren",
                        "url": "https://www.dresden.de/trautermin",
                    },
                ],
                "local_texts": {
                    "further_information": {
                        "mode": "supplement",
                        "text": (
                            "<p>Das Standesamt Dresden traut im Trauzimmer in der Goetheallee sowie an "
                            "besonderen Orten wie Schloss Albrechtsberg, dem Lingnerschloss und dem "
                            "Kurhaus Bühlau. Trautermine können bis zu sechs Monate im Voraus reserviert "
                            "werden.</p>"
                        ),
                    },
                },
            },
        ],
        "pages": [
            {
                "slug": "rathaus-und-buergerservice",
                "title": "Rathaus und Bürgerservice",
                "intro": (
                    "Die Landeshauptstadt Dresden bietet ihre Dienstleistungen in Bürgerbüros in allen "
                    "Stadtbezirken und zunehmend auch online an."
                ),
                "body": [
                    "<p>In den Bürgerbüros erledigen Sie Meldeangelegenheiten, beantragen Ausweise und "
                    "Reisepässe, Führungszeugnisse und Bewohnerparkausweise. Termine buchen Sie online oder "
                    "über das Bürgertelefon <strong>0351 488-0</strong>.</p>",
                    "<h3>Online-Dienste</h3><p>Viele Anliegen können Sie ohne Behördengang erledigen, zum "
                    "Beispiel die Bestellung von Urkunden, die Briefwahl oder die Gewerbeanmeldung. Eine "
                    'Übersicht finden Sie auf <a href="https://www.dresden.de/online-services">'
                    "dresden.de/online-services</a>.</p>",
                    "<p>Das Neue Rathaus am Dr.-Külz-Ring erreichen Sie mit den Straßenbahnlinien 1, 2 und 4 "
                    "bis zur Haltestelle Prager Straße.</p>",
                ],
            },
            {
                "slug": "buergerbueros-in-den-stadtbezirken",
                "title": "Bürgerbüros in den Stadtbezirken",
                "intro": "Jedes Dresdner Bürgerbüro steht allen Einwohnerinnen und Einwohnern offen.",
                "body": [
                    "<ul><li>Bürgerbüro Altstadt, Theaterstraße 11</li>"
                    "<li>Bürgerbüro Neustadt, Hoyerswerdaer Straße 3</li>"
                    "<li>Bürgerbüro Blasewitz, Naumannstraße 5</li>"
                    "<li>Bürgerbüro Prohlis, Prohliser Allee 10</li>"
                    "<li>Bürgerbüro Klotzsche, Kieler Straße 52</li></ul>",
                    "<p>In den Ortschaften wie Cossebaude, Langebrück oder Weixdorf gibt es zusätzlich "
                    "Bürgerservicestellen mit eingeschränkten Öffnungszeiten. Dort können Sie unter anderem "
                    "Meldeangelegenheiten erledigen und Ausweise abholen.</p>",
                ],
            },
        ],
    },
]
