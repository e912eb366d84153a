"""Schema checks for the role catalogue data files (pure: PyYAML only, no database)."""

import copy
import math
import re
from pathlib import Path

import pytest
import yaml

CATALOGUE = Path(__file__).resolve().parents[2] / "hiring" / "catalogue"
BLUEPRINT_DIR = CATALOGUE / "blueprints"
FAQ_FILE = CATALOGUE / "faq.yaml"

KEBAB = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
LEVELS = {"lead", "principal", "director"}
KINDS = {"product_design", "experiment_interpretation", "error_analysis", "incident_simulation", "take_home"}
EXPECTED_BLUEPRINTS = {"lead-ml-scientist", "principal-ml-scientist", "director-ml-insights"}
REQUIRED_DIMENSIONS = {
    "lead-ml-scientist": {"evaluation-rigor", "craft-reproducibility"},
    "principal-ml-scientist": {"evaluation-rigor", "craft-reproducibility"},
    "director-ml-insights": {"evaluation-rigor"},
}
# (min, max) number of items per list field.
BLUEPRINT_LISTS = {
    "responsibilities": (6, 10),
    "required_skills": (6, 10),
    "kpis": (5, 10),
    "strong_signals": (4, 8),
    "weak_signals": (4, 8),
    "red_flags": (4, 8),
}
CASE_LISTS = {"asks": (3, 6), "listen_for": (3, 8), "dimensions": (2, 4), "red_flags": (2, 5)}
SLUG_MAX, TEXT_MAX = 80, 200  # column sizes of the models the loader fills


def _text(value) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _string_list_problems(where: str, value, bounds: tuple[int, int]) -> list[str]:
    low, high = bounds
    if not isinstance(value, list):
        return [f"{where}: must be a list"]
    problems = []
    if not low <= len(value) <= high:
        problems.append(f"{where}: has {len(value)} items, expected {low}-{high}")
    if not all(_text(item) for item in value):
        problems.append(f"{where}: every item must be a non-empty string")
    elif len({item.strip().lower() for item in value}) != len(value):
        problems.append(f"{where}: items repeat")
    return problems


def _slug_problems(where: str, slug) -> list[str]:
    if not isinstance(slug, str) or not KEBAB.match(slug):
        return [f"{where}: slug {slug!r} is not kebab-case"]
    if len(slug) > SLUG_MAX:
        return [f"{where}: slug longer than {SLUG_MAX} characters"]
    return []


def _dimension_problems(where: str, dim) -> list[str]:
    if not isinstance(dim, dict):
        return [f"{where}: must be a mapping"]
    problems = []
    missing = {"slug", "name", "weight", "description", "anchors"} - set(dim)
    if missing:
        return [f"{where}: missing {sorted(missing)}"]
    problems += _slug_problems(where, dim["slug"])
    if not _text(dim["name"]) or len(dim["name"]) > TEXT_MAX:
        problems.append(f"{where}: name must be non-empty and at most {TEXT_MAX} characters")
    if not _text(dim["description"]):
        problems.append(f"{where}: description is empty")
    weight = dim["weight"]
    if isinstance(weight, bool) or not isinstance(weight, (int, float)) or not 0 < weight <= 1:
        problems.append(f"{where}: weight {weight!r} must be a number in (0, 1]")
    elif round(weight, 4) != weight:
        problems.append(f"{where}: weight {weight!r} has more than 4 decimal places")
    anchors = dim["anchors"]
    if not isinstance(anchors, dict) or set(anchors) != {1, 2, 3, 4, 5}:
        keys = sorted(anchors, key=str) if isinstance(anchors, dict) else anchors
        problems.append(f"{where}: anchors must have exactly the integer keys 1-5, got {keys!r}")
    elif not all(_text(text) for text in anchors.values()):
        problems.append(f"{where}: every anchor must be a non-empty string")
    elif len({" ".join(text.split()).lower() for text in anchors.values()}) != 5:
        problems.append(f"{where}: anchors must all differ")
    return problems


def _case_problems(where: str, case, dimension_slugs: set[str]) -> list[str]:
    if not isinstance(case, dict):
        return [f"{where}: must be a mapping"]
    missing = {"slug", "title", "kind", "duration_minutes", "scenario", *CASE_LISTS} - set(case)
    if missing:
        return [f"{where}: missing {sorted(missing)}"]
    problems = _slug_problems(where, case["slug"])
    if not _text(case["title"]) or len(case["title"]) > TEXT_MAX:
        problems.append(f"{where}: title must be non-empty and at most {TEXT_MAX} characters")
    if case["kind"] not in KINDS:
        problems.append(f"{where}: kind {case['kind']!r} not in {sorted(KINDS)}")
    duration = case["duration_minutes"]
    if isinstance(duration, bool) or not isinstance(duration, int) or duration <= 0:
        problems.append(f"{where}: duration_minutes must be a positive integer")
    if not _text(case["scenario"]):
        problems.append(f"{where}: scenario is empty")
    for name, bounds in CASE_LISTS.items():
        problems += _string_list_problems(f"{where}.{name}", case[name], bounds)
    if isinstance(case["dimensions"], list):
        unknown = [slug for slug in case["dimensions"] if slug not in dimension_slugs]
        if unknown:
            problems.append(f"{where}: assesses dimensions not in its blueprint: {unknown}")
    return problems


def blueprint_problems(data, *, file_stem: str) -> list[str]:
    """Every way `data` breaks the blueprint schema; empty when it is valid."""
    if not isinstance(data, dict):
        return [f"{file_stem}: top level must be a mapping"]
    required = {"slug", "title", "level", "purpose", "dimensions", "case_studies", *BLUEPRINT_LISTS}
    missing = required - set(data)
    if missing:
        return [f"{file_stem}: missing keys {sorted(missing)}"]
    problems = _slug_problems(file_stem, data["slug"])
    if data["slug"] != file_stem:
        problems.append(f"{file_stem}: slug {data['slug']!r} differs from the file name")
    if not _text(data["title"]) or len(data["title"]) > TEXT_MAX:
        problems.append(f"{file_stem}: title must be non-empty and at most {TEXT_MAX} characters")
    if data["level"] not in LEVELS:
        problems.append(f"{file_stem}: level {data['level']!r} not in {sorted(LEVELS)}")
    if not _text(data["purpose"]):
        problems.append(f"{file_stem}: purpose is empty")
    for name, bounds in BLUEPRINT_LISTS.items():
        problems += _string_list_problems(f"{file_stem}.{name}", data[name], bounds)

    dims = data["dimensions"]
    if not isinstance(dims, list) or len(dims) < 6:
        return problems + [f"{file_stem}: needs a list of at least 6 dimensions"]
    for index, dim in enumerate(dims):
        problems += _dimension_problems(f"{file_stem}.dimensions[{index}]", dim)
    slugs = [d.get("slug") for d in dims if isinstance(d, dict)]
    if len(set(slugs)) != len(slugs):
        problems.append(f"{file_stem}: dimension slugs repeat")
    weights = [d.get("weight") for d in dims if isinstance(d, dict)]
    if all(isinstance(w, (int, float)) for w in weights) and not math.isclose(sum(weights), 1.0, abs_tol=1e-6):
        problems.append(f"{file_stem}: dimension weights sum to {sum(weights)!r}, not 1.0")
    absent = REQUIRED_DIMENSIONS.get(data["slug"], {"evaluation-rigor"}) - set(slugs)
    if absent:
        problems.append(f"{file_stem}: lacks required dimensions {sorted(absent)}")

    cases = data["case_studies"]
    if not isinstance(cases, list):
        return problems + [f"{file_stem}: case_studies must be a list"]
    for index, case in enumerate(cases):
        problems += _case_problems(f"{file_stem}.case_studies[{index}]", case, set(slugs))
    return problems


def _load(path: Path):
    with open(path, encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@pytest.fixture(scope="module")
def blueprints() -> dict[str, dict]:
    return {path.stem: _load(path) for path in sorted(BLUEPRINT_DIR.glob("*.yaml"))}


@pytest.fixture(scope="module")
def faq() -> list:
    return _load(FAQ_FILE)


def _case_studies(blueprints: dict[str, dict]) -> list[dict]:
    return [case for data in blueprints.values() for case in data.get("case_studies") or []]


# --- the checker itself -----------------------------------------------------------------------


@pytest.fixture
def valid_blueprint() -> dict:
    dims = [
        {"slug": f"dim-{i}", "name": f"Dimension {i}", "weight": 0.125, "description": "What is assessed.",
         "anchors": {level: f"Level {level} of dimension {i}." for level in range(1, 6)}}
        for i in range(6)
    ]
    dims[0]["slug"], dims[1]["slug"] = "evaluation-rigor", "craft-reproducibility"
    dims[0]["weight"], dims[1]["weight"] = 0.25, 0.25
    items = lambda n, word: [f"{word} {i}" for i in range(n)]  # noqa: E731
    return {
        "slug": "lead-ml-scientist", "title": "Lead ML Scientist", "level": "lead", "purpose": "Why the role exists.",
        "responsibilities": items(6, "duty"), "required_skills": items(6, "skill"), "kpis": items(5, "kpi"),
        "strong_signals": items(4, "strong"), "weak_signals": items(4, "weak"), "red_flags": items(4, "flag"),
        "dimensions": dims,
        "case_studies": [{
            "slug": "lead-x-case", "title": "A case", "kind": "error_analysis", "duration_minutes": 60,
            "scenario": "A situation.", "asks": items(3, "ask"), "listen_for": items(3, "listen"),
            "dimensions": ["evaluation-rigor", "dim-2"], "red_flags": items(2, "flag"),
        }],
    }


def test_checker_accepts_a_valid_blueprint(valid_blueprint):
    assert blueprint_problems(valid_blueprint, file_stem="lead-ml-scientist") == []


@pytest.mark.parametrize(("mutate", "expected"), [
    (lambda d: d.pop("kpis"), "missing keys"),
    (lambda d: d.update(level="staff"), "level 'staff'"),
    (lambda d: d.update(slug="Lead_ML"), "not kebab-case"),
    (lambda d: d["dimensions"][2].update(weight=0.2), "sum to"),
    (lambda d: d["dimensions"][2].update(weight=0), "must be a number"),
    (lambda d: d["dimensions"][2]["anchors"].pop(4), "integer keys 1-5"),
    (lambda d: d["dimensions"][2].update(anchors={str(k): v for k, v in d["dimensions"][2]["anchors"].items()}),
     "integer keys 1-5"),
    (lambda d: d["dimensions"][2]["anchors"].update({2: "Level 3 of dimension 2."}), "must all differ"),
    (lambda d: d["dimensions"][2]["anchors"].update({5: "  "}), "non-empty string"),
    (lambda d: d["dimensions"][3].update(slug="dim-2"), "slugs repeat"),
    (lambda d: d["dimensions"].pop(), "at least 6 dimensions"),
    (lambda d: d["dimensions"][1].update(slug="craft"), "craft-reproducibility"),
    (lambda d: d["case_studies"][0].update(kind="quiz"), "kind 'quiz'"),
    (lambda d: d["case_studies"][0].update(dimensions=["evaluation-rigor", "elsewhere"]), "not in its blueprint"),
    (lambda d: d["case_studies"][0].update(asks=["only one"]), "expected 3-6"),
    (lambda d: d["responsibilities"].append("duty 0"), "items repeat"),
])
def test_checker_reports_each_schema_break(valid_blueprint, mutate, expected):
    broken = copy.deepcopy(valid_blueprint)
    mutate(broken)
    problems = blueprint_problems(broken, file_stem="lead-ml-scientist")
    assert any(expected in problem for problem in problems), problems


def test_checker_reports_a_slug_that_differs_from_the_file_name(valid_blueprint):
    problems = blueprint_problems(valid_blueprint, file_stem="principal-ml-scientist")
    assert any("differs from the file name" in problem for problem in problems), problems


# --- the data files ---------------------------------------------------------------------------


def test_the_three_blueprints_exist(blueprints):
    assert EXPECTED_BLUEPRINTS <= set(blueprints)


@pytest.mark.parametrize("stem", sorted(EXPECTED_BLUEPRINTS))
def test_blueprint_file_matches_the_schema(blueprints, stem):
    assert blueprint_problems(blueprints[stem], file_stem=stem) == []


def test_any_other_blueprint_file_matches_the_schema(blueprints):
    for stem in set(blueprints) - EXPECTED_BLUEPRINTS:
        assert blueprint_problems(blueprints[stem], file_stem=stem) == []


def test_levels_match_the_roles(blueprints):
    assert {stem: blueprints[stem]["level"] for stem in EXPECTED_BLUEPRINTS} == {
        "lead-ml-scientist": "lead", "principal-ml-scientist": "principal", "director-ml-insights": "director",
    }


def test_case_study_slugs_are_unique_across_all_files(blueprints):
    slugs = [case["slug"] for case in _case_studies(blueprints)]
    assert len(slugs) == len(set(slugs)), sorted(s for s in slugs if slugs.count(s) > 1)


def test_the_seeded_case_studies_are_present(blueprints):
    assert len(_case_studies(blueprints)) >= 7
    lead = blueprints["lead-ml-scientist"]["case_studies"]
    principal = blueprints["principal-ml-scientist"]["case_studies"]
    assert [c["slug"].split("-")[1] for c in lead][:3] == ["a", "b", "c"]
    assert {"product_design", "experiment_interpretation", "error_analysis"} <= {c["kind"] for c in lead}
    assert len(principal) >= 4
    assert {"product_design", "experiment_interpretation", "incident_simulation", "take_home"} <= {
        c["kind"] for c in principal
    }


def test_faq_entries_are_complete_and_distinct(faq):
    assert isinstance(faq, list) and 15 <= len(faq) <= 30
    for index, entry in enumerate(faq):
        assert isinstance(entry, dict) and set(entry) == {"topic", "question", "answer"}, index
        assert all(_text(entry[key]) for key in entry), index
        assert entry["question"].strip().endswith("?"), index
        assert len(entry["topic"]) <= 40, index
        sentences = [s for s in re.split(r"(?<=[.!?])\s+", entry["answer"].strip()) if s]
        assert 2 <= len(sentences) <= 5, (index, len(sentences))
    questions = [" ".join(e["question"].lower().split()) for e in faq]
    assert len(questions) == len(set(questions))
