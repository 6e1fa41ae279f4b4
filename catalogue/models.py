"""Page types of the central catalogue: life situations, services and state authorities."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any, Protocol, TypeAlias

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    HelpPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    Panel,
    TabbedInterface,
)
from wagtail.blocks import StreamValue
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.rich_text import expand_db_html
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from cms.forms import MediaCheckedPageForm
from cms.pages import BasePage, validate_max_depth
from cms.visibility import is_media_visible

from .blocks import (
    WEEKDAY_LABELS,
    FeeBlock,
    LinkBlock,
    OpeningHoursBlock,
    RequiredDocumentBlock,
    body_blocks,
)

# Wagtail's Page and Orderable are untyped (Any to mypy), so django-stubs does not see
# our page types as models and cannot infer the types of their fields: each model field
# states them (the values it accepts, the value it gives), as the plugin would infer.
if TYPE_CHECKING:
    from django.db.models.expressions import Combinable
    from wagtail.images.models import Image

    ReviewDateField: TypeAlias = models.DateField[
        str | date | Combinable | None, date | None
    ]

RICH_TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link", "h3"]
MAX_LIFE_SITUATION_LEVELS = 3

validate_leika_key = RegexValidator(
    r"^\d{14}$",
    "Der LeiKa-Schlüssel besteht aus genau 14 Ziffern ohne Leerzeichen, "
    "z. B. 99115001001000.",
    code="invalid_leika_key",
)


class Audience(models.TextChoices):
    """Who a life situation or service is for."""

    CITIZENS = "citizens", "Bürgerinnen und Bürger"
    BUSINESSES = "businesses", "Unternehmen"


class DurationUnit(models.TextChoices):
    """Units of a structured deadline or processing time (those XZuFi knows)."""

    SECONDS = "seconds", "Sekunden"
    MINUTES = "minutes", "Minuten"
    HOURS = "hours", "Stunden"
    DAYS = "days", "Tage"
    WORKING_DAYS = "working_days", "Werktage"
    BUSINESS_DAYS = "business_days", "Arbeitstage"
    WEEKS = "weeks", "Wochen"
    MONTHS = "months", "Monate"
    YEARS = "years", "Jahre"


@dataclass(frozen=True)
class Duration:
    """A structured duration: `amount` (up to `amount_max`, a span) `unit`s."""

    amount: int
    amount_max: int | None
    unit: str


def duration_amount_field(
    verbose_name: str, help_text: str
) -> models.PositiveIntegerField[int | str | Combinable | None, int | None]:
    return models.PositiveIntegerField(
        verbose_name, null=True, blank=True, help_text=help_text
    )


def duration_unit_field(
    verbose_name: str,
) -> models.CharField[str | int | Combinable, str]:
    return models.CharField(
        verbose_name, max_length=20, choices=DurationUnit.choices, blank=True
    )


def split_keywords(text: str) -> list[str]:
    """Keywords are entered comma- or line-separated; return them cleaned and de-duplicated."""
    seen: dict[str, None] = {}
    for raw in text.replace("\n", ",").split(","):
        keyword = raw.strip()
        if keyword and keyword.lower() not in {k.lower() for k in seen}:
            seen[keyword] = None
    return list(seen)


def keywords_field() -> models.TextField[str | Combinable, str]:
    return models.TextField(
        "Suchbegriffe",
        blank=True,
        help_text="Synonyme und Begriffe, unter denen Bürger suchen, durch Komma getrennt "
        "(z. B. „Meldebescheinigung, Ummeldung, Wohnungsgeberbestätigung“). "
        "Sie werden in der Suche am höchsten gewichtet.",
    )


def audience_field() -> models.CharField[str | int | Combinable, str]:
    return models.CharField(
        "Zielgruppe",
        max_length=20,
        choices=Audience.choices,
        default=Audience.CITIZENS,
    )


class CatalogueRootPage(BasePage):
    """Root of the central catalogue; its Site is the state portal's host."""

    intro: models.TextField[str | Combinable, str] = models.TextField(
        "Einleitung", blank=True
    )

    content_panels = BasePage.content_panels + [FieldPanel("intro")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "catalogue.LifeSituationIndexPage",
        "catalogue.ServiceIndexPage",
        "catalogue.AuthorityIndexPage",
    ]

    class Meta:
        verbose_name = "Katalog-Startseite"
        verbose_name_plural = "Katalog-Startseiten"


class LifeSituationIndexPage(BasePage):
    """Holds the top-level life situations, in the order the portal shows them."""

    intro: models.TextField[str | Combinable, str] = models.TextField(
        "Einleitung", blank=True
    )

    content_panels = BasePage.content_panels + [FieldPanel("intro")]

    parent_page_types = ["catalogue.CatalogueRootPage"]
    subpage_types = ["catalogue.LifeSituationPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = "Lebenslagen-Übersicht"
        verbose_name_plural = "Lebenslagen-Übersichten"


class LifeSituationPage(BasePage):
    """A life situation („Geburt eines Kindes“); children are its sub-situations."""

    teaser: models.TextField[str | Combinable, str] = models.TextField(
        "Anreißer",
        max_length=300,
        help_text="Ein bis zwei Sätze für Übersichten und Suchergebnisse (max. 300 Zeichen).",
    )
    body = StreamField(
        body_blocks(),
        verbose_name="Text",
        blank=True,
        help_text="Was in dieser Lebenslage zu bedenken ist, in sinnvoller Reihenfolge.",
    )
    audience = audience_field()
    keywords = keywords_field()
    image: models.ForeignKey[Image | Combinable | None, Image | None] = (
        models.ForeignKey(
            "wagtailimages.Image",
            verbose_name="Bild",
            null=True,
            blank=True,
            on_delete=models.SET_NULL,
            related_name="+",
            help_text="Bild oder Symbol für Kacheln im Portal.",
        )
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("teaser"),
        FieldPanel("body"),
        FieldRowPanel([FieldPanel("audience"), FieldPanel("image")]),
        FieldPanel("keywords"),
    ]
    link_panels = [
        InlinePanel(
            "service_links",
            heading="Leistungen",
            label="Leistung",
            help_text="Die Verwaltungsleistungen dieser Lebenslage, in der Reihenfolge, "
            "in der Bürger sie typischerweise erledigen.",
        ),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading="Inhalt"),
            ObjectList(link_panels, heading="Leistungen"),
            ObjectList(BasePage.promote_panels, heading="Veröffentlichung"),
            ObjectList(BasePage.settings_panels, heading="Einstellungen"),
        ]
    )

    parent_page_types = [
        "catalogue.LifeSituationIndexPage",
        "catalogue.LifeSituationPage",
    ]
    subpage_types = ["catalogue.LifeSituationPage"]

    search_fields = BasePage.search_fields + [
        index.SearchField("keywords", boost=5),
        index.SearchField("teaser", boost=2),
        index.SearchField("body"),
        index.AutocompleteField("keywords"),
        index.FilterField("audience"),
    ]
    # Wagtail's REST API v2, mounted only for benchmarks (BENCHMARK_ENDPOINTS).
    api_fields = ["teaser", "audience", "keywords"]

    class Meta:
        verbose_name = "Lebenslage"
        verbose_name_plural = "Lebenslagen"

    @classmethod
    def can_create_at(cls, parent: Page) -> bool:
        # Sub-situations nest at most three levels deep (portal navigation depth).
        return super().can_create_at(parent) and validate_max_depth(
            parent, cls, MAX_LIFE_SITUATION_LEVELS
        )

    @property
    def keyword_list(self) -> list[str]:
        return split_keywords(self.keywords)

    @property
    def body_html(self) -> str:
        return str(self.body.render_as_block()) if self.body else ""


class LifeSituationService(Orderable):
    """An ordered link from a life situation to one of its central services."""

    life_situation = ParentalKey(
        LifeSituationPage, on_delete=models.CASCADE, related_name="service_links"
    )
    service: models.ForeignKey[ServicePage | Combinable, ServicePage] = (
        models.ForeignKey(
            "catalogue.ServicePage",
            verbose_name="Leistung",
            on_delete=models.CASCADE,
            related_name="life_situation_links",
        )
    )

    panels = [FieldPanel("service")]

    class Meta(Orderable.Meta):
        verbose_name = "Leistung der Lebenslage"
        verbose_name_plural = "Leistungen der Lebenslage"
        constraints = [
            models.UniqueConstraint(
                fields=["life_situation", "service"],
                name="unique_service_per_life_situation",
            )
        ]


class ServiceIndexPage(BasePage):
    """Holds all central service descriptions."""

    intro: models.TextField[str | Combinable, str] = models.TextField(
        "Einleitung", blank=True
    )

    content_panels = BasePage.content_panels + [FieldPanel("intro")]

    parent_page_types = ["catalogue.CatalogueRootPage"]
    subpage_types = ["catalogue.ServicePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = "Leistungsverzeichnis"
        verbose_name_plural = "Leistungsverzeichnisse"


class ServicePageForm(MediaCheckedPageForm):
    """Refuses a full text without any words before the service goes to review."""

    def clean(self) -> dict[str, Any]:
        cleaned_data = super().clean()
        # Drafts may stay incomplete (Wagtail defers required fields on save).
        if not getattr(self, "is_deferred_validation", False):
            full_text = cleaned_data.get("full_text") or ""
            if "full_text" not in self.errors and not strip_tags(full_text).strip():
                self.add_error(
                    "full_text",
                    "Der Volltext ist leer. Beschreiben Sie die Leistung, bevor Sie sie "
                    "zur Prüfung einreichen oder veröffentlichen.",
                )
        return cleaned_data


def last_reviewed_field() -> ReviewDateField:
    return models.DateField(
        "Zuletzt geprüft",
        null=True,
        blank=True,
        help_text="Wann der Text zuletzt fachlich geprüft wurde.",
    )


def next_review_field() -> ReviewDateField:
    return models.DateField(
        "Nächste Prüfung",
        null=True,
        blank=True,
        db_index=True,
        help_text="Bis wann der Text erneut geprüft werden muss. Überfällige Texte "
        "erscheinen im Bericht „Überfällige Prüfungen“ und auf dem Dashboard.",
    )


class ReviewDates(Protocol):
    """A text with review dates: a central service or a commune's adaptation."""

    last_reviewed: date | None
    next_review: date | None


def review_date_errors(page: ReviewDates) -> dict[str, str]:
    """The next review must not lie before the last one."""
    if (
        page.last_reviewed
        and page.next_review
        and page.next_review < page.last_reviewed
    ):
        return {
            "next_review": "Die nächste Prüfung muss nach der letzten Prüfung liegen."
        }
    return {}


def review_panels() -> list[Panel]:
    return [
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("last_reviewed"), FieldPanel("next_review")])],
            heading="Fachliche Prüfung",
        )
    ]


def module_field(
    verbose_name: str, help_text: str, *, required: bool = False
) -> RichTextField:
    return RichTextField(
        verbose_name,
        blank=not required,
        features=RICH_TEXT_FEATURES,
        help_text=help_text,
    )


@dataclass(frozen=True)
class NarrativeModule:
    """A text module of a service that a commune may replace or supplement.

    `name` is the ServicePage field; `description` describes it in the API. The API's
    Service fields, the resolution for a commune, the adaptation's local fields and
    panels and the previews all follow `ServicePage.MODULES`.
    """

    name: str
    description: str


class ServicePage(BasePage):
    """A central service description with the modules of a FIM master text."""

    # Editions (wagtail-localize): the LeiKa key is the same in every language.
    # So is the state authority: master data, not text (the German office is named).
    override_translatable_fields = [
        SynchronizedField("leika_key", overridable=False),
        SynchronizedField("state_authority", overridable=False),
    ]

    # Narrative modules, in FIM order: the one list of them (see NarrativeModule).
    MODULES = (
        NarrativeModule("teaser", "Short text (plain text); may be local."),
        NarrativeModule("full_text", "HTML, as every narrative module below."),
        NarrativeModule(
            "prerequisites", "Who may apply and under which conditions (HTML)."
        ),
        NarrativeModule("deadlines", "Deadlines (HTML)."),
        NarrativeModule("processing_time", "Usual processing time (HTML)."),
        NarrativeModule("procedure", "Steps of the procedure (HTML)."),
        NarrativeModule("further_information", "Further information (HTML)."),
        NarrativeModule("notes", "Notes, e.g. fee exemptions (HTML)."),
    )
    NARRATIVE_MODULES = tuple(module.name for module in MODULES)

    leika_key: models.CharField[str | int | Combinable, str] = models.CharField(
        "LeiKa-Schlüssel",
        max_length=14,
        db_index=True,
        validators=[validate_leika_key],
        help_text="14-stelliger Schlüssel aus dem Leistungskatalog (LeiKa), "
        "z. B. 99115001001000. Pro Sprache eindeutig.",
    )
    teaser: models.TextField[str | Combinable, str] = models.TextField(
        "Kurztext",
        max_length=400,
        help_text="Ein bis zwei Sätze: worum geht es bei dieser Leistung? (max. 400 Zeichen)",
    )
    full_text = module_field(
        "Volltext", "Die vollständige Beschreibung der Leistung.", required=True
    )
    prerequisites = module_field(
        "Voraussetzungen",
        "Wer die Leistung unter welchen Bedingungen in Anspruch nehmen kann.",
    )
    required_documents = StreamField(
        [("document", RequiredDocumentBlock())],
        verbose_name="Erforderliche Unterlagen",
        blank=True,
        help_text="Eine Unterlage pro Eintrag.",
    )
    fees = StreamField(
        [("fee", FeeBlock())],
        verbose_name="Kosten",
        blank=True,
        help_text="Leer lassen, wenn die Leistung gebührenfrei ist (dann in den Hinweisen "
        "erwähnen).",
    )
    deadlines = module_field("Fristen", "Fristen, die Antragsteller einhalten müssen.")
    processing_time = module_field(
        "Bearbeitungsdauer", "Wie lange die Bearbeitung üblicherweise dauert."
    )
    # Optional structured forms of the two texts above (XZuFi's Frist/Bearbeitungsdauer
    # as duration + unit); the texts stay what citizens read.
    deadline_duration = duration_amount_field(
        "Frist: Dauer",
        "Nur wenn sich die Frist als Zeitspanne angeben lässt, z. B. 2 (Wochen).",
    )
    deadline_duration_max = duration_amount_field(
        "Frist: bis", "Bei einer Spanne die Obergrenze, z. B. 4 bei „2 bis 4 Wochen“."
    )
    deadline_unit = duration_unit_field("Frist: Einheit")
    processing_duration = duration_amount_field(
        "Bearbeitungsdauer: Dauer",
        "Nur wenn sich die übliche Dauer als Zeitspanne angeben lässt, z. B. 3 (Wochen).",
    )
    processing_duration_max = duration_amount_field(
        "Bearbeitungsdauer: bis",
        "Bei einer Spanne die Obergrenze, z. B. 6 bei „3 bis 6 Wochen“.",
    )
    processing_unit = duration_unit_field("Bearbeitungsdauer: Einheit")
    procedure = module_field(
        "Verfahrensablauf",
        "Die Schritte des Verfahrens, am besten als nummerierte Liste.",
    )
    legal_basis = StreamField(
        [("link", LinkBlock())],
        verbose_name="Rechtsgrundlagen",
        blank=True,
        help_text="Gesetze und Verordnungen mit Paragraph, verlinkt auf den amtlichen Text.",
    )
    forms = StreamField([("link", LinkBlock())], verbose_name="Formulare", blank=True)
    online_services = StreamField(
        [("link", LinkBlock())],
        verbose_name="Onlinedienste",
        blank=True,
        help_text="Links, über die die Leistung online beantragt werden kann.",
    )
    further_information = module_field(
        "Weiterführende Informationen",
        "Hinweise auf Merkblätter, Beratungsstellen, verwandte Themen.",
    )
    notes = module_field("Hinweise", "Besonderheiten, z. B. Gebührenbefreiungen.")
    audience = audience_field()
    keywords = keywords_field()
    last_reviewed = last_reviewed_field()
    next_review = next_review_field()
    # The central default office for the whole state (XZuFi: a Zuständigkeit with the
    # state's ARS); communes name their local offices in their adaptations.
    state_authority: models.ForeignKey[
        AuthorityPage | Combinable | None, AuthorityPage | None
    ] = models.ForeignKey(
        "catalogue.AuthorityPage",
        verbose_name="Zuständige Landesbehörde (landesweit)",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="state_services",
        help_text="Die Landesbehörde, die die Leistung für ganz Sachsen erbringt oder "
        "landesweit Ansprechpartner ist (z. B. Landesdirektion Sachsen). Wählen Sie "
        "eine Behörde aus „Landesbehörden“; die Ämter einer Gemeinde ordnet die "
        "Gemeinde in ihrer Anpassung zu. Leer lassen, wenn nur die Kommunen "
        "zuständig sind.",
    )

    base_form_class = ServicePageForm

    content_panels = BasePage.content_panels + [
        FieldRowPanel([FieldPanel("leika_key"), FieldPanel("audience")]),
        FieldPanel("teaser"),
        FieldPanel("full_text"),
        FieldPanel("keywords"),
        MultiFieldPanel([FieldPanel("state_authority")], heading="Zuständigkeit"),
    ]
    module_panels = [
        FieldPanel("prerequisites"),
        FieldPanel("required_documents"),
        FieldPanel("fees"),
        FieldPanel("deadlines"),
        FieldRowPanel(
            [
                FieldPanel("deadline_duration"),
                FieldPanel("deadline_duration_max"),
                FieldPanel("deadline_unit"),
            ],
            heading="Frist als Zeitspanne (optional)",
        ),
        FieldPanel("processing_time"),
        FieldRowPanel(
            [
                FieldPanel("processing_duration"),
                FieldPanel("processing_duration_max"),
                FieldPanel("processing_unit"),
            ],
            heading="Bearbeitungsdauer als Zeitspanne (optional)",
        ),
        FieldPanel("procedure"),
        FieldPanel("further_information"),
        FieldPanel("notes"),
    ]
    link_panels = [
        FieldPanel("legal_basis"),
        FieldPanel("forms"),
        FieldPanel("online_services"),
        HelpPanel(
            content="Die Zuordnung zu Lebenslagen pflegen Sie in der jeweiligen Lebenslage "
            "(Reiter „Leistungen“), damit dort auch die Reihenfolge stimmt.",
            heading="Lebenslagen",
        ),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading="Inhalt"),
            ObjectList(module_panels, heading="Module"),
            ObjectList(link_panels, heading="Links"),
            ObjectList(review_panels(), heading="Prüfung"),
            ObjectList(BasePage.promote_panels, heading="Veröffentlichung"),
            ObjectList(BasePage.settings_panels, heading="Einstellungen"),
        ]
    )

    parent_page_types = ["catalogue.ServiceIndexPage"]
    subpage_types: list[str] = []

    search_fields = BasePage.search_fields + [
        index.SearchField("keywords", boost=5),
        index.SearchField("teaser", boost=2),
        index.SearchField("full_text"),
        index.SearchField("prerequisites"),
        index.SearchField("procedure"),
        index.SearchField("further_information"),
        index.SearchField("notes"),
        index.AutocompleteField("keywords"),
        index.FilterField("leika_key"),
        index.FilterField("audience"),
    ]
    # Wagtail's REST API v2, mounted only for benchmarks (BENCHMARK_ENDPOINTS).
    api_fields = [
        "leika_key",
        *NARRATIVE_MODULES,
        "required_documents",
        "fees",
        "legal_basis",
        "forms",
        "online_services",
        "audience",
        "keywords",
        "last_reviewed",
    ]

    class Meta:
        verbose_name = "Leistung"
        verbose_name_plural = "Leistungen"

    def clean(self) -> None:
        super().clean()
        errors: dict[str, str] = {}
        if self.leika_key and self.locale_id:
            duplicates = ServicePage.objects.filter(
                leika_key=self.leika_key, locale_id=self.locale_id
            ).exclude(pk=self.pk)
            duplicate = duplicates.first()
            if duplicate:
                errors["leika_key"] = (
                    f"Der LeiKa-Schlüssel {self.leika_key} ist bereits der Leistung "
                    f"„{duplicate.title}“ zugeordnet."
                )
        errors.update(review_date_errors(self))
        for prefix in self.DURATIONS:
            errors.update(self._duration_errors(prefix))
        if self.state_authority_id and not self.state_authority_is_state_level():
            errors["state_authority"] = (
                "Wählen Sie eine Landesbehörde (unter „Landesbehörden“), nicht das Amt "
                "einer Gemeinde: dieses ordnet die Gemeinde in ihrer Anpassung zu."
            )
        if errors:
            raise ValidationError(errors)

    # Structured durations: <prefix>_duration, <prefix>_duration_max, <prefix>_unit.
    DURATIONS = ("deadline", "processing")

    def _duration_errors(self, prefix: str) -> dict[str, str]:
        amount = getattr(self, f"{prefix}_duration")
        amount_max = getattr(self, f"{prefix}_duration_max")
        unit = getattr(self, f"{prefix}_unit")
        if amount is None and amount_max is None and not unit:
            return {}
        if amount is None:
            message = "Geben Sie die Dauer an (oder leeren Sie alle drei Felder)."
            return {f"{prefix}_duration": message}
        if not unit:
            return {f"{prefix}_unit": "Wählen Sie die Einheit der Dauer."}
        if amount_max is not None and amount_max < amount:
            message = "Die Obergrenze muss mindestens so groß sein wie die Dauer."
            return {f"{prefix}_duration_max": message}
        return {}

    def duration(self, prefix: str) -> Duration | None:
        """The structured deadline ("deadline") or processing time ("processing")."""
        amount = getattr(self, f"{prefix}_duration")
        unit = getattr(self, f"{prefix}_unit")
        if amount is None or not unit:
            return None
        return Duration(amount, getattr(self, f"{prefix}_duration_max"), unit)

    def state_authority_is_state_level(self) -> bool:
        authority = self.state_authority
        return authority is None or is_state_office(authority)

    @property
    def keyword_list(self) -> list[str]:
        return split_keywords(self.keywords)

    def module_html(self, module: str) -> str:
        """A narrative module as public HTML (internal links expanded); teaser as text."""
        value = getattr(self, module) or ""
        return value if module == "teaser" else expand_db_html(value)

    @cached_property
    def fee_list(self) -> list[dict]:
        return [dict(block.value) for block in self.fees]

    @property
    def required_document_list(self) -> list[str]:
        return [block.value for block in self.required_documents]

    @staticmethod
    def link_list(stream: StreamValue) -> list[dict[str, str]]:
        """Links of a LinkBlock stream as {title, url} (documents by their public URL)."""
        links = []
        for block in stream:
            url, document = block.value.get("url"), block.value.get("document")
            if not url and document is not None:
                if not is_media_visible(document):
                    continue  # a document in a private collection is not linked
                url = document.url
            if url:
                links.append({"title": block.value["title"], "url": url})
        return links


def is_state_office(authority: Page) -> bool:
    """The office lies in the catalogue's own directory („Landesbehörden“), not in a
    commune's."""
    directory = authority.get_parent()
    root = directory.get_parent() if directory else None
    return root is not None and root.specific_class is CatalogueRootPage


class AuthorityIndexPage(BasePage):
    """Holds authorities: state-level under the catalogue, local under a commune."""

    intro: models.TextField[str | Combinable, str] = models.TextField(
        "Einleitung", blank=True
    )

    content_panels = BasePage.content_panels + [FieldPanel("intro")]

    parent_page_types = ["catalogue.CatalogueRootPage", "communes.CommunePage"]
    subpage_types = ["catalogue.AuthorityPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = "Behördenverzeichnis"
        verbose_name_plural = "Behördenverzeichnisse"


def _clock(value: str | datetime.time) -> str:
    """HH:MM of a TimeBlock's value, stored ("08:00:00") or not yet saved (a time)."""
    return value.strftime("%H:%M") if isinstance(value, datetime.time) else value[:5]


class AuthorityPage(BasePage):
    """An office that provides services: address, contact and opening hours."""

    address: models.TextField[str | Combinable, str] = models.TextField(
        "Anschrift",
        blank=True,
        help_text="Straße und Hausnummer, darunter PLZ und Ort.",
    )
    phone: models.CharField[str | int | Combinable, str] = models.CharField(
        "Telefon", max_length=50, blank=True
    )
    email: models.EmailField[str | Combinable, str] = models.EmailField(
        "E-Mail", blank=True
    )
    website: models.URLField[str | int | Combinable, str] = models.URLField(
        "Website", blank=True
    )
    opening_hours = StreamField(
        [("hours", OpeningHoursBlock())],
        verbose_name="Öffnungszeiten",
        blank=True,
        help_text="Eine Zeile pro Wochentag und Zeitraum; geteilte Tage als zwei Zeilen.",
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("address"),
        FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
        FieldPanel("website"),
        FieldPanel("opening_hours"),
    ]

    parent_page_types = ["catalogue.AuthorityIndexPage"]
    subpage_types: list[str] = []

    search_fields = BasePage.search_fields + [index.SearchField("address")]

    class Meta:
        verbose_name = "Behörde"
        verbose_name_plural = "Behörden"

    @property
    def opening_hours_text(self) -> str:
        # From the stored JSON: binding every row to its blocks cost the API more than
        # the rest of an office's fields.
        lines = []
        for row in self.opening_hours.raw_data:
            hours = row["value"]
            line = (
                f"{WEEKDAY_LABELS[hours['weekday']]} "
                f"{_clock(hours['opens'])}–{_clock(hours['closes'])}"
            )
            if hours.get("note"):
                line += f" ({hours['note']})"
            lines.append(line)
        return "\n".join(lines)
