from django.urls import path

from . import views

urlpatterns = [
    path("takehome/", views.submission_list, name="takehome-submissions"),
    path("takehome/invite/", views.invite, name="takehome-invite"),
    path("takehome/submissions/<int:pk>/", views.report, name="takehome-report"),
    path("takehome/submissions/<int:pk>/regrade/", views.regrade, name="takehome-regrade"),
    path("t/<str:token>/", views.candidate, name="takehome-candidate"),
    path("t/<str:token>/start/", views.candidate_start, name="takehome-start"),
    path("t/<str:token>/bundle.zip", views.candidate_bundle, name="takehome-bundle"),
    path("t/<str:token>/submit/", views.candidate_submit, name="takehome-submit"),
    path("t/<str:token>/submissions/<int:pk>/", views.candidate_receipt, name="takehome-receipt"),
]
