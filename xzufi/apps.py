from django.apps import AppConfig


class XzufiConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "xzufi"
    verbose_name = "XZuFi-Austausch"

    def ready(self) -> None:
        from django.db.models import F
        from wagtail.models import Page
        from wagtail.signals import page_published

        from .models import XzufiObject

        def published(sender: type, instance: Page, **kwargs: object) -> None:
            # Publishing the page takes up the waiting master text.
            XzufiObject.objects.filter(
                translation_key=instance.translation_key
            ).exclude(pending_version="").update(
                source_version=F("pending_version"), pending_version=""
            )
            from .export import remember_identity

            remember_identity(instance)

        # weak=False: the receiver is a local function, nothing else holds it.
        page_published.connect(
            published, weak=False, dispatch_uid="xzufi_pending_published"
        )
