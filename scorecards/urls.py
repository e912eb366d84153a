from django.urls import path

from . import views

app_name = "scorecards"
urlpatterns = [
    path("loops/", views.loop_list, name="loop-list"),
    path("loops/new/", views.loop_create, name="loop-create"),
    path("loops/<int:pk>/", views.loop_detail, name="loop-detail"),
    path("loops/<int:pk>/status/", views.loop_transition, name="loop-transition"),
    path("loops/<int:pk>/scorecards.csv", views.loop_export, name="loop-export"),
    path("loops/<int:pk>/interviews/new/", views.interview_create, name="interview-create"),
    path("interviews/<int:pk>/edit/", views.interview_edit, name="interview-edit"),
    path("interviews/<int:pk>/cancel/", views.interview_cancel, name="interview-cancel"),
    path("interviews/<int:pk>/kit/", views.interview_kit, name="kit"),
    path("scorecards/<int:pk>/", views.scorecard_detail, name="scorecard-detail"),
]
