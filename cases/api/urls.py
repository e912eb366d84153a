from django.urls import path
from rest_framework.routers import SimpleRouter

from . import views

router = SimpleRouter()
router.register("takehome-tasks", views.TakeHomeTaskViewSet, basename="takehome-task")
router.register("takehome-invitations", views.InvitationViewSet, basename="takehome-invitation")
router.register("takehome-submissions", views.SubmissionViewSet, basename="takehome-submission")

TOKEN = "<str:token>"
urlpatterns = router.urls + [
    path(f"candidate/{TOKEN}/", views.CandidateInvitationView.as_view(), name="api-candidate"),
    path(f"candidate/{TOKEN}/start/", views.CandidateStartView.as_view(), name="api-candidate-start"),
    path(f"candidate/{TOKEN}/submissions/", views.CandidateSubmitView.as_view(), name="api-candidate-submit"),
    path(f"candidate/{TOKEN}/submissions/<int:id>/", views.CandidateSubmissionView.as_view(),
         name="api-candidate-submission"),
]
