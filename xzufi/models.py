"""What the XZuFi exchange remembers: identities of exchanged objects and its runs."""

from __future__ import annotations

from django.db import models


class XzufiObject(models.Model):
    """One exchanged object: its XZuFi identity, the pages it stands for, what we keep.

    Identity is (scheme_agency_id, object_id), as in XZuFi. The pages are found through
    their Wagtail translation key (all language editions of one object share it), so a
    re-import updates the same pages and a re-export repeats the same id.
    """

    class Klasse(models.TextChoices):
        LEISTUNG = "Leistung", "Leistung"
        SPEZIALISIERUNG = "LeistungSpezialisierung", "Spezialisierung"
        ORGANISATIONSEINHEIT = "Organisationseinheit", "Organisationseinheit"
        ZUSTAENDIGKEIT = "Zustaendigkeit", "Zuständigkeit"

    class Origin(models.TextChoices):
        OWN = "own", "Eigener Text"
        IMPORTED = "imported", "Importiert (FIM-Stammtext / XZuFi)"

    klasse = models.CharField("Klasse", max_length=40, choices=Klasse.choices)
    scheme_agency_id = models.CharField("schemeAgencyID", max_length=100)
    object_id = models.CharField("ID", max_length=200)
    translation_key = models.UUIDField(
        "Übersetzungsschlüssel", null=True, db_index=True
    )
    # Zuständigkeiten are not pages: they point at their adaptation and office instead.
    extra = models.JSONField(
        "Nicht abgebildete Elemente",
        default=dict,
        blank=True,
        help_text="Elemente, die das Modell nicht hält, wörtlich je Format "
        "({'xml': [...], 'json': {...}}), damit ein erneuter Export nichts verliert.",
    )
    reference = models.JSONField("Bezüge", default=dict, blank=True)
    origin = models.CharField(
        "Herkunft", max_length=20, choices=Origin.choices, default=Origin.OWN
    )
    source_version = models.CharField("Stammtext-Version", max_length=100, blank=True)
    pending_version = models.CharField(
        "Wartende Stammtext-Version",
        max_length=100,
        blank=True,
        help_text="Eine importierte neuere Fassung, die noch nicht veröffentlicht ist.",
    )
    updated_at = models.DateTimeField("Geändert", auto_now=True)

    class Meta:
        verbose_name = "XZuFi-Objekt"
        verbose_name_plural = "XZuFi-Objekte"
        constraints = [
            models.UniqueConstraint(
                fields=["scheme_agency_id", "object_id"], name="unique_xzufi_identity"
            )
        ]

    def __str__(self) -> str:
        return f"{self.klasse} {self.scheme_agency_id}/{self.object_id}"


class XzufiRun(models.Model):
    """One export or import with what it counted and which problems it met."""

    class Kind(models.TextChoices):
        EXPORT = "export", "Export"
        IMPORT = "import", "Import"

    kind = models.CharField("Art", max_length=10, choices=Kind.choices)
    started_at = models.DateTimeField("Beginn", auto_now_add=True)
    xzufi_version = models.CharField("XZuFi-Version", max_length=10, blank=True)
    source = models.CharField("Datei / Ziel", max_length=500, blank=True)
    counts = models.JSONField("Anzahlen", default=dict, blank=True)
    problems = models.JSONField("Probleme", default=list, blank=True)
    succeeded = models.BooleanField("Erfolgreich", default=True)

    class Meta:
        verbose_name = "XZuFi-Lauf"
        verbose_name_plural = "XZuFi-Läufe"
        ordering = ["-started_at"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.xzufi_version} {self.started_at:%Y-%m-%d %H:%M}"

    # Shown as columns of the exchange report in the admin.
    @property
    def counts_text(self) -> str:
        return ", ".join(f"{k}: {v}" for k, v in self.counts.items())

    @property
    def problems_text(self) -> str:
        return "; ".join(self.problems) or "–"


class XzufiTombstone(models.Model):
    """A deleted page's XZuFi identity, kept so that feed deltas can announce `loesche`.

    Unpublishing leaves the page (and its log entries) behind, deleting does not: the
    identity is taken while the page still exists (pre_delete) and kept here, small.
    """

    klasse = models.CharField(
        "Klasse", max_length=40, choices=XzufiObject.Klasse.choices
    )
    scheme_agency_id = models.CharField("schemeAgencyID", max_length=100)
    object_id = models.CharField("ID", max_length=200)
    translation_key = models.UUIDField("Übersetzungsschlüssel", db_index=True)
    deleted_at = models.DateTimeField("Gelöscht", auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = "Gelöschtes XZuFi-Objekt"
        verbose_name_plural = "Gelöschte XZuFi-Objekte"
        ordering = ["deleted_at", "pk"]

    def __str__(self) -> str:
        return f"{self.klasse} {self.scheme_agency_id}/{self.object_id} (gelöscht)"
