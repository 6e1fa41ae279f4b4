from django.apps import AppConfig


class CommunesConfig(AppConfig):
    """Communes on the shared platform: their trees, offices and service adaptations."""

    name = "communes"
    verbose_name = "Kommunen"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from wagtail.signals import page_published

        from .models import CommuneServicePage
        from .services import adaptation_record_central_revision

        page_published.connect(
            adaptation_record_central_revision,
            sender=CommuneServicePage,
            dispatch_uid="communes_record_central_revision",
        )
