from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views_decks as views

urlpatterns = [
    path(_("decks/"), views.deck_list, name="deck_list"),
    path(_("decks/upload/"), views.deck_upload, name="deck_upload"),
    path(_("decks/<slug:slug>/"), views.deck_detail, name="deck_detail"),
    path(_("decks/<slug:slug>/edit/"), views.deck_edit, name="deck_edit"),
    path(_("decks/<slug:slug>/download/"), views.deck_download, name="deck_download"),
    path(_("decks/<slug:slug>/embed/"), views.deck_embed, name="deck_embed"),
    path(_("decks/<slug:slug>/slides/<int:number>/"), views.deck_slide, name="deck_slide"),
    path(_("oembed/"), views.oembed, name="oembed"),
]
