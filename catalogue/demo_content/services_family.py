"""Demo-Leistungen Familie, Personenstand, Meldewesen, Ausweise und Alltag (Helfer A)."""

SERVICES: list[dict] = [
    # ------------------------------------------------------------------ 1
    {
        "leika_key": "99115001001000",
        "slug": "geburtsurkunde-beantragen",
        "title": "Geburtsurkunde beantragen",
        "audience": "citizens",
        "teaser": (
            "Die Geburtsurkunde weist Ihre Geburt, Ihre Vor- und Familiennamen sowie die Angaben "
            "zu Ihren Eltern nach. Sie erhalten sie beim Standesamt, das die Geburt beurkundet hat."
        ),
        "full_text": (
            "<p>Die Geburtsurkunde ist eine Personenstandsurkunde nach § 59 Personenstandsgesetz (PStG). "
            "Sie enthält die Vornamen und den Familiennamen, Ort und Tag der Geburt, das Geschlecht sowie "
            "die Namen der Eltern. Sie wird zum Beispiel für die Anmeldung der Eheschließung, für "
            "Rentenangelegenheiten oder im Nachlassverfahren benötigt.</p>"
            "<p>Zuständig ist das Standesamt, in dessen Bezirk die Geburt beurkundet wurde. Der Freistaat "
            "Sachsen führt kein zentrales Personenstandsregister, deshalb kann die Urkunde nur vom "
            "Standesamt des Geburtsortes ausgestellt werden. Das Geburtenregister wird dort 110 Jahre "
            "fortgeführt und anschließend an das zuständige Archiv abgegeben.</p>"
            "<p>Neben der Geburtsurkunde können Sie auch einen beglaubigten Ausdruck aus dem "
            "Geburtenregister erhalten, der zusätzlich spätere Änderungen enthält. Für die Verwendung im "
            "Ausland wird auf Wunsch eine mehrsprachige (internationale) Geburtsurkunde ausgestellt.</p>"
        ),
        "prerequisites": (
            "<p>Personenstandsurkunden erhalten nur die Person, auf die sich der Eintrag bezieht, sowie "
            "deren Ehegatten, Lebenspartner, Vorfahren und Abkömmlinge (§ 62 PStG). Geschwister müssen ein "
            "berechtigtes Interesse, alle anderen Personen ein rechtliches Interesse glaubhaft machen. "
            "Antragsberechtigt ist, wer das 16. Lebensjahr vollendet hat.</p>"
        ),
        "required_documents": [
            "Gültiger Personalausweis oder Reisepass",
            "Bei schriftlicher Antragstellung: Kopie des Ausweisdokuments",
            "Bei Vertretung: schriftliche Vollmacht und Ausweiskopie der berechtigten Person",
            "Bei Dritten: Nachweis des rechtlichen Interesses, z. B. Schreiben des Nachlassgerichts",
        ],
        "fees": [
            {
                "description": "Geburtsurkunde",
                "amount": 12.0,
                "amount_max": None,
                "currency": "EUR",
            },
            {
                "description": "jede weitere Ausfertigung",
                "amount": 6.0,
                "amount_max": None,
                "currency": "EUR",
            },
        ],
        "deadlines": "",
        "processing_time": (
            "<p>Bei persönlicher Vorsprache wird die Urkunde in der Regel sofort ausgestellt. Schriftliche "
            "oder online gestellte Anträge werden meist innerhalb von ein bis drei Wochen bearbeitet; die "
            "Urkunde wird Ihnen per Post zugesandt.</p>"
        ),
        "procedure": (
            "<ol>"
            "<li>Ermitteln Sie das Standesamt, in dessen Bezirk die Geburt beurkundet wurde.</li>"
            "<li>Stellen Sie den Antrag persönlich, schriftlich oder online über Amt24 und geben Sie Namen, "
            "Geburtsdatum, Geburtsort und Verwendungszweck an.</li>"
            "<li>Das Standesamt prüft Ihre Berechtigung.</li>"
            "<li>Sie zahlen die Gebühr vor Ort oder nach Erhalt des Gebührenbescheids.</li>"
            "<li>Sie erhalten die Urkunde sofort oder per Post.</li>"
            "</ol>"
        ),
        "legal_basis": [
            {
                "title": "§ 55 Personenstandsgesetz (PStG)",
                "url": "https://www.gesetze-im-internet.de/pstg/__55.html",
            },
            {
                "title": "§ 59 Personenstandsgesetz (PStG)",
                "url": "https://www.gesetze-im-internet.de/pstg/__59.html",
            },
            {
                "title": "§ 62 Personenstandsgesetz (PStG)",
                "url": "https://www.gesetze-im-internet.de/pstg/__62.html",
            },
        ],
        "forms": [],
        "online_services": [
            {
                "title": "Geburtsurkunde online beantragen",
                "url": "https://amt24.sachsen.de/zufi/leistungen/6000898",
            },
        ],
        "further_information": (
            "<p>Personenstandsurkunden werden nicht beglaubigt kopiert, sondern stets neu ausgestellt. "
            "Wurde eine Geburt im Ausland nicht im deutschen Geburtenregister nachbeurkundet, ist die "
            "ausländische Stelle für die Urkunde zuständig.</p>"
        ),
        "notes": (
            "<p>Für bestimmte Zwecke, etwa für die gesetzliche Rentenversicherung, werden Urkunden "
            "gebührenfrei ausgestellt (§ 64 SGB X). Geben Sie den Verwendungszweck deshalb immer an.</p>"
        ),
        "keywords": [
            "Geburtsschein",
            "Abstammungsurkunde",
            "Geburtsnachweis",
            "Geburtenregister",
            "internationale Geburtsurkunde",
            "Urkunde Geburt",
        ],
        "last_reviewed": "2026-03-14",
        "next_review": "2027-03-14",
    },
    # ------------------------------------------------------------------ 2
    {
        "leika_key": "99115002001000",
        "slug": "geburt-anzeigen",
        "title": "Geburt beim Standesamt anzeigen",
        "audience": "citizens",
        "teaser": (
            "Jede Geburt muss innerhalb einer Woche dem Standesamt des Geburtsortes angezeigt werden. "
            "Das Standesamt beurkundet die Geburt und stellt die ersten Geburtsurkunden aus."
        ),
        "full_text": (
            "<p>Die Geburt eines Kindes ist dem Standesamt, in dessen Bezirk das Kind geboren wurde, "
            "binnen einer Woche anzuzeigen (§ 18 PStG). Bei Geburten in Krankenhäusern und Geburtshäusern "
            "ist die Einrichtung zur Anzeige verpflichtet (§ 20 PStG); die Eltern geben dort ihre Unterlagen "
            "und die Erklärung zu den Vornamen des Kindes ab.</p>"
            "<p>Bei einer Hausgeburt sind zunächst die sorgeberechtigten Eltern zur Anzeige verpflichtet, "
            "danach jede andere Person, die bei der Geburt zugegen war, etwa die Hebamme (§ 19 PStG). "
            "Das Standesamt trägt die Geburt in das Geburtenregister ein und legt dabei Vornamen und "
            "Geburtsnamen des Kindes fest.</p>"
            "<p>Sind die Eltern nicht miteinander verheiratet, wird der Vater nur eingetragen, wenn die "
            "Vaterschaft wirksam anerkannt ist. Das Standesamt informiert nach der Beurkundung die "
            "Meldebehörde; das Kind wird dadurch automatisch angemeldet und erhält seine "
            "Steuer-Identifikationsnummer.</p>"
        ),
        "prerequisites": (
            "<ul>"
            "<li>Das Kind wurde im Bezirk des Standesamtes geboren.</li>"
            "<li>Die Anzeige erfolgt durch eine anzeigepflichtige Person oder durch die Geburtsklinik.</li>"
            "<li>Die Personenstandsurkunden der Eltern liegen vollständig vor.</li>"
            "</ul>"
        ),
        "required_documents": [
            "Gültiger Personalausweis oder Reisepass der Eltern",
            "Geburtsbescheinigung der Klinik oder der Hebamme",
            "Bei verheirateten Eltern: Eheurkunde oder beglaubigter Ausdruck aus dem Eheregister",
            "Bei nicht verheirateten Eltern: Geburtsurkunde der Mutter und ggf. Urkunde über die Vaterschaftsanerkennung",
            "Gegebenenfalls Sorgeerklärung und Erklärung zur Bestimmung des Geburtsnamens",
        ],
        "fees": [
            {
                "description": "zusätzliche Geburtsurkunde (z. B. für das Familienstammbuch)",
                "amount": 12.0,
                "amount_max": None,
                "currency": "EUR",
            },
            {
                "description": "jede weitere Ausfertigung",
                "amount": 6.0,
                "amount_max": None,
                "currency": "EUR",
            },
        ],
        "deadlines": (
            "<p>Die Geburt muss innerhalb einer Woche angezeigt werden. Eine verspätete Anzeige kann als "
            "Ordnungswidrigkeit geahndet werden (§ 70 PStG) und verzögert außerdem Kindergeld, Elterngeld "
            "und die Krankenversicherung des Kindes.</p>"
        ),
        "processing_time": (
            "<p>Liegen alle Unterlagen vollständig vor, wird die Geburt in der Regel innerhalb weniger "
            "Werktage beurkundet. Sind ausländische Urkunden zu prüfen oder Namensfragen zu klären, kann "
            "die Beurkundung mehrere Wochen dauern.</p>"
        ),
        "procedure": (
            "<ol>"
            "<li>Klären Sie möglichst schon vor der Geburt mit dem Standesamt, welche Unterlagen Sie benötigen.</li>"
            "<li>Geben Sie nach der Geburt Unterlagen und Vornamenserklärung in der Klinik ab oder zeigen Sie "
            "eine Hausgeburt persönlich beim Standesamt an.</li>"
            "<li>Das Standesamt prüft die Angaben und beurkundet die Geburt im Geburtenregister.</li>"
            "<li>Sie erhalten die Geburtsurkunden, darunter die gebührenfreien Bescheinigungen für Kindergeld, "
            "Elterngeld und Mutterschaftsgeld.</li>"
            "</ol>"
        ),
        "legal_basis": [
            {
                "title": "§ 18 Personenstandsgesetz (PStG)",
                "url": "https://www.gesetze-im-internet.de/pstg/__18.html",
            },
            {
                "title": "§ 19 Personenstandsgesetz (PStG)",
                "url": "https://www.gesetze-im-internet.de/pstg/__19.html",
            },
            {
                "title": "§ 20 Personenstandsgesetz (PStG)",
                "url": "https://www.gesetze-im-internet.de/pstg/__20.html",
            },
            {
                "title": "§ 1617 Bürgerliches Gesetzbuch (BGB)",
                "url": "https://www.gesetze-im-internet.de/bgb/__1617.html",
            },
        ],
        "forms": [],
        "online_services": [],
        "further_information": (
            "<p>Nicht miteinander verheiratete Eltern können die Vaterschaft bereits vor der Geburt beim "
            "Standesamt oder Jugendamt anerkennen lassen. Sorgeerklärungen für das gemeinsame Sorgerecht "
            "beurkunden das Jugendamt oder ein Notar.</p>"
        ),
        "notes": (
            "<p>Die Beurkundung der Geburt ist gebührenfrei. Die Geburtsurkunden für Kindergeld, Elterngeld "
            "und Mutterschaftsgeld sowie eine Bescheinigung für religiöse Zwecke erhalten Sie kostenlos.</p>"
        ),
        "keywords": [
            "Geburtsanzeige",
            "Baby anmelden",
            "Neugeborenes anmelden",
            "Beurkundung Geburt",
            "Namensgebung",
            "Hausgeburt",
        ],
        "last_reviewed": "2026-03-14",
        "next_review": "2027-03-14",
    },
    # ------------------------------------------------------------------ 3
    {
        "leika_key": "99115003001000",
        "slug": "vaterschaft-anerkennen",
        "title": "Vaterschaft anerkennen",
        "audience": "citizens",
        "teaser": (
            "Sind die Eltern bei der Geburt nicht miteinander verheiratet, wird der Vater erst durch die "
            "Anerkennung der Vaterschaft rechtlicher Vater. Die Anerkennung ist schon vor der Geburt möglich."
        ),
        "full_text": (
            "<p>Ist die Mutter bei der Geburt nicht verheiratet, hat das Kind zunächst keinen rechtlichen "
            "Vater. Die Vaterschaft wird durch die Anerkennungserklärung des Mannes und die Zustimmung der "
            "Mutter begründet (§§ 1592, 1594, 1595 BGB). Beide Erklärungen müssen öffentlich beurkundet "
            "werden und können nur persönlich abgegeben werden.</p>"
            "<p>Die Beurkundung nehmen das Standesamt, das Jugendamt, ein Notar oder das Amtsgericht vor. "
            "Wird die Vaterschaft schon vor der Geburt anerkannt, trägt das Standesamt den Vater direkt bei "
            "der Beurkundung der Geburt ein.</p>"
            "<p>Mit der Anerkennung entstehen Unterhalts-, Erb- und Namensrechte des Kindes. Das gemeinsame "
            "Sorgerecht entsteht dadurch nicht automatisch, sondern erst durch Sorgeerklärungen beider "
            "Eltern oder eine gerichtliche Entscheidung.</p>"
        ),
        "prerequisites": (
            "<ul>"
            "<li>Es besteht keine Vaterschaft eines anderen Mannes, etwa des Ehemannes der Mutter.</li>"
            "<li>Die Mutter stimmt der Anerkennung zu. Steht ihr die elterliche Sorge nicht zu, ist auch die "
            "Zustimmung des Kindes erforderlich.</li>"
            "<li>Minderjährige oder beschränkt geschäftsfähige Väter benötigen die Zustimmung ihres "
            "gesetzlichen Vertreters.</li>"
            "</ul>"
        ),
        "required_documents": [
            "Gültiger Personalausweis oder Reisepass beider Elternteile",
            "Geburtsurkunde oder beglaubigter Registerausdruck von Vater und Mutter",
            "Mutterpass mit errechnetem Geburtstermin (bei Anerkennung vor der Geburt)",
            "Geburtsurkunde des Kindes (bei Anerkennung nach der Geburt)",
            "Bei geschiedener Mutter: Eheurkunde mit Auflösungsvermerk oder rechtskräftiges Scheidungsurteil",
        ],
        "fees": [],
        "deadlines": (
            "<p>Eine Frist besteht nicht; die Anerkennung ist vor und jederzeit nach der Geburt möglich. "
            "Ist die Anerkennung ein Jahr nach der Beurkundung noch nicht wirksam, etwa weil die Zustimmung "
            "der Mutter fehlt, kann der Mann sie widerrufen (§ 1597 Abs. 3 BGB).</p>"
        ),
        "processing_time": (
            "<p>Die Beurkundung erfolgt im Termin und dauert etwa 30 bis 45 Minuten. Beglaubigte Abschriften "
            "erhalten die Eltern sowie das Standesamt, das die Geburt beurkundet hat.</p>"
        ),
        "procedure": (
            "<ol>"
            "<li>Vereinbaren Sie einen Termin beim Standesamt oder Jugendamt, möglichst gemeinsam mit der Mutter.</li>"
            "<li>Legen Sie die erforderlichen Unterlagen vor.</li>"
            "<li>Vater und Mutter geben ihre Erklärungen persönlich ab; eine Vertretung ist nicht möglich.</li>"
            "<li>Die Urkundsperson beurkundet Anerkennung und Zustimmung.</li>"
            "<li>Das Geburtsstandesamt trägt den Vater in das Geburtenregister ein.</li>"
            "</ol>"
        ),
        "legal_basis": [
            {
                "title": "§ 1592 Bürgerliches Gesetzbuch (BGB)",
                "url": "https://www.gesetze-im-internet.de/bgb/__1592.html",
            },
            {
                "title": "§ 1594 Bürgerliches Gesetzbuch (BGB)",
                "url": "https://www.gesetze-im-internet.de/bgb/__1594.html",
            },
            {
                "title": "§ 1595 Bürgerliches Gesetzbuch (BGB)",
                "url": "https://www.gesetze-im-internet.de/bgb/__1595.html",
            },
            {
                "title": "§ 44 Personenstandsgesetz (PStG)",
                "url": "https://www.gesetze-im-internet.de/pstg/__44.html",
            },
            {
                "title": "§ 59 Achtes Buch Sozialgesetzbuch (SGB VIII)",
                "url": "https://www.gesetze-im-internet.de/sgb_8/__59.html",
            },
        ],
        "forms": [],
        "online_services": [],
        "further_information": (
            "<p>Für das gemeinsame Sorgerecht können Sie beim Jugendamt oder bei einem Notar Sorgeerklärungen "
            "abgeben. Das Jugendamt berät Sie kostenlos zu Unterhalt, Sorgerecht und Namensführung des Kindes.</p>"
        ),
        "notes": (
            "<p>Die Beurkundung beim Standesamt und beim Jugendamt ist gebührenfrei. Bei einem Notar fallen "
            "Notarkosten an.</p>"
        ),
        "keywords": [
            "Vaterschaftsanerkennung",
            "Vater eintragen",
            "unverheiratete Eltern",
            "pränatale Vaterschaftsanerkennung",
            "Sorgeerklärung",
            "rechtlicher Vater",
        ],
        "last_reviewed": "2025-07-08",
        "next_review": "2026-07-08",
    },
    # ------------------------------------------------------------------ 4
    {
        "leika_key": "99041001012000",
        "slug": "elterngeld-beantragen",
        "title": "Elterngeld beantragen",
        "audience": "citizens",
        "teaser": (
            "Elterngeld ersetzt einen Teil des Einkommens, das nach der Geburt wegfällt, wenn Sie Ihr Kind "
            "selbst betreuen. In Sachsen beantragen Sie es bei der Elterngeldstelle Ihres Landkreises oder "
            "Ihrer kreisfreien Stadt."
        ),
        "full_text": (
            "<p>Elterngeld erhalten Mütter und Väter, die ihr Kind nach der Geburt selbst betreuen und "
            "höchstens 32 Wochenstunden erwerbstätig sind. Es beträgt in der Regel 65 bis 67 Prozent des "
            "Nettoeinkommens vor der Geburt, mindestens 300 Euro und höchstens 1.800 Euro im Monat "
            "(Basiselterngeld).</p>"
            "<p>Basiselterngeld wird für bis zu zwölf Monate gezahlt, zuzüglich zwei Partnermonaten, wenn "
            "beide Elternteile Einkommen verlieren. ElterngeldPlus ist halb so hoch, wird aber doppelt so "
            "lange gezahlt und eignet sich besonders bei Teilzeit. Arbeiten beide Eltern gleichzeitig 24 bis "
            "32 Wochenstunden, erhalten sie zusätzlich den Partnerschaftsbonus.</p>"
            "<p>Für Kinder, die ab dem 1. April 2025 geboren sind, besteht kein Anspruch, wenn das zu "
            "versteuernde Einkommen im Kalenderjahr vor der Geburt mehr als 175.000 Euro betrug. "
            "Basiselterngeld können beide Eltern nur einen Monat gleichzeitig und nur innerhalb der ersten "
            "zwölf Lebensmonate beziehen; Ausnahmen gelten etwa bei Mehrlingen und Frühgeborenen.</p>"
        ),
        "prerequisites": (
            "<ul>"
            "<li>Wohnsitz oder gewöhnlicher Aufenthalt in Deutschland</li>"
            "<li>Sie leben mit dem Kind in einem Haushalt und betreuen und erziehen es selbst.</li>"
            "<li>Sie arbeiten im Monatsdurchschnitt nicht mehr als 32 Stunden pro Woche.</li>"
            "<li>Ihr zu versteuerndes Einkommen liegt nicht über der maßgeblichen Einkommensgrenze.</li>"
            "</ul>"
        ),
        "required_documents": [
            "Geburtsurkunde des Kindes für Elterngeld (gebührenfrei vom Standesamt)",
            "Einkommensnachweise der letzten zwölf Monate vor der Geburt, bei Selbstständigen Steuerbescheid",
            "Bescheinigung der Krankenkasse über Mutterschaftsgeld und Nachweis des Arbeitgeberzuschusses",
            "Arbeitszeitbestätigung des Arbeitgebers bei Teilzeit während des Bezugs",
            "Steuerbescheid des Kalenderjahres vor der Geburt zur Prüfung der Einkommensgrenze",
        ],
        "fees": [],
        "deadlines": (
            "<p>Elterngeld wird rückwirkend nur für die letzten drei Lebensmonate vor dem Monat gezahlt, in "
            "dem der Antrag eingegangen ist (§ 7 Abs. 1 BEEG). Stellen Sie den Antrag deshalb möglichst in "
            "den ersten drei Lebensmonaten Ihres Kindes.</p>"
        ),
        "processing_time": (
            "<p>Bei vollständigen Unterlagen dauert die Bearbeitung in der Regel vier bis acht Wochen. "
            "Fehlende Nachweise fordert die Elterngeldstelle schriftlich nach; dadurch verlängert sich die "
            "Bearbeitung.</p>"
        ),
        "procedure": (
            "<ol>"
            "<li>Planen Sie die Bezugsmonate beider Elternteile, zum Beispiel mit dem Elterngeldrechner des Bundes.</li>"
            "<li>Füllen Sie den Antrag online über ElterngeldDigital oder mit dem sächsischen Antragsformular aus.</li>"
            "<li>Reichen Sie den unterschriebenen Antrag mit Geburtsurkunde und Einkommensnachweisen bei der "
            "Elterngeldstelle ein.</li>"
            "<li>Die Elterngeldstelle prüft den Antrag und erlässt einen Bescheid.</li>"
            "<li>Das Elterngeld wird monatlich auf Ihr Konto überwiesen.</li>"
            "</ol>"
        ),
        "legal_basis": [
            {
                "title": "§ 1 Bundeselterngeld- und Elternzeitgesetz (BEEG)",
                "url": "https://www.gesetze-im-internet.de/beeg/__1.html",
            },
            {
                "title": "§ 2 Bundeselterngeld- und Elternzeitgesetz (BEEG)",
                "url": "https://www.gesetze-im-internet.de/beeg/__2.html",
            },
            {
                "title": "§ 4 Bundeselterngeld- und Elternzeitgesetz (BEEG)",
                "url": "https://www.gesetze-im-internet.de/beeg/__4.html",
            },
            {
                "title": "§ 7 Bundeselterngeld- und Elternzeitgesetz (BEEG)",
                "url": "https://www.gesetze-im-internet.de/beeg/__7.html",
            },
        ],
        "forms": [
            {
                "title": "Antrag auf Elterngeld (Freistaat Sachsen)",
                "url": "https://www.familie.sachsen.de/elterngeld.html",
            },
        ],
        "online_services": [
            {
                "title": "Elterngeld online beantragen (ElterngeldDigital)",
                "url": "https://www.elterngeld-digital.de",
            },
        ],
        "further_information": (
            "<p>Den Elterngeldrechner und ausführliche Informationen bietet das "
            '<a href="https://familienportal.de/familienportal/familienleistungen/elterngeld">Familienportal des Bundes</a>. '
            "Elternzeit müssen Sie gesondert beim Arbeitgeber verlangen, für die ersten drei Lebensjahre "
            "spätestens sieben Wochen vor Beginn.</p>"
        ),
        "notes": (
            "<p>Die Antragstellung ist kostenfrei. Elterngeld ist steuerfrei, unterliegt aber dem "
            "Progressionsvorbehalt und ist in der Steuererklärung anzugeben.</p>"
        ),
        "keywords": [
            "ElterngeldPlus",
            "Basiselterngeld",
            "Partnerschaftsbonus",
            "Elterngeldstelle",
            "Elternzeit Geld",
            "Lohnersatz nach Geburt",
        ],
        "last_reviewed": "2026-01-20",
        "next_review": "2027-01-20",
    },
    # ------------------------------------------------------------------ 5
    {
        "leika_key": "99041002012000",
        "slug": "kindergeld-beantragen",
        "title": "Kindergeld beantragen",
        "audience": "citizens",
        "teaser": (
            "Kindergeld beträgt seit Januar 2026 einheitlich 259 Euro pro Kind und Monat. Sie beantragen es "
            "schriftlich oder online bei der Familienkasse der Bundesagentur für Arbeit."
        ),
        "full_text": (
            "<p>Kindergeld erhalten Eltern für ihre Kinder grundsätzlich bis zum 18. Geburtstag. Befindet "
            "sich das Kind in Schul- oder Berufsausbildung oder im Studium, wird es bis zur Vollendung des "
            "25. Lebensjahres gezahlt; für arbeitsuchend gemeldete Kinder ohne Beschäftigung bis zum 21. "
            "Geburtstag.</p>"
            "<p>Das Kindergeld beträgt seit dem 1. Januar 2026 für jedes Kind 259 Euro im Monat. Es wird "
            "nur an eine berechtigte Person gezahlt, in der Regel an den Elternteil, in dessen Haushalt das "
            "Kind lebt. Leben beide Eltern mit dem Kind zusammen, bestimmen sie untereinander, wer das "
            "Kindergeld erhält.</p>"
            "<p>Zuständig ist nicht die Gemeinde, sondern die Familienkasse der Bundesagentur für Arbeit. "
            "Für einige Beschäftigte des öffentlichen Dienstes ist eine eigene Familienkasse zuständig.</p>"
        ),
        "prerequisites": (
            "<ul>"
            "<li>Wohnsitz oder gewöhnlicher Aufenthalt in Deutschland oder unbeschränkte Steuerpflicht</li>"
            "<li>Steuerliche Identifikationsnummern von Ihnen und Ihrem Kind</li>"
            "<li>Das Kind lebt in Ihrem Haushalt oder Sie zahlen ihm überwiegend Unterhalt.</li>"
            "<li>Bei Staatsangehörigen außerhalb von EU, EWR und Schweiz: ein berechtigender Aufenthaltstitel</li>"
            "</ul>"
        ),
        "required_documents": [
            "Antrag auf Kindergeld (Vordruck KG 1) mit Anlage Kind",
            "Steuerliche Identifikationsnummern von Ihnen und Ihrem Kind",
            "Geburtsurkunde des Kindes, sofern die Familienkasse sie anfordert",
            "Bei volljährigen Kindern: Schul-, Ausbildungs- oder Studienbescheinigung",
        ],
        "fees": [],
        "deadlines": (
            "<p>Kindergeld wird rückwirkend nur für die letzten sechs Monate vor Beginn des Monats gezahlt, "
            "in dem der Antrag bei der Familienkasse eingegangen ist (§ 66 Abs. 3 EStG). Stellen Sie den Antrag "
            "deshalb möglichst bald nach der Geburt, sobald die Steuer-Identifikationsnummer des Kindes vorliegt.</p>"
        ),
        "processing_time": (
            "<p>Vollständige Anträge werden in der Regel innerhalb von drei bis sechs Wochen bearbeitet. "
            "Online gestellte Anträge mit allen Identifikationsnummern werden häufig schneller entschieden.</p>"
        ),
        "procedure": (
            "<ol>"
            "<li>Warten Sie die Steuer-Identifikationsnummer Ihres Kindes ab, die das Bundeszentralamt für "
            "Steuern nach der Geburt automatisch zusendet.</li>"
            "<li>Stellen Sie den Antrag online oder mit dem Vordruck KG 1 und der Anlage Kind.</li>"
            "<li>Die Familienkasse prüft den Anspruch und fordert bei Bedarf weitere Nachweise an.</li>"
            "<li>Sie erhalten einen Bescheid mit Ihrer Kindergeldnummer.</li>"
            "<li>Das Kindergeld wird monatlich überwiesen; der Zahltag richtet sich nach der Endziffer der Kindergeldnummer.</li>"
            "</ol>"
        ),
        "legal_basis": [
            {
                "title": "§ 62 Einkommensteuergesetz (EStG)",
                "url": "https://www.gesetze-im-internet.de/estg/__62.html",
            },
            {
                "title": "§ 66 Einkommensteuergesetz (EStG)",
                "url": "https://www.gesetze-im-internet.de/estg/__66.html",
            },
            {
                "title": "§ 67 Einkommensteuergesetz (EStG)",
                "url": "https://www.gesetze-im-internet.de/estg/__67.html",
            },
            {
                "title": "Bundeskindergeldgesetz (BKGG)",
                "url": "https://www.gesetze-im-internet.de/bkgg_1996/",
            },
        ],
        "forms": [
            {
                "title": "Antrag auf Kindergeld (KG 1) und Anlage Kind",
                "url": "https://www.arbeitsagentur.de/familie-und-kinder/downloads-kindergeld-kinderzuschlag",
            },
        ],
        "online_services": [
            {
                "title": "Kindergeld online beantragen",
                "url": "https://www.arbeitsagentur.de/familie-und-kinder/kindergeld-beantragen",
            },
        ],
        "further_information": (
            "<p>Änderungen wie ein Umzug, das Ende der Ausbildung oder der Auszug des Kindes müssen Sie der "
            "Familienkasse unverzüglich mitteilen. Familien mit kleinem Einkommen können zusätzlich den "
            "Kinderzuschlag beantragen.</p>"
        ),
        "notes": (
            "<p>Der Antrag ist kostenfrei. Die Familienkasse ist über die gebührenfreie Servicenummer "
            "0800 4 5555 30 erreichbar.</p>"
        ),
        "keywords": [
            "Kindergeldantrag",
            "Familienkasse",
            "KG 1",
            "Anlage Kind",
            "Kindergeld Geburt",
            "Kinderfreibetrag",
        ],
        "last_reviewed": "2026-01-12",
        "next_review": "2027-01-12",
    },
    # ------------------------------------------------------------------ 6
    {
        "leika_key": "99041003012000",
        "slug": "kita-platz-beantragen",
        "title": "Betreuungsplatz in Kita oder Kindertagespflege beantragen",
        "audience": "citizens",
        "teaser": (
            "Kinder haben vom vollendeten ersten Lebensjahr bis zum Schuleintritt einen Rechtsanspruch auf "
            "frühkindliche Förderung. Melden Sie den Bedarf in der Regel sechs Monate im Voraus bei Ihrer "
            "Wohnsitzgemeinde an."
        ),
        "full_text": (
            "<p>Jedes Kind hat vom vollendeten ersten Lebensjahr bis zum Schuleintritt einen Rechtsanspruch "
            "auf Förderung in einer Kindertageseinrichtung oder in Kindertagespflege (§ 24 SGB VIII). In "
            "Sachsen wird dieser Anspruch durch das Gesetz über Kindertageseinrichtungen (SächsKitaG) "
            "ausgestaltet; im Rahmen freier Plätze haben Sie ein Wunsch- und Wahlrecht zwischen Einrichtungen "
            "und Trägern.</p>"
            "<p>Der Betreuungsbedarf ist in der Regel sechs Monate vor dem gewünschten Beginn bei der "
            "Wohnsitzgemeinde oder der gewünschten Einrichtung anzumelden (§ 4 SächsKitaG). Viele Städte "
            "und Gemeinden nutzen dafür ein zentrales Online-Vormerksystem.</p>"
            "<p>Für die Betreuung werden Elternbeiträge erhoben, die sich nach § 15 SächsKitaG richten und "
            "von Gemeinde und Träger festgelegt werden. Für Alleinerziehende und Geschwisterkinder gelten "
            "Ermäßigungen; bei geringem Einkommen kann das Jugendamt den Beitrag ganz oder teilweise übernehmen.</p>"
        ),
        "prerequisites": (
            "<ul>"
            "<li>Das Kind ist in der Gemeinde mit Hauptwohnsitz gemeldet; für einen Platz in einer anderen "
            "Gemeinde ist die Zustimmung der Wohnsitzgemeinde nötig.</li>"
            "<li>Nachweis eines ausreichenden Masernschutzes</li>"
            "<li>Ärztliche Bescheinigung über den Gesundheitszustand vor der Aufnahme</li>"
            "</ul>"
        ),
        "required_documents": [
            "Anmeldung bzw. Vormerkung mit gewünschtem Betreuungsbeginn und Betreuungsumfang",
            "Geburtsurkunde oder Meldebescheinigung des Kindes",
            "Nachweis über den Masernschutz (Impfausweis oder ärztliches Zeugnis)",
            "Ärztliche Bescheinigung zur Aufnahme in die Kindertageseinrichtung",
            "Nachweis über eine ärztliche Impfberatung",
            "Gegebenenfalls Einkommensnachweise für eine Beitragsermäßigung",
        ],
        "fees": [
            {
                "description": "Elternbeitrag Krippe, 9 Stunden täglich (monatlich, je nach Gemeinde)",
                "amount": 230.0,
                "amount_max": 330.0,
                "currency": "EUR",
            },
            {
                "description": "Elternbeitrag Kindergarten, 9 Stunden täglich (monatlich, je nach Gemeinde)",
                "amount": 130.0,
                "amount_max": 220.0,
                "currency": "EUR",
            },
            {
                "description": "Verpflegungskosten (nach Vereinbarung mit dem Träger)",
                "amount": None,
                "amount_max": None,
                "currency": "EUR",
            },
        ],
        "deadlines": (
            "<p>Der Bedarf soll in der Regel sechs Monate vor dem gewünschten Betreuungsbeginn angemeldet "
            "werden; der Anspruch auf einen Platz entsteht grundsätzlich erst nach Ablauf dieser Frist. "
            "Bei kurzfristigem Bedarf, etwa nach einem Zuzug, bemühen sich Gemeinde und Jugendamt um eine "
            "schnelle Lösung.</p>"
        ),
        "processing_time": (
            "<p>Die Plätze werden je nach Gemeinde laufend oder zu festen Stichtagen vergeben. Eine Zusage "
            "erhalten Sie in der Regel zwei bis vier Monate vor dem gewünschten Betreuungsbeginn.</p>"
        ),
        "procedure": (
            "<ol>"
            "<li>Informieren Sie sich über Kitas und Kindertagespflegepersonen in Ihrer Gemeinde.</li>"
            "<li>Melden Sie den Bedarf über das Vormerksystem der Gemeinde oder direkt bei der Wunscheinrichtung an.</li>"
            "<li>Gemeinde bzw. Träger vergeben die Plätze und teilen Ihnen das Ergebnis mit.</li>"
            "<li>Sie schließen den Betreuungsvertrag mit dem Träger und legen die Gesundheitsnachweise vor.</li>"
            "<li>Die Eingewöhnung beginnt nach Absprache mit der Einrichtung.</li>"
            "</ol>"
        ),
        "legal_basis": [
            {
                "title": "§ 24 Achtes Buch Sozialgesetzbuch (SGB VIII)",
                "url": "https://www.gesetze-im-internet.de/sgb_8/__24.html",
            },
            {
                "title": "§ 4 Sächsisches Gesetz über Kindertageseinrichtungen (SächsKitaG)",
                "url": "https://www.revosax.sachsen.de/vorschrift/1079",
            },
            {
                "title": "§ 15 Sächsisches Gesetz über Kindertageseinrichtungen (SächsKitaG)",
                "url": "https://www.revosax.sachsen.de/vorschrift/1079",
            },
            {
                "title": "§ 20 Infektionsschutzgesetz (IfSG)",
                "url": "https://www.gesetze-im-internet.de/ifsg/__20.html",
            },
        ],
        "forms": [],
        "online_services": [
            {
                "title": "Betreuungsplatz online vormerken",
                "url": "https://amt24.sachsen.de/zufi/leistungen/6001527",
            },
        ],
        "further_information": (
            "<p>Informationen zum Sächsischen Bildungsplan, zur Kindertagespflege und zu den "
            'Rechtsgrundlagen finden Sie auf <a href="https://www.kita.sachsen.de">kita.sachsen.de</a>. '
            "Für Schulkinder ist ein Hortplatz gesondert anzumelden.</p>"
        ),
        "notes": (
            "<p>Die Anmeldung selbst ist kostenfrei. Wird Ihnen trotz rechtzeitiger Anmeldung kein Platz "
            "nachgewiesen, wenden Sie sich an das Jugendamt Ihres Landkreises oder Ihrer kreisfreien Stadt; "
            "es ist für die Erfüllung des Rechtsanspruchs verantwortlich.</p>"
        ),
        "keywords": [
            "Kindergarten",
            "Krippenplatz",
            "Tagesmutter",
            "Kindertagespflege",
            "Kita-Anmeldung",
            "Kinderbetreuung",
            "Elternbeitrag",
        ],
        "last_reviewed": "2025-11-03",
        "next_review": "2026-12-15",
    },
    # ------------------------------------------------------------------ 7
    {
        "leika_key": "99115010001000",
        "slug": "eheschliessung-anmelden",
        "title": "Eheschließung anmelden",
        "audience": "citizens",
        "teaser": (
            "Wer heiraten möchte, muss die Eheschließung vorher beim Standesamt anmelden. Zuständig ist das "
            "Standesamt am Wohnsitz eines der Verlobten; heiraten können Sie danach vor jedem deutschen Standesamt."
        ),
        "full_text": (
            "<p>Vor der Eheschließung prüft das Standesamt, ob die Ehe geschlossen werden darf (§§ 12, 13 PStG). "
            "Zuständig für die Anmeldung ist das Standesamt, in dessen Bezirk einer der Verlobten seinen "
            "Wohnsitz oder gewöhnlichen Aufenthalt hat. Die Trauung kann anschließend vor jedem Standesamt "
            "in Deutschland stattfinden.</p>"
            "<p>Heiraten kann, wer volljährig ist (§ 1303 BGB). Eine Ehe darf nicht geschlossen werden, wenn "
            "einer der Verlobten bereits verheiratet ist oder in einer eingetragenen Lebenspartnerschaft "
            "lebt oder wenn die Verlobten in gerader Linie verwandt oder Geschwister sind.</p>"
            "<p>Bei der Anmeldung können Sie bereits erklären, welchen Ehenamen Sie künftig führen möchten. "
            "Sind ausländische Staatsangehörige beteiligt, ist in der Regel ein Ehefähigkeitszeugnis des "
            "Heimatstaates oder eine Befreiung durch das Oberlandesgericht erforderlich.</p>"
        ),
        "prerequisites": (
            "<ul>"
            "<li>Beide Verlobten sind volljährig und geschäftsfähig.</li>"
            "<li>Keiner der Verlobten ist bereits verheiratet oder verpartnert.</li>"
            "<li>Es besteht kein Eheverbot wegen Verwandtschaft (§ 1307 BGB).</li>"
            "<li>Mindestens einer der Verlobten wohnt im Bezirk des Standesamtes.</li>"
            "</ul>"
        ),
        "required_documents": [
            "Gültiger Personalausweis oder Reisepass beider Verlobten",
            "Beglaubigter Ausdruck aus dem Geburtenregister (in der Regel nicht älter als sechs Monate)",
            "Erweiterte Meldebescheinigung, wenn der Wohnsitz außerhalb des Standesamtsbezirks liegt",
            "Bei Vorehe: Eheurkunde mit Auflösungsvermerk, rechtskräftiges Scheidungsurteil oder Sterbeurkunde",
            "Bei gemeinsamen Kindern: Geburtsurkunden der Kinder",
            "Bei ausländischen Staatsangehörigen: Ehefähigkeitszeugnis und Urkunden mit beglaubigter Übersetzung",
        ],
        "fees": [
            {
                "description": "Prüfung der Ehevoraussetzungen ohne Auslandsbezug",
                "amount": 60.0,
                "amount_max": None,
                "currency": "EUR",
            },
            {
                "description": "Prüfung der Ehevoraussetzungen mit Anwendung ausländischen Rechts",
                "amount": 90.0,
                "amount_max": 120.0,
                "currency": "EUR",
            },
            {
                "description": "Trauung außerhalb der Öffnungszeiten oder an einem besonderen Trauort",
                "amount": 20.0,
                "amount_max": 120.0,
                "currency": "EUR",
            },
            {
                "description": "Eheurkunde",
                "amount": 12.0,
                "amount_max": None,
                "currency": "EUR",
            },
        ],
        "deadlines": (
            "<p>Die Anmeldung ist frühestens sechs Monate vor dem geplanten Trautermin sinnvoll. Wird die Ehe "
            "nicht innerhalb von sechs Monaten nach der Mitteilung des Standesamtes geschlossen, müssen die "
            "Ehevoraussetzungen erneut geprüft werden (§ 13 PStG).</p>"
        ),
        "processing_time": (
            "<p>Bei rein deutschen Sachverhalten wird die Anmeldung meist im Termin abschließend geprüft. "
            "Ist ausländisches Recht zu beachten oder eine Befreiung vom Ehefähigkeitszeugnis nötig, kann "
            "die Prüfung mehrere Wochen bis Monate dauern.</p>"
        ),
        "procedure": (
            "<ol>"
            "<li>Vereinbaren Sie einen Termin beim Standesamt Ihres Wohnsitzes und erfragen Sie die im "
            "Einzelfall benötigten Unterlagen.</li>"
            "<li>Erscheinen Sie möglichst gemeinsam; ist ein Verlobter verhindert, genügt eine schriftliche "
            "Beitrittserklärung.</li>"
            "<li>Das Standesamt prüft die Ehevoraussetzungen und nimmt Ihre Erklärungen zur Namensführung auf.</li>"
            "<li>Sie vereinbaren den Trautermin beim Standesamt Ihrer Wahl.</li>"
            "<li>Die Trauung findet vor der Standesbeamtin oder dem Standesbeamten statt; Trauzeugen sind freiwillig.</li>"
            "</ol>"
        ),
        "legal_basis": [
            {
                "title": "§ 12 Personenstandsgesetz (PStG)",
                "url": "https://www.gesetze-im-internet.de/pstg/__12.html",
            },
            {
                "title": "§ 13 Personenstandsgesetz (PStG)",
                "url": "https://www.gesetze-im-internet.de/pstg/__13.html",
            },
            {
                "title": "§ 1303 Bürgerliches Gesetzbuch (BGB)",
                "url": "https://www.gesetze-im-internet.de/bgb/__1303.html",
            },
            {
                "title": "§ 1310 Bürgerliches Gesetzbuch (BGB)",
                "url": "https://www.gesetze-im-internet.de/bgb/__1310.html",
            },
        ],
        "forms": [
            {
                "title": "Beitrittserklärung zur Anmeldung der Eheschließung",
                "url": "https://amt24.sachsen.de/zufi/leistungen/6000904",
            },
        ],
        "online_services": [],
        "further_information": (
            "<p>Viele sächsische Standesämter bieten Trauungen an besonderen Orten an, etwa in Schlössern, "
            "Burgen oder historischen Rathaussälen. Informieren Sie sich frühzeitig über Trauorte und freie Termine.</p>"
        ),
        "notes": (
            "<p>Die genaue Höhe der Gebühren richtet sich nach dem Gebührenverzeichnis des jeweiligen "
            "Standesamtes. Für Trauungen außerhalb der Öffnungszeiten oder an besonderen Orten werden "
            "Zuschläge erhoben.</p>"
        ),
        "keywords": [
            "Heiraten",
            "Hochzeit",
            "Trauung",
            "Aufgebot",
            "standesamtliche Trauung",
            "Ehefähigkeitszeugnis",
        ],
        "last_reviewed": "2026-04-22",
        "next_review": "2027-04-22",
    },
    # ------------------------------------------------------------------ 8
    {
        "leika_key": "99115011001000",
        "slug": "eheurkunde-beantragen",
        "title": "Eheurkunde beantragen",
        "audience": "citizens",
        "teaser": (
            "Die Eheurkunde weist die Eheschließung, die Namen der Ehegatten und den Ehenamen nach. Sie "
            "erhalten sie beim Standesamt, vor dem die Ehe geschlossen wurde."
        ),
        "full_text": (
            "<p>Die Eheurkunde ist eine Personenstandsurkunde nach § 57 PStG. Sie enthält die Vor- und "
            "Familiennamen der Ehegatten zum Zeitpunkt der Eheschließung, Ort und Tag der Eheschließung "
            "sowie die nach der Eheschließung geführten Namen.</p>"
            "<p>Zuständig ist das Standesamt, das die Ehe beurkundet hat. Da Sachsen kein zentrales "
            "Personenstandsregister führt, kann die Urkunde nicht bei einem beliebigen Standesamt "
            "ausgestellt werden. Eheregister werden 80 Jahre im Standesamt fortgeführt.</p>"
            "<p>Neben der Eheurkunde ist ein beglaubigter Registerausdruck erhältlich, der auch spätere "
            "Änderungen wie eine Scheidung oder Namensänderung enthält. Für Behörden im Ausland wird auf "
            "Wunsch eine mehrsprachige Urkunde ausgestellt.</p>"
        ),
        "prerequisites": (
            "<p>Eine Eheurkunde erhalten die Ehegatten selbst sowie deren Vorfahren und Abkömmlinge "
            "(§ 62 PStG). Andere Personen müssen ein rechtliches Interesse glaubhaft machen oder eine "
            "Vollmacht vorlegen. Antragsberechtigt sind Personen ab 16 Jahren.</p>"
        ),
        "required_documents": [
            "Gültiger Personalausweis oder Reisepass",
            "Angaben zu Ort und Datum der Eheschließung sowie den Namen der Ehegatten",
            "Bei Vertretung: schriftliche Vollmacht und Ausweiskopie der berechtigten Person",
            "Bei Dritten: Nachweis des rechtlichen Interesses",
        ],
        "fees": [
            {
                "description": "Eheurkunde",
                "amount": 12.0,
                "amount_max": None,
                "currency": "EUR",
            },
            {
                "description": "jede weitere Ausfertigung",
                "amount": 6.0,
                "amount_max": None,
                "currency": "EUR",
            },
        ],
        "deadlines": "",
        "processing_time": (
            "<p>Bei persönlicher Vorsprache erhalten Sie die Urkunde meist sofort. Schriftliche und "
            "Online-Anträge werden in der Regel innerhalb von ein bis drei Wochen bearbeitet.</p>"
        ),
        "procedure": (
            "<ol>"
            "<li>Wenden Sie sich an das Standesamt des Eheschließungsortes.</li>"
            "<li>Stellen Sie den Antrag persönlich, schriftlich oder online über Amt24.</li>"
            "<li>Das Standesamt prüft Ihre Berechtigung und erstellt die Urkunde.</li>"
            "<li>Nach Zahlung der Gebühr erhalten Sie die Urkunde vor Ort oder per Post.</li>"
            "</ol>"
        ),
        "legal_basis": [
            {
                "title": "§ 55 Personenstandsgesetz (PStG)",
                "url": "https://www.gesetze-im-internet.de/pstg/__55.html",
            },
            {
                "title": "§ 57 Personenstandsgesetz (PStG)",
                "url": "https://www.gesetze-im-internet.de/pstg/__57.html",
            },
            {
                "title": "§ 62 Personenstandsgesetz (PStG)",
                "url": "https://www.gesetze-im-internet.de/pstg/__62.html",
            },
        ],
        "forms": [],
        "online_services": [
            {
                "title": "Eheurkunde online beantragen",
                "url": "https://amt24.sachsen.de/zufi/leistungen/6000900",
            },
        ],
        "further_information": (
            "<p>Im Ausland geschlossene Ehen können auf Antrag im deutschen Eheregister nachbeurkundet "
            "werden (§ 34 PStG). Erst danach kann ein deutsches Standesamt eine Eheurkunde ausstellen.</p>"
        ),
        "notes": (
            "<p>Für Zwecke der gesetzlichen Rentenversicherung und anderer Sozialleistungen werden Urkunden "
            "gebührenfrei ausgestellt. Bitte legen Sie dazu die Anforderung des Leistungsträgers vor.</p>"
        ),
        "keywords": [
            "Heiratsurkunde",
            "Trauschein",
            "Heiratsnachweis",
            "Eheregister",
            "internationale Heiratsurkunde",
        ],
        "last_reviewed": "2026-03-14",
        "next_review": "2027-03-14",
    },
    # ------------------------------------------------------------------ 9
    {
        "leika_key": "99115012001000",
        "slug": "ehenamen-bestimmen",
        "title": "Ehenamen bestimmen",
        "audience": "citizens",
        "teaser": (
            "Ehegatten können einen gemeinsamen Familiennamen als Ehenamen bestimmen, bei der Eheschließung "
            "oder später. Seit dem 1. Mai 2025 ist auch ein aus beiden Namen gebildeter Doppelname möglich."
        ),
        "full_text": (
            "<p>Ehegatten sollen einen gemeinsamen Familiennamen (Ehenamen) bestimmen (§ 1355 BGB). Zum "
            "Ehenamen kann der Geburtsname oder der bei der Erklärung geführte Name eines Ehegatten gewählt "
            "werden. Seit dem 1. Mai 2025 können Ehegatten außerdem einen aus ihren beiden Namen gebildeten "
            "Doppelnamen zum Ehenamen bestimmen.</p>"
            "<p>Der Ehegatte, dessen Name nicht Ehename wird, kann seinen Geburtsnamen oder bisherigen Namen "
            "als Begleitnamen voranstellen oder anfügen. Bestimmen die Ehegatten keinen Ehenamen, führen "
            "beide ihren bisherigen Namen weiter.</p>"
            "<p>Die Erklärung kann bei der Anmeldung der Eheschließung, bei der Trauung oder später "
            "abgegeben werden. Eine nachträgliche Erklärung muss öffentlich beglaubigt werden; dies "
            "übernimmt das Standesamt (§ 41 PStG).</p>"
        ),
        "prerequisites": (
            "<ul>"
            "<li>Sie sind miteinander verheiratet oder haben die Eheschließung angemeldet.</li>"
            "<li>Es wurde noch kein Ehename bestimmt; eine getroffene Bestimmung kann nur in gesetzlich "
            "geregelten Ausnahmefällen geändert werden.</li>"
            "<li>Beide Ehegatten geben die Erklärung gemeinsam ab.</li>"
            "</ul>"
        ),
        "required_documents": [
            "Gültige Personalausweise oder Reisepässe beider Ehegatten",
            "Eheurkunde oder beglaubigter Ausdruck aus dem Eheregister",
            "Geburtsurkunden beider Ehegatten",
            "Bei ausländischen Staatsangehörigen: Nachweis der Staatsangehörigkeit, ggf. mit Übersetzung",
        ],
        "fees": [
            {
                "description": "Beglaubigung oder Beurkundung einer nachträglichen Erklärung zum Ehenamen",
                "amount": 30.0,
                "amount_max": None,
                "currency": "EUR",
            },
            {
                "description": "Bescheinigung über die Namensführung",
                "amount": 12.0,
                "amount_max": None,
                "currency": "EUR",
            },
        ],
        "deadlines": (
            "<p>Für die nachträgliche Bestimmung eines Ehenamens gilt keine Frist. Beachten Sie, dass sich die "
            "Namensänderung auf gemeinsame Kinder auswirken kann; Kinder ab fünf Jahren müssen sich der "
            "Änderung anschließen (§ 1617c BGB).</p>"
        ),
        "processing_time": (
            "<p>Die Erklärung wird im Termin beglaubigt. Die Eintragung im Eheregister und die Mitteilung an "
            "die Meldebehörde erfolgen in der Regel innerhalb von zwei bis vier Wochen.</p>"
        ),
        "procedure": (
            "<ol>"
            "<li>Vereinbaren Sie einen gemeinsamen Termin beim Standesamt.</li>"
            "<li>Geben Sie die Erklärung zur Bestimmung des Ehenamens gemeinsam ab.</li>"
            "<li>Das Standesamt beglaubigt die Erklärung und veranlasst die Eintragung im Eheregister.</li>"
            "<li>Sie erhalten auf Wunsch eine Bescheinigung über die Namensführung.</li>"
            "<li>Beantragen Sie neue Ausweisdokumente und informieren Sie Arbeitgeber, Banken und Versicherungen.</li>"
            "</ol>"
        ),
        "legal_basis": [
            {
                "title": "§ 1355 Bürgerliches Gesetzbuch (BGB)",
                "url": "https://www.gesetze-im-internet.de/bgb/__1355.html",
            },
            {
                "title": "§ 41 Personenstandsgesetz (PStG)",
                "url": "https://www.gesetze-im-internet.de/pstg/__41.html",
            },
        ],
        "forms": [],
        "online_services": [],
        "further_information": (
            "<p>Nach der Namensänderung sind die Angaben in Ihrem Personalausweis und Reisepass nicht mehr "
            "zutreffend; beantragen Sie deshalb zeitnah neue Dokumente. Die Meldebehörde wird vom Standesamt "
            "automatisch informiert.</p>"
        ),
        "notes": (
            "<p>Wird der Ehename bereits bei der Anmeldung der Eheschließung bestimmt, fallen keine "
            "gesonderten Gebühren an. Gebührenpflichtig ist nur die nachträgliche Erklärung.</p>"
        ),
        "keywords": [
            "Ehename",
            "Namensänderung Heirat",
            "Doppelname",
            "Begleitname",
            "Familienname Ehe",
            "Nachname ändern",
        ],
        "last_reviewed": "2025-10-06",
        "next_review": "2026-12-07",
    },
    # ------------------------------------------------------------------ 10
    {
        "leika_key": "99115020001000",
        "slug": "sterbefall-beurkunden",
        "title": "Sterbefall beurkunden lassen",
        "audience": "citizens",
        "teaser": (
            "Ein Sterbefall muss spätestens am dritten Werktag nach dem Tod dem Standesamt des Sterbeortes "
            "angezeigt werden. Meist übernimmt das beauftragte Bestattungsunternehmen die Anzeige."
        ),
        "full_text": (
            "<p>Der Tod eines Menschen ist dem Standesamt, in dessen Bezirk er gestorben ist, spätestens am "
            "dritten auf den Tod folgenden Werktag anzuzeigen (§ 28 PStG). Zur Anzeige verpflichtet sind "
            "insbesondere Personen, die mit dem Verstorbenen in häuslicher Gemeinschaft gelebt haben "
            "(§ 29 PStG). Bei Sterbefällen in Krankenhäusern, Pflegeheimen und ähnlichen Einrichtungen "
            "zeigt die Einrichtung den Tod an (§ 30 PStG).</p>"
            "<p>In der Praxis übernehmen meist Bestattungsunternehmen im Auftrag der Angehörigen die Anzeige "
            "und legen die Unterlagen vor. Das Standesamt trägt den Sterbefall in das Sterberegister ein und "
            "stellt die Sterbeurkunden aus.</p>"
            "<p>Die Sterbeurkunde wird für die Bestattung, für Renten- und Versicherungsleistungen sowie für "
            "das Nachlassverfahren benötigt. Das Standesamt unterrichtet unter anderem die Meldebehörde und "
            "das Nachlassgericht.</p>"
        ),
        "prerequisites": (
            "<ul>"
            "<li>Der Tod ist im Bezirk des Standesamtes eingetreten.</li>"
            "<li>Eine ärztliche Todesbescheinigung liegt vor.</li>"
            "<li>Die Anzeige erfolgt durch eine anzeigepflichtige Person, die Einrichtung oder ein "
            "bevollmächtigtes Bestattungsunternehmen.</li>"
            "</ul>"
        ),
        "required_documents": [
            "Todesbescheinigung (nichtvertraulicher Teil) der Ärztin oder des Arztes",
            "Personalausweis oder Reisepass der verstorbenen Person",
            "Bei Ledigen: Geburtsurkunde der verstorbenen Person",
            "Bei Verheirateten: Eheurkunde, bei Verwitweten zusätzlich Sterbeurkunde des Ehegatten",
            "Bei Geschiedenen: Eheurkunde und rechtskräftiges Scheidungsurteil",
            "Ausweis der anzeigenden Person bzw. Vollmacht für das Bestattungsunternehmen",
        ],
        "fees": [
            {
                "description": "Sterbeurkunde",
                "amount": 12.0,
                "amount_max": None,
                "currency": "EUR",
            },
            {
                "description": "jede weitere Ausfertigung",
                "amount": 6.0,
                "amount_max": None,
                "currency": "EUR",
            },
        ],
        "deadlines": (
            "<p>Der Sterbefall muss spätestens am dritten auf den Tod folgenden Werktag angezeigt werden. "
            "Die Bestattung setzt in der Regel die vorherige Beurkundung des Sterbefalls voraus.</p>"
        ),
        "processing_time": (
            "<p>Liegen alle Unterlagen vor, wird der Sterbefall in der Regel innerhalb von ein bis drei "
            "Werktagen beurkundet. Fehlende oder ausländische Personenstandsurkunden können die Beurkundung "
            "verzögern.</p>"
        ),
        "procedure": (
            "<ol>"
            "<li>Lassen Sie den Tod ärztlich feststellen und die Todesbescheinigung ausstellen.</li>"
            "<li>Beauftragen Sie ein Bestattungsunternehmen und erteilen Sie eine Vollmacht für die Anzeige.</li>"
            "<li>Die Unterlagen werden dem Standesamt des Sterbeortes vorgelegt.</li>"
            "<li>Das Standesamt beurkundet den Sterbefall im Sterberegister.</li>"
            "<li>Sie oder das Bestattungsunternehmen erhalten die Sterbeurkunden.</li>"
            "</ol>"
        ),
        "legal_basis": [
            {
                "title": "§ 28 Personenstandsgesetz (PStG)",
                "url": "https://www.gesetze-im-internet.de/pstg/__28.html",
            },
            {
                "title": "§ 29 Personenstandsgesetz (PStG)",
                "url": "https://www.gesetze-im-internet.de/pstg/__29.html",
            },
            {
                "title": "§ 30 Personenstandsgesetz (PStG)",
                "url": "https://www.gesetze-im-internet.de/pstg/__30.html",
            },
            {
                "title": "§ 60 Personenstandsgesetz (PStG)",
                "url": "https://www.gesetze-im-internet.de/pstg/__60.html",
            },
        ],
        "forms": [],
        "online_services": [],
        "further_information": (
            "<p>Hinterbliebene Ehegatten können innerhalb von 30 Tagen nach dem Tod beim Renten Service der "
            "Deutschen Post einen Vorschuss auf die Witwen- oder Witwerrente beantragen. Informieren Sie "
            "außerdem Krankenkasse, Banken, Versicherungen und Vermieter.</p>"
        ),
        "notes": (
            "<p>Die Beurkundung des Sterbefalls ist gebührenfrei. Sterbeurkunden für die Rentenversicherung "
            "und andere Sozialleistungsträger werden kostenlos ausgestellt.</p>"
        ),
        "keywords": [
            "Todesfall melden",
            "Sterbefallanzeige",
            "Tod anzeigen",
            "Todesbescheinigung",
            "Sterberegister",
            "Bestattung",
        ],
        "last_reviewed": "2026-05-11",
        "next_review": "2027-05-11",
    },
    # ------------------------------------------------------------------ 11
    {
        "leika_key": "99115021001000",
        "slug": "sterbeurkunde-beantragen",
        "title": "Sterbeurkunde beantragen",
        "audience": "citizens",
        "teaser": (
            "Die Sterbeurkunde weist den Tod einer Person mit Ort und Zeitpunkt nach. Sie erhalten sie beim "
            "Standesamt, in dessen Bezirk der Sterbefall beurkundet wurde."
        ),
        "full_text": (
            "<p>Die Sterbeurkunde ist eine Personenstandsurkunde nach § 60 PStG. Sie enthält Vor- und "
            "Familiennamen der verstorbenen Person, Ort und Zeitpunkt des Todes, Geburtstag und Geburtsort "
            "sowie Angaben zum Familienstand.</p>"
            "<p>Sie wird unter anderem für Rentenanträge, Lebensversicherungen, Banken, das Grundbuchamt und "
            "das Nachlassgericht benötigt. Zuständig ist das Standesamt des Sterbeortes; das Sterberegister "
            "wird dort 30 Jahre fortgeführt.</p>"
            "<p>Bei der Beurkundung des Sterbefalls erhalten Angehörige oder das Bestattungsunternehmen in der "
            "Regel bereits mehrere Urkunden. Weitere Ausfertigungen können Sie jederzeit nachbestellen.</p>"
        ),
        "prerequisites": (
            "<p>Sterbeurkunden erhalten Ehegatten, Lebenspartner, Vorfahren und Abkömmlinge der verstorbenen "
            "Person (§ 62 PStG). Geschwister müssen ein berechtigtes Interesse, andere Personen wie Erben oder "
            "Nachlasspfleger ein rechtliches Interesse glaubhaft machen.</p>"
        ),
        "required_documents": [
            "Gültiger Personalausweis oder Reisepass",
            "Angaben zu Name, Sterbedatum und Sterbeort der verstorbenen Person",
            "Bei Vertretung: schriftliche Vollmacht",
            "Bei Dritten: Nachweis des rechtlichen Interesses, z. B. Schreiben des Nachlassgerichts",
        ],
        "fees": [
            {
                "description": "Sterbeurkunde",
                "amount": 12.0,
                "amount_max": None,
                "currency": "EUR",
            },
            {
                "description": "jede weitere Ausfertigung",
                "amount": 6.0,
                "amount_max": None,
                "currency": "EUR",
            },
        ],
        "deadlines": "",
        "processing_time": (
            "<p>Bei persönlicher Vorsprache wird die Urkunde in der Regel sofort ausgestellt. Schriftliche "
            "und Online-Anträge werden meist innerhalb von ein bis drei Wochen bearbeitet.</p>"
        ),
        "procedure": (
            "<ol>"
            "<li>Wenden Sie sich an das Standesamt des Sterbeortes.</li>"
            "<li>Stellen Sie den Antrag persönlich, schriftlich oder online über Amt24.</li>"
            "<li>Das Standesamt prüft Ihre Berechtigung.</li>"
            "<li>Nach Zahlung der Gebühr erhalten Sie die Urkunde vor Ort oder per Post.</li>"
            "</ol>"
        ),
        "legal_basis": [
            {
                "title": "§ 55 Personenstandsgesetz (PStG)",
                "url": "https://www.gesetze-im-internet.de/pstg/__55.html",
            },
            {
                "title": "§ 60 Personenstandsgesetz (PStG)",
                "url": "https://www.gesetze-im-internet.de/pstg/__60.html",
            },
            {
                "title": "§ 62 Personenstandsgesetz (PStG)",
                "url": "https://www.gesetze-im-internet.de/pstg/__62.html",
            },
        ],
        "forms": [],
        "online_services": [
            {
                "title": "Sterbeurkunde online beantragen",
                "url": "https://amt24.sachsen.de/zufi/leistungen/6000902",
            },
        ],
        "further_information": (
            "<p>Nach Ablauf der Fortführungsfrist von 30 Jahren werden Sterberegister an das zuständige "
            "Stadt- oder Kreisarchiv abgegeben. Ältere Urkunden erhalten Sie dann dort.</p>"
        ),
        "notes": (
            "<p>Für Zwecke der Renten- und Unfallversicherung sowie anderer Sozialleistungen wird die Urkunde "
            "gebührenfrei ausgestellt (§ 64 SGB X). Geben Sie den Verwendungszweck bei der Antragstellung an.</p>"
        ),
        "keywords": [
            "Todesurkunde",
            "Totenschein",
            "Sterbenachweis",
            "Sterberegister",
            "Urkunde Todesfall",
        ],
        "last_reviewed": "2026-05-11",
        "next_review": "2027-05-11",
    },
    # ------------------------------------------------------------------ 12
    {
        "leika_key": "99060001003000",
        "slug": "erbschein-beantragen",
        "title": "Erbschein beantragen",
        "audience": "citizens",
        "teaser": (
            "Der Erbschein weist nach, wer Erbe geworden ist und wie groß der Erbteil ist. Sie beantragen ihn "
            "beim Nachlassgericht oder über einen Notar."
        ),
        "full_text": (
            "<p>Der Erbschein ist ein amtliches Zeugnis des Nachlassgerichts über das Erbrecht (§ 2353 BGB). "
            "Banken, Grundbuchamt oder Versicherungen verlangen ihn häufig, wenn kein notarielles Testament "
            "oder kein notarieller Erbvertrag mit Eröffnungsniederschrift vorliegt.</p>"
            "<p>Zuständig ist das Amtsgericht als Nachlassgericht, in dessen Bezirk die verstorbene Person "
            "zuletzt ihren gewöhnlichen Aufenthalt hatte (§ 343 FamFG). Den Antrag können Sie dort oder bei "
            "jedem Notar stellen. Die Richtigkeit Ihrer Angaben müssen Sie in der Regel an Eides statt "
            "versichern (§ 352 FamFG).</p>"
            "<p>Bei Erbfällen mit Bezug zu einem anderen EU-Mitgliedstaat kann statt oder neben dem Erbschein "
            "ein Europäisches Nachlasszeugnis beantragt werden.</p>"
        ),
        "prerequisites": (
            "<ul>"
            "<li>Sie sind gesetzlicher oder testamentarischer Erbe, Miterbe oder sonst antragsberechtigt, "
            "zum Beispiel als Testamentsvollstrecker.</li>"
            "<li>Die Erbschaft wurde nicht ausgeschlagen.</li>"
            "<li>Die Erbfolge kann durch Urkunden nachgewiesen werden.</li>"
            "</ul>"
        ),
        "required_documents": [
            "Gültiger Personalausweis oder Reisepass",
            "Sterbeurkunde der verstorbenen Person",
            "Personenstandsurkunden zum Nachweis der Verwandtschaft, z. B. Geburts- und Eheurkunden",
            "Testament oder Erbvertrag bzw. Eröffnungsniederschrift, sofern vorhanden",
            "Angaben zum Wert des Nachlasses (Vermögensaufstellung)",
        ],
        "fees": [
            {
                "description": "Verfahrensgebühr für den Erbschein (1,0-Gebühr nach Tabelle B GNotKG, abhängig vom Nachlasswert)",
                "amount": None,
                "amount_max": None,
                "currency": "EUR",
            },
            {
                "description": "Abnahme der eidesstattlichen Versicherung (1,0-Gebühr nach Tabelle B GNotKG)",
                "amount": None,
                "amount_max": None,
                "currency": "EUR",
            },
        ],
        "deadlines": (
            "<p>Für den Antrag gilt keine Frist. Beachten Sie aber die Frist zur Ausschlagung der Erbschaft von "
            "sechs Wochen ab Kenntnis vom Erbfall (§ 1944 BGB); mit dem Erbscheinsantrag nehmen Sie die "
            "Erbschaft in der Regel an.</p>"
        ),
        "processing_time": (
            "<p>Die Bearbeitung dauert je nach Nachlassgericht und Fallgestaltung einige Wochen bis mehrere "
            "Monate. Müssen weitere Beteiligte angehört oder Urkunden beschafft werden, verlängert sich das "
            "Verfahren.</p>"
        ),
        "procedure": (
            "<ol>"
            "<li>Prüfen Sie, ob ein Erbschein nötig ist oder ein notarielles Testament mit Eröffnungsniederschrift genügt.</li>"
            "<li>Vereinbaren Sie einen Termin beim Nachlassgericht oder bei einem Notar.</li>"
            "<li>Stellen Sie den Antrag und geben Sie die eidesstattliche Versicherung ab.</li>"
            "<li>Das Nachlassgericht prüft die Erbfolge und hört gegebenenfalls weitere Beteiligte an.</li>"
            "<li>Nach Zahlung der Kosten erhalten Sie eine Ausfertigung des Erbscheins.</li>"
            "</ol>"
        ),
        "legal_basis": [
            {
                "title": "§ 2353 Bürgerliches Gesetzbuch (BGB)",
                "url": "https://www.gesetze-im-internet.de/bgb/__2353.html",
            },
            {
                "title": "§ 343 Gesetz über das Verfahren in Familiensachen und in den Angelegenheiten der freiwilligen Gerichtsbarkeit (FamFG)",
                "url": "https://www.gesetze-im-internet.de/famfg/__343.html",
            },
            {
                "title": "§ 352 Gesetz über das Verfahren in Familiensachen und in den Angelegenheiten der freiwilligen Gerichtsbarkeit (FamFG)",
                "url": "https://www.gesetze-im-internet.de/famfg/__352.html",
            },
            {
                "title": "Gerichts- und Notarkostengesetz (GNotKG)",
                "url": "https://www.gesetze-im-internet.de/gnotkg/",
            },
        ],
        "forms": [
            {
                "title": "Formulare der sächsischen Justiz für Nachlasssachen",
                "url": "https://www.justiz.sachsen.de/content/formulare.htm",
            },
        ],
        "online_services": [],
        "further_information": (
            "<p>Bei umfangreichen oder streitigen Nachlässen empfiehlt sich eine anwaltliche oder notarielle "
            "Beratung. Die Berichtigung des Grundbuchs ist gebührenfrei, wenn sie innerhalb von zwei Jahren "
            "nach dem Erbfall beantragt wird.</p>"
        ),
        "notes": (
            "<p>Die Kosten werden nach dem Wert des Nachlasses nach Abzug der Verbindlichkeiten berechnet. "
            "Das Nachlassgericht fordert die Kosten mit einer gesonderten Kostenrechnung an.</p>"
        ),
        "keywords": [
            "Erbnachweis",
            "Nachlassgericht",
            "Erbe nachweisen",
            "Erbfolge",
            "Europäisches Nachlasszeugnis",
            "Nachlass",
        ],
        "last_reviewed": "2025-12-09",
        "next_review": "2026-12-09",
    },
    # ------------------------------------------------------------------ 13
    {
        "leika_key": "99115030001000",
        "slug": "wohnsitz-anmelden",
        "title": "Wohnsitz anmelden",
        "audience": "citizens",
        "teaser": (
            "Wer in eine Wohnung einzieht, muss sich innerhalb von zwei Wochen bei der Meldebehörde anmelden. "
            "Die Anmeldung ist gebührenfrei und in vielen Gemeinden auch online möglich."
        ),
        "full_text": (
            "<p>Wer eine Wohnung bezieht, muss sich innerhalb von zwei Wochen nach dem Einzug bei der "
            "Meldebehörde anmelden (§ 17 Abs. 1 BMG). Das gilt auch beim Zuzug aus dem Ausland und für "
            "Nebenwohnungen. Bei einem Umzug innerhalb Deutschlands ist eine Abmeldung bei der bisherigen "
            "Gemeinde nicht erforderlich.</p>"
            "<p>Für die Anmeldung benötigen Sie eine Bestätigung des Wohnungsgebers über Ihren Einzug "
            "(§ 19 BMG). Die neue Anschrift wird auf Ihrem Personalausweis per Aufkleber und im Chip "
            "aktualisiert.</p>"
            "<p>Mit einem Personalausweis mit Online-Ausweisfunktion können Sie sich in teilnehmenden "
            "Gemeinden auch digital anmelden. Die Anschrift wird dabei elektronisch auf den Chip geschrieben; "
            "den Adressaufkleber erhalten Sie per Post.</p>"
        ),
        "prerequisites": (
            "<ul>"
            "<li>Sie haben eine Wohnung im Gemeindegebiet bezogen.</li>"
            "<li>Sie erscheinen persönlich, bevollmächtigen eine andere Person oder nutzen die Online-Anmeldung.</li>"
            "<li>Für Kinder unter 16 Jahren übernehmen die Personen die Anmeldung, bei denen sie einziehen.</li>"
            "</ul>"
        ),
        "required_documents": [
            "Gültiger Personalausweis, Reisepass oder Passersatz aller anzumeldenden Personen",
            "Wohnungsgeberbestätigung, vom Vermieter oder Eigentümer unterschrieben",
            "Bei Vertretung: schriftliche Vollmacht und Ausweis der bevollmächtigten Person",
            "Bei Zuzug aus dem Ausland: Geburts- bzw. Eheurkunde",
        ],
        "fees": [],
        "deadlines": (
            "<p>Die Anmeldung muss innerhalb von zwei Wochen nach dem Einzug erfolgen. Wer sich nicht oder "
            "nicht rechtzeitig anmeldet, handelt ordnungswidrig; es kann ein Bußgeld von bis zu 1.000 Euro "
            "festgesetzt werden (§ 54 BMG).</p>"
        ),
        "processing_time": (
            "<p>Bei persönlicher Vorsprache wird die Anmeldung sofort bearbeitet und Sie erhalten eine "
            "Meldebestätigung. Bei der Online-Anmeldung liegt die Bestätigung meist innerhalb weniger "
            "Werktage vor.</p>"
        ),
        "procedure": (
            "<ol>"
            "<li>Lassen Sie sich den Einzug vom Wohnungsgeber schriftlich oder elektronisch bestätigen.</li>"
            "<li>Buchen Sie einen Termin im Bürgerbüro oder nutzen Sie die Online-Anmeldung.</li>"
            "<li>Legen Sie Ausweisdokumente und Wohnungsgeberbestätigung vor.</li>"
            "<li>Die Meldebehörde erfasst Ihre Daten und aktualisiert die Anschrift auf dem Personalausweis.</li>"
            "<li>Sie erhalten eine kostenlose Meldebestätigung.</li>"
            "</ol>"
        ),
        "legal_basis": [
            {
                "title": "§ 17 Bundesmeldegesetz (BMG)",
                "url": "https://www.gesetze-im-internet.de/bmg/__17.html",
            },
            {
                "title": "§ 19 Bundesmeldegesetz (BMG)",
                "url": "https://www.gesetze-im-internet.de/bmg/__19.html",
            },
            {
                "title": "§ 23 Bundesmeldegesetz (BMG)",
                "url": "https://www.gesetze-im-internet.de/bmg/__23.html",
            },
            {
                "title": "§ 54 Bundesmeldegesetz (BMG)",
                "url": "https://www.gesetze-im-internet.de/bmg/__54.html",
            },
        ],
        "forms": [
            {
                "title": "Wohnungsgeberbestätigung (Vordruck)",
                "url": "https://amt24.sachsen.de/zufi/leistungen/6000551",
            },
        ],
        "online_services": [
            {
                "title": "Wohnsitz online anmelden",
                "url": "https://www.wohnsitzanmeldung.gov.de",
            },
        ],
        "further_information": (
            "<p>Fahrzeughalter müssen die neue Anschrift auch der Zulassungsbehörde mitteilen, damit die "
            "Zulassungsbescheinigung Teil I geändert wird. Denken Sie außerdem an Arbeitgeber, Krankenkasse, "
            "Banken und den Rundfunkbeitrag.</p>"
        ),
        "notes": (
            "<p>Die Anmeldung und die Meldebestätigung sind gebührenfrei. Eine Abmeldung bei der "
            "bisherigen Gemeinde im Inland ist nicht erforderlich; sie wird automatisch informiert.</p>"
        ),
        "keywords": [
            "Ummeldung",
            "Einwohnermeldeamt",
            "Meldeamt",
            "Umzug anmelden",
            "Wohnungsgeberbestätigung",
            "Hauptwohnsitz",
            "Zuzug",
        ],
        "last_reviewed": "2026-06-02",
        "next_review": "2027-06-02",
    },
    # ------------------------------------------------------------------ 14
    {
        "leika_key": "99115031001000",
        "slug": "umzug-innerhalb-der-gemeinde",
        "title": "Umzug innerhalb der Gemeinde melden",
        "audience": "citizens",
        "teaser": (
            "Auch bei einem Umzug innerhalb derselben Stadt oder Gemeinde müssen Sie die neue Anschrift "
            "innerhalb von zwei Wochen melden. Die Ummeldung ist gebührenfrei."
        ),
        "full_text": (
            "<p>Ziehen Sie innerhalb Ihrer Gemeinde um, müssen Sie sich innerhalb von zwei Wochen nach dem "
            "Einzug bei der Meldebehörde ummelden (§ 17 Abs. 1 BMG). Dabei wird Ihre Anschrift im "
            "Melderegister geändert; eine gesonderte Abmeldung der alten Wohnung ist nicht nötig.</p>"
            "<p>Die neue Anschrift wird auf Ihrem Personalausweis per Aufkleber und im Chip aktualisiert. "
            "In manchen Gemeinden können Sie im Bürgerbüro gleichzeitig die Anschrift in der "
            "Zulassungsbescheinigung Ihres Fahrzeugs ändern lassen.</p>"
        ),
        "prerequisites": (
            "<ul>"
            "<li>Sie sind bereits in der Gemeinde gemeldet und beziehen eine andere Wohnung im selben Gemeindegebiet.</li>"
            "<li>Sie erscheinen persönlich, bevollmächtigen eine andere Person oder nutzen die Online-Ummeldung.</li>"
            "</ul>"
        ),
        "required_documents": [
            "Gültiger Personalausweis oder Reisepass aller umziehenden Personen",
            "Wohnungsgeberbestätigung für die neue Wohnung",
            "Bei Vertretung: schriftliche Vollmacht",
            "Gegebenenfalls Zulassungsbescheinigung Teil I für die Adressänderung des Fahrzeugs",
        ],
        "fees": [],
        "deadlines": (
            "<p>Die Ummeldung muss innerhalb von zwei Wochen nach dem Einzug in die neue Wohnung erfolgen. "
            "Eine verspätete Meldung kann mit einem Bußgeld geahndet werden (§ 54 BMG).</p>"
        ),
        "processing_time": (
            "<p>Bei persönlicher Vorsprache wird die Ummeldung sofort erledigt. Online-Ummeldungen werden in "
            "der Regel innerhalb weniger Werktage bestätigt.</p>"
        ),
        "procedure": (
            "<ol>"
            "<li>Lassen Sie sich den Einzug vom Wohnungsgeber bestätigen.</li>"
            "<li>Melden Sie den Umzug online oder im Bürgerbüro.</li>"
            "<li>Die Meldebehörde ändert die Anschrift im Melderegister und auf dem Personalausweis.</li>"
            "<li>Sie erhalten eine kostenlose Meldebestätigung.</li>"
            "</ol>"
        ),
        "legal_basis": [
            {
                "title": "§ 17 Bundesmeldegesetz (BMG)",
                "url": "https://www.gesetze-im-internet.de/bmg/__17.html",
            },
            {
                "title": "§ 19 Bundesmeldegesetz (BMG)",
                "url": "https://www.gesetze-im-internet.de/bmg/__19.html",
            },
        ],
        "forms": [],
        "online_services": [
            {
                "title": "Umzug online melden",
                "url": "https://www.wohnsitzanmeldung.gov.de",
            },
        ],
        "further_information": (
            "<p>Mit dem Umzug kann sich auch Ihr Wahlbezirk oder der Einzugsbereich der Grundschule ändern. "
            "Teilen Sie die neue Anschrift außerdem Arbeitgeber, Banken, Versicherungen und dem "
            "Beitragsservice mit.</p>"
        ),
        "notes": (
            "<p>Die Ummeldung ist gebührenfrei. Der Adressaufkleber für den Personalausweis wird ebenfalls "
            "kostenlos ausgegeben.</p>"
        ),
        "keywords": [
            "Ummeldung",
            "Adressänderung",
            "Umzug melden",
            "neue Adresse",
            "Wohnungswechsel",
            "Umzug in der Stadt",
        ],
        "last_reviewed": "2026-06-02",
        "next_review": "2027-06-02",
    },
    # ------------------------------------------------------------------ 15
    {
        "leika_key": "99115032001000",
        "slug": "wohnsitz-abmelden",
        "title": "Wohnsitz abmelden bei Wegzug ins Ausland",
        "audience": "citizens",
        "teaser": (
            "Wer ins Ausland zieht und keine Wohnung in Deutschland behält, muss sich bei der Meldebehörde "
            "abmelden. Die Abmeldung ist frühestens eine Woche vor und spätestens zwei Wochen nach dem Auszug möglich."
        ),
        "full_text": (
            "<p>Wer aus einer Wohnung auszieht und keine neue Wohnung im Inland bezieht, muss sich innerhalb "
            "von zwei Wochen nach dem Auszug bei der Meldebehörde abmelden (§ 17 Abs. 2 BMG). Die Abmeldung "
            "ist frühestens eine Woche vor dem Auszug möglich.</p>"
            "<p>Sie können sich persönlich, schriftlich oder mit der Online-Ausweisfunktion elektronisch "
            "abmelden. Die Abmeldebestätigung dient im Ausland, gegenüber Banken, Versicherungen und Behörden "
            "als Nachweis.</p>"
            "<p>Mit dem Wegzug endet in der Regel die unbeschränkte Steuerpflicht in Deutschland; informieren "
            "Sie deshalb auch Finanzamt, Krankenkasse und Rentenversicherung. Deutsche im Ausland können sich "
            "für Bundestags- und Europawahlen auf Antrag in das Wählerverzeichnis eintragen lassen.</p>"
        ),
        "prerequisites": (
            "<ul>"
            "<li>Sie geben Ihre Wohnung in Deutschland auf und ziehen ins Ausland.</li>"
            "<li>Sie behalten keine weitere Wohnung im Inland; andernfalls wird diese zur Hauptwohnung.</li>"
            "</ul>"
        ),
        "required_documents": [
            "Gültiger Personalausweis oder Reisepass aller abzumeldenden Personen",
            "Ausgefüllter Abmeldeschein mit der künftigen Anschrift im Ausland, soweit bekannt",
            "Bei schriftlicher Abmeldung: Kopie des Ausweisdokuments",
            "Bei Vertretung: schriftliche Vollmacht",
        ],
        "fees": [],
        "deadlines": (
            "<p>Die Abmeldung muss innerhalb von zwei Wochen nach dem Auszug erfolgen und ist frühestens eine "
            "Woche vorher möglich. Eine verspätete Abmeldung kann mit einem Bußgeld geahndet werden (§ 54 BMG).</p>"
        ),
        "processing_time": (
            "<p>Bei persönlicher Vorsprache erhalten Sie die Abmeldebestätigung sofort. Schriftliche "
            "Abmeldungen werden in der Regel innerhalb von ein bis zwei Wochen bearbeitet.</p>"
        ),
        "procedure": (
            "<ol>"
            "<li>Füllen Sie den Abmeldeschein aus.</li>"
            "<li>Reichen Sie ihn persönlich, per Post oder online bei der Meldebehörde ein.</li>"
            "<li>Die Meldebehörde trägt den Wegzug ins Ausland im Melderegister ein.</li>"
            "<li>Sie erhalten eine Abmeldebestätigung.</li>"
            "</ol>"
        ),
        "legal_basis": [
            {
                "title": "§ 17 Bundesmeldegesetz (BMG)",
                "url": "https://www.gesetze-im-internet.de/bmg/__17.html",
            },
            {
                "title": "§ 54 Bundesmeldegesetz (BMG)",
                "url": "https://www.gesetze-im-internet.de/bmg/__54.html",
            },
        ],
        "forms": [
            {
                "title": "Abmeldeschein bei Wegzug ins Ausland",
                "url": "https://amt24.sachsen.de/zufi/leistungen/6000553",
            },
        ],
        "online_services": [
            {
                "title": "Wohnsitz online abmelden",
                "url": "https://amt24.sachsen.de/zufi/leistungen/6000553",
            },
        ],
        "further_information": (
            "<p>Personalausweis und Reisepass bleiben gültig; für neue Dokumente ist künftig die deutsche "
            "Auslandsvertretung zuständig. Informationen zur Wahlteilnahme aus dem Ausland bietet die "
            '<a href="https://www.bundeswahlleiterin.de">Bundeswahlleiterin</a>.</p>'
        ),
        "notes": (
            "<p>Die Abmeldung und die Abmeldebestätigung sind gebührenfrei. Bewahren Sie die Bestätigung "
            "sorgfältig auf, da sie bei einer späteren Rückkehr oder gegenüber ausländischen Behörden "
            "benötigt werden kann.</p>"
        ),
        "keywords": [
            "Abmeldung Ausland",
            "Auswandern",
            "Wegzug ins Ausland",
            "Abmeldebestätigung",
            "Wohnsitz aufgeben",
            "Auslandsumzug",
        ],
        "last_reviewed": "2026-06-02",
        "next_review": "2027-06-02",
    },
    # ------------------------------------------------------------------ 16
    {
        "leika_key": "99115033001000",
        "slug": "meldebescheinigung-beantragen",
        "title": "Meldebescheinigung beantragen",
        "audience": "citizens",
        "teaser": (
            "Mit einer Meldebescheinigung weisen Sie Ihre gemeldete Anschrift nach, etwa gegenüber Arbeitgebern, "
            "Banken oder Behörden. Sie erhalten sie bei der Meldebehörde oder online."
        ),
        "full_text": (
            "<p>Die Meldebescheinigung bestätigt die im Melderegister zu Ihrer Person gespeicherten Daten "
            "(§ 18 BMG). Die einfache Meldebescheinigung enthält Familienname, Vornamen, Doktorgrad, Tag und "
            "Ort der Geburt sowie Ihre gegenwärtigen Anschriften.</p>"
            "<p>Eine erweiterte Meldebescheinigung kann zusätzliche Angaben enthalten, etwa frühere Anschriften, "
            "Familienstand oder Staatsangehörigkeit. Sie wird häufig für die Anmeldung der Eheschließung oder "
            "für Behörden im Ausland verlangt.</p>"
            "<p>Die Bescheinigung wird nur für Sie selbst ausgestellt. Für andere Personen benötigen Sie eine "
            "schriftliche Vollmacht.</p>"
        ),
        "prerequisites": (
            "<p>Sie sind in der Gemeinde mit Haupt- oder Nebenwohnung gemeldet. Für die Online-Beantragung "
            "benötigen Sie einen Personalausweis mit aktivierter Online-Ausweisfunktion.</p>"
        ),
        "required_documents": [
            "Gültiger Personalausweis oder Reisepass",
            "Bei Vertretung: schriftliche Vollmacht und Ausweis oder Ausweiskopie der vertretenen Person",
            "Angabe des Verwendungszwecks bei erweiterter Meldebescheinigung",
        ],
        "fees": [
            {
                "description": "einfache Meldebescheinigung (je nach Gemeinde)",
                "amount": 5.0,
                "amount_max": 10.0,
                "currency": "EUR",
            },
            {
                "description": "erweiterte Meldebescheinigung (je nach Gemeinde)",
                "amount": 8.0,
                "amount_max": 15.0,
                "currency": "EUR",
            },
        ],
        "deadlines": "",
        "processing_time": (
            "<p>Bei persönlicher Vorsprache wird die Meldebescheinigung sofort ausgestellt. Online beantragte "
            "Bescheinigungen werden in der Regel innerhalb weniger Werktage elektronisch oder per Post zugestellt.</p>"
        ),
        "procedure": (
            "<ol>"
            "<li>Beantragen Sie die Bescheinigung im Bürgerbüro oder online.</li>"
            "<li>Weisen Sie sich aus bzw. identifizieren Sie sich mit der Online-Ausweisfunktion.</li>"
            "<li>Zahlen Sie die Gebühr.</li>"
            "<li>Sie erhalten die Meldebescheinigung sofort oder per Post.</li>"
            "</ol>"
        ),
        "legal_basis": [
            {
                "title": "§ 18 Bundesmeldegesetz (BMG)",
                "url": "https://www.gesetze-im-internet.de/bmg/__18.html",
            },
        ],
        "forms": [],
        "online_services": [
            {
                "title": "Meldebescheinigung online beantragen",
                "url": "https://amt24.sachsen.de/zufi/leistungen/6000555",
            },
        ],
        "further_information": (
            "<p>Für bestimmte Zwecke, etwa zur Vorlage bei Sozialleistungsträgern, kann die Bescheinigung "
            "gebührenfrei ausgestellt werden. Geben Sie deshalb den Verwendungszweck an.</p>"
        ),
        "notes": (
            "<p>Nach einer An- oder Ummeldung erhalten Sie kostenlos eine Meldebestätigung; diese ist nicht "
            "mit der Meldebescheinigung identisch. Für viele Zwecke genügt bereits die Meldebestätigung.</p>"
        ),
        "keywords": [
            "Wohnsitzbescheinigung",
            "Aufenthaltsbescheinigung",
            "Meldenachweis",
            "Wohnsitznachweis",
            "erweiterte Meldebescheinigung",
            "Meldebestätigung",
        ],
        "last_reviewed": "2026-06-02",
        "next_review": "2027-06-02",
    },
    # ------------------------------------------------------------------ 17
    {
        "leika_key": "99089001001000",
        "slug": "personalausweis-beantragen",
        "title": "Personalausweis beantragen",
        "audience": "citizens",
        "teaser": (
            "Deutsche ab 16 Jahren müssen einen gültigen Personalausweis oder Reisepass besitzen. Den "
            "Personalausweis beantragen Sie persönlich bei der Personalausweisbehörde Ihres Hauptwohnsitzes."
        ),
        "full_text": (
            "<p>Deutsche Staatsangehörige sind ab 16 Jahren verpflichtet, einen gültigen Personalausweis zu "
            "besitzen; ein gültiger Reisepass genügt ebenfalls (§ 1 PAuswG). Der Personalausweis gilt für "
            "Personen ab 24 Jahren zehn Jahre, für jüngere Personen sechs Jahre. Auch Kinder können einen "
            "Personalausweis erhalten.</p>"
            "<p>Der Antrag muss persönlich gestellt werden, weil Unterschrift und zwei Fingerabdrücke "
            "erfasst werden. Seit dem 1. Mai 2025 werden nur noch digitale Passbilder angenommen: Sie lassen "
            "das Foto bei einem zertifizierten Fotodienstleister aufnehmen, der es verschlüsselt übermittelt, "
            "oder direkt in der Behörde.</p>"
            "<p>Jeder Personalausweis enthält eine Online-Ausweisfunktion. Den fertigen Ausweis holen Sie "
            "nach etwa drei bis vier Wochen ab oder lassen ihn sich gegen Gebühr per Post zustellen.</p>"
        ),
        "prerequisites": (
            "<ul>"
            "<li>Sie besitzen die deutsche Staatsangehörigkeit.</li>"
            "<li>Sie sind im Zuständigkeitsbereich der Behörde mit Hauptwohnsitz gemeldet; bei einer anderen "
            "Behörde ist ein Antrag nur aus wichtigem Grund möglich.</li>"
            "<li>Bei Kindern unter 16 Jahren: Zustimmung aller Sorgeberechtigten und Anwesenheit des Kindes.</li>"
            "</ul>"
        ),
        "required_documents": [
            "Bisheriger Personalausweis oder Reisepass",
            "Digitales biometrisches Passbild (vom zertifizierten Fotodienstleister oder in der Behörde aufgenommen)",
            "Bei Erstausstellung: Geburtsurkunde, bei Verheirateten Eheurkunde",
            "Bei Minderjährigen: Einverständniserklärung und Ausweise aller Sorgeberechtigten",
            "Bei Verlust: Verlust- oder Diebstahlsanzeige",
        ],
        "fees": [
            {
                "description": "Personalausweis für Personen ab 24 Jahren",
                "amount": 46.0,
                "amount_max": None,
                "currency": "EUR",
            },
            {
                "description": "Personalausweis für Personen unter 24 Jahren",
                "amount": 27.6,
                "amount_max": None,
                "currency": "EUR",
            },
            {
                "description": "Aufnahme des digitalen Passbilds in der Behörde",
                "amount": 6.0,
                "amount_max": None,
                "currency": "EUR",
            },
            {
                "description": "Direktversand des Ausweises per Post (ab 16 Jahren)",
                "amount": 15.0,
                "amount_max": None,
                "currency": "EUR",
            },
        ],
        "deadlines": (
            "<p>Beantragen Sie den neuen Personalausweis rechtzeitig, möglichst vier bis sechs Wochen vor "
            "Ablauf des alten Ausweises. Wer ab 16 Jahren keinen gültigen Ausweis besitzt, handelt "
            "ordnungswidrig (§ 32 PAuswG).</p>"
        ),
        "processing_time": (
            "<p>Die Herstellung bei der Bundesdruckerei dauert in der Regel drei bis vier Wochen. Sie werden "
            "benachrichtigt, sobald der Ausweis abholbereit ist; beim Direktversand wird er Ihnen persönlich "
            "an der Haustür übergeben.</p>"
        ),
        "procedure": (
            "<ol>"
            "<li>Buchen Sie einen Termin bei der Personalausweisbehörde Ihres Hauptwohnsitzes.</li>"
            "<li>Lassen Sie vorab ein digitales Passbild erstellen oder nutzen Sie die Fotostation vor Ort.</li>"
            "<li>Stellen Sie den Antrag persönlich; Fingerabdrücke und Unterschrift werden erfasst.</li>"
            "<li>Sie erhalten den PIN-Brief per Post.</li>"
            "<li>Sie holen den Ausweis ab oder erhalten ihn per Direktversand; der alte Ausweis wird entwertet.</li>"
            "</ol>"
        ),
        "legal_basis": [
            {
                "title": "§ 1 Personalausweisgesetz (PAuswG)",
                "url": "https://www.gesetze-im-internet.de/pauswg/__1.html",
            },
            {
                "title": "§ 6 Personalausweisgesetz (PAuswG)",
                "url": "https://www.gesetze-im-internet.de/pauswg/__6.html",
            },
            {
                "title": "§ 9 Personalausweisgesetz (PAuswG)",
                "url": "https://www.gesetze-im-internet.de/pauswg/__9.html",
            },
            {
                "title": "Personalausweisgebührenverordnung (PAuswGebV)",
                "url": "https://www.gesetze-im-internet.de/pauswgebv/",
            },
        ],
        "forms": [],
        "online_services": [],
        "further_information": (
            "<p>Informationen zur Online-Ausweisfunktion und zur AusweisApp finden Sie im "
            '<a href="https://www.personalausweisportal.de">Personalausweisportal</a> des Bundes. '
            "Für Reisen außerhalb der EU benötigen Sie je nach Zielland einen Reisepass.</p>"
        ),
        "notes": (
            "<p>Seit dem 7. Februar 2026 gelten die erhöhten Gebühren von 46,00 Euro bzw. 27,60 Euro. Der "
            "Verlust eines Ausweises ist unverzüglich der Personalausweisbehörde oder der Polizei anzuzeigen; "
            "bei Bedürftigkeit kann die Gebühr ermäßigt oder erlassen werden.</p>"
        ),
        "keywords": [
            "Perso",
            "Ausweis",
            "neuer Personalausweis",
            "Ausweis verlängern",
            "Ausweis verloren",
            "eID",
            "Personalausweis Kind",
        ],
        "last_reviewed": "2026-02-16",
        "next_review": "2027-02-16",
    },
    # ------------------------------------------------------------------ 18
    {
        "leika_key": "99089002001000",
        "slug": "reisepass-beantragen",
        "title": "Reisepass beantragen",
        "audience": "citizens",
        "teaser": (
            "Für Reisen in viele Länder außerhalb der EU benötigen Sie einen Reisepass. Sie beantragen ihn "
            "persönlich bei der Passbehörde Ihres Hauptwohnsitzes; in Eilfällen ist ein Expresspass möglich."
        ),
        "full_text": (
            "<p>Der elektronische Reisepass enthält einen Chip, auf dem Lichtbild und zwei Fingerabdrücke "
            "gespeichert sind. Er gilt für Personen ab 24 Jahren zehn Jahre, für jüngere Personen sechs Jahre "
            "(§ 5 PassG). Seit dem 1. Januar 2024 werden keine Kinderreisepässe mehr ausgestellt; Kinder "
            "erhalten einen regulären Reisepass.</p>"
            "<p>Der Antrag muss persönlich gestellt werden. Seit dem 1. Mai 2025 werden Passbilder nur noch "
            "digital angenommen, entweder über einen zertifizierten Fotodienstleister oder direkt in der "
            "Passbehörde.</p>"
            "<p>Im Expressverfahren liegt der Pass in der Regel nach drei Werktagen vor. Für Vielreisende gibt "
            "es einen Reisepass mit 48 statt 32 Seiten.</p>"
        ),
        "prerequisites": (
            "<ul>"
            "<li>Sie besitzen die deutsche Staatsangehörigkeit.</li>"
            "<li>Sie sind im Zuständigkeitsbereich der Passbehörde mit Hauptwohnsitz gemeldet.</li>"
            "<li>Bei Minderjährigen: Zustimmung aller Sorgeberechtigten und Anwesenheit des Kindes.</li>"
            "</ul>"
        ),
        "required_documents": [
            "Bisheriger Reisepass oder Personalausweis",
            "Digitales biometrisches Passbild",
            "Bei Erstausstellung: Geburtsurkunde, bei Verheirateten Eheurkunde",
            "Bei Minderjährigen: Zustimmung und Ausweise aller Sorgeberechtigten",
            "Bei Verlust: Verlust- oder Diebstahlsanzeige",
        ],
        "fees": [
            {
                "description": "Reisepass (32 Seiten) für Personen ab 24 Jahren",
                "amount": 70.0,
                "amount_max": None,
                "currency": "EUR",
            },
            {
                "description": "Reisepass (32 Seiten) für Personen unter 24 Jahren",
                "amount": 37.5,
                "amount_max": None,
                "currency": "EUR",
            },
            {
                "description": "Zuschlag für das Expressverfahren",
                "amount": 32.0,
                "amount_max": None,
                "currency": "EUR",
            },
            {
                "description": "Zuschlag für einen Reisepass mit 48 Seiten",
                "amount": 22.0,
                "amount_max": None,
                "currency": "EUR",
            },
            {
                "description": "Aufnahme des digitalen Passbilds in der Behörde",
                "amount": 6.0,
                "amount_max": None,
                "currency": "EUR",
            },
        ],
        "deadlines": (
            "<p>Beantragen Sie den Reisepass mindestens sechs Wochen vor Reiseantritt. Viele Staaten verlangen, "
            "dass der Pass bei der Einreise noch mindestens sechs Monate gültig ist.</p>"
        ),
        "processing_time": (
            "<p>Die Herstellung dauert in der Regel drei bis vier Wochen. Im Expressverfahren liegt der Pass "
            "meist am dritten Werktag nach der Bestellung bei der Passbehörde vor.</p>"
        ),
        "procedure": (
            "<ol>"
            "<li>Buchen Sie einen Termin bei der Passbehörde Ihres Hauptwohnsitzes.</li>"
            "<li>Lassen Sie ein digitales Passbild erstellen oder nutzen Sie die Fotostation vor Ort.</li>"
            "<li>Stellen Sie den Antrag persönlich; Fingerabdrücke und Unterschrift werden erfasst.</li>"
            "<li>Holen Sie den Pass nach Benachrichtigung ab oder lassen Sie ihn per Direktversand zustellen.</li>"
            "</ol>"
        ),
        "legal_basis": [
            {
                "title": "§ 1 Passgesetz (PassG)",
                "url": "https://www.gesetze-im-internet.de/passg/__1.html",
            },
            {
                "title": "§ 5 Passgesetz (PassG)",
                "url": "https://www.gesetze-im-internet.de/passg/__5.html",
            },
            {
                "title": "§ 6 Passgesetz (PassG)",
                "url": "https://www.gesetze-im-internet.de/passg/__6.html",
            },
            {
                "title": "§ 15 Passverordnung (PassV)",
                "url": "https://www.gesetze-im-internet.de/passv_2007/__15.html",
            },
        ],
        "forms": [],
        "online_services": [],
        "further_information": (
            "<p>Die Einreisebestimmungen Ihres Ziellandes finden Sie in den Reise- und Sicherheitshinweisen des "
            '<a href="https://www.auswaertiges-amt.de/de/ReiseUndSicherheit">Auswärtigen Amtes</a>. '
            "In dringenden Fällen kann ein vorläufiger Reisepass ausgestellt werden, der jedoch nicht von "
            "allen Staaten anerkannt wird.</p>"
        ),
        "notes": (
            "<p>Der Direktversand per Post ist für Reisepässe ab 18 Jahren möglich, nicht jedoch im "
            "Expressverfahren. Zur Annahme ist ein zweites gültiges Ausweisdokument erforderlich.</p>"
        ),
        "keywords": [
            "Pass",
            "ePass",
            "Expresspass",
            "Reisepass verlängern",
            "Kinderreisepass",
            "Reisedokument",
        ],
        "last_reviewed": "2026-02-16",
        "next_review": "2027-02-16",
    },
    # ------------------------------------------------------------------ 19
    {
        "leika_key": "99089003001000",
        "slug": "vorlaeufigen-personalausweis-beantragen",
        "title": "Vorläufigen Personalausweis beantragen",
        "audience": "citizens",
        "teaser": (
            "Wenn Sie kurzfristig ein Ausweisdokument benötigen, stellt Ihnen die Personalausweisbehörde einen "
            "vorläufigen Personalausweis aus. Er ist höchstens drei Monate gültig."
        ),
        "full_text": (
            "<p>Ein vorläufiger Personalausweis wird ausgestellt, wenn Sie glaubhaft machen, dass Sie sich "
            "sofort ausweisen müssen, etwa nach Verlust oder Diebstahl kurz vor einer Reise (§ 3 PAuswG). "
            "Er wird als Papierdokument direkt in der Behörde erstellt.</p>"
            "<p>Der vorläufige Personalausweis gilt höchstens drei Monate und enthält keinen Chip; die "
            "Online-Ausweisfunktion steht deshalb nicht zur Verfügung. In der Regel wird gleichzeitig ein "
            "regulärer Personalausweis beantragt.</p>"
            "<p>Innerhalb der EU und in einigen weiteren europäischen Staaten wird der vorläufige "
            "Personalausweis als Reisedokument anerkannt. Informieren Sie sich vor der Reise über die "
            "Einreisebestimmungen des Ziellandes.</p>"
        ),
        "prerequisites": (
            "<ul>"
            "<li>Sie besitzen die deutsche Staatsangehörigkeit und sind im Zuständigkeitsbereich mit "
            "Hauptwohnsitz gemeldet.</li>"
            "<li>Sie müssen sich sofort ausweisen und besitzen kein anderes gültiges Ausweisdokument.</li>"
            "</ul>"
        ),
        "required_documents": [
            "Bisheriger Personalausweis oder Reisepass, falls vorhanden",
            "Digitales biometrisches Passbild",
            "Nachweis der Dringlichkeit, z. B. Reisebuchung oder Flugticket",
            "Bei Verlust: Verlust- oder Diebstahlsanzeige",
            "Bei fehlendem Ausweisdokument: Geburts- oder Eheurkunde",
        ],
        "fees": [
            {
                "description": "Vorläufiger Personalausweis",
                "amount": 10.0,
                "amount_max": None,
                "currency": "EUR",
            },
            {
                "description": "Aufnahme des digitalen Passbilds in der Behörde",
                "amount": 6.0,
                "amount_max": None,
                "currency": "EUR",
            },
        ],
        "deadlines": "",
        "processing_time": (
            "<p>Der vorläufige Personalausweis wird in der Regel sofort während Ihrer Vorsprache ausgestellt. "
            "Ein gleichzeitig beantragter regulärer Personalausweis liegt nach etwa drei bis vier Wochen vor.</p>"
        ),
        "procedure": (
            "<ol>"
            "<li>Sprechen Sie möglichst mit Termin bei der Personalausweisbehörde vor.</li>"
            "<li>Legen Sie die Unterlagen vor und begründen Sie die Dringlichkeit.</li>"
            "<li>Das Passbild wird übernommen oder vor Ort aufgenommen.</li>"
            "<li>Sie erhalten den vorläufigen Personalausweis sofort nach Zahlung der Gebühr.</li>"
            "</ol>"
        ),
        "legal_basis": [
            {
                "title": "§ 3 Personalausweisgesetz (PAuswG)",
                "url": "https://www.gesetze-im-internet.de/pauswg/__3.html",
            },
            {
                "title": "§ 6 Personalausweisgesetz (PAuswG)",
                "url": "https://www.gesetze-im-internet.de/pauswg/__6.html",
            },
            {
                "title": "Personalausweisgebührenverordnung (PAuswGebV)",
                "url": "https://www.gesetze-im-internet.de/pauswgebv/",
            },
        ],
        "forms": [],
        "online_services": [],
        "further_information": (
            "<p>Für Reisen in Staaten, die einen Reisepass verlangen, kann stattdessen ein vorläufiger "
            "Reisepass ausgestellt werden. Dieser ist höchstens ein Jahr gültig und wird nicht von allen "
            "Staaten für die visumfreie Einreise anerkannt.</p>"
        ),
        "notes": (
            "<p>Nach Erhalt des regulären Personalausweises ist der vorläufige Personalausweis ungültig und "
            "bei der Behörde abzugeben. Die Gebühr für den regulären Personalausweis wird zusätzlich erhoben.</p>"
        ),
        "keywords": [
            "Ersatzausweis",
            "Notausweis",
            "vorläufiger Ausweis",
            "Ausweis sofort",
            "Ausweis verloren Reise",
        ],
        "last_reviewed": "2026-02-16",
        "next_review": "2027-02-16",
    },
    # ------------------------------------------------------------------ 20
    {
        "leika_key": "99089004001000",
        "slug": "fuehrungszeugnis-beantragen",
        "title": "Führungszeugnis beantragen",
        "audience": "citizens",
        "teaser": (
            "Das Führungszeugnis gibt Auskunft darüber, ob Sie vorbestraft sind. Sie beantragen es bei der "
            "Meldebehörde Ihres Wohnorts oder online beim Bundesamt für Justiz."
        ),
        "full_text": (
            "<p>Das Führungszeugnis ist ein Auszug aus dem Bundeszentralregister, das vom Bundesamt für Justiz "
            "in Bonn geführt wird (§ 30 BZRG). Es wird häufig von Arbeitgebern verlangt. Ein Führungszeugnis "
            "zur Vorlage bei einer Behörde wird direkt an die Behörde gesandt.</p>"
            "<p>Für Tätigkeiten mit Kindern und Jugendlichen, etwa in Schule, Kita, Sportverein oder "
            "Jugendarbeit, ist ein erweitertes Führungszeugnis erforderlich (§ 30a BZRG). Dafür benötigen Sie "
            "eine schriftliche Aufforderung der Stelle, die es verlangt.</p>"
            "<p>Staatsangehörige anderer EU-Mitgliedstaaten können ein Europäisches Führungszeugnis "
            "beantragen, das zusätzlich die Eintragungen im Strafregister des Herkunftsstaates enthält "
            "(§ 30b BZRG).</p>"
        ),
        "prerequisites": (
            "<ul>"
            "<li>Sie haben das 14. Lebensjahr vollendet.</li>"
            "<li>Sie stellen den Antrag persönlich; eine Vertretung durch Bevollmächtigte ist ausgeschlossen. "
            "Bei Minderjährigen ist auch der gesetzliche Vertreter antragsberechtigt.</li>"
            "<li>Für den Online-Antrag benötigen Sie einen Ausweis mit aktivierter Online-Ausweisfunktion.</li>"
            "</ul>"
        ),
        "required_documents": [
            "Gültiger Personalausweis oder Reisepass",
            "Bei erweitertem Führungszeugnis: schriftliche Aufforderung der anfordernden Stelle",
            "Bei Vorlage bei einer Behörde: Anschrift der Behörde und Verwendungszweck oder Aktenzeichen",
            "Bei Gebührenbefreiung: Bestätigung der Einrichtung über die ehrenamtliche Tätigkeit",
        ],
        "fees": [
            {
                "description": "Führungszeugnis (auch erweitertes und Europäisches Führungszeugnis)",
                "amount": 13.0,
                "amount_max": None,
                "currency": "EUR",
            },
        ],
        "deadlines": (
            "<p>Für den Antrag gilt keine Frist. Viele Arbeitgeber und Behörden akzeptieren jedoch nur "
            "Führungszeugnisse, die nicht älter als drei Monate sind.</p>"
        ),
        "processing_time": (
            "<p>Das Führungszeugnis wird in der Regel innerhalb von zwei Wochen per Post zugestellt. Bei "
            "Europäischen Führungszeugnissen kann die Bearbeitung länger dauern.</p>"
        ),
        "procedure": (
            "<ol>"
            "<li>Stellen Sie den Antrag im Bürgerbüro oder online beim Bundesamt für Justiz.</li>"
            "<li>Geben Sie die Art des Führungszeugnisses und gegebenenfalls die empfangende Behörde an.</li>"
            "<li>Zahlen Sie die Gebühr vor Ort oder online.</li>"
            "<li>Das Bundesamt für Justiz erstellt das Führungszeugnis und versendet es an Sie oder die Behörde.</li>"
            "</ol>"
        ),
        "legal_basis": [
            {
                "title": "§ 30 Bundeszentralregistergesetz (BZRG)",
                "url": "https://www.gesetze-im-internet.de/bzrg/__30.html",
            },
            {
                "title": "§ 30a Bundeszentralregistergesetz (BZRG)",
                "url": "https://www.gesetze-im-internet.de/bzrg/__30a.html",
            },
            {
                "title": "§ 30b Bundeszentralregistergesetz (BZRG)",
                "url": "https://www.gesetze-im-internet.de/bzrg/__30b.html",
            },
            {
                "title": "§ 30c Bundeszentralregistergesetz (BZRG)",
                "url": "https://www.gesetze-im-internet.de/bzrg/__30c.html",
            },
        ],
        "forms": [],
        "online_services": [
            {
                "title": "Führungszeugnis online beim Bundesamt für Justiz beantragen",
                "url": "https://www.fuehrungszeugnis.bund.de",
            },
        ],
        "further_information": (
            "<p>Ausführliche Informationen zum Inhalt und zu den Arten des Führungszeugnisses bietet das "
            '<a href="https://www.bundesjustizamt.de">Bundesamt für Justiz</a>. '
            "Dort können Sie auch den Bearbeitungsstand Ihres Online-Antrags erfragen.</p>"
        ),
        "notes": (
            "<p>Für eine ehrenamtliche Tätigkeit in einer gemeinnützigen Einrichtung wird auf Antrag keine "
            "Gebühr erhoben. Bei Bezug von Sozialleistungen kann die Gebühr ermäßigt oder erlassen werden.</p>"
        ),
        "keywords": [
            "polizeiliches Führungszeugnis",
            "erweitertes Führungszeugnis",
            "Strafregisterauszug",
            "Bundeszentralregister",
            "Führungszeugnis Ehrenamt",
            "Leumundszeugnis",
        ],
        "last_reviewed": "2026-04-07",
        "next_review": "2027-04-07",
    },
    # ------------------------------------------------------------------ 21
    {
        "leika_key": "99018002005000",
        "slug": "briefwahl-beantragen",
        "title": "Briefwahlunterlagen beantragen",
        "audience": "citizens",
        "teaser": (
            "Wer am Wahltag nicht ins Wahllokal gehen kann oder möchte, kann per Briefwahl wählen. Den Wahlschein "
            "beantragen Sie bei der Gemeinde, in deren Wählerverzeichnis Sie eingetragen sind."
        ),
        "full_text": (
            "<p>Bei Bundestags-, Europa-, Landtags- und Kommunalwahlen können Sie ohne Angabe von Gründen per "
            "Briefwahl wählen. Dazu beantragen Sie bei Ihrer Gemeinde einen Wahlschein; mit ihm erhalten Sie "
            "Stimmzettel, Stimmzettelumschlag und Wahlbriefumschlag.</p>"
            "<p>Den Antrag können Sie schriftlich, elektronisch, zum Beispiel über den QR-Code auf der "
            "Wahlbenachrichtigung, oder persönlich im Briefwahlbüro stellen. Telefonische Anträge sind nicht "
            "zulässig. Wer den Antrag persönlich stellt, kann in der Regel direkt vor Ort wählen.</p>"
            "<p>Der Wahlbrief muss spätestens am Wahltag um 18 Uhr bei der auf dem Umschlag angegebenen Stelle "
            "eingehen. Innerhalb Deutschlands ist der Versand mit der Deutschen Post für Sie kostenlos.</p>"
        ),
        "prerequisites": (
            "<ul>"
            "<li>Sie sind wahlberechtigt und im Wählerverzeichnis Ihrer Gemeinde eingetragen.</li>"
            "<li>Für eine andere Person können Sie den Antrag nur mit schriftlicher Vollmacht stellen.</li>"
            "</ul>"
        ),
        "required_documents": [
            "Wahlbenachrichtigung mit Antragsvordruck oder Angaben zu Name, Geburtsdatum und Wohnanschrift",
            "Bei persönlicher Antragstellung: Personalausweis oder Reisepass",
            "Bei Abholung für andere Personen: schriftliche Vollmacht und eigener Ausweis",
        ],
        "fees": [],
        "deadlines": (
            "<p>Der Antrag muss bis zum zweiten Tag vor der Wahl, 18 Uhr, gestellt werden, bei einer Wahl am "
            "Sonntag also bis Freitag 18 Uhr. Bei nachgewiesener plötzlicher Erkrankung ist ein Antrag noch "
            "bis zum Wahltag, 15 Uhr, möglich. Der Wahlbrief muss am Wahltag bis 18 Uhr eingehen.</p>"
        ),
        "processing_time": (
            "<p>Sobald die Stimmzettel gedruckt sind, werden die Briefwahlunterlagen in der Regel innerhalb "
            "weniger Tage versandt. Bei persönlicher Antragstellung erhalten Sie die Unterlagen sofort.</p>"
        ),
        "procedure": (
            "<ol>"
            "<li>Beantragen Sie den Wahlschein mit dem Vordruck auf der Wahlbenachrichtigung, online oder persönlich.</li>"
            "<li>Sie erhalten Wahlschein, Stimmzettel und Umschläge per Post oder im Briefwahlbüro.</li>"
            "<li>Kennzeichnen Sie den Stimmzettel persönlich und legen Sie ihn in den Stimmzettelumschlag.</li>"
            "<li>Unterschreiben Sie die Versicherung an Eides statt auf dem Wahlschein.</li>"
            "<li>Senden Sie Wahlschein und Stimmzettelumschlag im Wahlbriefumschlag rechtzeitig ab oder geben "
            "Sie ihn bei der angegebenen Stelle ab.</li>"
            "</ol>"
        ),
        "legal_basis": [
            {
                "title": "§ 36 Bundeswahlgesetz (BWahlG)",
                "url": "https://www.gesetze-im-internet.de/bwahlg/__36.html",
            },
            {
                "title": "§ 27 Bundeswahlordnung (BWO)",
                "url": "https://www.gesetze-im-internet.de/bwo_1985/__27.html",
            },
            {
                "title": "§ 28 Bundeswahlordnung (BWO)",
                "url": "https://www.gesetze-im-internet.de/bwo_1985/__28.html",
            },
        ],
        "forms": [],
        "online_services": [
            {
                "title": "Wahlschein und Briefwahlunterlagen online beantragen",
                "url": "https://amt24.sachsen.de/zufi/leistungen/6000681",
            },
        ],
        "further_information": (
            "<p>Informationen zu Wahlen im Freistaat Sachsen veröffentlicht das Statistische Landesamt unter "
            '<a href="https://www.wahlen.sachsen.de">wahlen.sachsen.de</a>. '
            "Die Termine und Fristen der jeweiligen Wahl finden Sie auch auf Ihrer Wahlbenachrichtigung.</p>"
        ),
        "notes": (
            "<p>Der Antrag und die Briefwahl sind kostenfrei. Bei Versand aus dem Ausland tragen Sie das "
            "Porto selbst.</p>"
        ),
        "keywords": [
            "Wahlschein",
            "Briefwahl",
            "Wahlunterlagen",
            "Wahlbenachrichtigung",
            "Stimmabgabe per Post",
            "wählen ohne Wahllokal",
        ],
        "last_reviewed": "2026-08-18",
        "next_review": "2027-08-18",
    },
    # ------------------------------------------------------------------ 22
    {
        "leika_key": "99018003005000",
        "slug": "fundsache-melden",
        "title": "Fundsache melden oder abholen",
        "audience": "citizens",
        "teaser": (
            "Wer eine verlorene Sache im Wert von mehr als 10 Euro findet, muss den Fund dem Fundbüro anzeigen. "
            "Haben Sie etwas verloren, können Sie beim Fundbüro nachfragen und Ihr Eigentum abholen."
        ),
        "full_text": (
            "<p>Wer eine verlorene Sache findet und an sich nimmt, muss dies unverzüglich dem Verlierer, dem "
            "Eigentümer oder dem Fundbüro der Gemeinde anzeigen (§ 965 BGB). Bei Sachen mit einem Wert von "
            "höchstens 10 Euro entfällt die Anzeigepflicht. Funde in Behörden und öffentlichen "
            "Verkehrsmitteln sind dort abzugeben (§ 978 BGB).</p>"
            "<p>Das Fundbüro verwahrt die Fundsache und versucht, den Eigentümer zu ermitteln. Der Finder hat "
            "Anspruch auf Finderlohn: fünf Prozent vom Wert bis 500 Euro, drei Prozent vom Mehrwert und bei "
            "Tieren drei Prozent (§ 971 BGB).</p>"
            "<p>Meldet sich niemand, erwirbt der Finder sechs Monate nach der Anzeige beim Fundbüro das "
            "Eigentum an der Sache (§ 973 BGB). Verzichtet der Finder auf seine Rechte, geht das Eigentum auf "
            "die Gemeinde über.</p>"
        ),
        "prerequisites": (
            "<ul>"
            "<li>Als Finder: Sie haben eine verlorene Sache gefunden und an sich genommen.</li>"
            "<li>Als Verlierer: Sie können Ihr Eigentum nachweisen oder durch eine genaue Beschreibung glaubhaft machen.</li>"
            "</ul>"
        ),
        "required_documents": [
            "Gültiger Personalausweis oder Reisepass",
            "Bei Abgabe: die Fundsache und Angaben zu Fundort und Fundzeit",
            "Bei Abholung: Eigentumsnachweis, z. B. Kaufbeleg, oder genaue Beschreibung der Sache",
            "Bei Abholung durch Dritte: schriftliche Vollmacht",
        ],
        "fees": [
            {
                "description": "Verwaltungsgebühr bei Herausgabe an den Verlierer (je nach Gemeinde und Wert)",
                "amount": 5.0,
                "amount_max": 50.0,
                "currency": "EUR",
            },
            {
                "description": "Finderlohn an den Finder (5 % bis 500 Euro Wert, darüber 3 %)",
                "amount": None,
                "amount_max": None,
                "currency": "EUR",
            },
        ],
        "deadlines": (
            "<p>Der Fund ist unverzüglich anzuzeigen. Fundsachen werden in der Regel sechs Monate aufbewahrt; "
            "danach erwirbt der Finder das Eigentum oder die Gemeinde verwertet die Sache.</p>"
        ),
        "processing_time": (
            "<p>Die Fundanzeige wird sofort aufgenommen. Abgegebene Sachen werden meist innerhalb weniger Tage "
            "im Fundregister erfasst und können dann recherchiert werden.</p>"
        ),
        "procedure": (
            "<ol>"
            "<li>Geben Sie die Fundsache beim Fundbüro Ihrer Gemeinde ab oder fragen Sie dort nach einem verlorenen Gegenstand.</li>"
            "<li>Das Fundbüro nimmt Ihre Daten sowie Fundort und Fundzeit auf.</li>"
            "<li>Der Eigentümer wird, soweit möglich, benachrichtigt.</li>"
            "<li>Bei Abholung weisen Sie Ihr Eigentum nach und zahlen Gebühren sowie gegebenenfalls den Finderlohn.</li>"
            "</ol>"
        ),
        "legal_basis": [
            {
                "title": "§ 965 Bürgerliches Gesetzbuch (BGB)",
                "url": "https://www.gesetze-im-internet.de/bgb/__965.html",
            },
            {
                "title": "§ 971 Bürgerliches Gesetzbuch (BGB)",
                "url": "https://www.gesetze-im-internet.de/bgb/__971.html",
            },
            {
                "title": "§ 973 Bürgerliches Gesetzbuch (BGB)",
                "url": "https://www.gesetze-im-internet.de/bgb/__973.html",
            },
            {
                "title": "§ 978 Bürgerliches Gesetzbuch (BGB)",
                "url": "https://www.gesetze-im-internet.de/bgb/__978.html",
            },
        ],
        "forms": [],
        "online_services": [
            {
                "title": "Fundsachen online suchen",
                "url": "https://amt24.sachsen.de/zufi/leistungen/6000712",
            },
        ],
        "further_information": (
            "<p>Gefundene Ausweise und Pässe leitet das Fundbüro an die ausstellende Behörde weiter. Fundtiere "
            "werden in der Regel in einem Tierheim untergebracht; fragen Sie bei Verlust eines Tieres auch dort nach.</p>"
        ),
        "notes": (
            "<p>Die Fundanzeige ist für den Finder gebührenfrei. Verwahrungskosten und Gebühren trägt bei der "
            "Herausgabe der Verlierer nach der Gebührensatzung der Gemeinde.</p>"
        ),
        "keywords": [
            "Fundbüro",
            "Fundamt",
            "etwas verloren",
            "etwas gefunden",
            "Finderlohn",
            "Fundsachen",
            "Schlüssel verloren",
        ],
        "last_reviewed": "2025-06-24",
        "next_review": "2026-06-24",
    },
    # ------------------------------------------------------------------ 23
    {
        "leika_key": "99018001005000",
        "slug": "hund-anmelden",
        "title": "Hund zur Hundesteuer anmelden",
        "audience": "citizens",
        "teaser": (
            "Wer einen Hund hält, muss ihn bei der Wohnsitzgemeinde zur Hundesteuer anmelden. Sie erhalten einen "
            "Steuerbescheid und eine Hundesteuermarke."
        ),
        "full_text": (
            "<p>Die Hundesteuer ist eine örtliche Aufwandsteuer, die die Städte und Gemeinden in Sachsen auf "
            "Grundlage des Sächsischen Kommunalabgabengesetzes und ihrer Hundesteuersatzung erheben. "
            "Steuerpflichtig ist in der Regel das Halten von Hunden, die älter als drei Monate sind, zu nicht "
            "gewerblichen Zwecken.</p>"
            "<p>Die Höhe der Steuer legt jede Gemeinde selbst fest. Für den zweiten und jeden weiteren Hund "
            "sowie für gefährliche Hunde gelten meist höhere Sätze. Blindenführhunde und andere "
            "Assistenzhunde sind in der Regel von der Steuer befreit.</p>"
            "<p>Nach der Anmeldung erhalten Sie einen Steuerbescheid und eine Hundesteuermarke, die der Hund "
            "außerhalb der Wohnung tragen muss. Geben Sie den Hund ab, stirbt er oder ziehen Sie weg, müssen "
            "Sie ihn wieder abmelden.</p>"
        ),
        "prerequisites": (
            "<ul>"
            "<li>Sie halten einen Hund, der älter als drei Monate ist, in Ihrem Haushalt.</li>"
            "<li>Sie wohnen in der Gemeinde, die die Hundesteuer erhebt.</li>"
            "</ul>"
        ),
        "required_documents": [
            "Anmeldeformular mit Angaben zu Rasse, Geburtsdatum und Beginn der Haltung",
            "Gültiger Personalausweis oder Reisepass",
            "Gegebenenfalls Abmeldebestätigung der bisherigen Gemeinde",
            "Bei Steuerbefreiung: Nachweis, z. B. Schwerbehindertenausweis oder Ausbildungsnachweis des Assistenzhundes",
        ],
        "fees": [
            {
                "description": "Hundesteuer für den ersten Hund (jährlich, je nach Gemeinde)",
                "amount": 60.0,
                "amount_max": 120.0,
                "currency": "EUR",
            },
            {
                "description": "Hundesteuer für jeden weiteren Hund (jährlich, je nach Gemeinde)",
                "amount": 90.0,
                "amount_max": 240.0,
                "currency": "EUR",
            },
            {
                "description": "Hundesteuer für gefährliche Hunde (jährlich, nach Satzung der Gemeinde)",
                "amount": None,
                "amount_max": None,
                "currency": "EUR",
            },
        ],
        "deadlines": (
            "<p>Der Hund ist in der Regel innerhalb von zwei Wochen nach Beginn der Haltung, nach Vollendung "
            "des dritten Lebensmonats oder nach dem Zuzug anzumelden. Die genaue Frist regelt die "
            "Hundesteuersatzung Ihrer Gemeinde.</p>"
        ),
        "processing_time": (
            "<p>Bei persönlicher Anmeldung erhalten Sie die Hundesteuermarke meist sofort, sonst per Post. Der "
            "Steuerbescheid wird in der Regel innerhalb von vier Wochen zugestellt.</p>"
        ),
        "procedure": (
            "<ol>"
            "<li>Füllen Sie das Anmeldeformular der Gemeinde aus oder nutzen Sie die Online-Anmeldung.</li>"
            "<li>Reichen Sie die Anmeldung mit den Nachweisen bei der Steuerverwaltung der Gemeinde ein.</li>"
            "<li>Sie erhalten die Hundesteuermarke.</li>"
            "<li>Die Gemeinde setzt die Steuer mit Bescheid fest; die Zahlung erfolgt meist jährlich oder vierteljährlich.</li>"
            "</ol>"
        ),
        "legal_basis": [
            {
                "title": "§ 7 Sächsisches Kommunalabgabengesetz (SächsKAG)",
                "url": "https://www.revosax.sachsen.de/vorschrift/4304",
            },
        ],
        "forms": [
            {
                "title": "Anmeldung eines Hundes zur Hundesteuer",
                "url": "https://amt24.sachsen.de/zufi/leistungen/6000745",
            },
        ],
        "online_services": [
            {
                "title": "Hund online zur Hundesteuer anmelden",
                "url": "https://amt24.sachsen.de/zufi/leistungen/6000745",
            },
        ],
        "further_information": (
            "<p>Für Hunde, die als gefährlich gelten, sind in Sachsen besondere Anforderungen an Haltung und "
            "Erlaubnis zu beachten. Auskunft erteilt die Ortspolizeibehörde Ihrer Gemeinde.</p>"
        ),
        "notes": (
            "<p>Die Anmeldung selbst ist gebührenfrei. Bei Verlust der Hundesteuermarke gibt die Gemeinde "
            "gegen eine geringe Gebühr eine Ersatzmarke aus.</p>"
        ),
        "keywords": [
            "Hundesteuer",
            "Hundemarke",
            "Hundesteuermarke",
            "Hund anmelden",
            "Hundehaltung",
            "Hund ummelden",
        ],
        "last_reviewed": "2025-09-02",
        "next_review": "2026-09-02",
    },
]
