from django.urls import path

from . import views

urlpatterns = [
    path("index.json", views.index, name="xzufi-index"),
    path("<str:version>/voll.xml", views.full, name="xzufi-full"),
    path("<str:version>/delta.xml", views.delta, name="xzufi-delta"),
]
