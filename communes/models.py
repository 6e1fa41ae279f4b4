"""Commune roots, their adaptations of central services, and their own content pages."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from grapple.models import GraphQLStreamfield, GraphQLString
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    HelpPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    PageChooserPanel,
    TabbedInterface,
    TitleFieldPanel,
)
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable
from wagtail.search import index

from catalogue.blocks import FeeBlock, LinkBlock, body_blocks
from catalogue.models import (
    RICH_TEXT_FEATURES,
    AuthorityPage,
    ServicePage,
    last_reviewed_field,
    next_review_field,
    review_date_errors,
    review_panels,
)
from cms.forms import MediaCheckedPageForm
from cms.pages import BasePage

from .panels import (
    CentralChangesPanel,
    CentralServiceChooser,
    CentralServicePanel,
    CentralValuePanel,
)

# Wagtail's Page and Orderable are untyped (Any to mypy): model fields state their types
# for django-stubs, as in catalogue.models.
if TYPE_CHECKING:
    from django.db.models.expressions import Combinable
    from wagtail.images.models import Image
    from wagtail.models import Revision

validate_ars = RegexValidator(
    r"^\d{12}$",
    "Der Amtliche Regionalschlüssel (ARS) besteht aus genau 12 Ziffern, "
    "z. B. 146120000000 für Dresden.",
    code="invalid_ars",
)
POSTCODE_RE = re.compile(r"^\d{5}$")
# Wagtail's FieldPanel shows a field with this "permission" to superusers only.
MASTER_DATA_PERMISSION = "superuser"


class CommuneKind(models.TextChoices):
    """What kind of local authority a commune root stands for."""

    MUNICIPALITY = "municipality", "Gemeinde / kreisangehörige Stadt"
    CITY = "city", "Kreisfreie Stadt"
    DISTRICT = "district", "Landkreis"


def district_ars(ars: str) -> str:
    """The ARS of the district a municipality belongs to: its first five digits + zeros."""
    return ars[:5] + "0" * 7


def normalise_postcodes(text: str) -> str:
    """Postcodes as entered (commas, spaces, lines) → '01067 01069', validated, sorted."""
    codes = sorted({code for code in re.split(r"[\s,;]+", text or "") if code})
    invalid = [code for code in codes if not POSTCODE_RE.match(code)]
    if invalid:
        raise ValidationError(
            f"Ungültige Postleitzahl(en): {', '.join(invalid)}. "
            "Eine Postleitzahl hat genau fünf Ziffern."
        )
    return " ".join(codes)


class CommunePage(BasePage):
    """Root of one commune's tree (municipality, independent city or district)."""

    ars: models.CharField[str | int | Combinable, str] = models.CharField(
        "Amtlicher Regionalschlüssel (ARS)",
        max_length=12,
        db_index=True,
        validators=[validate_ars],
        help_text="12 Ziffern, z. B. 146120000000 (Dresden). Bei Gemeinden ergeben die "
        "ersten fünf Ziffern den Landkreis.",
    )
    kind: models.CharField[str | int | Combinable, str] = models.CharField(
        "Art",
        max_length=20,
        choices=CommuneKind.choices,
        default=CommuneKind.MUNICIPALITY,
    )
    postcodes: models.TextField[str | Combinable, str] = models.TextField(
        "Postleitzahlen",
        blank=True,
        help_text="Alle Postleitzahlen des Gebiets, durch Komma oder Leerzeichen getrennt.",
    )
    coat_of_arms: models.ForeignKey[Image | Combinable | None, Image | None] = (
        models.ForeignKey(
            "wagtailimages.Image",
            verbose_name="Wappen",
            null=True,
            blank=True,
            on_delete=models.SET_NULL,
            related_name="+",
        )
    )
    address: models.TextField[str | Combinable, str] = models.TextField(
        "Anschrift der Verwaltung", blank=True
    )
    phone: models.CharField[str | int | Combinable, str] = models.CharField(
        "Telefon", max_length=50, blank=True
    )
    email: models.EmailField[str | Combinable, str] = models.EmailField(
        "E-Mail", blank=True
    )
    website: models.URLField[str | int | Combinable, str] = models.URLField(
        "Website", blank=True, help_text="Die Website der Kommune (Frontend)."
    )

    # Master data decides which commune citizens are sent to (postcode, ARS): only
    # platform admins change it. The commune's moderators keep contact and coat of arms.
    content_panels = [
        TitleFieldPanel("title", permission=MASTER_DATA_PERMISSION),
        FieldRowPanel(
            [
                FieldPanel("ars", permission=MASTER_DATA_PERMISSION),
                FieldPanel("kind", permission=MASTER_DATA_PERMISSION),
            ]
        ),
        FieldPanel("postcodes", permission=MASTER_DATA_PERMISSION),
        HelpPanel(
            content="Name, ARS, Art und Postleitzahlen der Kommune pflegt die "
            "Plattformverwaltung. Änderungswünsche bitte an sie richten.",
        ),
        FieldPanel("coat_of_arms"),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
                FieldPanel("website"),
            ],
            heading="Kontakt",
        ),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "communes.CommuneServiceIndexPage",
        "catalogue.AuthorityIndexPage",
        "communes.ContentPage",
    ]

    search_fields = BasePage.search_fields + [
        index.FilterField("ars"),
        index.FilterField("kind"),
    ]

    class Meta:
        verbose_name = "Kommune"
        verbose_name_plural = "Kommunen"

    def clean(self) -> None:
        super().clean()
        errors: dict[str, str] = {}
        try:
            self.postcodes = normalise_postcodes(self.postcodes)
        except ValidationError as error:
            errors["postcodes"] = error.messages[0]
        if self.ars and len(self.ars) == 12 and self.ars.isdigit():
            local_part_empty = self.ars[5:] == "0" * 7
            if self.kind == CommuneKind.MUNICIPALITY and local_part_empty:
                errors["ars"] = (
                    "Die ARS einer Gemeinde endet nicht auf sieben Nullen; "
                    "das ist die ARS eines Landkreises oder einer kreisfreien Stadt."
                )
            elif self.kind != CommuneKind.MUNICIPALITY and not local_part_empty:
                errors["ars"] = (
                    "Die ARS eines Landkreises oder einer kreisfreien Stadt endet auf "
                    "sieben Nullen (z. B. 146270000000)."
                )
            other = (
                CommunePage.objects.filter(ars=self.ars, locale_id=self.locale_id)
                .exclude(pk=self.pk)
                .first()
            )
            if other:
                errors["ars"] = (
                    f"Die ARS {self.ars} ist bereits „{other.title}“ zugeordnet."
                )
        if "postcodes" not in errors and (clash := self.postcode_clash()):
            errors["postcodes"] = clash
        if errors:
            raise ValidationError(errors)

    def postcode_clash(self) -> str | None:
        """A message naming the live communes that already claim one of our postcodes.

        A district's postcodes include those of its own municipalities (the portal
        offers both); any other overlap would send citizens to the wrong commune.
        """
        mine = set(self.postcode_list)
        if not mine:
            return None
        others = (
            CommunePage.objects.live()
            .filter(locale_id=self.locale_id)
            .exclude(pk=self.pk)
            .exclude(postcodes="")
            .only("title", "ars", "kind", "postcodes")
            .order_by("path")
        )
        clashes = []
        for other in others:
            shared = sorted(mine & set(other.postcode_list))
            if shared and not self.shares_area_with(other):
                clashes.append(
                    f"{', '.join(shared)} gehören bereits zu „{other.title}“ "
                    f"(ARS {other.ars})"
                )
        if not clashes:
            return None
        return (
            f"Postleitzahlen {'; '.join(clashes)}. Jede Postleitzahl darf nur einer "
            "Kommune zugeordnet sein (außer zwischen einem Landkreis und seinen "
            "Gemeinden)."
        )

    def shares_area_with(self, other: CommunePage) -> bool:
        """Whether one of the two is the district the other municipality lies in."""
        pair = {self.kind, other.kind}
        if pair != {CommuneKind.DISTRICT, CommuneKind.MUNICIPALITY}:
            return False
        return district_ars(self.ars) == district_ars(other.ars)

    @property
    def postcode_list(self) -> list[str]:
        return self.postcodes.split() if self.postcodes else []

    @property
    def district_ars(self) -> str | None:
        """ARS of the district, for municipalities only."""
        if self.kind != CommuneKind.MUNICIPALITY:
            return None
        return district_ars(self.ars)


class CommuneServiceIndexPage(BasePage):
    """The commune's offer: holds its adaptations of central services."""

    intro: models.TextField[str | Combinable, str] = models.TextField(
        "Einleitung", blank=True
    )

    content_panels = BasePage.content_panels + [FieldPanel("intro")]

    parent_page_types = ["communes.CommunePage"]
    subpage_types = ["communes.CommuneServicePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = "Leistungen der Kommune"
        verbose_name_plural = "Leistungen der Kommunen"


class LocalTextMode(models.TextChoices):
    """How a local text relates to the central module text."""

    REPLACE = "replace", "ersetzt den zentralen Text"
    SUPPLEMENT = "supplement", "ergänzt den zentralen Text (wird angehängt)"


def local_text_field(module: str) -> models.Field:
    label = ServicePage._meta.get_field(module).verbose_name
    if module == "teaser":
        return models.TextField(f"{label} (lokal)", blank=True, max_length=400)
    return RichTextField(f"{label} (lokal)", blank=True, features=RICH_TEXT_FEATURES)


def local_mode_field() -> models.CharField[str | int | Combinable, str]:
    return models.CharField(
        "Verwendung",
        max_length=20,
        choices=LocalTextMode.choices,
        default=LocalTextMode.SUPPLEMENT,
    )


class CommuneServicePageForm(MediaCheckedPageForm):
    """Title and slug default to the chosen central service, so editors can skip them."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["title"].required = False
        self.fields[
            "title"
        ].help_text = "Leer lassen, um den Titel der Leistung zu übernehmen."
        if "slug" in self.fields:
            self.fields["slug"].required = False

    def clean(self) -> dict[str, Any]:
        service = self.cleaned_data.get("service")
        if service and not self.cleaned_data.get("title"):
            self.cleaned_data["title"] = self.instance.title = service.title
        if service and "slug" in self.fields and not self.cleaned_data.get("slug"):
            self.cleaned_data["slug"] = service.slug
        return super().clean()


def local_module_texts() -> type[models.Model]:
    """An abstract model with, for each module of `ServicePage.MODULES`, the local text
    (`local_<module>`) and whether it replaces or supplements the central one
    (`<module>_mode`). A new module gets its fields here; `makemigrations` adds them."""
    fields: dict[str, object] = {}
    for module in ServicePage.NARRATIVE_MODULES:
        fields[f"local_{module}"] = local_text_field(module)
        fields[f"{module}_mode"] = local_mode_field()
    meta = type("Meta", (), {"abstract": True})
    return type(
        "LocalModuleTexts",
        (models.Model,),
        {"__module__": __name__, "Meta": meta, **fields},
    )


if TYPE_CHECKING:
    # mypy cannot take a class built at runtime as a base. To it the model part of the
    # page comes through BasePage, and the generated fields (local_<module>,
    # <module>_mode) are unknown attributes, Any like the rest of Wagtail's Page.
    class LocalModuleTexts:
        pass

else:
    LocalModuleTexts = local_module_texts()


class CommuneServicePage(LocalModuleTexts, BasePage):
    """A commune's adaptation of one central service: a reference plus local data only.

    The central text is never copied. Each narrative module may carry a local text that
    replaces or supplements the central one; everything left empty shows the central text
    (or the district's adaptation, for a municipality).
    """

    service: models.ForeignKey[ServicePage | Combinable, ServicePage] = (
        models.ForeignKey(
            ServicePage,
            verbose_name="Zentrale Leistung",
            on_delete=models.PROTECT,
            related_name="adaptations",
            help_text="Die Leistungsbeschreibung des Landes, die hier örtlich ergänzt wird.",
        )
    )
    # local_<module> and <module>_mode for each narrative module: LocalModuleTexts.
    local_fees = StreamField(
        [("fee", FeeBlock())],
        verbose_name="Örtliche Gebühren",
        blank=True,
        help_text="Ersetzt die zentralen Gebühren, wenn ausgefüllt (örtliche Gebührensatzung).",
    )
    local_forms = StreamField(
        [("link", LinkBlock())],
        verbose_name="Örtliche Formulare",
        blank=True,
        help_text="Werden nach den zentralen Formularen angezeigt.",
    )
    local_online_services = StreamField(
        [("link", LinkBlock())],
        verbose_name="Örtliche Onlinedienste",
        blank=True,
        help_text="Werden nach den zentralen Onlinediensten angezeigt.",
    )

    last_reviewed = last_reviewed_field()
    next_review = next_review_field()
    central_revision: models.ForeignKey[
        Revision | Combinable | None, Revision | None
    ] = models.ForeignKey(
        "wagtailcore.Revision",
        verbose_name="Geprüft gegen zentrale Fassung",
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Die Fassung der zentralen Leistung, gegen die die Anpassung zuletzt "
        "veröffentlicht oder geprüft wurde.",
    )

    base_form_class = CommuneServicePageForm

    content_panels = [
        CentralChangesPanel(heading="Zentrale Änderungen seit der letzten Prüfung"),
        FieldPanel("service", widget=CentralServiceChooser()),
        CentralServicePanel(heading="Die zentrale Leistung"),
        FieldPanel("title"),
        HelpPanel(
            content="Der zentrale Text erscheint automatisch und bleibt aktuell. Tragen Sie "
            "hier nur ein, was bei Ihnen anders ist oder hinzukommt. Neben jedem Feld "
            "sehen Sie den aktuell veröffentlichten zentralen Text (und den Ihres "
            "Landkreises, wenn er die Leistung anpasst).",
        ),
    ]
    authority_panels = [
        CentralValuePanel("authorities"),
        InlinePanel(
            "authority_links",
            heading="Zuständige Stellen",
            label="Zuständige Stelle",
            help_text="Leer lassen, um die Stellen des Landkreises zu übernehmen.",
        ),
    ]
    text_panels = [
        MultiFieldPanel(
            [
                CentralValuePanel(module),
                FieldPanel(f"local_{module}"),
                FieldPanel(f"{module}_mode"),
            ],
            heading=str(ServicePage._meta.get_field(module).verbose_name),
            classname="collapsed",
        )
        for module in ServicePage.NARRATIVE_MODULES
    ]
    extra_panels = [
        MultiFieldPanel(
            [CentralValuePanel(field), FieldPanel(f"local_{field}")],
            heading=str(ServicePage._meta.get_field(field).verbose_name),
        )
        for field in ("fees", "forms", "online_services")
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading="Leistung"),
            ObjectList(authority_panels, heading="Zuständigkeit"),
            ObjectList(text_panels, heading="Örtliche Texte"),
            ObjectList(extra_panels, heading="Gebühren und Links"),
            ObjectList(review_panels(), heading="Prüfung"),
            ObjectList(BasePage.promote_panels, heading="Veröffentlichung"),
            ObjectList(BasePage.settings_panels, heading="Einstellungen"),
        ]
    )

    parent_page_types = ["communes.CommuneServiceIndexPage"]
    subpage_types: list[str] = []

    search_fields = BasePage.search_fields + [
        index.SearchField("local_teaser", boost=2),
        index.SearchField("local_full_text"),
        index.FilterField("service"),
    ]

    class Meta:
        verbose_name = "Örtliche Leistung"
        verbose_name_plural = "Örtliche Leistungen"

    def clean(self) -> None:
        super().clean()
        if errors := review_date_errors(self):
            raise ValidationError(errors)
        if not self.service_id:
            return
        parent = self.get_parent() if self.pk else None
        siblings = CommuneServicePage.objects.filter(service_id=self.service_id)
        if parent is not None:
            duplicate = siblings.child_of(parent).exclude(pk=self.pk).first()
            if duplicate:
                raise ValidationError(
                    {
                        "service": "Diese Leistung ist in Ihrer Kommune schon als "
                        f"„{duplicate.title}“ angelegt. Bitte ergänzen Sie diese Seite."
                    }
                )

    def with_content_json(self, content: dict) -> CommuneServicePage:
        page = super().with_content_json(content)
        # Which central revision was checked is a fact about the page, not part of a
        # draft: reverting or publishing an older revision must not bring back an old one.
        page.central_revision_id = self.central_revision_id
        return page

    def local_text(self, module: str) -> str:
        return getattr(self, f"local_{module}") or ""

    def local_mode(self, module: str) -> str:
        return getattr(self, f"{module}_mode")

    @property
    def localised_modules(self) -> list[str]:
        return [m for m in ServicePage.NARRATIVE_MODULES if self.local_text(m).strip()]


class CommuneServiceAuthority(Orderable):
    """An office responsible for an adapted service in this commune."""

    adaptation = ParentalKey(
        CommuneServicePage, on_delete=models.CASCADE, related_name="authority_links"
    )
    authority: models.ForeignKey[AuthorityPage | Combinable, AuthorityPage] = (
        models.ForeignKey(
            AuthorityPage,
            verbose_name="Stelle",
            on_delete=models.CASCADE,
            related_name="+",
        )
    )

    panels = [PageChooserPanel("authority", "catalogue.AuthorityPage")]

    class Meta(Orderable.Meta):
        verbose_name = "Zuständige Stelle"
        verbose_name_plural = "Zuständige Stellen"


class ContentPage(BasePage):
    """A general page of the commune's own website (news, departments, town hall …)."""

    intro: models.TextField[str | Combinable, str] = models.TextField(
        "Einleitung", blank=True, max_length=500
    )
    body = StreamField(body_blocks(), verbose_name="Text", blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro"), FieldPanel("body")]

    parent_page_types = ["communes.CommunePage", "communes.ContentPage"]
    subpage_types = ["communes.ContentPage"]

    search_fields = BasePage.search_fields + [
        index.SearchField("intro", boost=2),
        index.SearchField("body"),
    ]

    graphql_fields = [GraphQLString("intro"), GraphQLStreamfield("body")]

    class Meta:
        verbose_name = "Inhaltsseite"
        verbose_name_plural = "Inhaltsseiten"

    @property
    def body_html(self) -> str:
        return str(self.body.render_as_block()) if self.body else ""
