from rest_framework import serializers

from cases.models import CaseStudy
from hiring.models import LEVELS, Dimension, RoleBlueprint, RubricVersion


class RubricVersionSerializer(serializers.ModelSerializer):
    class Meta:
        model = RubricVersion
        fields = ["version", "anchor_1", "anchor_2", "anchor_3", "anchor_4", "anchor_5", "created_at", "used_at"]


class AnchorsSerializer(serializers.Serializer):
    anchor_1 = serializers.CharField()
    anchor_2 = serializers.CharField()
    anchor_3 = serializers.CharField()
    anchor_4 = serializers.CharField()
    anchor_5 = serializers.CharField()


class DimensionSerializer(serializers.ModelSerializer):
    blueprint = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    rubric = serializers.SerializerMethodField()
    rubric_versions = serializers.SerializerMethodField()

    class Meta:
        model = Dimension
        fields = ["id", "blueprint", "slug", "name", "description", "weight", "position", "rubric", "rubric_versions"]

    def get_rubric(self, obj) -> RubricVersionSerializer(allow_null=True):
        rubric = obj.current_rubric
        return RubricVersionSerializer(rubric).data if rubric else None

    def get_rubric_versions(self, obj) -> int:
        return len(obj.rubric_versions.all())


class DimensionWriteSerializer(serializers.Serializer):
    blueprint = serializers.SlugRelatedField(slug_field="slug", queryset=RoleBlueprint.objects.all(), required=False)
    slug = serializers.SlugField(max_length=80, required=False)
    name = serializers.CharField(max_length=200, required=False)
    description = serializers.CharField(required=False, allow_blank=True)
    weight = serializers.DecimalField(max_digits=5, decimal_places=4, min_value=0, max_value=1, required=False)
    position = serializers.IntegerField(min_value=0, max_value=1000, required=False)
    anchors = AnchorsSerializer(required=False, help_text="Editing anchors records a new rubric version once the current one has been used.")


class CaseStudySerializer(serializers.ModelSerializer):
    blueprint = serializers.SlugRelatedField(slug_field="slug", queryset=RoleBlueprint.objects.all())
    dimensions = serializers.SlugRelatedField(slug_field="slug", many=True, read_only=True)
    dimension_slugs = serializers.ListField(child=serializers.SlugField(), write_only=True, required=False)

    class Meta:
        model = CaseStudy
        fields = ["slug", "blueprint", "title", "kind", "duration_minutes", "scenario", "asks", "listen_for",
                  "red_flags", "dimensions", "dimension_slugs"]
        extra_kwargs = {"duration_minutes": {"min_value": 5, "max_value": 24 * 60 * 7}}

    def validate(self, attrs):
        blueprint = attrs.get("blueprint") or getattr(self.instance, "blueprint", None)
        slugs = attrs.get("dimension_slugs")
        if slugs is not None and blueprint is not None:
            known = set(blueprint.dimensions.values_list("slug", flat=True))
            missing = sorted(set(slugs) - known)
            if missing:
                raise serializers.ValidationError({"dimension_slugs": f"Not dimensions of {blueprint.slug}: {', '.join(missing)}."})
        for name in ("asks", "listen_for", "red_flags"):
            value = attrs.get(name)
            if value is not None and (not isinstance(value, list) or not all(isinstance(v, str) for v in value)):
                raise serializers.ValidationError({name: "Expected a list of strings."})
        return attrs


class BlueprintListSerializer(serializers.ModelSerializer):
    n_dimensions = serializers.IntegerField(read_only=True)

    class Meta:
        model = RoleBlueprint
        fields = ["slug", "title", "level", "purpose", "n_dimensions"]


class StringListField(serializers.ListField):
    child = serializers.CharField(max_length=2000)


class BlueprintSerializer(serializers.ModelSerializer):
    level = serializers.ChoiceField(choices=LEVELS)
    responsibilities = StringListField(required=False)
    required_skills = StringListField(required=False)
    kpis = StringListField(required=False)
    strong_signals = StringListField(required=False)
    weak_signals = StringListField(required=False)
    red_flags = StringListField(required=False)
    dimensions = DimensionSerializer(many=True, read_only=True)
    case_studies = serializers.SlugRelatedField(slug_field="slug", many=True, read_only=True)

    class Meta:
        model = RoleBlueprint
        fields = ["slug", "title", "level", "purpose", "responsibilities", "required_skills", "kpis",
                  "strong_signals", "weak_signals", "red_flags", "dimensions", "case_studies",
                  "created_at", "updated_at"]
        read_only_fields = ["created_at", "updated_at"]
