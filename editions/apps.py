from django.apps import AppConfig


class EditionsConfig(AppConfig):
    """Language editions of the catalogue and the communes: translators' groups, the
    „Sprachliche Prüfung“ workflow, outdated translations and the per-field fallback."""

    name = "editions"
    verbose_name = "Sprachfassungen"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from . import localize

        localize.apply()
