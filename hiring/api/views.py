from django_filters import rest_framework as filters
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import mixins, viewsets
from rest_framework.response import Response

from cases.models import CaseStudy, CaseStudyKind
from cases.services import case_study_save
from hiring import selectors, services
from hiring.models import LEVELS, Dimension, RoleBlueprint

from . import serializers as s
from .permissions import CatalogueEditors


class WriteViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """List/retrieve with writes routed through a service (no deletes: history matters)."""

    permission_classes = [CatalogueEditors]
    http_method_names = ["get", "post", "put", "patch", "head", "options"]
    write_serializer_class = None

    def save(self, *, values, instance=None):  # pragma: no cover - overridden
        raise NotImplementedError

    def _write(self, request, instance=None, partial=False):
        serializer = (self.write_serializer_class or self.get_serializer_class())(
            instance=instance, data=request.data, partial=partial, context=self.get_serializer_context()
        )
        serializer.is_valid(raise_exception=True)
        obj = self.save(values=dict(serializer.validated_data), instance=instance)
        obj = self.get_queryset().get(pk=obj.pk)
        return Response(self.get_serializer(obj).data, status=201 if instance is None else 200)

    def create(self, request, *args, **kwargs):
        return self._write(request)

    def update(self, request, *args, **kwargs):
        return self._write(request, instance=self.get_object(), partial=kwargs.get("partial", False))

    def partial_update(self, request, *args, **kwargs):
        return self._write(request, instance=self.get_object(), partial=True)


class BlueprintFilter(filters.FilterSet):
    level = filters.ChoiceFilter(choices=LEVELS)

    class Meta:
        model = RoleBlueprint
        fields = ["level"]


@extend_schema_view(
    list=extend_schema(summary="Role blueprints", responses={200: s.BlueprintListSerializer(many=True)}),
    retrieve=extend_schema(summary="A blueprint with its dimensions and rubrics", responses={200: s.BlueprintSerializer}),
    create=extend_schema(responses={201: s.BlueprintSerializer}),
    update=extend_schema(responses={200: s.BlueprintSerializer}),
    partial_update=extend_schema(responses={200: s.BlueprintSerializer}),
)
class BlueprintViewSet(WriteViewSet):
    lookup_field = "slug"
    filterset_class = BlueprintFilter
    search_fields = ["title", "purpose"]
    ordering_fields = ["title", "level"]

    def get_queryset(self):
        return selectors.blueprint_list() if self.action == "list" else selectors.blueprint_detail_queryset()

    def get_serializer_class(self):
        return s.BlueprintListSerializer if self.action == "list" else s.BlueprintSerializer

    def save(self, *, values, instance=None):
        return services.blueprint_save(values=values, instance=instance)


class DimensionFilter(filters.FilterSet):
    blueprint = filters.CharFilter(field_name="blueprint__slug")

    class Meta:
        model = Dimension
        fields = ["blueprint", "slug"]


@extend_schema_view(
    list=extend_schema(summary="Scorecard dimensions with their current rubric", responses={200: s.DimensionSerializer(many=True)}),
    retrieve=extend_schema(responses={200: s.DimensionSerializer}),
    create=extend_schema(request=s.DimensionWriteSerializer, responses={201: s.DimensionSerializer}),
    update=extend_schema(request=s.DimensionWriteSerializer, responses={200: s.DimensionSerializer}),
    partial_update=extend_schema(request=s.DimensionWriteSerializer, responses={200: s.DimensionSerializer}),
)
class DimensionViewSet(WriteViewSet):
    serializer_class = s.DimensionSerializer
    write_serializer_class = s.DimensionWriteSerializer
    filterset_class = DimensionFilter
    search_fields = ["name", "description"]

    def get_queryset(self):
        return selectors.dimension_list()

    def save(self, *, values, instance=None):
        if instance is None:
            missing = [name for name in ("blueprint", "slug", "name", "weight") if name not in values]
            if missing:
                from rest_framework.exceptions import ValidationError

                raise ValidationError({name: "This field is required." for name in missing})
        return services.dimension_save(values=values, instance=instance, by=self.request.user)


class CaseStudyFilter(filters.FilterSet):
    blueprint = filters.CharFilter(field_name="blueprint__slug")
    kind = filters.ChoiceFilter(choices=CaseStudyKind.choices)
    dimension = filters.CharFilter(field_name="dimensions__slug", distinct=True)

    class Meta:
        model = CaseStudy
        fields = ["blueprint", "kind", "dimension"]


@extend_schema_view(
    list=extend_schema(summary="Case studies", responses={200: s.CaseStudySerializer(many=True)}),
    retrieve=extend_schema(responses={200: s.CaseStudySerializer}),
    create=extend_schema(responses={201: s.CaseStudySerializer}),
    update=extend_schema(responses={200: s.CaseStudySerializer}),
    partial_update=extend_schema(responses={200: s.CaseStudySerializer}),
)
class CaseStudyViewSet(WriteViewSet):
    lookup_field = "slug"
    serializer_class = s.CaseStudySerializer
    filterset_class = CaseStudyFilter
    search_fields = ["title", "scenario"]

    def get_queryset(self):
        return selectors.case_study_list()

    def save(self, *, values, instance=None):
        return case_study_save(values=values, instance=instance)
