"""How our model's fields map to XZuFi: the one table both directions read.

Text modules (code list urn:de:xzufi:codeliste:leistungstextmodulleika) are mapped one
to one by code. Kosten, Fristen, Bearbeitungsdauer and Dokumente are XZuFi's structured
modules; our Fristen and Bearbeitungsdauer texts travel as the module's `beschreibung`,
their optional structured forms (duration, up to, unit) as one `frist` /
`bearbeitungsdauer` entry with a FristDauer (no duration is ever derived from text).
"""

from __future__ import annotations

VERSIONS = ("2.2.0", "2.3.1")
# Versions whose organisationseinheit holds its Zuständigkeiten (2.3.1 sends them as
# zustaendigkeitTransferObjekt of their own).
NESTED_RESPONSIBILITIES = ("2.2.0",)
NAMESPACES = {
    v: f"http://xoev.de/schemata/xzufi/{v.replace('.', '_')}" for v in VERSIONS
}
TEXT_MODULE_LIST_URI = "urn:de:xzufi:codeliste:leistungstextmodulleika"
LEIKA_LIST_URI = "urn:de:fim:leika:leistung"
# Our own code list for what XZuFi has no text module for (see README).
OWN_TEXT_MODULE_LIST_URI = "urn:de:lebenslagen-cms:codeliste:textmodul"
ONLINE_SERVICES_CODE = "onlinedienste"

# (code, field of ServicePage, label). Link modules carry their links as
# `weiterfuehrenderLink` and no text; narrative fields are HTML (`inhalt`).
TEXT_MODULES: list[tuple[str, str, str]] = [
    ("02", "title", "Leistungsbezeichnung"),
    ("05", "teaser", "Kurztext"),
    ("06", "full_text", "Volltext"),
    ("07", "legal_basis", "Handlungsgrundlage (Rechtsgrundlagen)"),
    ("09", "prerequisites", "Voraussetzungen"),
    ("11", "procedure", "Verfahrensablauf"),
    ("14", "forms", "Formulare"),
    ("15", "further_information", "Weiterführende Informationen"),
    ("16", "notes", "Hinweise"),
]
LINK_FIELDS = ("legal_basis", "forms", "online_services")
STRUCTURED_MODULES: list[tuple[str, str]] = [
    ("modul_kosten", "fees"),
    ("modul_frist", "deadlines"),
    ("modul_bearbeitungsdauer", "processing_time"),
    ("modul_dokument", "required_documents"),
    ("modul_begriff_im_kontext", "keywords"),
    ("modul_fachliche_freigabe", "last_reviewed"),
]
FIELD_BY_CODE = {code: field for code, field, _ in TEXT_MODULES}
CODE_BY_FIELD = {field: code for code, field, _ in TEXT_MODULES}

# Leistungsadressat (001 Bürger, 002 Unternehmen) ⇄ our audience.
AUDIENCE_CODES = {"citizens": "001", "businesses": "002"}
AUDIENCES = {code: audience for audience, code in AUDIENCE_CODES.items()}
# Kostentyp 001 is used for every fee: our model has no fee types.
FEE_TYPE = "001"
# Replace/supplement of a commune's local text, explicit on each module.
USAGE_CODES = {"replace": "ersetzen", "supplement": "ergaenzen"}
USAGES = {code: mode for mode, code in USAGE_CODES.items()}
RESPONSIBILITY_ROLE = "01"  # zuständige Stelle
# Zeiteinheit ⇄ our DurationUnit (catalogue.models), one to one.
UNIT_CODES = {
    "seconds": "SEKUNDE",
    "minutes": "MINUTE",
    "hours": "STUNDE",
    "days": "TAG",
    "working_days": "WERKTAG",
    "business_days": "ARBEITSTAG",
    "weeks": "WOCHE",
    "months": "MONAT",
    "years": "JAHR",
}
UNITS = {code: unit for unit, code in UNIT_CODES.items()}
# Fristtyp of the one structured Frist: our deadlines have no type (as fees have no
# Kostentyp). The code list's labels are not public here: check 009 against it when
# the XSD and code lists are added.
DEADLINE_TYPE = "009"

LANGUAGE_NAMES = {
    "de": ("Deutsch", "Deutsch"),
    "en": ("Englisch", "English"),
    "hsb": ("Obersorbisch", "Hornjoserbšćina"),
    "de-x-ls": ("Leichte Sprache", "Leichte Sprache"),
}

# Id prefixes as PVOG forms them: <schemeAgencyID>.<kind>.<local part>.
ID_KINDS = {
    "Leistung": "LB",
    "LeistungSpezialisierung": "SP",
    "Organisationseinheit": "OE",
    "Zustaendigkeit": "ZS",
}
