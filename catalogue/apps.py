from django.apps import AppConfig


class CatalogueConfig(AppConfig):
    """The central catalogue of life situations, services and state authorities."""

    name = "catalogue"
    verbose_name = "Zentraler Katalog"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from cms import compat

        compat.install()
