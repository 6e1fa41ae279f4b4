from django.apps import AppConfig


class XzufiConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "xzufi"
    verbose_name = "XZuFi-Austausch"
