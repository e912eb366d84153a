from django.urls import path

from . import views

urlpatterns = [
    path("", views.home, name="home"),
    path("catalogue/", views.catalogue, name="catalogue"),
    path("catalogue/faq/", views.faq, name="faq"),
    path("catalogue/case-studies/<slug:slug>/", views.case_study_detail, name="case-study-detail"),
    path("catalogue/<slug:slug>/", views.blueprint_detail, name="blueprint-detail"),
]
