from rest_framework.routers import SimpleRouter

from . import views

router = SimpleRouter()
router.register("candidates", views.CandidateViewSet, basename="candidate")
router.register("loops", views.LoopViewSet, basename="loop")
router.register("interviews", views.InterviewViewSet, basename="interview")
router.register("scorecards", views.ScorecardViewSet, basename="scorecard")

urlpatterns = router.urls
