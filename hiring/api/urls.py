from rest_framework.routers import DefaultRouter

from . import views

router = DefaultRouter()
router.register("blueprints", views.BlueprintViewSet, basename="blueprint")
router.register("dimensions", views.DimensionViewSet, basename="dimension")
router.register("case-studies", views.CaseStudyViewSet, basename="case-study")

urlpatterns = router.urls
