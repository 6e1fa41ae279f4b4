from django.apps import AppConfig


class CmsConfig(AppConfig):
    """Platform plumbing shared by every app: admin integration, compatibility shims."""

    name = "cms"
    verbose_name = "Plattform"

    def ready(self) -> None:
        from . import checks, compat  # noqa: F401  (registers checks, applies shims)

        compat.apply()
