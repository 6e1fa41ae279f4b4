from django.apps import AppConfig


class LoadTestingConfig(AppConfig):
    """Load and benchmark tooling (`manage.py benchmark`); never imported by the product."""

    name = "cms.loadtesting"
    label = "loadtesting"
    verbose_name = "Last- und Leistungstests"
