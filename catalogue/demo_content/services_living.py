"""Demo-Leistungen Verkehr, Bauen, Gewerbe und Soziales für den sächsischen Leistungskatalog."""

SERVICES = [
    # ------------------------------------------------------------------ Verkehr
    {
        "leika_key": "99088001002000",
        "slug": "fahrerlaubnis-beantragen",
        "title": "Fahrerlaubnis erstmals beantragen",
        "audience": "citizens",
        "teaser": (
            "Sie möchten zum ersten Mal eine Fahrerlaubnis erwerben, etwa für Pkw oder Motorrad? "
            "Den Antrag stellen Sie bei der Fahrerlaubnisbehörde Ihres Landkreises oder Ihrer "
            "kreisfreien Stadt, am besten zu Beginn der Fahrschulausbildung."
        ),
        "full_text": (
            "<p>Wer ein Kraftfahrzeug auf öffentlichen Straßen führt, benötigt nach § 2 des "
            "Straßenverkehrsgesetzes (StVG) eine Fahrerlaubnis der entsprechenden Klasse. Die "
            "Fahrerlaubnis wird auf Antrag erteilt, wenn Sie die Ausbildung in einer Fahrschule "
            "durchlaufen und die theoretische sowie die praktische Prüfung bestanden haben.</p>"
            "<p>In Sachsen sind die Landkreise und kreisfreien Städte Fahrerlaubnisbehörden. Sie "
            "prüfen Ihre Unterlagen, holen eine Auskunft aus dem Fahreignungsregister ein und "
            "beauftragen anschließend die Technische Prüfstelle (in Sachsen die DEKRA) mit der "
            "Abnahme der Prüfungen. Den Kartenführerschein stellt die Bundesdruckerei her; er wird "
            "Ihnen in der Regel unmittelbar nach bestandener praktischer Prüfung ausgehändigt.</p>"
            "<p>Die Klasse B können Sie bereits mit 17 Jahren im Rahmen des begleiteten Fahrens "
            "(BF17) erwerben. Bis zum 18. Geburtstag dürfen Sie dann nur in Begleitung einer im "
            "Antrag benannten Person fahren, die mindestens 30 Jahre alt ist und seit mindestens "
            "fünf Jahren eine Fahrerlaubnis der Klasse B besitzt.</p>"
        ),
        "prerequisites": (
            "<ul>"
            "<li>Sie haben das Mindestalter der jeweiligen Klasse erreicht (zum Beispiel 18 Jahre "
            "für Klasse B oder 17 Jahre beim begleiteten Fahren).</li>"
            "<li>Sie haben Ihren ordentlichen Wohnsitz in Deutschland.</li>"
            "<li>Sie sind körperlich und geistig zum Führen von Kraftfahrzeugen geeignet und haben "
            "ein ausreichendes Sehvermögen.</li>"
            "<li>Sie haben an einer Schulung in Erster Hilfe teilgenommen.</li>"
            "<li>Sie besitzen keine Fahrerlaubnis derselben Klasse aus einem anderen Mitgliedstaat "
            "der EU oder des EWR.</li>"
            "</ul>"
        ),
        "required_documents": [
            "Gültiger Personalausweis oder Reisepass (bei Reisepass zusätzlich Meldebescheinigung)",
            "Ein aktuelles biometrisches Passbild (35 x 45 mm)",
            "Sehtestbescheinigung einer amtlich anerkannten Sehteststelle, nicht älter als zwei Jahre",
            "Nachweis über die Teilnahme an einer Schulung in Erster Hilfe",
            "Bei begleitetem Fahren: Zustimmung der Sorgeberechtigten und Angaben zu den Begleitpersonen",
        ],
        "fees": [
            {
                "description": "Ersterteilung der Fahrerlaubnis Klasse B einschließlich Kartenführerschein",
                "amount": 43.40,
                "amount_max": None,
                "currency": "EUR",
            },
            {
                "description": "Sehtest bei einer amtlich anerkannten Sehteststelle",
                "amount": 6.43,
                "amount_max": None,
                "currency": "EUR",
            },
            {
                "description": "Theoretische und praktische Prüfung (Entgelt der Technischen Prüfstelle)",
                "amount": None,
                "amount_max": None,
                "currency": "EUR",
            },
        ],
        "deadlines": (
            "<p>Stellen Sie den Antrag rechtzeitig, möglichst zu Beginn der Fahrschulausbildung; "
            "viele Behörden nehmen Anträge bereits etwa sechs Monate vor Erreichen des Mindestalters "
            "entgegen. Die theoretische Prüfung dürfen Sie frühestens drei Monate, die praktische "
            "Prüfung frühestens einen Monat vor Erreichen des Mindestalters ablegen. Zwischen "
            "bestandener Theorie und praktischer Prüfung dürfen höchstens zwölf Monate liegen.</p>"
        ),
        "processing_time": (
            "<p>Die Bearbeitung dauert in der Regel vier bis sechs Wochen. Müssen ärztliche oder "
            "sonstige Gutachten zur Eignung angefordert werden, verlängert sich das Verfahren "
            "entsprechend.</p>"
        ),
        "procedure": (
            "<ol>"
            "<li>Melden Sie sich bei einer Fahrschule an und absolvieren Sie Sehtest und "
            "Erste-Hilfe-Kurs.</li>"
            "<li>Reichen Sie den Antrag mit allen Unterlagen bei der Fahrerlaubnisbehörde ein – "
            "persönlich, über Ihre Fahrschule oder online.</li>"
            "<li>Die Behörde prüft die Voraussetzungen und übermittelt den Prüfauftrag an die "
            "Technische Prüfstelle.</li>"
            "<li>Sie legen die theoretische und anschließend die praktische Prüfung ab.</li>"
            "<li>Nach bestandener Prüfung erhalten Sie den Führerschein, beim begleiteten Fahren "
            "zunächst eine Prüfungsbescheinigung.</li>"
            "</ol>"
        ),
        "legal_basis": [
            {
                "title": "§ 2 Straßenverkehrsgesetz (StVG)",
                "url": "https://www.gesetze-im-internet.de/stvg/__2.html",
            },
            {
                "title": "§ 21 Fahrerlaubnis-Verordnung (FeV) – Antrag auf Erteilung einer Fahrerlaubnis",
                "url": "https://www.gesetze-im-internet.de/fev_2010/__21.html",
            },
            {
                "title": "§ 22 FeV – Verfahren bei der Behörde und der Technischen Prüfstelle",
                "url": "https://www.gesetze-im-internet.de/fev_2010/__22.html",
            },
            {
                "title": "§ 48a FeV – Begleitetes Fahren ab 17 Jahre",
                "url": "https://www.gesetze-im-internet.de/fev_2010/__48a.html",
            },
            {
                "title": "Gebührenordnung für Maßnahmen im Straßenverkehr (GebOSt)",
                "url": "https://www.gesetze-im-internet.de/stgebo_2011/",
            },
        ],
        "forms": [
            {
                "title": "Antrag auf Erteilung einer Fahrerlaubnis",
                "url": "https://amt24.sachsen.de/zufi/leistungen/99088001002000/formulare",
            },
        ],
        "online_services": [
            {
                "title": "Fahrerlaubnis online beantragen",
                "url": "https://amt24.sachsen.de/zufi/leistungen/99088001002000",
            },
        ],
        "further_information": (
            "<p>Einen Überblick über alle Fahrerlaubnisklassen und die zugehörigen Mindestalter "
            'bietet das <a href="https://www.kba.de/DE/Themen/Fuehrerscheine/fuehrerscheine_node.html">'
            "Kraftfahrt-Bundesamt</a>.</p>"
        ),
        "notes": (
            "<p>Eine erstmals erworbene Fahrerlaubnis wird auf Probe erteilt; die Probezeit beträgt "
            "zwei Jahre. Während der Probezeit und bis zum 21. Geburtstag gilt am Steuer ein "
            "absolutes Alkoholverbot.</p>"
        ),
        "keywords": [
            "Führerschein machen",
            "Führerscheinantrag",
            "Fahrerlaubnis Klasse B",
            "Fahrprüfung",
            "BF17",
            "Begleitetes Fahren",
        ],
        "last_reviewed": "2026-03-10",
        "next_review": "2027-03-10",
    },
    {
        "leika_key": "99088002002000",
        "slug": "fuehrerschein-umtauschen",
        "title": "Führerschein umtauschen",
        "audience": "citizens",
        "teaser": (
            "Ältere Papier- und Kartenführerscheine müssen gestaffelt gegen den EU-Kartenführerschein "
            "umgetauscht werden. Prüfen Sie Ihre Frist und stellen Sie den Antrag bei Ihrer "
            "Fahrerlaubnisbehörde."
        ),
        "full_text": (
            "<p>Alle Führerscheine, die vor dem 19. Januar 2013 ausgestellt wurden, müssen nach "
            "§ 24a der Fahrerlaubnis-Verordnung (FeV) schrittweise gegen einen fälschungssicheren "
            "EU-Kartenführerschein umgetauscht werden. Das neue Dokument ist 15 Jahre gültig. Ihre "
            "Fahrerlaubnis für Pkw und Motorrad bleibt dagegen unbefristet bestehen; eine erneute "
            "Prüfung oder ein Sehtest ist nicht erforderlich.</p>"
            "<p>Die Umtauschfristen richten sich bei Papierführerscheinen nach dem Geburtsjahr, bei "
            "Kartenführerscheinen nach dem Ausstellungsjahr. Für Papierführerscheine der "
            "Geburtsjahrgänge ab 1953 sind die Fristen bereits abgelaufen; wer vor 1953 geboren ist, "
            "hat bis zum 19. Januar 2033 Zeit.</p>"
            "<p>Beim Umtausch werden Ihre bisherigen Klassen in die heutigen Fahrerlaubnisklassen "
            "übertragen. Besitzstände, zum Beispiel aus der früheren Klasse 3, bleiben erhalten und "
            "werden durch zusätzliche Klassen oder Schlüsselzahlen im Führerschein vermerkt.</p>"
        ),
        "prerequisites": (
            "<p>Sie besitzen einen Papierführerschein oder einen vor dem 19. Januar 2013 "
            "ausgestellten Kartenführerschein und haben Ihren Wohnsitz im Zuständigkeitsbereich der "
            "Fahrerlaubnisbehörde.</p>"
        ),
        "required_documents": [
            "Gültiger Personalausweis oder Reisepass",
            "Ein aktuelles biometrisches Passbild (35 x 45 mm)",
            "Bisheriger Führerschein im Original",
            "Gegebenenfalls Karteikartenabschrift der ausstellenden Behörde, wenn der Führerschein "
            "außerhalb des jetzigen Wohnorts ausgestellt wurde",
        ],
        "fees": [
            {
                "description": "Umtausch in einen EU-Kartenführerschein",
                "amount": 25.30,
                "amount_max": None,
                "currency": "EUR",
            },
            {
                "description": "Direktversand des neuen Führerscheins durch die Bundesdruckerei (optional)",
                "amount": 5.10,
                "amount_max": None,
                "currency": "EUR",
            },
        ],
        "deadlines": (
            "<p>Für Kartenführerscheine gelten folgende Fristen (Ausstellungsjahr – Umtausch bis):</p>"
            "<ul>"
            "<li>1999 bis 2001 – 19. Januar 2026</li>"
            "<li>2002 bis 2004 – 19. Januar 2027</li>"
            "<li>2005 bis 2007 – 19. Januar 2028</li>"
            "<li>2008 – 19. Januar 2029</li>"
            "<li>2009 – 19. Januar 2030</li>"
            "<li>2010 – 19. Januar 2031</li>"
            "<li>2011 – 19. Januar 2032</li>"
            "<li>2012 bis 18. Januar 2013 – 19. Januar 2033</li>"
            "</ul>"
            "<p>Papierführerscheine von Personen, die vor 1953 geboren sind, müssen bis zum "
            "19. Januar 2033 umgetauscht werden.</p>"
        ),
        "processing_time": (
            "<p>Der neue Führerschein wird von der Bundesdruckerei hergestellt. Die Bearbeitung "
            "dauert in der Regel drei bis sechs Wochen.</p>"
        ),
        "procedure": (
            "<ol>"
            "<li>Prüfen Sie anhand der Fristen, bis wann Ihr Führerschein umgetauscht werden muss.</li>"
            "<li>Stellen Sie den Antrag bei der Fahrerlaubnisbehörde, nach Terminvereinbarung "
            "persönlich oder online.</li>"
            "<li>Die Behörde prüft Ihre Fahrerlaubnisdaten und gibt den Führerschein bei der "
            "Bundesdruckerei in Auftrag.</li>"
            "<li>Sie holen den neuen Führerschein ab und geben dabei den alten Führerschein ab, "
            "oder Sie erhalten ihn per Direktversand.</li>"
            "</ol>"
        ),
        "legal_basis": [
            {
                "title": "§ 24a Fahrerlaubnis-Verordnung (FeV) – Gültigkeit von Führerscheinen",
                "url": "https://www.gesetze-im-internet.de/fev_2010/__24a.html",
            },
            {
                "title": "Anlage 8e FeV – Fristen für den Umtausch",
                "url": "https://www.gesetze-im-internet.de/fev_2010/anlage_8e.html",
            },
            {
                "title": "Gebührenordnung für Maßnahmen im Straßenverkehr (GebOSt)",
                "url": "https://www.gesetze-im-internet.de/stgebo_2011/",
            },
        ],
        "forms": [],
        "online_services": [
            {
                "title": "Führerscheinumtausch online beantragen",
                "url": "https://amt24.sachsen.de/zufi/leistungen/99088002002000",
            },
        ],
        "further_information": (
            "<p>Ob und bis wann Ihr Führerschein umgetauscht werden muss, können Sie auch mit dem "
            'Fristenrechner des <a href="https://www.bmv.de">'
            "Bundesministeriums für Verkehr</a> prüfen.</p>"
        ),
        "notes": (
            "<p>Wer nach Ablauf der Frist noch mit dem alten Führerschein fährt, muss mit einem "
            "Verwarnungsgeld von 10 Euro rechnen. Die Fahrerlaubnis selbst erlischt dadurch nicht.</p>"
        ),
        "keywords": [
            "Führerscheinumtausch",
            "Pflichtumtausch",
            "Kartenführerschein",
            "Papierführerschein",
            "Führerschein neu",
            "rosa Führerschein",
        ],
        "last_reviewed": "2026-01-22",
        "next_review": "2027-01-22",
    },
    {
        "leika_key": "99088003002000",
        "slug": "fahrzeug-zulassen",
        "title": "Fahrzeug zulassen",
        "audience": "citizens",
        "teaser": (
            "Neu gekauft, gebraucht übernommen oder wieder in Betrieb genommen: Bevor ein Fahrzeug "
            "auf öffentlichen Straßen fahren darf, muss es bei der Zulassungsbehörde zugelassen "
            "werden – vor Ort oder online."
        ),
        "full_text": (
            "<p>Kraftfahrzeuge und ihre Anhänger dürfen auf öffentlichen Straßen nur in Betrieb "
            "gesetzt werden, wenn sie zugelassen sind. Die Zulassung erfolgt durch Zuteilung eines "
            "Kennzeichens, Abstempelung der Kennzeichenschilder und Ausfertigung der "
            "Zulassungsbescheinigung. Das gilt für Neufahrzeuge, für Gebrauchtfahrzeuge nach einem "
            "Halterwechsel (Umschreibung) und für die Wiederzulassung eines außer Betrieb gesetzten "
            "Fahrzeugs.</p>"
            "<p>Zuständig ist die Zulassungsbehörde des Landkreises oder der kreisfreien Stadt, in "
            "der Sie wohnen oder Ihr Unternehmen seinen Sitz hat. Bei einem Umzug innerhalb "
            "Deutschlands können Sie Ihr bisheriges Kennzeichen behalten.</p>"
            "<p>Viele Vorgänge können Sie auch internetbasiert (i-Kfz) erledigen. Nach erfolgreicher "
            "Online-Zulassung dürfen Sie mit dem ausgedruckten vorläufigen Zulassungsnachweis bis zu "
            "zehn Tage fahren, bis Zulassungsbescheinigung und Stempelplaketten per Post bei Ihnen "
            "eingehen.</p>"
        ),
        "prerequisites": (
            "<ul>"
            "<li>Für das Fahrzeug besteht eine Kfz-Haftpflichtversicherung (elektronische "
            "Versicherungsbestätigung, eVB).</li>"
            "<li>Das Fahrzeug hat eine gültige Hauptuntersuchung, soweit es kein Neufahrzeug ist.</li>"
            "<li>Sie haben Ihren Wohnsitz oder Firmensitz im Zulassungsbezirk.</li>"
            "<li>Es bestehen keine Rückstände bei der Kraftfahrzeugsteuer.</li>"
            "</ul>"
        ),
        "required_documents": [
            "Gültiger Personalausweis oder Reisepass mit Meldebescheinigung",
            "Zulassungsbescheinigung Teil II (Fahrzeugbrief), bei Gebrauchtfahrzeugen auch Teil I",
            "Bei Neufahrzeugen die Übereinstimmungsbescheinigung (CoC) oder Datenbestätigung",
            "Versicherungsbestätigung (eVB-Nummer)",
            "SEPA-Lastschriftmandat für den Einzug der Kraftfahrzeugsteuer",
            "Bei Vertretung: schriftliche Vollmacht und Ausweis der bevollmächtigten Person",
        ],
        "fees": [
            {
                "description": "Zulassung (Neuzulassung, Umschreibung oder Wiederzulassung), je nach Vorgang",
                "amount": 27.00,
                "amount_max": 36.00,
                "currency": "EUR",
            },
            {
                "description": "Zuteilung eines Wunschkennzeichens",
                "amount": 10.20,
                "amount_max": None,
                "currency": "EUR",
            },
            {
                "description": "Reservierung eines Wunschkennzeichens",
                "amount": 2.60,
                "amount_max": None,
                "currency": "EUR",
            },
            {
                "description": "Kennzeichenschilder (Preis des gewerblichen Schilderherstellers)",
                "amount": None,
                "amount_max": None,
                "currency": "EUR",
            },
        ],
        "deadlines": (
            "<p>Nach einem Halterwechsel muss die neue Halterin oder der neue Halter das Fahrzeug "
            "unverzüglich umschreiben lassen. Auch Änderungen von Name oder Anschrift sind der "
            "Zulassungsbehörde unverzüglich mitzuteilen.</p>"
        ),
        "processing_time": (
            "<p>Bei persönlicher Vorsprache wird die Zulassung in der Regel sofort erledigt. Bei "
            "Online-Anträgen erhalten Sie die Unterlagen meist innerhalb weniger Werktage per "
            "Post.</p>"
        ),
        "procedure": (
            "<ol>"
            "<li>Schließen Sie eine Kfz-Haftpflichtversicherung ab und lassen Sie sich die "
            "eVB-Nummer geben.</li>"
            "<li>Reservieren Sie bei Bedarf ein Wunschkennzeichen und buchen Sie einen Termin bei "
            "der Zulassungsbehörde – oder starten Sie den Online-Antrag.</li>"
            "<li>Legen Sie die Unterlagen vor; die Behörde prüft sie und teilt das Kennzeichen zu.</li>"
            "<li>Lassen Sie die Kennzeichenschilder prägen und von der Zulassungsbehörde "
            "abstempeln.</li>"
            "<li>Sie erhalten die Zulassungsbescheinigung Teil I und bringen die Schilder am "
            "Fahrzeug an.</li>"
            "</ol>"
        ),
        "legal_basis": [
            {
                "title": "§ 3 Fahrzeug-Zulassungsverordnung (FZV) – Notwendigkeit einer Zulassung",
                "url": "https://www.gesetze-im-internet.de/fzv_2023/__3.html",
            },
            {
                "title": "§ 6 FZV – Antrag auf Zulassung",
                "url": "https://www.gesetze-im-internet.de/fzv_2023/__6.html",
            },
            {
                "title": "§ 1 Pflichtversicherungsgesetz (PflVG)",
                "url": "https://www.gesetze-im-internet.de/pflvg/__1.html",
            },
            {
                "title": "§ 13 Kraftfahrzeugsteuergesetz (KraftStG)",
                "url": "https://www.gesetze-im-internet.de/kraftstg/__13.html",
            },
        ],
        "forms": [
            {
                "title": "SEPA-Lastschriftmandat für die Kraftfahrzeugsteuer",
                "url": "https://www.zoll.de/DE/Fachthemen/Steuern/Verbrauchsteuern/Kraftfahrzeugsteuer/kraftfahrzeugsteuer_node.html",
            },
        ],
        "online_services": [
            {
                "title": "Fahrzeug online zulassen (i-Kfz)",
                "url": "https://amt24.sachsen.de/zufi/leistungen/99088003002000",
            },
        ],
        "further_information": (
            "<p>Hinweise zur Kraftfahrzeugsteuer erhalten Sie beim "
            '<a href="https://www.zoll.de">Zoll</a>, der die Steuer erhebt.</p>'
        ),
        "notes": "",
        "keywords": [
            "Auto anmelden",
            "Kfz-Zulassung",
            "Zulassungsstelle",
            "Ummeldung Auto",
            "Neuzulassung",
            "Wunschkennzeichen",
            "i-Kfz",
        ],
        "last_reviewed": "2026-05-06",
        "next_review": "2027-05-06",
    },
    {
        "leika_key": "99088004002000",
        "slug": "fahrzeug-ausser-betrieb-setzen",
        "title": "Fahrzeug außer Betrieb setzen",
        "audience": "citizens",
        "teaser": (
            "Sie verkaufen, verschrotten oder nutzen Ihr Fahrzeug längere Zeit nicht? Mit der "
            "Außerbetriebsetzung enden Kfz-Steuer und Versicherungspflicht – vor Ort oder online."
        ),
        "full_text": (
            "<p>Mit der Außerbetriebsetzung (umgangssprachlich „Abmeldung“) wird ein zugelassenes "
            "Fahrzeug vorübergehend oder endgültig aus dem Straßenverkehr genommen. Die "
            "Zulassungsbehörde entstempelt die Kennzeichenschilder und vermerkt die "
            "Außerbetriebsetzung in der Zulassungsbescheinigung Teil I. Kraftfahrzeugsteuer und "
            "Versicherung werden automatisch informiert.</p>"
            "<p>Überlassen Sie das Fahrzeug zur Verschrottung einem anerkannten Demontagebetrieb, "
            "erhalten Sie einen Verwertungsnachweis, den Sie bei der Außerbetriebsetzung vorlegen. "
            "Wollen Sie das Fahrzeug später wieder nutzen, können Sie sich das bisherige "
            "Kennzeichen bis zu zwölf Monate reservieren lassen.</p>"
            "<p>Haben Ihre Zulassungsbescheinigung Teil I und die Stempelplaketten verdeckte "
            "Sicherheitscodes, können Sie das Fahrzeug auch internetbasiert außer Betrieb setzen. "
            "Sie benötigen dafür einen Online-Ausweis, zum Beispiel die Online-Ausweisfunktion des "
            "Personalausweises.</p>"
        ),
        "prerequisites": (
            "<p>Sie sind Halterin oder Halter des Fahrzeugs oder von ihr bzw. ihm bevollmächtigt. "
            "Das Fahrzeug ist zugelassen oder hat ein zugeteiltes Kennzeichen.</p>"
        ),
        "required_documents": [
            "Zulassungsbescheinigung Teil I (Fahrzeugschein)",
            "Beide Kennzeichenschilder zur Entstempelung",
            "Bei Verschrottung: Verwertungsnachweis des Demontagebetriebs",
            "Bei Vertretung: Vollmacht und Ausweis der bevollmächtigten Person",
        ],
        "fees": [
            {
                "description": "Außerbetriebsetzung bei der Zulassungsbehörde",
                "amount": 6.90,
                "amount_max": None,
                "currency": "EUR",
            },
            {
                "description": "Reservierung des bisherigen Kennzeichens für eine Wiederzulassung",
                "amount": 2.60,
                "amount_max": None,
                "currency": "EUR",
            },
        ],
        "deadlines": (
            "<p>Ein Fahrzeug ohne gültigen Versicherungsschutz muss unverzüglich außer Betrieb "
            "gesetzt werden; die Versicherung meldet fehlenden Versicherungsschutz an die "
            "Zulassungsbehörde. Eine Kennzeichenreservierung gilt längstens zwölf Monate ab dem Tag "
            "der Außerbetriebsetzung.</p>"
        ),
        "processing_time": (
            "<p>Die Außerbetriebsetzung wird bei persönlicher Vorsprache sofort erledigt. Online "
            "gestellte Anträge werden in der Regel am selben oder nächsten Werktag bearbeitet.</p>"
        ),
        "procedure": (
            "<ol>"
            "<li>Bauen Sie die Kennzeichenschilder ab und legen Sie die Unterlagen bereit.</li>"
            "<li>Beantragen Sie die Außerbetriebsetzung bei der Zulassungsbehörde oder online.</li>"
            "<li>Die Behörde entstempelt die Kennzeichen und vermerkt die Außerbetriebsetzung.</li>"
            "<li>Sie erhalten Ihre Unterlagen zurück; Zoll und Versicherung werden automatisch "
            "benachrichtigt.</li>"
            "</ol>"
        ),
        "legal_basis": [
            {
                "title": "§ 16 Fahrzeug-Zulassungsverordnung (FZV) – Außerbetriebsetzung, Wiederzulassung",
                "url": "https://www.gesetze-im-internet.de/fzv_2023/__16.html",
            },
            {
                "title": "§ 24 FZV – Internetbasierte Außerbetriebsetzung",
                "url": "https://www.gesetze-im-internet.de/fzv_2023/__24.html",
            },
            {
                "title": "Altfahrzeug-Verordnung (AltfahrzeugV)",
                "url": "https://www.gesetze-im-internet.de/altautov/",
            },
        ],
        "forms": [],
        "online_services": [
            {
                "title": "Fahrzeug online außer Betrieb setzen (i-Kfz)",
                "url": "https://amt24.sachsen.de/zufi/leistungen/99088004002000",
            },
        ],
        "further_information": "",
        "notes": (
            "<p>Für eine spätere Wiederzulassung benötigen Sie die Zulassungsbescheinigungen Teil I "
            "und Teil II. Ist die Hauptuntersuchung zwischenzeitlich fällig geworden, muss sie vor "
            "der Wiederzulassung nachgeholt werden.</p>"
        ),
        "keywords": [
            "Auto abmelden",
            "Kfz-Abmeldung",
            "Stilllegung",
            "Fahrzeug stilllegen",
            "Verschrottung",
            "Kennzeichen abgeben",
        ],
        "last_reviewed": "2026-05-06",
        "next_review": "2027-05-06",
    },
    {
        "leika_key": "99088005002000",
        "slug": "bewohnerparkausweis-beantragen",
        "title": "Bewohnerparkausweis beantragen",
        "audience": "citizens",
        "teaser": (
            "Wer in einem Bewohnerparkgebiet wohnt, kann einen Bewohnerparkausweis beantragen und "
            "damit in den ausgewiesenen Bereichen ohne Parkschein parken."
        ),
        "full_text": (
            "<p>In innerstädtischen Quartieren mit hohem Parkdruck richten Städte und Gemeinden "
            "Bewohnerparkgebiete ein. Dort sind Parkflächen ganz oder zu bestimmten Zeiten "
            "Bewohnerinnen und Bewohnern mit Parkausweis vorbehalten, oder der Ausweis befreit von "
            "der Pflicht, einen Parkschein zu lösen.</p>"
            "<p>Der Ausweis gilt nur für das Bewohnerparkgebiet, in dem Sie wohnen, und nur für das "
            "darin eingetragene Fahrzeug. Er berechtigt zum Parken, garantiert aber keinen "
            "freien Parkplatz. Zuständig ist die Straßenverkehrsbehörde Ihrer Stadt oder Gemeinde.</p>"
        ),
        "prerequisites": (
            "<ul>"
            "<li>Sie sind mit Hauptwohnsitz im Bewohnerparkgebiet gemeldet.</li>"
            "<li>Das Fahrzeug ist auf Sie zugelassen oder wird Ihnen nachweislich dauerhaft zur "
            "Nutzung überlassen, zum Beispiel als Dienst- oder Leasingfahrzeug.</li>"
            "<li>Pro Person wird nur ein Bewohnerparkausweis ausgestellt.</li>"
            "</ul>"
        ),
        "required_documents": [
            "Gültiger Personalausweis oder Reisepass mit Meldebescheinigung",
            "Zulassungsbescheinigung Teil I des Fahrzeugs",
            "Bei Dienst- oder Firmenfahrzeugen: Bescheinigung des Arbeitgebers über die private Nutzung",
            "Bei Leasing- oder Mietfahrzeugen: Leasing- oder Mietvertrag",
        ],
        "fees": [
            {
                "description": "Bewohnerparkausweis je Jahr (Gebührenrahmen der Gebührenordnung für "
                "Maßnahmen im Straßenverkehr)",
                "amount": 10.20,
                "amount_max": 30.70,
                "currency": "EUR",
            },
        ],
        "deadlines": (
            "<p>Beantragen Sie die Verlängerung rechtzeitig vor Ablauf der Gültigkeit. Ein Umzug "
            "aus dem Gebiet oder ein Fahrzeugwechsel ist der Straßenverkehrsbehörde umgehend "
            "mitzuteilen; der alte Ausweis ist zurückzugeben.</p>"
        ),
        "processing_time": (
            "<p>Bei vollständigen Unterlagen wird der Ausweis bei persönlicher Vorsprache sofort "
            "ausgestellt, bei schriftlicher oder Online-Antragstellung innerhalb von etwa zwei "
            "Wochen zugesandt.</p>"
        ),
        "procedure": (
            "<ol>"
            "<li>Prüfen Sie, ob Ihre Anschrift in einem Bewohnerparkgebiet liegt.</li>"
            "<li>Stellen Sie den Antrag bei der Straßenverkehrsbehörde, persönlich oder online.</li>"
            "<li>Die Behörde prüft Meldeadresse und Fahrzeugdaten.</li>"
            "<li>Nach Zahlung der Gebühr erhalten Sie den Ausweis und legen ihn gut sichtbar hinter "
            "die Windschutzscheibe.</li>"
            "</ol>"
        ),
        "legal_basis": [
            {
                "title": "§ 45 Abs. 1b Straßenverkehrs-Ordnung (StVO)",
                "url": "https://www.gesetze-im-internet.de/stvo_2013/__45.html",
            },
            {
                "title": "§ 6a Straßenverkehrsgesetz (StVG) – Gebühren",
                "url": "https://www.gesetze-im-internet.de/stvg/__6a.html",
            },
            {
                "title": "Gebührenordnung für Maßnahmen im Straßenverkehr (GebOSt), Gebühren-Nr. 265",
                "url": "https://www.gesetze-im-internet.de/stgebo_2011/",
            },
        ],
        "forms": [],
        "online_services": [
            {
                "title": "Bewohnerparkausweis online beantragen",
                "url": "https://amt24.sachsen.de/zufi/leistungen/99088005002000",
            },
        ],
        "further_information": "",
        "notes": (
            "<p>Die Länder können nach § 6a Abs. 5a StVG eigene Gebührenordnungen für das "
            "Bewohnerparken erlassen. Maßgeblich ist die Gebühr, die Ihre Straßenverkehrsbehörde "
            "aktuell erhebt.</p>"
        ),
        "keywords": [
            "Anwohnerparkausweis",
            "Anwohnerparken",
            "Parkausweis",
            "Parkvignette",
            "Bewohnerparken",
        ],
        "last_reviewed": "2025-09-30",
        "next_review": "2026-09-30",
    },
    # ------------------------------------------------------------------ Bauen
    {
        "leika_key": "99050001004000",
        "slug": "baugenehmigung-beantragen",
        "title": "Baugenehmigung beantragen",
        "audience": "citizens",
        "teaser": (
            "Für den Neubau, Umbau oder die Nutzungsänderung eines Gebäudes brauchen Sie in der Regel "
            "eine Baugenehmigung. Den Bauantrag reichen Sie mit Ihrer Entwurfsverfasserin oder Ihrem "
            "Entwurfsverfasser bei der unteren Bauaufsichtsbehörde ein."
        ),
        "full_text": (
            "<p>Die Errichtung, Änderung und Nutzungsänderung von Anlagen bedürfen nach § 59 der "
            "Sächsischen Bauordnung (SächsBO) einer Baugenehmigung, soweit sie nicht ausnahmsweise "
            "verfahrensfrei sind oder von der Genehmigung freigestellt werden. Mit der Genehmigung "
            "bestätigt die Bauaufsichtsbehörde, dass Ihr Vorhaben den öffentlich-rechtlichen "
            "Vorschriften entspricht.</p>"
            "<p>Für die meisten Wohngebäude gilt das vereinfachte Baugenehmigungsverfahren nach "
            "§ 63 SächsBO. Geprüft werden dabei vor allem das Bauplanungsrecht nach den §§ 29 bis 38 "
            "des Baugesetzbuchs (BauGB), beantragte Abweichungen und andere öffentlich-rechtliche "
            "Anforderungen. Sonderbauten wie Versammlungsstätten oder Hochhäuser durchlaufen das "
            "umfassendere Verfahren nach § 64 SächsBO.</p>"
            "<p>Zuständig sind in Sachsen die unteren Bauaufsichtsbehörden bei den Landratsämtern, "
            "den kreisfreien Städten und bei einigen Großen Kreisstädten. Die "
            "Gemeinde wird im Verfahren beteiligt und muss ihr Einvernehmen erteilen, wenn das "
            "Vorhaben nach den §§ 31, 33 bis 35 BauGB zu beurteilen ist.</p>"
        ),
        "prerequisites": (
            "<ul>"
            "<li>Das Vorhaben ist weder verfahrensfrei (§ 61 SächsBO) noch von der Genehmigung "
            "freigestellt (§ 62 SächsBO).</li>"
            "<li>Die Bauvorlagen werden von einer bauvorlageberechtigten Person, etwa einer "
            "Architektin oder einem Bauingenieur, erstellt und unterschrieben.</li>"
            "<li>Sie sind Eigentümerin oder Eigentümer des Grundstücks oder legen die Zustimmung "
            "der Eigentümer vor.</li>"
            "</ul>"
        ),
        "required_documents": [
            "Bauantrag auf dem amtlichen Vordruck",
            "Lageplan und Auszug aus der Liegenschaftskarte",
            "Bauzeichnungen (Grundrisse, Schnitte, Ansichten) und Baubeschreibung",
            "Bautechnische Nachweise (Standsicherheit, Brandschutz) nach Maßgabe der DVOSächsBO",
            "Berechnung der Grundflächen- und Geschossflächenzahl sowie Angaben zu Stellplätzen",
            "Angaben zur Wasserversorgung und Abwasserentsorgung",
        ],
        "fees": [
            {
                "description": "Baugenehmigungsgebühr nach dem Sächsischen Kostenverzeichnis, "
                "abhängig von den Baukosten",
                "amount": None,
                "amount_max": None,
                "currency": "EUR",
            },
            {
                "description": "Prüfung bautechnischer Nachweise durch Prüfingenieure (falls erforderlich)",
                "amount": None,
                "amount_max": None,
                "currency": "EUR",
            },
        ],
        "deadlines": (
            "<p>Mit dem Bau darf erst begonnen werden, wenn die Baugenehmigung vorliegt. Den "
            "Baubeginn müssen Sie der Bauaufsichtsbehörde mindestens eine Woche vorher anzeigen. "
            "Die Baugenehmigung erlischt, wenn innerhalb von drei Jahren nach ihrer Erteilung nicht "
            "mit dem Bau begonnen oder die Bauausführung länger unterbrochen wird; die Frist kann "
            "auf schriftlichen Antrag verlängert werden.</p>"
        ),
        "processing_time": (
            "<p>Die Bauaufsichtsbehörde prüft zunächst, ob Ihr Antrag vollständig ist, und fordert "
            "fehlende Unterlagen an. Im vereinfachten Verfahren ergeht die Entscheidung in der Regel "
            "innerhalb von drei Monaten nach Eingang der vollständigen Unterlagen; müssen weitere "
            "Behörden beteiligt werden, kann es länger dauern.</p>"
        ),
        "procedure": (
            "<ol>"
            "<li>Beauftragen Sie eine bauvorlageberechtigte Entwurfsverfasserin oder einen "
            "Entwurfsverfasser.</li>"
            "<li>Klären Sie bei Bedarf vorab offene Fragen in einem Beratungsgespräch oder mit einer "
            "Bauvoranfrage.</li>"
            "<li>Reichen Sie den Bauantrag mit allen Bauvorlagen bei der unteren "
            "Bauaufsichtsbehörde ein, vorzugsweise digital.</li>"
            "<li>Die Behörde prüft die Unterlagen und beteiligt Gemeinde, Fachbehörden und "
            "gegebenenfalls die Nachbarn.</li>"
            "<li>Sie erhalten die Baugenehmigung oder einen Ablehnungsbescheid.</li>"
            "<li>Zeigen Sie den Baubeginn an und bringen Sie das Bauschild an der Baustelle an.</li>"
            "</ol>"
        ),
        "legal_basis": [
            {
                "title": "§§ 59, 63, 64 Sächsische Bauordnung (SächsBO)",
                "url": "https://www.revosax.sachsen.de/vorschrift/10236-SaechsBO#p59",
            },
            {
                "title": "§ 68 SächsBO – Bauantrag, Bauvorlagen",
                "url": "https://www.revosax.sachsen.de/vorschrift/10236-SaechsBO#p68",
            },
            {
                "title": "§ 72 SächsBO – Baugenehmigung, Baubeginn",
                "url": "https://www.revosax.sachsen.de/vorschrift/10236-SaechsBO#p72",
            },
            {
                "title": "§ 34 Baugesetzbuch (BauGB) – Vorhaben innerhalb der im Zusammenhang bebauten Ortsteile",
                "url": "https://www.gesetze-im-internet.de/bbaug/__34.html",
            },
        ],
        "forms": [
            {
                "title": "Bauaufsichtliche Vordrucke des Freistaates Sachsen",
                "url": "https://www.bauen-wohnen.sachsen.de/bauaufsichtliche-vordrucke.html",
            },
        ],
        "online_services": [
            {
                "title": "Bauantrag digital einreichen",
                "url": "https://amt24.sachsen.de/zufi/leistungen/99050001004000",
            },
        ],
        "further_information": (
            "<p>Informationen zum Bauordnungsrecht in Sachsen bietet das Portal "
            '<a href="https://www.bauen-wohnen.sachsen.de">Bauen und Wohnen in Sachsen</a>.</p>'
        ),
        "notes": (
            "<p>Die Baugenehmigung wird unbeschadet privater Rechte Dritter erteilt. Prüfen Sie "
            "daher auch privatrechtliche Fragen, etwa Grunddienstbarkeiten oder nachbarrechtliche "
            "Vereinbarungen.</p>"
        ),
        "keywords": [
            "Bauantrag",
            "Baugenehmigungsverfahren",
            "Hausbau",
            "Neubau",
            "Anbau",
            "Nutzungsänderung",
            "Bauamt",
        ],
        "last_reviewed": "2026-02-17",
        "next_review": "2027-02-17",
    },
    {
        "leika_key": "99050002004000",
        "slug": "bauvoranfrage-stellen",
        "title": "Bauvoranfrage stellen",
        "audience": "citizens",
        "teaser": (
            "Mit einer Bauvoranfrage lassen Sie einzelne Fragen zu Ihrem Bauvorhaben verbindlich "
            "klären, bevor Sie den vollständigen Bauantrag erarbeiten – etwa, ob ein Grundstück "
            "überhaupt bebaubar ist."
        ),
        "full_text": (
            "<p>Vor Einreichung des Bauantrags erteilt die Bauaufsichtsbehörde auf Antrag einen "
            "Vorbescheid zu einzelnen Fragen Ihres Vorhabens (§ 75 SächsBO). Häufig wird geklärt, "
            "ob ein Vorhaben nach Art und Maß der baulichen Nutzung planungsrechtlich zulässig ist "
            "oder ob eine bestimmte Abweichung in Aussicht gestellt werden kann.</p>"
            "<p>Der Vorbescheid ist für die spätere Baugenehmigung verbindlich, soweit die Sach- "
            "und Rechtslage gleich bleibt. Er ersetzt die Baugenehmigung jedoch nicht: Bauen dürfen "
            "Sie erst, wenn diese erteilt ist. Sinnvoll ist eine Bauvoranfrage vor allem dann, wenn "
            "die Zulässigkeit Ihres Vorhabens zweifelhaft ist, bevor Sie Kosten für eine vollständige "
            "Planung aufwenden.</p>"
        ),
        "prerequisites": (
            "<p>Sie formulieren konkrete Fragen zu einem bestimmten Vorhaben auf einem bestimmten "
            "Grundstück. Je nach Fragestellung müssen die Bauvorlagen von einer "
            "bauvorlageberechtigten Person erstellt werden.</p>"
        ),
        "required_documents": [
            "Antrag auf Vorbescheid auf dem amtlichen Vordruck mit genau formulierten Fragen",
            "Lageplan auf Grundlage der Liegenschaftskarte",
            "Bauzeichnungen oder Skizzen, soweit sie zur Beantwortung der Fragen erforderlich sind",
            "Kurze Beschreibung des Vorhabens und der geplanten Nutzung",
        ],
        "fees": [
            {
                "description": "Gebühr für den Vorbescheid nach dem Sächsischen Kostenverzeichnis, "
                "abhängig von Umfang und Anzahl der Fragen",
                "amount": None,
                "amount_max": None,
                "currency": "EUR",
            },
        ],
        "deadlines": (
            "<p>Der Vorbescheid gilt drei Jahre. Die Geltungsdauer kann auf schriftlichen Antrag "
            "jeweils um bis zu ein Jahr verlängert werden; der Antrag muss vor Ablauf der Frist bei "
            "der Bauaufsichtsbehörde eingegangen sein.</p>"
        ),
        "processing_time": (
            "<p>Die Bearbeitung dauert in der Regel sechs Wochen bis drei Monate, abhängig von den "
            "zu beteiligenden Stellen.</p>"
        ),
        "procedure": (
            "<ol>"
            "<li>Formulieren Sie Ihre Fragen möglichst konkret, gern nach einem Beratungsgespräch "
            "mit der Bauaufsichtsbehörde.</li>"
            "<li>Reichen Sie den Antrag mit den erforderlichen Unterlagen ein.</li>"
            "<li>Die Behörde beteiligt die Gemeinde und, falls nötig, weitere Fachbehörden.</li>"
            "<li>Sie erhalten einen schriftlichen Vorbescheid, der Ihre Fragen verbindlich "
            "beantwortet.</li>"
            "</ol>"
        ),
        "legal_basis": [
            {
                "title": "§ 75 Sächsische Bauordnung (SächsBO) – Vorbescheid",
                "url": "https://www.revosax.sachsen.de/vorschrift/10236-SaechsBO#p75",
            },
            {
                "title": "§ 34 Baugesetzbuch (BauGB)",
                "url": "https://www.gesetze-im-internet.de/bbaug/__34.html",
            },
            {
                "title": "§ 35 Baugesetzbuch (BauGB) – Bauen im Außenbereich",
                "url": "https://www.gesetze-im-internet.de/bbaug/__35.html",
            },
        ],
        "forms": [
            {
                "title": "Antrag auf Vorbescheid nach § 75 SächsBO",
                "url": "https://fs.egov.sachsen.de/formserv/findform?areashortname=14389320&formtecid=2&shortname=sakd_01_01_004_008",
            },
        ],
        "online_services": [
            {
                "title": "Bauvoranfrage digital stellen",
                "url": "https://amt24.sachsen.de/zufi/leistungen/99050002004000",
            },
        ],
        "further_information": "",
        "notes": "",
        "keywords": [
            "Bauvorbescheid",
            "Vorbescheid",
            "Bauanfrage",
            "Bebaubarkeit",
            "Grundstück bebauen",
        ],
        "last_reviewed": "2026-02-17",
        "next_review": "2027-02-17",
    },
    {
        "leika_key": "99050003004000",
        "slug": "abbruch-anzeigen",
        "title": "Abbruch einer baulichen Anlage anzeigen",
        "audience": "citizens",
        "teaser": (
            "Wer ein Gebäude oder eine größere bauliche Anlage abreißen will, muss das in vielen "
            "Fällen mindestens einen Monat vorher bei der Bauaufsichtsbehörde anzeigen."
        ),
        "full_text": (
            "<p>Die Beseitigung kleinerer Anlagen ist nach § 61 Abs. 3 SächsBO verfahrensfrei, "
            "etwa bei freistehenden Gebäuden der Gebäudeklassen 1 und 3 oder bei sonstigen Anlagen, "
            "die keine Gebäude sind, mit einer Höhe bis zu zehn Metern. Die beabsichtigte "
            "Beseitigung aller übrigen Anlagen ist der Bauaufsichtsbehörde mindestens einen Monat "
            "vorher anzuzeigen.</p>"
            "<p>Ist das abzubrechende Gebäude an ein anderes Gebäude angebaut, muss eine "
            "qualifizierte Tragwerksplanerin oder ein qualifizierter Tragwerksplaner die "
            "Standsicherheit des verbleibenden Gebäudes während und nach dem Abbruch beurteilen und "
            "im erforderlichen Umfang nachweisen.</p>"
            "<p>Auch verfahrensfreie Abbrüche müssen andere Vorschriften einhalten, etwa den "
            "Denkmalschutz, den Artenschutz (zum Beispiel bei Fledermäusen oder Gebäudebrütern) "
            "und die Vorgaben zum Umgang mit Asbest und anderen Schadstoffen.</p>"
        ),
        "prerequisites": (
            "<p>Sie sind Eigentümerin oder Eigentümer der Anlage oder handeln in deren Auftrag. "
            "Bei Kulturdenkmalen ist zusätzlich eine denkmalschutzrechtliche Genehmigung "
            "erforderlich.</p>"
        ),
        "required_documents": [
            "Abbruchanzeige auf dem amtlichen Vordruck",
            "Lageplan mit Kennzeichnung der zu beseitigenden Anlage",
            "Beschreibung der Anlage und des geplanten Abbruchverfahrens",
            "Bei angebauten Gebäuden: Bestätigung einer qualifizierten Tragwerksplanerin oder eines "
            "Tragwerksplaners zur Standsicherheit",
            "Gegebenenfalls Schadstoffgutachten und Entsorgungskonzept",
        ],
        "fees": [
            {
                "description": "Bearbeitung der Abbruchanzeige nach dem Sächsischen Kostenverzeichnis",
                "amount": None,
                "amount_max": None,
                "currency": "EUR",
            },
        ],
        "deadlines": (
            "<p>Die Anzeige muss mindestens einen Monat vor dem geplanten Beginn der "
            "Abbrucharbeiten bei der Bauaufsichtsbehörde eingehen.</p>"
        ),
        "processing_time": (
            "<p>Eine Genehmigung wird nicht erteilt. Nach Ablauf der Monatsfrist dürfen Sie mit dem "
            "Abbruch beginnen, sofern die Bauaufsichtsbehörde nicht einschreitet.</p>"
        ),
        "procedure": (
            "<ol>"
            "<li>Prüfen Sie, ob der Abbruch verfahrensfrei oder anzeigepflichtig ist.</li>"
            "<li>Lassen Sie bei angebauten Gebäuden die Standsicherheit beurteilen und klären Sie "
            "Denkmal- und Artenschutz.</li>"
            "<li>Reichen Sie die Abbruchanzeige mit den Unterlagen bei der unteren "
            "Bauaufsichtsbehörde ein.</li>"
            "<li>Beginnen Sie frühestens einen Monat nach Eingang der Anzeige mit den Arbeiten.</li>"
            "</ol>"
        ),
        "legal_basis": [
            {
                "title": "§ 61 Abs. 3 Sächsische Bauordnung (SächsBO) – Beseitigung von Anlagen",
                "url": "https://www.revosax.sachsen.de/vorschrift/10236-SaechsBO#p61",
            },
            {
                "title": "§ 44 Bundesnaturschutzgesetz (BNatSchG) – Artenschutz",
                "url": "https://www.gesetze-im-internet.de/bnatschg_2009/__44.html",
            },
        ],
        "forms": [],
        "online_services": [
            {
                "title": "Abbruch online anzeigen",
                "url": "https://amt24.sachsen.de/zufi/leistungen/99050003004000",
            },
        ],
        "further_information": "",
        "notes": (
            "<p>Informieren Sie vor dem Abbruch die Versorgungsunternehmen, damit Strom-, Gas-, "
            "Wasser- und Telekommunikationsanschlüsse fachgerecht getrennt werden.</p>"
        ),
        "keywords": [
            "Abriss",
            "Abbruchanzeige",
            "Gebäude abreißen",
            "Rückbau",
            "Beseitigung",
        ],
        "last_reviewed": "2025-11-12",
        "next_review": "2026-11-12",
    },
    {
        "leika_key": "99050004004000",
        "slug": "baumfaellung-genehmigen",
        "title": "Fällgenehmigung für Bäume beantragen",
        "audience": "citizens",
        "teaser": (
            "Bäume, die durch eine Gehölzschutzsatzung Ihrer Gemeinde geschützt sind, dürfen nur mit "
            "Genehmigung gefällt werden. Der Antrag ist in Sachsen kostenfrei."
        ),
        "full_text": (
            "<p>Viele sächsische Städte und Gemeinden stellen ihren Baumbestand durch eine "
            "Gehölzschutzsatzung als geschützte Landschaftsbestandteile unter Schutz. Welche Bäume "
            "geschützt sind, etwa ab welchem Stammumfang, regelt die jeweilige Satzung. Wollen Sie "
            "einen geschützten Baum fällen oder erheblich verändern, brauchen Sie eine Genehmigung "
            "der Gemeinde.</p>"
            "<p>Seit dem 1. März 2021 sind auch Bäume auf bebauten Grundstücken wieder von den "
            "Satzungen erfasst, einschließlich Obstbäumen, Nadelgehölzen, Birken und Pappeln, sofern "
            "die Satzung sie nicht selbst ausnimmt. "
            "Ausgenommen bleiben unter anderem Bäume in Kleingärten und im Wald.</p>"
            "<p>Unabhängig von der Satzung gilt der Artenschutz: Vom 1. März bis 30. September "
            "dürfen Bäume außerhalb des Waldes und gärtnerisch genutzter Flächen grundsätzlich nicht "
            "gefällt werden. Auch im Hausgarten dürfen Nester und Höhlen geschützter Tiere nie "
            "beschädigt werden.</p>"
        ),
        "prerequisites": (
            "<p>Der Baum ist nach der Gehölzschutzsatzung Ihrer Gemeinde geschützt, und Sie sind "
            "Eigentümerin oder Eigentümer des Grundstücks oder handeln mit deren Zustimmung. Hat "
            "Ihre Gemeinde keine Satzung erlassen, ist keine Fällgenehmigung nach Landesrecht "
            "erforderlich.</p>"
        ),
        "required_documents": [
            "Formloser Antrag oder Antragsformular der Gemeinde",
            "Lageplan oder Skizze mit Standort des Baumes",
            "Angaben zu Baumart, Stammumfang in 1 m Höhe und Kronendurchmesser",
            "Begründung der Fällung, gegebenenfalls mit Fotos oder Baumgutachten",
            "Zustimmung der Eigentümerin oder des Eigentümers, falls Sie nicht selbst Eigentümer sind",
        ],
        "fees": [],
        "deadlines": (
            "<p>Stellen Sie den Antrag mindestens sechs Wochen vor der geplanten Fällung. Fällungen "
            "sind in der Regel nur vom 1. Oktober bis Ende Februar zulässig.</p>"
        ),
        "processing_time": (
            "<p>Die Gemeinde entscheidet innerhalb von sechs Wochen nach Eingang des Antrags. Wird "
            "der Antrag nicht innerhalb dieser Frist unter Angabe von Gründen abgelehnt, gilt die "
            "Genehmigung als erteilt.</p>"
        ),
        "procedure": (
            "<ol>"
            "<li>Prüfen Sie anhand der Gehölzschutzsatzung, ob der Baum geschützt ist.</li>"
            "<li>Stellen Sie den Antrag mit den Angaben zum Baum bei Ihrer Gemeinde.</li>"
            "<li>Die Gemeinde prüft den Antrag, gegebenenfalls mit einer Besichtigung vor Ort.</li>"
            "<li>Sie erhalten die Genehmigung, oft mit der Auflage einer Ersatzpflanzung, oder "
            "einen begründeten Ablehnungsbescheid.</li>"
            "</ol>"
        ),
        "legal_basis": [
            {
                "title": "§ 19 Sächsisches Naturschutzgesetz (SächsNatSchG) – Geschützte Landschaftsbestandteile",
                "url": "https://www.revosax.sachsen.de/vorschrift/12836#p19",
            },
            {
                "title": "§ 29 Bundesnaturschutzgesetz (BNatSchG)",
                "url": "https://www.gesetze-im-internet.de/bnatschg_2009/__29.html",
            },
            {
                "title": "§ 39 Abs. 5 BNatSchG – Allgemeiner Schutz wild lebender Tiere und Pflanzen",
                "url": "https://www.gesetze-im-internet.de/bnatschg_2009/__39.html",
            },
        ],
        "forms": [],
        "online_services": [
            {
                "title": "Fällgenehmigung online beantragen",
                "url": "https://amt24.sachsen.de/web/guest/leistung/-/sbw/x-6000946-leistung-0",
            },
        ],
        "further_information": "",
        "notes": (
            "<p>Das Genehmigungsverfahren nach § 19 SächsNatSchG ist kostenfrei. Bei akuter Gefahr, "
            "etwa nach einem Sturm, darf ein Baum sofort beseitigt werden; die Gefahr ist zu "
            "dokumentieren und die Fällung der Gemeinde unverzüglich anzuzeigen.</p>"
        ),
        "keywords": [
            "Baum fällen",
            "Baumfällung",
            "Fällerlaubnis",
            "Gehölzschutzsatzung",
            "Baumschutzsatzung",
            "Baumschnitt",
        ],
        "last_reviewed": "2026-08-25",
        "next_review": "2027-08-25",
    },
    {
        "leika_key": "99050005004000",
        "slug": "hausnummer-zuteilen",
        "title": "Hausnummer zuteilen lassen",
        "audience": "citizens",
        "teaser": (
            "Für einen Neubau oder ein neu geteiltes Grundstück legt die Gemeinde die Hausnummer "
            "fest. Beantragen Sie die Zuteilung frühzeitig, damit Post, Rettungsdienste und "
            "Versorger Sie finden."
        ),
        "full_text": (
            "<p>Die Gemeinde legt für jedes bebaute Grundstück eine Hausnummer fest. Nach § 126 "
            "Abs. 3 des Baugesetzbuchs (BauGB) ist die Eigentümerin oder der Eigentümer "
            "verpflichtet, das Grundstück mit dieser Nummer zu versehen. Einzelheiten wie Größe, "
            "Gestaltung und Anbringungsort regelt die Hausnummernsatzung Ihrer Gemeinde.</p>"
            "<p>Eine eindeutige Hausnummer ist Voraussetzung für die Anmeldung eines Wohnsitzes, "
            "für Hausanschlüsse und für die schnelle Auffindbarkeit durch Feuerwehr und "
            "Rettungsdienst. Die Gemeinde kann Hausnummern aus Gründen der Ordnung auch ändern; "
            "betroffene Eigentümerinnen und Eigentümer werden vorher angehört.</p>"
        ),
        "prerequisites": (
            "<p>Sie sind Eigentümerin oder Eigentümer eines Grundstücks, für das eine Baugenehmigung "
            "erteilt ist, ein Vorhaben freigestellt wurde oder das bereits bebaut ist.</p>"
        ),
        "required_documents": [
            "Antrag auf Hausnummernzuteilung",
            "Lageplan mit Kennzeichnung des Gebäudes und des Hauptzugangs",
            "Kopie der Baugenehmigung oder der Bestätigung der Genehmigungsfreistellung",
            "Nachweis des Eigentums, zum Beispiel Grundbuchauszug",
        ],
        "fees": [
            {
                "description": "Festsetzung einer Hausnummer nach der Verwaltungskostensatzung der Gemeinde",
                "amount": 20.00,
                "amount_max": 60.00,
                "currency": "EUR",
            },
        ],
        "deadlines": (
            "<p>Beantragen Sie die Hausnummer spätestens mit Baubeginn. Die Nummer muss in der "
            "Regel bis zur Bezugsfertigkeit gut sichtbar angebracht sein.</p>"
        ),
        "processing_time": "<p>Die Festsetzung erfolgt in der Regel innerhalb von zwei bis vier Wochen.</p>",
        "procedure": (
            "<ol>"
            "<li>Stellen Sie den Antrag bei Ihrer Stadt- oder Gemeindeverwaltung.</li>"
            "<li>Die Gemeinde prüft die Lage des Zugangs und legt die Nummer fest.</li>"
            "<li>Sie erhalten einen Bescheid über die Hausnummer; Vermessungs- und Meldebehörden "
            "werden informiert.</li>"
            "<li>Bringen Sie die Hausnummer gut lesbar von der Straße aus an.</li>"
            "</ol>"
        ),
        "legal_basis": [
            {
                "title": "§ 126 Abs. 3 Baugesetzbuch (BauGB)",
                "url": "https://www.gesetze-im-internet.de/bbaug/__126.html",
            },
        ],
        "forms": [],
        "online_services": [
            {
                "title": "Hausnummer online beantragen",
                "url": "https://amt24.sachsen.de/zufi/leistungen/99050005004000",
            },
        ],
        "further_information": "",
        "notes": "",
        "keywords": [
            "Hausnummer",
            "Hausnummernvergabe",
            "Adresse Neubau",
            "Grundstücksnummer",
            "Hausnummernschild",
        ],
        "last_reviewed": "2025-10-15",
        "next_review": "2026-10-15",
    },
    # ------------------------------------------------------------------ Gewerbe
    {
        "leika_key": "99050010006000",
        "slug": "gewerbe-anmelden",
        "title": "Gewerbe anmelden",
        "audience": "businesses",
        "teaser": (
            "Wer ein Gewerbe beginnt, muss dies gleichzeitig beim Gewerbeamt der Gemeinde anzeigen, "
            "in der die Betriebsstätte liegt. In Sachsen geht das auch online über Amt24."
        ),
        "full_text": (
            "<p>Nach § 14 der Gewerbeordnung (GewO) muss jede Person, die ein stehendes Gewerbe, "
            "eine Zweigniederlassung oder eine unselbständige Zweigstelle eröffnet, dies der "
            "zuständigen Behörde anzeigen. Zuständig ist das Gewerbeamt der Stadt oder Gemeinde, in "
            "der sich die Betriebsstätte befindet. Sie erhalten eine Empfangsbescheinigung, den "
            "sogenannten Gewerbeschein.</p>"
            "<p>Das Gewerbeamt leitet Ihre Angaben an andere Stellen weiter, unter anderem an das "
            "Finanzamt, die Industrie- und Handelskammer oder Handwerkskammer, die "
            "Berufsgenossenschaft und das Statistische Landesamt. Freie Berufe wie Ärztinnen, "
            "Rechtsanwälte oder Künstlerinnen sind kein Gewerbe und müssen nicht angemeldet "
            "werden.</p>"
            "<p>Für bestimmte Tätigkeiten brauchen Sie zusätzlich eine Erlaubnis, etwa als "
            "Versicherungsvermittler, Immobilienmaklerin oder im Bewachungsgewerbe. "
            "Zulassungspflichtige Handwerke setzen die Eintragung in die Handwerksrolle voraus.</p>"
        ),
        "prerequisites": (
            "<ul>"
            "<li>Sie sind volljährig oder haben eine Genehmigung des Familiengerichts.</li>"
            "<li>Staatsangehörige von Nicht-EU-Staaten benötigen einen Aufenthaltstitel, der die "
            "selbständige Tätigkeit erlaubt.</li>"
            "<li>Für erlaubnispflichtige Gewerbe liegt die Erlaubnis vor oder wurde beantragt.</li>"
            "</ul>"
        ),
        "required_documents": [
            "Gültiger Personalausweis oder Reisepass mit Meldebescheinigung",
            "Bei juristischen Personen: aktueller Handelsregisterauszug",
            "Bei erlaubnispflichtigen Gewerben: Erlaubnis oder Nachweis der Antragstellung",
            "Bei Handwerksbetrieben: Handwerkskarte oder Bestätigung der Handwerkskammer",
            "Bei Nicht-EU-Staatsangehörigen: Aufenthaltstitel mit Erlaubnis zur selbständigen Tätigkeit",
            "Bei Vertretung: schriftliche Vollmacht",
        ],
        "fees": [
            {
                "description": "Gewerbeanmeldung, je nach Gemeinde",
                "amount": 15.00,
                "amount_max": 50.00,
                "currency": "EUR",
            },
        ],
        "deadlines": (
            "<p>Die Anmeldung muss gleichzeitig mit dem Beginn der Tätigkeit erfolgen. Wer ein "
            "Gewerbe nicht, nicht richtig oder nicht rechtzeitig anzeigt, handelt "
            "ordnungswidrig.</p>"
        ),
        "processing_time": (
            "<p>Bei persönlicher Vorsprache erhalten Sie die Empfangsbescheinigung sofort, bei "
            "Online-Anmeldung in der Regel innerhalb weniger Werktage.</p>"
        ),
        "procedure": (
            "<ol>"
            "<li>Klären Sie, ob Ihre Tätigkeit ein Gewerbe ist und ob eine Erlaubnis nötig ist.</li>"
            "<li>Füllen Sie die Gewerbeanmeldung aus – online über Amt24 oder auf dem amtlichen "
            "Vordruck.</li>"
            "<li>Reichen Sie die Anmeldung mit den Nachweisen beim Gewerbeamt ein.</li>"
            "<li>Sie erhalten die Empfangsbescheinigung; das Finanzamt schickt Ihnen anschließend den "
            "Fragebogen zur steuerlichen Erfassung.</li>"
            "</ol>"
        ),
        "legal_basis": [
            {
                "title": "§ 14 Gewerbeordnung (GewO) – Anzeigepflicht",
                "url": "https://www.gesetze-im-internet.de/gewo/__14.html",
            },
            {
                "title": "§ 15 GewO – Empfangsbescheinigung, Betrieb ohne Zulassung",
                "url": "https://www.gesetze-im-internet.de/gewo/__15.html",
            },
            {
                "title": "Gewerbeanzeigeverordnung (GewAnzV)",
                "url": "https://www.gesetze-im-internet.de/gewanzv_2014/",
            },
        ],
        "forms": [
            {
                "title": "Gewerbe-Anmeldung (Vordruck nach Anlage 1 GewAnzV)",
                "url": "https://amt24.sachsen.de/zufi/leistungen/99050010006000/formulare",
            },
        ],
        "online_services": [
            {
                "title": "Gewerbe online anmelden",
                "url": "https://amt24.sachsen.de/zufi/leistungen/99050010006000",
            },
        ],
        "further_information": (
            "<p>Beratung zur Existenzgründung bieten die "
            '<a href="https://www.ihk.de">Industrie- und Handelskammern</a> und die '
            "Handwerkskammern in Dresden, Leipzig und Chemnitz.</p>"
        ),
        "notes": (
            "<p>Den Fragebogen zur steuerlichen Erfassung übermitteln Sie innerhalb eines Monats "
            "nach Aufnahme der Tätigkeit elektronisch über ELSTER an das Finanzamt.</p>"
        ),
        "keywords": [
            "Gewerbeanmeldung",
            "Gewerbeschein",
            "Selbstständigkeit",
            "Firma gründen",
            "Existenzgründung",
            "Gewerbeamt",
        ],
        "last_reviewed": "2026-04-08",
        "next_review": "2027-04-08",
    },
    {
        "leika_key": "99050011006000",
        "slug": "gewerbe-ummelden",
        "title": "Gewerbe ummelden",
        "audience": "businesses",
        "teaser": (
            "Sie verlegen Ihren Betrieb innerhalb der Gemeinde oder ändern oder erweitern Ihre "
            "Tätigkeit? Dann müssen Sie Ihr Gewerbe beim Gewerbeamt ummelden."
        ),
        "full_text": (
            "<p>Eine Gewerbeummeldung ist nach § 14 Abs. 1 GewO erforderlich, wenn Sie den Betrieb "
            "innerhalb derselben Gemeinde verlegen, den Gegenstand des Gewerbes wechseln oder auf "
            "Waren oder Leistungen ausdehnen, die bei Betrieben dieser Art nicht geschäftsüblich "
            "sind. Auch Änderungen des Namens oder der Firmierung werden über eine Ummeldung "
            "mitgeteilt.</p>"
            "<p>Verlegen Sie Ihren Betrieb in eine andere Gemeinde, melden Sie das Gewerbe am "
            "bisherigen Ort ab und am neuen Ort an. Ändert sich die Rechtsform, etwa beim Wechsel "
            "vom Einzelunternehmen zur GmbH, ist ebenfalls eine Abmeldung und eine neue Anmeldung "
            "erforderlich.</p>"
        ),
        "prerequisites": "<p>Sie haben ein Gewerbe angemeldet, und es liegt eine anzeigepflichtige Änderung vor.</p>",
        "required_documents": [
            "Gültiger Personalausweis oder Reisepass",
            "Bisherige Gewerbeanmeldung (Empfangsbescheinigung)",
            "Bei juristischen Personen: aktueller Handelsregisterauszug",
            "Bei neuen erlaubnispflichtigen Tätigkeiten: Erlaubnis oder Nachweis der Antragstellung",
        ],
        "fees": [
            {
                "description": "Gewerbeummeldung, je nach Gemeinde",
                "amount": 15.00,
                "amount_max": 40.00,
                "currency": "EUR",
            },
        ],
        "deadlines": "<p>Die Ummeldung muss gleichzeitig mit der Änderung erfolgen.</p>",
        "processing_time": (
            "<p>Die Bestätigung erhalten Sie bei persönlicher Vorsprache sofort, bei "
            "Online-Ummeldung innerhalb weniger Werktage.</p>"
        ),
        "procedure": (
            "<ol>"
            "<li>Füllen Sie die Gewerbeummeldung online oder auf dem amtlichen Vordruck aus.</li>"
            "<li>Reichen Sie die Ummeldung mit den erforderlichen Nachweisen beim Gewerbeamt ein.</li>"
            "<li>Sie erhalten eine Empfangsbescheinigung; die beteiligten Stellen werden "
            "informiert.</li>"
            "</ol>"
        ),
        "legal_basis": [
            {
                "title": "§ 14 Abs. 1 Gewerbeordnung (GewO)",
                "url": "https://www.gesetze-im-internet.de/gewo/__14.html",
            },
            {
                "title": "Gewerbeanzeigeverordnung (GewAnzV)",
                "url": "https://www.gesetze-im-internet.de/gewanzv_2014/",
            },
        ],
        "forms": [
            {
                "title": "Gewerbe-Ummeldung (Vordruck nach Anlage 2 GewAnzV)",
                "url": "https://amt24.sachsen.de/zufi/leistungen/99050011006000/formulare",
            },
        ],
        "online_services": [
            {
                "title": "Gewerbe online ummelden",
                "url": "https://amt24.sachsen.de/zufi/leistungen/99050011006000",
            },
        ],
        "further_information": "",
        "notes": "",
        "keywords": [
            "Gewerbeummeldung",
            "Gewerbe ändern",
            "Betriebsverlegung",
            "Umzug Firma",
            "Tätigkeit erweitern",
        ],
        "last_reviewed": "2026-04-08",
        "next_review": "2027-04-08",
    },
    {
        "leika_key": "99050012006000",
        "slug": "gewerbe-abmelden",
        "title": "Gewerbe abmelden",
        "audience": "businesses",
        "teaser": (
            "Wenn Sie Ihr Gewerbe aufgeben oder Ihren Betrieb in eine andere Gemeinde verlegen, "
            "melden Sie es beim bisherigen Gewerbeamt ab."
        ),
        "full_text": (
            "<p>Die Aufgabe eines Gewerbebetriebs ist nach § 14 Abs. 1 GewO anzeigepflichtig. Eine "
            "Abmeldung ist auch erforderlich, wenn Sie Ihren Betrieb in eine andere Gemeinde "
            "verlegen, die Rechtsform ändern oder den Betrieb an eine andere Person übergeben.</p>"
            "<p>Das Gewerbeamt informiert unter anderem Finanzamt, Kammer und "
            "Berufsgenossenschaft. Ist Ihr Unternehmen im Handelsregister eingetragen, müssen Sie "
            "die Löschung dort gesondert über eine Notarin oder einen Notar anmelden.</p>"
        ),
        "prerequisites": "<p>Sie haben ein Gewerbe angemeldet und stellen die Tätigkeit am bisherigen Standort ein.</p>",
        "required_documents": [
            "Gültiger Personalausweis oder Reisepass",
            "Bisherige Gewerbeanmeldung (Empfangsbescheinigung)",
            "Bei juristischen Personen: aktueller Handelsregisterauszug",
        ],
        "fees": [
            {
                "description": "Gewerbeabmeldung, je nach Gemeinde",
                "amount": 10.00,
                "amount_max": 25.00,
                "currency": "EUR",
            },
        ],
        "deadlines": "<p>Die Abmeldung muss gleichzeitig mit der Aufgabe des Betriebs erfolgen.</p>",
        "processing_time": (
            "<p>Die Abmeldebestätigung erhalten Sie bei persönlicher Vorsprache sofort, bei "
            "Online-Abmeldung innerhalb weniger Werktage.</p>"
        ),
        "procedure": (
            "<ol>"
            "<li>Füllen Sie die Gewerbeabmeldung online oder auf dem amtlichen Vordruck aus.</li>"
            "<li>Reichen Sie die Abmeldung beim Gewerbeamt ein.</li>"
            "<li>Sie erhalten eine Empfangsbescheinigung über die Abmeldung.</li>"
            "</ol>"
        ),
        "legal_basis": [
            {
                "title": "§ 14 Abs. 1 Gewerbeordnung (GewO)",
                "url": "https://www.gesetze-im-internet.de/gewo/__14.html",
            },
            {
                "title": "Gewerbeanzeigeverordnung (GewAnzV)",
                "url": "https://www.gesetze-im-internet.de/gewanzv_2014/",
            },
        ],
        "forms": [
            {
                "title": "Gewerbe-Abmeldung (Vordruck nach Anlage 3 GewAnzV)",
                "url": "https://amt24.sachsen.de/zufi/leistungen/99050012006000/formulare",
            },
        ],
        "online_services": [
            {
                "title": "Gewerbe online abmelden",
                "url": "https://amt24.sachsen.de/zufi/leistungen/99050012006000",
            },
        ],
        "further_information": "",
        "notes": (
            "<p>Manche Gemeinden erheben für die Abmeldung keine Gebühr. Denken Sie auch an die "
            "Abmeldung bei Versicherungen, der Rundfunkbeitragsstelle und gegebenenfalls bei der "
            "Sozialversicherung Ihrer Beschäftigten.</p>"
        ),
        "keywords": [
            "Gewerbeabmeldung",
            "Gewerbe aufgeben",
            "Betriebsaufgabe",
            "Firma schließen",
            "Selbstständigkeit beenden",
        ],
        "last_reviewed": "2026-04-08",
        "next_review": "2027-04-08",
    },
    {
        "leika_key": "99050013006000",
        "slug": "gaststaettenerlaubnis-beantragen",
        "title": "Gaststättenerlaubnis beantragen",
        "audience": "businesses",
        "teaser": (
            "In Sachsen brauchen Gaststätten keine Erlaubnis mehr: Wer ein Gaststättengewerbe "
            "betreiben will, muss es spätestens vier Wochen vor Betriebsbeginn bei der Gemeinde "
            "anzeigen."
        ),
        "full_text": (
            "<p>Mit dem Sächsischen Gaststättengesetz (SächsGastG) ist die frühere "
            "Gaststättenerlaubnis seit dem 15. Juli 2011 entfallen. An ihre Stelle tritt ein "
            "Anzeigeverfahren: Wer gewerbsmäßig Getränke oder zubereitete Speisen zum Verzehr an Ort "
            "und Stelle anbietet, zeigt dies der Gemeinde spätestens vier Wochen vor Betriebsbeginn "
            "an. Die Anzeige gilt zugleich als Gewerbeanzeige nach § 14 GewO.</p>"
            "<p>Wollen Sie alkoholische Getränke ausschenken, müssen Sie mit der Anzeige Ihre "
            "Zuverlässigkeit nachweisen. Die Gemeinde überwacht diese Betriebe und kann den "
            "Alkoholausschank bei Unzuverlässigkeit untersagen.</p>"
            "<p>Bau-, Lebensmittel- und Immissionsschutzrecht sind vom Gaststättenrecht "
            "entkoppelt. Sie müssen daher selbst sicherstellen, dass die Räume baurechtlich für die "
            "Nutzung genehmigt sind und Ihr Betrieb bei der Lebensmittelüberwachung registriert "
            "ist.</p>"
        ),
        "prerequisites": (
            "<ul>"
            "<li>Sie betreiben ein Gaststättengewerbe im Sinne des SächsGastG.</li>"
            "<li>Beim Ausschank alkoholischer Getränke besitzen Sie die erforderliche "
            "Zuverlässigkeit.</li>"
            "<li>Die Betriebsräume sind für die gastronomische Nutzung baurechtlich zulässig.</li>"
            "</ul>"
        ),
        "required_documents": [
            "Gewerbeanzeige mit Angabe, ob alkoholische Getränke, zubereitete Speisen oder beides angeboten werden",
            "Bei Alkoholausschank: Führungszeugnis zur Vorlage bei einer Behörde (Belegart O)",
            "Bei Alkoholausschank: Auskunft aus dem Gewerbezentralregister (Belegart 9)",
            "Bei Alkoholausschank: Bescheinigung in Steuersachen des Finanzamts",
            "Bei Alkoholausschank: Auskünfte des Insolvenzgerichts und aus dem zentralen Vollstreckungsportal",
        ],
        "fees": [
            {
                "description": "Anzeige eines stehenden Gaststättengewerbes mit Alkoholausschank, je nach Gemeinde",
                "amount": 50.00,
                "amount_max": 150.00,
                "currency": "EUR",
            },
            {
                "description": "Bescheinigung über ein vorübergehendes Gaststättengewerbe aus besonderem Anlass",
                "amount": 10.00,
                "amount_max": 50.00,
                "currency": "EUR",
            },
        ],
        "deadlines": (
            "<p>Ein stehendes Gaststättengewerbe ist spätestens vier Wochen vor Betriebsbeginn "
            "anzuzeigen. Ein vorübergehendes Gaststättengewerbe aus besonderem Anlass, etwa bei "
            "einem Stadtfest, muss mindestens zwei Wochen vorher angezeigt werden.</p>"
        ),
        "processing_time": (
            "<p>Die Gemeinde bestätigt den Eingang der Anzeige in der Regel innerhalb einer Woche. "
            "Die Prüfung der Zuverlässigkeit kann bis zu vier Wochen dauern.</p>"
        ),
        "procedure": (
            "<ol>"
            "<li>Beantragen Sie rechtzeitig Führungszeugnis und Registerauskünfte, falls Sie "
            "Alkohol ausschenken wollen.</li>"
            "<li>Zeigen Sie den Betrieb beim Gewerbeamt Ihrer Gemeinde an.</li>"
            "<li>Die Gemeinde prüft die Unterlagen und informiert Bauaufsicht sowie "
            "Lebensmittelüberwachung.</li>"
            "<li>Nach Eingang der Anzeigebestätigung und Ablauf der Frist können Sie den Betrieb "
            "aufnehmen.</li>"
            "</ol>"
        ),
        "legal_basis": [
            {
                "title": "§ 2 Sächsisches Gaststättengesetz (SächsGastG) – Anzeigeverfahren",
                "url": "https://www.revosax.sachsen.de/vorschrift/12032",
            },
            {
                "title": "§ 14 Gewerbeordnung (GewO)",
                "url": "https://www.gesetze-im-internet.de/gewo/__14.html",
            },
            {
                "title": "§ 43 Infektionsschutzgesetz (IfSG) – Belehrung für Beschäftigte im Lebensmittelbereich",
                "url": "https://www.gesetze-im-internet.de/ifsg/__43.html",
            },
        ],
        "forms": [],
        "online_services": [
            {
                "title": "Gaststättengewerbe online anzeigen",
                "url": "https://amt24.sachsen.de/zufi/leistungen/99050013006000",
            },
        ],
        "further_information": (
            '<p>Der <a href="https://www.dehoga-sachsen.de">DEHOGA Sachsen</a> und die '
            "Industrie- und Handelskammern beraten Gründerinnen und Gründer in der Gastronomie.</p>"
        ),
        "notes": (
            "<p>Wer eine Anzeige nicht, nicht richtig oder nicht rechtzeitig erstattet, handelt "
            "ordnungswidrig; es droht eine Geldbuße bis zu 5.000 Euro. Beschäftigte, die mit "
            "Lebensmitteln umgehen, benötigen vor Aufnahme der Tätigkeit eine Belehrung durch das "
            "Gesundheitsamt.</p>"
        ),
        "keywords": [
            "Gaststättenanzeige",
            "Gaststättenkonzession",
            "Schankerlaubnis",
            "Restaurant eröffnen",
            "Alkoholausschank",
            "Kneipe",
            "Imbiss",
        ],
        "last_reviewed": "2026-06-19",
        "next_review": "2027-06-19",
    },
    {
        "leika_key": "99050014006000",
        "slug": "sondernutzung-strassenland",
        "title": "Sondernutzungserlaubnis für öffentliche Verkehrsflächen beantragen",
        "audience": "businesses",
        "teaser": (
            "Ob Freisitz, Werbeaufsteller, Baugerüst oder Container: Wer öffentliche Straßen, Wege "
            "oder Plätze über den Gemeingebrauch hinaus nutzt, braucht eine Sondernutzungserlaubnis."
        ),
        "full_text": (
            "<p>Die Benutzung öffentlicher Straßen über den Gemeingebrauch und den Anliegergebrauch "
            "hinaus ist nach § 18 des Sächsischen Straßengesetzes (SächsStrG) eine Sondernutzung. "
            "Typische Beispiele sind Tische und Stühle der Außengastronomie, Warenauslagen, "
            "Werbeaufsteller, Informationsstände, Baugerüste, Container und Baustelleneinrichtungen "
            "auf Gehweg oder Fahrbahn.</p>"
            "<p>Zuständig ist in Ortsdurchfahrten und auf Gemeindestraßen die Gemeinde, sonst die "
            "Straßenbaubehörde. Die Erlaubnis wird nur auf Zeit oder auf Widerruf erteilt und kann "
            "mit Auflagen verbunden werden, etwa zur Freihaltung einer Gehwegbreite.</p>"
            "<p>Neben der Verwaltungsgebühr erheben die Gemeinden Sondernutzungsgebühren nach ihrer "
            "Satzung, meist gestaffelt nach Fläche, Dauer und Lage. Wird der Verkehr beeinträchtigt, "
            "ist zusätzlich eine verkehrsrechtliche Anordnung der Straßenverkehrsbehörde "
            "erforderlich.</p>"
        ),
        "prerequisites": (
            "<p>Die beabsichtigte Nutzung beeinträchtigt die Sicherheit und Leichtigkeit des "
            "Verkehrs nicht unzumutbar, und es stehen keine anderen öffentlichen Belange, etwa des "
            "Denkmalschutzes oder der Barrierefreiheit, entgegen.</p>"
        ),
        "required_documents": [
            "Antrag mit Angaben zu Art, Umfang, Ort und Dauer der Nutzung",
            "Lageplan oder maßstäbliche Skizze mit den Abmessungen der genutzten Fläche",
            "Fotos oder Ansichten der geplanten Möblierung bzw. Werbeanlage",
            "Bei Baustellen: Verkehrszeichenplan",
            "Nachweis einer Betriebshaftpflichtversicherung",
        ],
        "fees": [
            {
                "description": "Verwaltungsgebühr für die Erteilung der Erlaubnis",
                "amount": 25.00,
                "amount_max": 250.00,
                "currency": "EUR",
            },
            {
                "description": "Sondernutzungsgebühr nach der Satzung der Gemeinde (je m² und Zeitraum)",
                "amount": None,
                "amount_max": None,
                "currency": "EUR",
            },
        ],
        "deadlines": (
            "<p>Stellen Sie den Antrag mindestens zwei Wochen vor Beginn der Nutzung, bei "
            "Veranstaltungen und Vorhaben mit Verkehrseinschränkungen möglichst vier Wochen "
            "vorher.</p>"
        ),
        "processing_time": (
            "<p>Die Bearbeitung dauert in der Regel zwei bis vier Wochen, bei Beteiligung weiterer "
            "Behörden auch länger.</p>"
        ),
        "procedure": (
            "<ol>"
            "<li>Klären Sie mit der Gemeinde, ob eine erlaubnispflichtige Sondernutzung vorliegt.</li>"
            "<li>Reichen Sie den Antrag mit Lageplan und Beschreibung ein.</li>"
            "<li>Die Gemeinde beteiligt Straßenbaulastträger, Straßenverkehrsbehörde und "
            "gegebenenfalls Denkmalschutz.</li>"
            "<li>Sie erhalten die Erlaubnis mit Auflagen und den Gebührenbescheid.</li>"
            "</ol>"
        ),
        "legal_basis": [
            {
                "title": "§ 18 Sächsisches Straßengesetz (SächsStrG) – Sondernutzung",
                "url": "https://www.revosax.sachsen.de/vorschrift/4785#p18",
            },
            {
                "title": "§ 21 SächsStrG – Gebühren für Sondernutzungen",
                "url": "https://www.revosax.sachsen.de/vorschrift/4785#p21",
            },
            {
                "title": "§ 8 Bundesfernstraßengesetz (FStrG) – Sondernutzungen",
                "url": "https://www.gesetze-im-internet.de/fstrg/__8.html",
            },
            {
                "title": "§ 45 Straßenverkehrs-Ordnung (StVO) – Verkehrszeichen und Verkehrseinrichtungen",
                "url": "https://www.gesetze-im-internet.de/stvo_2013/__45.html",
            },
        ],
        "forms": [],
        "online_services": [
            {
                "title": "Sondernutzungserlaubnis online beantragen",
                "url": "https://amt24.sachsen.de/zufi/leistungen/99050014006000",
            },
        ],
        "further_information": "",
        "notes": (
            "<p>Wer öffentliche Flächen ohne Erlaubnis nutzt, muss mit der Beseitigung auf eigene "
            "Kosten und einem Bußgeld rechnen.</p>"
        ),
        "keywords": [
            "Sondernutzung",
            "Freisitz",
            "Außengastronomie",
            "Gehweg nutzen",
            "Gerüst aufstellen",
            "Container Straße",
            "Werbeaufsteller",
        ],
        "last_reviewed": "2026-07-01",
        "next_review": "2027-07-01",
    },
    {
        "leika_key": "99050015006000",
        "slug": "handelsregister-eintragung",
        "title": "Eintragung ins Handelsregister anmelden",
        "audience": "businesses",
        "teaser": (
            "Kaufleute, Personenhandelsgesellschaften und Kapitalgesellschaften müssen sich im "
            "Handelsregister eintragen lassen. Die Anmeldung erfolgt elektronisch über eine Notarin "
            "oder einen Notar beim Registergericht."
        ),
        "full_text": (
            "<p>Das Handelsregister ist ein öffentliches Verzeichnis, das verlässlich Auskunft über "
            "Kaufleute und Handelsgesellschaften gibt, etwa über Firma, Sitz, Rechtsform und "
            "Vertretungsbefugnisse. Eintragungspflichtig sind Einzelkaufleute mit einem "
            "kaufmännisch eingerichteten Geschäftsbetrieb, die offene Handelsgesellschaft (OHG), die "
            "Kommanditgesellschaft (KG) sowie GmbH, UG (haftungsbeschränkt) und "
            "Aktiengesellschaft.</p>"
            "<p>Anmeldungen zum Handelsregister müssen nach § 12 HGB elektronisch in öffentlich "
            "beglaubigter Form eingereicht werden. Die Notarin oder der Notar beglaubigt Ihre "
            "Unterschrift, prüft die Anmeldung und übermittelt sie an das Registergericht. In Sachsen "
            "führen die Amtsgerichte Chemnitz, Dresden und Leipzig das Handelsregister.</p>"
            "<p>Eine GmbH kann auch vollständig online im Wege der Videokommunikation mit einer "
            "Notarin oder einem Notar gegründet werden. Eintragungen werden im gemeinsamen "
            "Registerportal der Länder unter handelsregister.de bekannt gemacht.</p>"
        ),
        "prerequisites": (
            "<ul>"
            "<li>Sie betreiben ein Handelsgewerbe oder gründen eine Personenhandels- oder "
            "Kapitalgesellschaft.</li>"
            "<li>Bei einer GmbH ist der Gesellschaftsvertrag notariell beurkundet und die "
            "Mindesteinlage erbracht.</li>"
            "<li>Die gewählte Firma unterscheidet sich deutlich von bereits eingetragenen Firmen am "
            "selben Ort.</li>"
            "</ul>"
        ),
        "required_documents": [
            "Gültiger Personalausweis oder Reisepass aller anmeldenden Personen",
            "Gesellschaftsvertrag oder Satzung (bei Gesellschaften)",
            "Gesellschafterliste und Versicherung der Geschäftsführer (bei GmbH und UG)",
            "Nachweis über die Einzahlung der Einlagen (bei Kapitalgesellschaften)",
            "Gegebenenfalls erforderliche Genehmigungen für den Unternehmensgegenstand",
        ],
        "fees": [
            {
                "description": "Ersteintragung eines Einzelkaufmanns (Gerichtsgebühr)",
                "amount": 70.00,
                "amount_max": None,
                "currency": "EUR",
            },
            {
                "description": "Ersteintragung einer OHG oder KG mit bis zu drei Gesellschaftern (Gerichtsgebühr)",
                "amount": 100.00,
                "amount_max": None,
                "currency": "EUR",
            },
            {
                "description": "Ersteintragung einer GmbH oder UG ohne Sacheinlagen (Gerichtsgebühr)",
                "amount": 150.00,
                "amount_max": None,
                "currency": "EUR",
            },
            {
                "description": "Notarkosten nach dem Gerichts- und Notarkostengesetz (GNotKG)",
                "amount": None,
                "amount_max": None,
                "currency": "EUR",
            },
        ],
        "deadlines": (
            "<p>Kaufleute und Handelsgesellschaften müssen sich eintragen lassen, sobald die "
            "Eintragungspflicht besteht; das Registergericht kann die Anmeldung durch Zwangsgeld "
            "durchsetzen. Eine GmbH entsteht als solche erst mit der Eintragung; bis dahin haften "
            "die Handelnden persönlich.</p>"
        ),
        "processing_time": (
            "<p>Bei vollständigen Unterlagen trägt das Registergericht in der Regel innerhalb von "
            "wenigen Tagen bis zwei Wochen ein. Die Gerichtskosten werden häufig vorab "
            "angefordert.</p>"
        ),
        "procedure": (
            "<ol>"
            "<li>Bereiten Sie Gesellschaftsvertrag und Unterlagen vor und vereinbaren Sie einen "
            "Notartermin.</li>"
            "<li>Die Notarin oder der Notar beurkundet bzw. beglaubigt und reicht die Anmeldung "
            "elektronisch beim Registergericht ein.</li>"
            "<li>Das Registergericht prüft die Anmeldung und fordert die Gerichtskosten an.</li>"
            "<li>Nach der Eintragung erhalten Sie eine Eintragungsnachricht; die Eintragung wird "
            "im Registerportal bekannt gemacht.</li>"
            "</ol>"
        ),
        "legal_basis": [
            {
                "title": "§ 12 Handelsgesetzbuch (HGB) – Anmeldungen zur Eintragung",
                "url": "https://www.gesetze-im-internet.de/hgb/__12.html",
            },
            {
                "title": "§ 29 HGB – Anmeldung der Firma",
                "url": "https://www.gesetze-im-internet.de/hgb/__29.html",
            },
            {
                "title": "§ 106 HGB – Anmeldung der offenen Handelsgesellschaft",
                "url": "https://www.gesetze-im-internet.de/hgb/__106.html",
            },
            {
                "title": "§ 7 GmbH-Gesetz (GmbHG) – Anmeldung der Gesellschaft",
                "url": "https://www.gesetze-im-internet.de/gmbhg/__7.html",
            },
            {
                "title": "Handelsregistergebührenverordnung (HRegGebV)",
                "url": "https://www.gesetze-im-internet.de/hreggebv/",
            },
        ],
        "forms": [],
        "online_services": [],
        "further_information": (
            "<p>Registerauszüge und Bekanntmachungen können Sie kostenfrei im "
            '<a href="https://www.handelsregister.de">gemeinsamen Registerportal der Länder</a> '
            "abrufen.</p>"
        ),
        "notes": (
            "<p>Gesellschaften bürgerlichen Rechts können sich seit dem 1. Januar 2024 freiwillig "
            "im Gesellschaftsregister eintragen lassen. Kapitalgesellschaften müssen zudem ihre "
            "wirtschaftlich Berechtigten an das Transparenzregister melden.</p>"
        ),
        "keywords": [
            "Handelsregister",
            "Firmeneintragung",
            "GmbH gründen",
            "HRB",
            "HRA",
            "Registergericht",
            "e. K.",
        ],
        "last_reviewed": "2026-03-27",
        "next_review": "2027-03-27",
    },
    # ------------------------------------------------------------------ Soziales
    {
        "leika_key": "99107001007000",
        "slug": "wohngeld-beantragen",
        "title": "Wohngeld beantragen",
        "audience": "citizens",
        "teaser": (
            "Wohngeld ist ein Zuschuss zur Miete oder zu den Kosten selbst genutzten Wohneigentums "
            "für Haushalte mit geringem Einkommen. Es wird ab dem Monat der Antragstellung gezahlt."
        ),
        "full_text": (
            "<p>Wohngeld hilft Haushalten, deren Einkommen knapp oberhalb des Grundsicherungsniveaus "
            "liegt, die Wohnkosten zu tragen. Mieterinnen und Mieter erhalten einen Mietzuschuss, "
            "Eigentümerinnen und Eigentümer eines selbst genutzten Hauses oder einer Wohnung einen "
            "Lastenzuschuss. Seit 2023 enthält das Wohngeld auch eine Heizkosten- und eine "
            "Klimakomponente.</p>"
            "<p>Die Höhe hängt von der Zahl der Haushaltsmitglieder, dem Gesamteinkommen und der "
            "berücksichtigungsfähigen Miete oder Belastung ab. Die Höchstbeträge richten sich nach "
            "der Mietenstufe Ihrer Gemeinde. Wohngeld wird alle zwei Jahre an die Miet- und "
            "Preisentwicklung angepasst.</p>"
            "<p>Wer Bürgergeld, Grundsicherung im Alter und bei Erwerbsminderung, Sozialhilfe oder "
            "vergleichbare Leistungen bezieht, in denen die Unterkunftskosten bereits berücksichtigt "
            "sind, erhält kein Wohngeld. Zuständig ist die Wohngeldbehörde Ihrer Stadt- oder "
            "Kreisverwaltung.</p>"
        ),
        "prerequisites": (
            "<ul>"
            "<li>Sie wohnen zur Miete oder im eigenen Wohneigentum und tragen die Wohnkosten "
            "selbst.</li>"
            "<li>Das Gesamteinkommen Ihres Haushalts liegt innerhalb der Einkommensgrenzen.</li>"
            "<li>Sie beziehen keine Transferleistung, in der die Wohnkosten bereits berücksichtigt "
            "sind.</li>"
            "<li>Es ist kein erhebliches Vermögen vorhanden.</li>"
            "</ul>"
        ),
        "required_documents": [
            "Gültiger Personalausweis oder Reisepass",
            "Mietvertrag und Mietbescheinigung des Vermieters (bei Eigentum: Nachweise über die Belastung)",
            "Einkommensnachweise aller Haushaltsmitglieder, zum Beispiel Lohnabrechnungen oder Rentenbescheide",
            "Nachweise über Unterhaltszahlungen, Kindergeld und sonstige Leistungen",
            "Angaben und Nachweise zum Vermögen, zum Beispiel Kontoauszüge",
        ],
        "fees": [],
        "deadlines": (
            "<p>Wohngeld wird frühestens ab dem Ersten des Monats gezahlt, in dem der Antrag bei der "
            "Wohngeldbehörde eingeht. Für die Weiterzahlung stellen Sie rechtzeitig, etwa zwei "
            "Monate vor Ablauf des Bewilligungszeitraums, einen Weiterleistungsantrag.</p>"
        ),
        "processing_time": (
            "<p>Die Bearbeitung dauert je nach Behörde und Vollständigkeit der Unterlagen sechs "
            "Wochen bis drei Monate. Das Wohngeld wird in der Regel für zwölf Monate bewilligt, in "
            "Ausnahmefällen für bis zu 24 Monate.</p>"
        ),
        "procedure": (
            "<ol>"
            "<li>Prüfen Sie mit dem Wohngeldrechner, ob ein Anspruch in Betracht kommt.</li>"
            "<li>Stellen Sie den Antrag online über Amt24 oder schriftlich bei der "
            "Wohngeldbehörde.</li>"
            "<li>Reichen Sie fehlende Nachweise nach, wenn die Behörde Sie dazu auffordert.</li>"
            "<li>Sie erhalten einen Bescheid; das Wohngeld wird monatlich im Voraus auf Ihr Konto "
            "überwiesen.</li>"
            "</ol>"
        ),
        "legal_basis": [
            {
                "title": "§ 3 Wohngeldgesetz (WoGG) – Wohngeldberechtigung",
                "url": "https://www.gesetze-im-internet.de/wogg/__3.html",
            },
            {
                "title": "§ 7 WoGG – Ausschluss vom Wohngeld",
                "url": "https://www.gesetze-im-internet.de/wogg/__7.html",
            },
            {
                "title": "§ 22 WoGG – Wohngeldantrag",
                "url": "https://www.gesetze-im-internet.de/wogg/__22.html",
            },
            {
                "title": "§ 25 WoGG – Bewilligungszeitraum",
                "url": "https://www.gesetze-im-internet.de/wogg/__25.html",
            },
        ],
        "forms": [
            {
                "title": "Antrag auf Mietzuschuss (Wohngeld)",
                "url": "https://amt24.sachsen.de/zufi/leistungen/99107001007000/formulare",
            },
        ],
        "online_services": [
            {
                "title": "Wohngeld online beantragen",
                "url": "https://amt24.sachsen.de/zufi/leistungen/99107001007000",
            },
        ],
        "further_information": (
            "<p>Einen Wohngeldrechner und weitere Informationen bietet das "
            '<a href="https://www.bmwsb.bund.de/Webs/BMWSB/DE/themen/stadt-wohnen/wohnraumfoerderung/wohngeld/wohngeld-node.html">'
            "Bundesministerium für Wohnen, Stadtentwicklung und Bauwesen</a>.</p>"
        ),
        "notes": (
            "<p>Die Antragstellung ist gebührenfrei. Änderungen, etwa beim Einkommen, bei der Miete "
            "oder bei der Zahl der Haushaltsmitglieder, müssen Sie der Wohngeldbehörde unverzüglich "
            "mitteilen.</p>"
        ),
        "keywords": [
            "Mietzuschuss",
            "Lastenzuschuss",
            "Wohngeld Plus",
            "Zuschuss Miete",
            "Wohnkosten",
            "Wohngeldantrag",
        ],
        "last_reviewed": "2026-01-12",
        "next_review": "2027-01-12",
    },
    {
        "leika_key": "99107002007000",
        "slug": "buergergeld-beantragen",
        "title": "Bürgergeld beantragen",
        "audience": "citizens",
        "teaser": (
            "Bürgergeld sichert den Lebensunterhalt erwerbsfähiger Menschen und ihrer Familien, wenn "
            "Einkommen und Vermögen nicht ausreichen. Den Antrag stellen Sie beim Jobcenter, auch "
            "online."
        ),
        "full_text": (
            "<p>Das Bürgergeld ist die Grundsicherung für Arbeitsuchende nach dem Zweiten Buch "
            "Sozialgesetzbuch (SGB II). Es umfasst den Regelbedarf für den Lebensunterhalt, "
            "gegebenenfalls Mehrbedarfe, etwa für Alleinerziehende oder Schwangere, sowie die "
            "angemessenen Kosten für Unterkunft und Heizung. Während des Bezugs sind Sie in der "
            "Regel kranken- und pflegeversichert.</p>"
            "<p>Leistungen erhalten erwerbsfähige Personen zwischen 15 Jahren und der "
            "Regelaltersgrenze, die hilfebedürftig sind und ihren gewöhnlichen Aufenthalt in "
            "Deutschland haben. Auch die Angehörigen, die mit ihnen in einer Bedarfsgemeinschaft "
            "leben, können Leistungen bekommen.</p>"
            "<p>Neben der finanziellen Unterstützung hilft Ihnen das Jobcenter bei der Aufnahme "
            "einer Arbeit, etwa durch Beratung, Weiterbildung oder Eingliederungsleistungen. "
            "Zuständig ist das Jobcenter an Ihrem Wohnort.</p>"
        ),
        "prerequisites": (
            "<ul>"
            "<li>Sie sind mindestens 15 Jahre alt und haben die Regelaltersgrenze noch nicht "
            "erreicht.</li>"
            "<li>Sie sind erwerbsfähig, also mindestens drei Stunden täglich arbeitsfähig.</li>"
            "<li>Sie können Ihren Lebensunterhalt nicht oder nicht ausreichend aus eigenem "
            "Einkommen und Vermögen bestreiten.</li>"
            "<li>Sie haben Ihren gewöhnlichen Aufenthalt in Deutschland.</li>"
            "</ul>"
        ),
        "required_documents": [
            "Gültiger Personalausweis oder Reisepass, bei ausländischen Staatsangehörigen Aufenthaltstitel",
            "Mietvertrag und aktuelle Betriebs- und Heizkostenabrechnung",
            "Einkommensnachweise, zum Beispiel Lohnabrechnungen oder Bescheide über andere Leistungen",
            "Kontoauszüge der letzten drei Monate",
            "Nachweise über Vermögen, zum Beispiel Sparbücher oder Lebensversicherungen",
            "Nachweis über die Krankenversicherung",
        ],
        "fees": [],
        "deadlines": (
            "<p>Bürgergeld wird nur auf Antrag und nicht für Zeiten vor der Antragstellung gezahlt. "
            "Der Antrag wirkt auf den Ersten des Monats zurück, in dem er gestellt wurde. Für die "
            "Weiterbewilligung stellen Sie vor Ablauf des Bewilligungszeitraums einen "
            "Weiterbewilligungsantrag.</p>"
        ),
        "processing_time": (
            "<p>Liegen alle Unterlagen vor, entscheidet das Jobcenter in der Regel innerhalb von "
            "zwei bis vier Wochen. Leistungen werden meist für zwölf Monate bewilligt.</p>"
        ),
        "procedure": (
            "<ol>"
            "<li>Stellen Sie den Antrag online über jobcenter.digital, telefonisch oder persönlich "
            "beim Jobcenter.</li>"
            "<li>Füllen Sie den Hauptantrag und die zutreffenden Anlagen aus.</li>"
            "<li>Reichen Sie die Nachweise ein, gern auch als Upload.</li>"
            "<li>Das Jobcenter prüft Ihren Anspruch und lädt Sie zu einem Erstgespräch ein.</li>"
            "<li>Sie erhalten einen Bescheid; die Leistungen werden monatlich im Voraus gezahlt.</li>"
            "</ol>"
        ),
        "legal_basis": [
            {
                "title": "§ 7 Zweites Buch Sozialgesetzbuch (SGB II) – Leistungsberechtigte",
                "url": "https://www.gesetze-im-internet.de/sgb_2/__7.html",
            },
            {
                "title": "§ 19 SGB II – Bürgergeld und Leistungen für Bildung und Teilhabe",
                "url": "https://www.gesetze-im-internet.de/sgb_2/__19.html",
            },
            {
                "title": "§ 22 SGB II – Bedarfe für Unterkunft und Heizung",
                "url": "https://www.gesetze-im-internet.de/sgb_2/__22.html",
            },
            {
                "title": "§ 37 SGB II – Antragserfordernis",
                "url": "https://www.gesetze-im-internet.de/sgb_2/__37.html",
            },
        ],
        "forms": [
            {
                "title": "Hauptantrag und Anlagen zum Bürgergeld",
                "url": "https://www.arbeitsagentur.de/arbeitslos-arbeit-finden/buergergeld/antraege-und-formulare",
            },
        ],
        "online_services": [
            {
                "title": "Bürgergeld online beantragen (jobcenter.digital)",
                "url": "https://www.jobcenter.digital",
            },
        ],
        "further_information": (
            "<p>Informationen zu Regelbedarfen und Mehrbedarfen finden Sie bei der "
            '<a href="https://www.arbeitsagentur.de/arbeitslos-arbeit-finden/buergergeld">'
            "Bundesagentur für Arbeit</a>.</p>"
        ),
        "notes": (
            "<p>Die Antragstellung ist kostenfrei. Die Grundsicherung für Arbeitsuchende wird "
            "derzeit gesetzlich neu geregelt; maßgeblich ist stets die aktuelle Rechtslage, über "
            "die Ihr Jobcenter Sie berät.</p>"
        ),
        "keywords": [
            "Hartz IV",
            "Arbeitslosengeld II",
            "Grundsicherung",
            "Jobcenter",
            "Sozialleistung",
            "ALG 2",
        ],
        "last_reviewed": "2026-09-15",
        "next_review": "2027-03-15",
    },
    {
        "leika_key": "99107003007000",
        "slug": "schwerbehindertenausweis-beantragen",
        "title": "Schwerbehindertenausweis beantragen",
        "audience": "citizens",
        "teaser": (
            "Ab einem Grad der Behinderung von 50 erhalten Sie einen Schwerbehindertenausweis. "
            "Grad der Behinderung und Merkzeichen stellt in Sachsen Ihr Landratsamt oder Ihre "
            "kreisfreie Stadt fest."
        ),
        "full_text": (
            "<p>Auf Antrag stellt die zuständige Behörde fest, ob eine Behinderung vorliegt und "
            "wie hoch der Grad der Behinderung (GdB) ist. Beträgt der GdB mindestens 50, gelten Sie "
            "als schwerbehindert und erhalten einen Schwerbehindertenausweis im Scheckkartenformat. "
            "Grundlage der Bewertung sind die versorgungsmedizinischen Grundsätze.</p>"
            "<p>Zusätzlich können Merkzeichen festgestellt werden, zum Beispiel G (erheblich "
            "gehbehindert), aG (außergewöhnlich gehbehindert), B (Begleitperson), H (hilflos) oder "
            "Bl (blind). Sie berechtigen zu Nachteilsausgleichen wie unentgeltlicher Beförderung im "
            "Nahverkehr, Parkerleichterungen oder steuerlichen Pauschbeträgen.</p>"
            "<p>In Sachsen sind die Landkreise und kreisfreien Städte für das "
            "Schwerbehindertenrecht zuständig. Sie holen Befundberichte Ihrer Ärztinnen und Ärzte "
            "ein und lassen diese ärztlich auswerten.</p>"
        ),
        "prerequisites": (
            "<p>Sie haben eine körperliche, seelische, geistige oder Sinnesbeeinträchtigung, die "
            "Sie voraussichtlich länger als sechs Monate an der gleichberechtigten Teilhabe hindert, "
            "und Sie wohnen oder arbeiten in Deutschland.</p>"
        ),
        "required_documents": [
            "Antrag auf Feststellung einer Behinderung",
            "Gültiger Personalausweis oder Reisepass",
            "Vorhandene ärztliche Unterlagen, zum Beispiel Befundberichte oder Krankenhausentlassungsberichte",
            "Liste der behandelnden Ärztinnen und Ärzte mit Schweigepflichtentbindung",
            "Ein aktuelles Passbild (ab dem vollendeten 10. Lebensjahr)",
        ],
        "fees": [],
        "deadlines": (
            "<p>Für den Antrag gibt es keine Frist. Der GdB kann auf Antrag rückwirkend festgestellt "
            "werden, wenn Sie ein besonderes Interesse glaubhaft machen, etwa aus steuerlichen "
            "Gründen. Gegen den Bescheid können Sie innerhalb eines Monats Widerspruch "
            "einlegen.</p>"
        ),
        "processing_time": (
            "<p>Die Bearbeitung dauert in der Regel drei bis sechs Monate, weil ärztliche Unterlagen "
            "angefordert und ausgewertet werden müssen.</p>"
        ),
        "procedure": (
            "<ol>"
            "<li>Stellen Sie den Antrag online oder schriftlich beim Landratsamt bzw. bei der "
            "kreisfreien Stadt.</li>"
            "<li>Die Behörde fordert Befundberichte an und lässt sie ärztlich begutachten.</li>"
            "<li>Sie erhalten einen Feststellungsbescheid über GdB und Merkzeichen.</li>"
            "<li>Ab einem GdB von 50 wird Ihnen der Schwerbehindertenausweis zugesandt.</li>"
            "</ol>"
        ),
        "legal_basis": [
            {
                "title": "§ 2 Neuntes Buch Sozialgesetzbuch (SGB IX) – Begriffsbestimmungen",
                "url": "https://www.gesetze-im-internet.de/sgb_9_2018/__2.html",
            },
            {
                "title": "§ 152 SGB IX – Feststellung der Behinderung, Ausweise",
                "url": "https://www.gesetze-im-internet.de/sgb_9_2018/__152.html",
            },
            {
                "title": "Schwerbehindertenausweisverordnung (SchwbAwV)",
                "url": "https://www.gesetze-im-internet.de/schwbawv/",
            },
            {
                "title": "Versorgungsmedizin-Verordnung (VersMedV)",
                "url": "https://www.gesetze-im-internet.de/versmedv/",
            },
        ],
        "forms": [
            {
                "title": "Antrag auf Feststellung einer Behinderung und Ausstellung eines Ausweises",
                "url": "https://amt24.sachsen.de/zufi/leistungen/99107003007000/formulare",
            },
        ],
        "online_services": [
            {
                "title": "Schwerbehindertenausweis online beantragen",
                "url": "https://amt24.sachsen.de/zufi/leistungen/99107003007000",
            },
        ],
        "further_information": (
            "<p>Informationen zu Nachteilsausgleichen bietet der "
            '<a href="https://www.ksv-sachsen.de">Kommunale Sozialverband Sachsen</a>.</p>'
        ),
        "notes": (
            "<p>Das Verfahren ist gebührenfrei. Bei einem GdB von 30 oder 40 können Sie bei der "
            "Agentur für Arbeit die Gleichstellung mit schwerbehinderten Menschen beantragen, wenn "
            "Sie ohne sie einen Arbeitsplatz nicht erlangen oder behalten können.</p>"
        ),
        "keywords": [
            "Behindertenausweis",
            "Grad der Behinderung",
            "GdB",
            "Merkzeichen",
            "Schwerbehinderung",
            "Nachteilsausgleich",
        ],
        "last_reviewed": "2026-06-02",
        "next_review": "2027-06-02",
    },
    {
        "leika_key": "99107004007000",
        "slug": "bafoeg-beantragen",
        "title": "BAföG beantragen",
        "audience": "citizens",
        "teaser": (
            "Mit BAföG fördert der Staat Studium und schulische Ausbildung, wenn das eigene "
            "Einkommen und das der Eltern nicht ausreichen. Stellen Sie den Antrag möglichst im "
            "ersten Ausbildungsmonat."
        ),
        "full_text": (
            "<p>Nach dem Bundesausbildungsförderungsgesetz (BAföG) erhalten Studierende und "
            "Schülerinnen und Schüler bestimmter Schulformen eine finanzielle Förderung für "
            "Lebensunterhalt und Ausbildung. Die Höhe richtet sich nach dem Bedarf, etwa nach der "
            "Wohnsituation, und nach dem anzurechnenden Einkommen und Vermögen der Auszubildenden, "
            "ihrer Ehe- oder Lebenspartner und ihrer Eltern.</p>"
            "<p>Studierende erhalten die Förderung in der Regel zur Hälfte als Zuschuss und zur "
            "Hälfte als zinsloses Staatsdarlehen, dessen Rückzahlung auf 10.010 Euro begrenzt ist. "
            "Schüler-BAföG wird als voller Zuschuss gezahlt.</p>"
            "<p>Zuständig sind für Studierende die Ämter für Ausbildungsförderung bei den "
            "Studierendenwerken, für Schülerinnen und Schüler die Ämter für Ausbildungsförderung "
            "der Landkreise und kreisfreien Städte.</p>"
        ),
        "prerequisites": (
            "<ul>"
            "<li>Sie absolvieren eine förderungsfähige Ausbildung, zum Beispiel ein Studium an einer "
            "Hochschule.</li>"
            "<li>Sie haben bei Beginn des Ausbildungsabschnitts das 45. Lebensjahr noch nicht "
            "vollendet (Ausnahmen sind möglich).</li>"
            "<li>Sie besitzen die deutsche Staatsangehörigkeit oder erfüllen die Voraussetzungen "
            "für ausländische Auszubildende.</li>"
            "<li>Ihr eigenes Vermögen übersteigt die Freibeträge nicht.</li>"
            "</ul>"
        ),
        "required_documents": [
            "Antrag auf Ausbildungsförderung (Formblatt 1)",
            "Bescheinigung der Ausbildungsstätte (Formblatt 2 oder Immatrikulationsbescheinigung)",
            "Einkommenserklärungen der Eltern bzw. des Ehe- oder Lebenspartners (Formblatt 3) mit Steuerbescheiden",
            "Mietvertrag oder Nachweis über die Wohnkosten",
            "Nachweise über eigenes Einkommen und Vermögen, zum Beispiel Kontoauszüge",
        ],
        "fees": [],
        "deadlines": (
            "<p>BAföG wird frühestens ab dem Monat gezahlt, in dem der Antrag gestellt wird. "
            "Stellen Sie den Antrag daher spätestens im ersten Monat der Ausbildung; fehlende "
            "Unterlagen können nachgereicht werden. Für eine lückenlose Weiterförderung sollten Sie "
            "den Folgeantrag etwa zwei Monate vor Ende des Bewilligungszeitraums stellen.</p>"
        ),
        "processing_time": (
            "<p>Die Bearbeitung dauert in der Regel sechs bis zehn Wochen. Kann beim Erstantrag "
            "nicht innerhalb von sechs Wochen entschieden werden, können Sie eine Vorauszahlung von "
            "bis zu 80 Prozent des voraussichtlichen Förderbetrags für vier Monate verlangen.</p>"
        ),
        "procedure": (
            "<ol>"
            "<li>Prüfen Sie Ihren voraussichtlichen Anspruch, zum Beispiel mit dem BAföG-Rechner.</li>"
            "<li>Stellen Sie den Antrag online über BAföG Digital oder schriftlich mit den "
            "Formblättern.</li>"
            "<li>Reichen Sie die Nachweise und die Einkommenserklärungen Ihrer Eltern ein.</li>"
            "<li>Das Amt für Ausbildungsförderung prüft den Antrag und erlässt einen Bescheid, in "
            "der Regel für zwölf Monate.</li>"
            "</ol>"
        ),
        "legal_basis": [
            {
                "title": "§ 15 Bundesausbildungsförderungsgesetz (BAföG) – Förderungsdauer",
                "url": "https://www.gesetze-im-internet.de/baf_g/__15.html",
            },
            {
                "title": "§ 46 BAföG – Antrag",
                "url": "https://www.gesetze-im-internet.de/baf_g/__46.html",
            },
            {
                "title": "§ 51 BAföG – Zahlweise",
                "url": "https://www.gesetze-im-internet.de/baf_g/__51.html",
            },
        ],
        "forms": [
            {
                "title": "BAföG-Formblätter",
                "url": "https://www.xn--bafg-7qa.de/bafoeg/de/antrag-stellen/formblaetter/formblaetter_node.html",
            },
        ],
        "online_services": [
            {
                "title": "BAföG online beantragen (BAföG Digital)",
                "url": "https://www.bafoeg-digital.de",
            },
        ],
        "further_information": (
            "<p>Ausführliche Informationen und einen BAföG-Rechner bietet das "
            '<a href="https://www.xn--bafg-7qa.de">BAföG-Portal des Bundes</a>.</p>'
        ),
        "notes": (
            "<p>Die Antragstellung ist kostenfrei. Auch wenn Sie unsicher sind, ob Sie Anspruch "
            "haben, lohnt sich ein Antrag: Erst die Prüfung durch das Amt schafft Klarheit.</p>"
        ),
        "keywords": [
            "Ausbildungsförderung",
            "Studienfinanzierung",
            "Schüler-BAföG",
            "BAföG-Antrag",
            "Studium Förderung",
            "Bafög",
        ],
        "last_reviewed": "2026-08-04",
        "next_review": "2027-08-04",
    },
    {
        "leika_key": "99107005007000",
        "slug": "schulanmeldung-grundschule",
        "title": "Kind an der Grundschule anmelden",
        "audience": "citizens",
        "teaser": (
            "Kinder, die bis zum 30. Juni sechs Jahre alt werden, sind zum folgenden Schuljahr "
            "schulpflichtig. In Sachsen melden Eltern ihr Kind bereits im Jahr vor der Einschulung "
            "an der Grundschule ihres Schulbezirks an."
        ),
        "full_text": (
            "<p>Mit Beginn des Schuljahres am 1. August werden in Sachsen alle Kinder schulpflichtig, "
            "die bis zum 30. Juni des laufenden Kalenderjahres das sechste Lebensjahr vollendet "
            "haben. Kinder, die bis zum 30. September sechs Jahre alt werden und von den Eltern "
            "angemeldet werden, gelten ebenfalls als schulpflichtig. Jüngere Kinder können auf "
            "Antrag vorzeitig aufgenommen werden, wenn sie den erforderlichen Entwicklungsstand "
            "besitzen.</p>"
            "<p>Die Anmeldung erfolgt an einer Grundschule des Schulbezirks, in dem Ihr Kind wohnt, "
            "oder an einer Grundschule in freier Trägerschaft. Ort und Zeit der Anmeldung gibt der "
            "Schulträger ortsüblich bekannt, meist im Frühjahr; angemeldet wird in der Regel im "
            "August und September des Vorjahres.</p>"
            "<p>Vor der Einschulung nimmt Ihr Kind an der Schulaufnahmeuntersuchung des "
            "Gesundheitsamts teil. Über die Aufnahme entscheidet die Schulleiterin oder der "
            "Schulleiter.</p>"
        ),
        "prerequisites": (
            "<p>Ihr Kind wird bis zum 30. Juni (bzw. auf Antrag bis zum 30. September) des "
            "Einschulungsjahres sechs Jahre alt und hat seinen Wohnsitz im Schulbezirk der "
            "Grundschule.</p>"
        ),
        "required_documents": [
            "Geburtsurkunde des Kindes oder ein anderer Identitätsnachweis",
            "Personalausweis oder Reisepass des anmeldenden Elternteils",
            "Bei alleinigem Sorgerecht: Sorgerechtsnachweis oder Negativbescheinigung",
            "Nachweis über einen ausreichenden Masernschutz",
        ],
        "fees": [],
        "deadlines": (
            "<p>Die Anmeldung muss in dem vom Schulträger bekannt gegebenen Zeitraum erfolgen, in "
            "der Regel im August und September des Jahres vor der Einschulung. Haben Sie Ihr Kind "
            "an einer Schule in freier Trägerschaft angemeldet, teilen Sie dies der zuständigen "
            "öffentlichen Grundschule bis zum 15. September schriftlich mit.</p>"
        ),
        "processing_time": (
            "<p>Die Aufnahmeentscheidung erhalten Sie in der Regel bis zum Frühjahr des "
            "Einschulungsjahres, nachdem die Schulaufnahmeuntersuchung stattgefunden hat.</p>"
        ),
        "procedure": (
            "<ol>"
            "<li>Informieren Sie sich über den Schulbezirk und den Anmeldezeitraum, etwa im "
            "Amtsblatt Ihrer Gemeinde.</li>"
            "<li>Melden Sie Ihr Kind persönlich an der Grundschule an.</li>"
            "<li>Ihr Kind nimmt an der Schulaufnahmeuntersuchung des Gesundheitsamts teil.</li>"
            "<li>Die Schulleitung entscheidet über die Aufnahme und informiert Sie schriftlich.</li>"
            "</ol>"
        ),
        "legal_basis": [
            {
                "title": "§ 25 Schulgesetz für den Freistaat Sachsen (SächsSchulG) – Schulbezirke",
                "url": "https://www.revosax.sachsen.de/vorschrift/4192-Saechsisches-Schulgesetz#p25",
            },
            {
                "title": "§ 27 SächsSchulG – Beginn der Schulpflicht",
                "url": "https://www.revosax.sachsen.de/vorschrift/4192-Saechsisches-Schulgesetz#p27",
            },
            {
                "title": "§ 31 SächsSchulG – Anmeldepflicht",
                "url": "https://www.revosax.sachsen.de/vorschrift/4192-Saechsisches-Schulgesetz#p31",
            },
            {
                "title": "§ 20 Abs. 9 Infektionsschutzgesetz (IfSG) – Masernschutz",
                "url": "https://www.gesetze-im-internet.de/ifsg/__20.html",
            },
        ],
        "forms": [],
        "online_services": [],
        "further_information": (
            "<p>Informationen rund um den Schulanfang bietet das Bildungsportal "
            '<a href="https://www.schule.sachsen.de">schule.sachsen.de</a> des Sächsischen '
            "Staatsministeriums für Kultus.</p>"
        ),
        "notes": (
            "<p>Die Anmeldung ist kostenfrei. Wer sein schulpflichtiges Kind nicht anmeldet, handelt "
            "ordnungswidrig. Eine Zurückstellung vom Schulbesuch ist aus gewichtigen Gründen "
            "möglich; sprechen Sie dazu mit der Schulleitung.</p>"
        ),
        "keywords": [
            "Einschulung",
            "Schulanmeldung",
            "Schulanfang",
            "Schulpflicht",
            "Grundschule",
            "Schulanfänger",
        ],
        "last_reviewed": "2026-05-20",
        "next_review": "2027-05-20",
    },
    {
        "leika_key": "99107006007000",
        "slug": "altersrente-beantragen",
        "title": "Altersrente beantragen",
        "audience": "citizens",
        "teaser": (
            "Die Altersrente wird nicht automatisch gezahlt, sondern nur auf Antrag. Stellen Sie den "
            "Antrag etwa drei Monate vor dem gewünschten Rentenbeginn bei der Deutschen "
            "Rentenversicherung."
        ),
        "full_text": (
            "<p>Die gesetzliche Rentenversicherung zahlt verschiedene Altersrenten. Die "
            "Regelaltersrente erhalten Sie nach mindestens fünf Beitragsjahren mit Erreichen der "
            "Regelaltersgrenze; diese steigt schrittweise auf 67 Jahre für alle ab 1964 "
            "Geborenen.</p>"
            "<p>Früher in Rente gehen können langjährig Versicherte mit 35 Versicherungsjahren ab "
            "63 Jahren, allerdings mit Abschlägen von 0,3 Prozent je Monat des vorzeitigen "
            "Rentenbeginns. Besonders langjährig Versicherte mit 45 Jahren erhalten die Rente "
            "abschlagsfrei früher, ebenso schwerbehinderte Menschen unter bestimmten "
            "Voraussetzungen.</p>"
            "<p>Den Antrag können Sie online, bei einer Auskunfts- und Beratungsstelle der Deutschen "
            "Rentenversicherung, bei Versichertenberaterinnen und -beratern oder beim "
            "Versicherungsamt Ihrer Stadt- oder Kreisverwaltung stellen. In Sachsen ist in der Regel "
            "die Deutsche Rentenversicherung Mitteldeutschland zuständig.</p>"
        ),
        "prerequisites": (
            "<ul>"
            "<li>Sie haben das für die jeweilige Rentenart maßgebliche Lebensalter erreicht.</li>"
            "<li>Sie erfüllen die Wartezeit, zum Beispiel fünf Jahre für die Regelaltersrente oder "
            "35 Jahre für die Altersrente für langjährig Versicherte.</li>"
            "<li>Ihr Versicherungskonto ist geklärt; fehlende Zeiten sollten vorab nachgewiesen "
            "werden.</li>"
            "</ul>"
        ),
        "required_documents": [
            "Gültiger Personalausweis oder Reisepass",
            "Steuerliche Identifikationsnummer",
            "Bankverbindung (IBAN) für die Rentenzahlung",
            "Angaben zur Krankenversicherung",
            "Nachweise über noch nicht geklärte Zeiten, zum Beispiel Schul-, Ausbildungs- oder Kindererziehungszeiten",
        ],
        "fees": [],
        "deadlines": (
            "<p>Die Rente beginnt mit dem Monat, zu dessen Beginn alle Voraussetzungen erfüllt sind, "
            "wenn Sie den Antrag bis zum Ende des dritten Kalendermonats danach stellen. Bei einem "
            "späteren Antrag wird die Rente erst ab dem Antragsmonat gezahlt.</p>"
        ),
        "processing_time": (
            "<p>Ist Ihr Versicherungskonto vollständig geklärt, dauert die Bearbeitung in der Regel "
            "vier bis acht Wochen.</p>"
        ),
        "procedure": (
            "<ol>"
            "<li>Lassen Sie rechtzeitig Ihr Versicherungskonto klären und sich zur Rentenart "
            "beraten.</li>"
            "<li>Stellen Sie den Rentenantrag online oder mit Unterstützung einer Beratungsstelle "
            "bzw. des Versicherungsamts.</li>"
            "<li>Die Rentenversicherung prüft den Antrag und fordert gegebenenfalls weitere "
            "Nachweise an.</li>"
            "<li>Sie erhalten den Rentenbescheid; die Rente wird am Ende des Monats gezahlt.</li>"
            "</ol>"
        ),
        "legal_basis": [
            {
                "title": "§ 35 Sechstes Buch Sozialgesetzbuch (SGB VI) – Regelaltersrente",
                "url": "https://www.gesetze-im-internet.de/sgb_6/__35.html",
            },
            {
                "title": "§ 36 SGB VI – Altersrente für langjährig Versicherte",
                "url": "https://www.gesetze-im-internet.de/sgb_6/__36.html",
            },
            {
                "title": "§ 38 SGB VI – Altersrente für besonders langjährig Versicherte",
                "url": "https://www.gesetze-im-internet.de/sgb_6/__38.html",
            },
            {
                "title": "§ 99 SGB VI – Beginn",
                "url": "https://www.gesetze-im-internet.de/sgb_6/__99.html",
            },
        ],
        "forms": [
            {
                "title": "Antrag auf Versichertenrente (R0100)",
                "url": "https://www.deutsche-rentenversicherung.de/SharedDocs/Formulare/DE/_pdf/R0100.html",
            },
        ],
        "online_services": [
            {
                "title": "Rente online beantragen (eService der Deutschen Rentenversicherung)",
                "url": "https://www.eservice-drv.de/OnlineDiensteWeb/",
            },
        ],
        "further_information": (
            "<p>Beratungstermine vereinbaren Sie über die "
            '<a href="https://www.deutsche-rentenversicherung.de">Deutsche Rentenversicherung</a> '
            "oder das kostenlose Servicetelefon 0800 1000 4800.</p>"
        ),
        "notes": (
            "<p>Antrag und Beratung sind kostenfrei. Seit 2023 dürfen Sie neben einer vorgezogenen "
            "Altersrente unbegrenzt hinzuverdienen.</p>"
        ),
        "keywords": [
            "Rentenantrag",
            "Rente beantragen",
            "Regelaltersrente",
            "Ruhestand",
            "Rente mit 63",
            "Deutsche Rentenversicherung",
        ],
        "last_reviewed": "2026-10-05",
        "next_review": "2027-10-05",
    },
    {
        "leika_key": "99107007007000",
        "slug": "pflegegrad-beantragen",
        "title": "Pflegegrad beantragen",
        "audience": "citizens",
        "teaser": (
            "Wer dauerhaft Hilfe im Alltag braucht, kann bei der Pflegekasse einen Pflegegrad "
            "beantragen. Leistungen wie Pflegegeld gibt es ab dem Monat der Antragstellung."
        ),
        "full_text": (
            "<p>Pflegebedürftig im Sinne der Pflegeversicherung ist, wer wegen gesundheitlicher "
            "Beeinträchtigungen voraussichtlich mindestens sechs Monate auf Hilfe angewiesen ist. "
            "Die Pflegekasse, die bei Ihrer Krankenkasse angesiedelt ist, entscheidet über den "
            "Pflegegrad und damit über Art und Höhe der Leistungen.</p>"
            "<p>Zur Feststellung besucht Sie eine Gutachterin oder ein Gutachter des Medizinischen "
            "Dienstes, bei Privatversicherten von MEDICPROOF. Bewertet wird die Selbständigkeit in "
            "sechs Bereichen: Mobilität, geistige und kommunikative Fähigkeiten, Verhaltensweisen "
            "und psychische Problemlagen, Selbstversorgung, Umgang mit krankheitsbedingten "
            "Anforderungen sowie Gestaltung des Alltagslebens und sozialer Kontakte.</p>"
            "<p>Aus der Gesamtpunktzahl ergibt sich einer von fünf Pflegegraden. Je nach Pflegegrad "
            "erhalten Sie zum Beispiel Pflegegeld, Pflegesachleistungen eines ambulanten "
            "Pflegedienstes, den Entlastungsbetrag oder Zuschüsse für die Anpassung der "
            "Wohnung.</p>"
        ),
        "prerequisites": (
            "<p>Sie sind pflegeversichert, und Ihre Selbständigkeit ist aus gesundheitlichen Gründen "
            "voraussichtlich für mindestens sechs Monate beeinträchtigt. Für Leistungen müssen Sie "
            "in den letzten zehn Jahren vor Antragstellung mindestens zwei Jahre in die "
            "Pflegeversicherung eingezahlt haben oder familienversichert gewesen sein.</p>"
        ),
        "required_documents": [
            "Antrag auf Leistungen der Pflegeversicherung (formlos oder Formular der Pflegekasse)",
            "Versichertenkarte der Krankenkasse",
            "Vorhandene ärztliche Unterlagen, Medikamentenplan und Hilfsmittelverordnungen",
            "Bei Vertretung: Vollmacht oder Betreuerausweis",
        ],
        "fees": [],
        "deadlines": (
            "<p>Leistungen werden ab dem Monat der Antragstellung gewährt. Ein formloser Antrag, "
            "auch telefonisch, wahrt diese Frist. Gegen den Bescheid können Sie innerhalb eines "
            "Monats Widerspruch einlegen.</p>"
        ),
        "processing_time": (
            "<p>Die Pflegekasse muss spätestens 25 Arbeitstage nach Eingang des Antrags "
            "entscheiden. Hält sie die Frist schuldhaft nicht ein, zahlt sie für jede begonnene "
            "Woche der Verspätung 70 Euro. Bei einem Krankenhausaufenthalt oder in Hospizen gelten "
            "verkürzte Fristen.</p>"
        ),
        "procedure": (
            "<ol>"
            "<li>Stellen Sie den Antrag bei der Pflegekasse Ihrer Krankenkasse.</li>"
            "<li>Der Medizinische Dienst vereinbart einen Termin für die Begutachtung, in der Regel "
            "bei Ihnen zu Hause.</li>"
            "<li>Bereiten Sie sich vor, zum Beispiel mit einem Pflegetagebuch, und ziehen Sie eine "
            "Pflegeperson hinzu.</li>"
            "<li>Die Pflegekasse teilt Ihnen den Pflegegrad mit und übersendet das Gutachten.</li>"
            "<li>Sie erhalten ein Angebot zur Pflegeberatung und können die Leistungen in Anspruch "
            "nehmen.</li>"
            "</ol>"
        ),
        "legal_basis": [
            {
                "title": "§ 14 Elftes Buch Sozialgesetzbuch (SGB XI) – Begriff der Pflegebedürftigkeit",
                "url": "https://www.gesetze-im-internet.de/sgb_11/__14.html",
            },
            {
                "title": "§ 15 SGB XI – Ermittlung des Grades der Pflegebedürftigkeit",
                "url": "https://www.gesetze-im-internet.de/sgb_11/__15.html",
            },
            {
                "title": "§ 18 SGB XI – Verfahren zur Feststellung der Pflegebedürftigkeit",
                "url": "https://www.gesetze-im-internet.de/sgb_11/__18.html",
            },
            {
                "title": "§ 33 SGB XI – Leistungsvoraussetzungen",
                "url": "https://www.gesetze-im-internet.de/sgb_11/__33.html",
            },
        ],
        "forms": [],
        "online_services": [],
        "further_information": (
            "<p>Unabhängige Beratung rund um die Pflege finden Sie über das "
            '<a href="https://www.pflegenetz.sachsen.de">PflegeNetz Sachsen</a>.</p>'
        ),
        "notes": (
            "<p>Antrag und Begutachtung sind kostenfrei. Pflegende Angehörige haben Anspruch auf "
            "kostenlose Pflegeberatung und Pflegekurse ihrer Pflegekasse.</p>"
        ),
        "keywords": [
            "Pflegestufe",
            "Pflegegeld",
            "Pflegeversicherung",
            "Pflegekasse",
            "Pflegebedürftigkeit",
            "Medizinischer Dienst",
            "MDK",
        ],
        "last_reviewed": "2026-07-14",
        "next_review": "2027-07-14",
    },
]
