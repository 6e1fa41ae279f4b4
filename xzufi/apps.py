from django.apps import AppConfig


class XzufiConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "xzufi"
    verbose_name = "XZuFi-Austausch"

    def ready(self) -> None:
        from django.db.models import F
        from django.db.models.signals import pre_delete
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

        def deleting(sender: type, instance: Page, **kwargs: object) -> None:
            from .export import remember_deletion

            remember_deletion(instance)

        # Wagtail has no page-delete signal of its own: Django's pre_delete is sent
        # for each page type, also for descendants deleted with their parent.
        from .export import EXCHANGED

        for model in EXCHANGED:
            pre_delete.connect(
                deleting,
                sender=model,
                weak=False,
                dispatch_uid=f"xzufi_tombstone_{model.__name__}",
            )
