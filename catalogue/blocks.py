"""StreamField blocks of the central catalogue (fees, links, opening hours, body text)."""

import datetime
import re
from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.utils.html import format_html
from grapple.helpers import register_streamfield_block
from grapple.models import GraphQLFloat, GraphQLString
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock

from cms.formats import german_amount

CURRENCIES = [("EUR", "Euro (EUR)")]
# No administrative fee comes near this; a larger number is a typing error (a missing
# comma: „4950“ for „49,50“).
MAX_AMOUNT = Decimal("100000")
# „1.500“ or „12.000.000“: German thousands separators, not a decimal point.
GERMAN_THOUSANDS = re.compile(r"^\d{1,3}(\.\d{3})+$")


class GermanAmountField(forms.DecimalField):
    """A euro amount typed the German way („49,50“, „1.500“, „1.234,50 €“).

    Parsed the same whatever the admin's language is: a comma is the decimal separator
    and dots group thousands; a lone dot followed by one or two digits („49.50“) is
    taken as a decimal point, as people used to it type it.
    """

    widget = forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off"})
    default_error_messages = {
        "invalid": "Bitte einen Betrag in Euro angeben, z. B. „49,50“.",
        "min_value": "Ein Betrag kann nicht negativ sein.",
        "max_value": f"Mehr als {german_amount(MAX_AMOUNT)} € ist als Gebühr "
        "unplausibel. Bitte den Betrag prüfen (Cent nach dem Komma: „49,50“).",
        "max_decimal_places": "Bitte höchstens zwei Stellen nach dem Komma angeben.",
    }

    def __init__(self, **kwargs) -> None:
        super().__init__(
            min_value=Decimal(0), max_value=MAX_AMOUNT, decimal_places=2, **kwargs
        )

    def to_python(self, value):
        if isinstance(value, str):
            value = value.replace("€", "").replace("\u00a0", "").replace(" ", "")
            if "," in value:
                value = value.replace(".", "").replace(",", ".")
            elif GERMAN_THOUSANDS.match(value):
                value = value.replace(".", "")
        return super().to_python(value)

    def prepare_value(self, value):
        if isinstance(value, (Decimal, float, int)):
            return german_amount(value)
        return value


class AmountBlock(blocks.FieldBlock):
    """A euro amount entered and shown in German notation („49,50“)."""

    def __init__(self, required: bool = False, help_text: str | None = None, **kwargs):
        self.field = GermanAmountField(required=required, help_text=help_text)
        super().__init__(**kwargs)

    def to_python(self, value):
        return None if value in (None, "") else Decimal(value)

    def get_prep_value(self, value):
        # Stored as a string, as Wagtail's DecimalBlock stores it.
        return None if value is None else str(value)

    def get_comparison_class(self):
        from cms.compat import AmountComparison

        return AmountComparison

    class Meta:
        icon = "decimal"


@register_streamfield_block
class FeeBlock(blocks.StructBlock):
    """One fee: what it is for and a fixed amount, a range, or nothing when it varies."""

    description = blocks.CharBlock(
        label="Beschreibung",
        max_length=255,
        help_text="Wofür die Gebühr anfällt, z. B. „Personalausweis für Personen ab 24 Jahren“.",
    )
    amount = AmountBlock(
        label="Betrag",
        help_text="Fester Betrag oder Untergrenze einer Spanne. Leer lassen, wenn der "
        "Betrag vom Einzelfall abhängt.",
    )
    amount_max = AmountBlock(
        label="Höchstbetrag",
        help_text="Nur bei einer Spanne („von … bis …“).",
    )
    currency = blocks.ChoiceBlock(choices=CURRENCIES, default="EUR", label="Währung")

    graphql_fields = [
        GraphQLString("description", required=True),
        GraphQLFloat("amount"),
        GraphQLFloat("amount_max"),
        GraphQLString("currency", required=True),
    ]

    class Meta:
        icon = "tag"
        label = "Gebühr"
        description = "Eine Gebühr mit festem Betrag, Spanne oder „variiert“"
        preview_value = {
            "description": "Personalausweis (ab 24 Jahren)",
            "amount": Decimal("37.00"),
            "currency": "EUR",
        }

    def clean(self, value):
        value = super().clean(value)
        amount, amount_max = value.get("amount"), value.get("amount_max")
        if amount_max is not None and amount is None:
            raise StructBlockValidationError(
                {
                    "amount": ValidationError(
                        "Für eine Spanne bitte auch den Betrag angeben."
                    )
                }
            )
        if amount_max is not None and amount_max < amount:
            raise StructBlockValidationError(
                {
                    "amount_max": ValidationError(
                        "Der Höchstbetrag darf nicht kleiner als der Betrag sein."
                    )
                }
            )
        return value


class OptionalDocumentChooserBlock(DocumentChooserBlock):
    """A document chooser that asks the database nothing for links without a document.

    Wagtail loads a stream's documents with `in_bulk([None, …])`, which builds and
    compiles a query for nothing; most links are web addresses, and every service
    answer reads several link lists.
    """

    def bulk_to_python(self, values):
        if all(value is None for value in values):
            return [None] * len(values)
        return super().bulk_to_python(values)

    def deconstruct(self):
        # Migrations record the plain chooser: the same stored value and form.
        _path, args, kwargs = super().deconstruct()
        return "wagtail.documents.blocks.DocumentChooserBlock", args, kwargs


@register_streamfield_block
class LinkBlock(blocks.StructBlock):
    """A titled link to a web address or to an uploaded document."""

    title = blocks.CharBlock(label="Titel", max_length=255)
    url = blocks.URLBlock(
        label="Adresse (URL)",
        required=False,
        help_text="Externe Adresse. Alternativ unten ein Dokument auswählen.",
    )
    document = OptionalDocumentChooserBlock(
        label="Dokument",
        required=False,
        help_text="Hochgeladenes Formular oder Merkblatt, falls es keine URL gibt.",
    )

    graphql_fields = [GraphQLString("title", required=True), GraphQLString("url")]

    class Meta:
        icon = "link"
        label = "Link"
        description = "Ein Link mit Titel, auf eine Adresse oder ein Dokument"
        preview_value = {
            "title": "Bundesmeldegesetz (BMG)",
            "url": "https://www.gesetze-im-internet.de/bmg/",
        }

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("url")) == bool(value.get("document")):
            raise StructBlockValidationError(
                {
                    "url": ValidationError(
                        "Bitte entweder eine Adresse (URL) oder ein Dokument angeben."
                    )
                }
            )
        return value


class RequiredDocumentBlock(blocks.CharBlock):
    """One document the applicant has to bring or upload."""

    class Meta:
        icon = "doc-full"
        label = "Unterlage"
        description = "Eine erforderliche Unterlage, z. B. „Gültiger Personalausweis“"
        preview_value = "Gültiger Personalausweis oder Reisepass"


WEEKDAYS = [
    ("mon", "Montag"),
    ("tue", "Dienstag"),
    ("wed", "Mittwoch"),
    ("thu", "Donnerstag"),
    ("fri", "Freitag"),
    ("sat", "Samstag"),
    ("sun", "Sonntag"),
]
WEEKDAY_LABELS = dict(WEEKDAYS)


@register_streamfield_block
class OpeningHoursBlock(blocks.StructBlock):
    """Opening hours of one weekday (add several rows for split days)."""

    weekday = blocks.ChoiceBlock(choices=WEEKDAYS, label="Wochentag")
    opens = blocks.TimeBlock(label="von")
    closes = blocks.TimeBlock(label="bis")
    note = blocks.CharBlock(
        label="Hinweis", required=False, help_text="z. B. „nur mit Termin“"
    )

    graphql_fields = [
        GraphQLString("weekday", required=True),
        GraphQLString("opens", required=True),
        GraphQLString("closes", required=True),
        GraphQLString("note"),
    ]

    class Meta:
        icon = "time"
        label = "Öffnungszeit"
        description = "Sprechzeit an einem Wochentag"
        preview_value = {
            "weekday": "tue",
            "opens": datetime.time(9, 0),
            "closes": datetime.time(18, 0),
            "note": "",
        }

    def clean(self, value):
        value = super().clean(value)
        if value["opens"] and value["closes"] and value["closes"] <= value["opens"]:
            raise StructBlockValidationError(
                {"closes": ValidationError("„bis“ muss nach „von“ liegen.")}
            )
        return value


@register_streamfield_block
class HeadingBlock(blocks.CharBlock):
    """A sub-heading inside a body text."""

    class Meta:
        icon = "title"
        label = "Zwischenüberschrift"
        description = "Gliedert längere Texte"
        preview_value = "Was Sie jetzt erledigen sollten"

    def render_basic(self, value, context=None):
        return format_html("<h2>{}</h2>", value) if value else ""


@register_streamfield_block
class ParagraphBlock(blocks.RichTextBlock):
    """Formatted body text."""

    def __init__(self, **kwargs):
        kwargs.setdefault("features", ["bold", "italic", "ol", "ul", "link", "h3"])
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = "Absatz"
        description = "Fließtext mit Aufzählungen und Links"
        preview_value = (
            "<p>Nach der Geburt Ihres Kindes sind einige Behördengänge nötig.</p>"
        )


def body_blocks() -> list[tuple[str, blocks.Block]]:
    """Blocks allowed in narrative StreamFields."""
    return [("heading", HeadingBlock()), ("paragraph", ParagraphBlock())]
