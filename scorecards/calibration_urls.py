"""Calibration pages under /calibration/ and their API under /api/; included at the site root."""
from django.urls import path

from . import calibration_api as api
from . import calibration_views as views

urlpatterns = [
    path("calibration/", views.calibration_index, name="calibration-index"),
    path("calibration/loops/<int:pk>/debrief/", views.debrief, name="calibration-debrief"),
    path("calibration/<slug:slug>/candidates/", views.calibration_candidates, name="calibration-candidates"),
    path("calibration/<slug:slug>/interviewers/", views.calibration_interviewers, name="calibration-interviewers"),
    path("calibration/<slug:slug>/recompute/", views.calibration_recompute_view, name="calibration-recompute"),
    path("calibration/<slug:slug>/adverse-impact/", views.adverse_impact_page, name="calibration-adverse-impact"),
    path("calibration/<slug:slug>/export.csv", views.calibration_export, name="calibration-export"),
    path("api/calibration/<slug:blueprint_slug>/", api.CalibrationView.as_view(), name="api-calibration"),
    path("api/calibration/<slug:blueprint_slug>/export/", api.CalibrationExportView.as_view(),
         name="api-calibration-export"),
    path("api/loops/<int:loop_id>/decisions/", api.DecisionListCreate.as_view(), name="api-loop-decisions"),
    path("api/adverse-impact/<slug:blueprint_slug>/", api.AdverseImpactView.as_view(), name="api-adverse-impact"),
]
