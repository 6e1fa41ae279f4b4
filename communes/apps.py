from django.apps import AppConfig


class CommunesConfig(AppConfig):
    """Communes on the shared platform: their trees, offices and service adaptations."""

    name = "communes"
    verbose_name = "Kommunen"
    default_auto_field = "django.db.models.BigAutoField"
