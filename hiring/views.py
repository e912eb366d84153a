from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, render

from cases.models import CaseStudy

from . import selectors
from .models import Role
from .services import faq_entries

# What each role's home page offers first; apps add their own entries as they grow.
HOME_LINKS: dict[str, list[tuple[str, str]]] = {
    Role.RECRUITER: [("Role catalogue", "catalogue")],
    Role.INTERVIEWER: [("Role catalogue", "catalogue")],
    Role.HIRING_MANAGER: [("Role catalogue", "catalogue")],
    Role.ADMIN: [("Role catalogue", "catalogue")],
}


@login_required
def home(request):
    sections = []
    for role in Role:
        if request.user.has_role(role):
            sections.append({"role": role.label, "links": HOME_LINKS.get(role, [])})
    return render(request, "hiring/home.html", {"sections": sections})


@login_required
def catalogue(request):
    return render(request, "hiring/catalogue.html", {
        "blueprints": selectors.blueprint_list(),
        "case_studies": selectors.case_study_list(),
    })


@login_required
def blueprint_detail(request, slug):
    blueprint = get_object_or_404(selectors.blueprint_detail_queryset(), slug=slug)
    return render(request, "hiring/blueprint_detail.html", {"blueprint": blueprint})


@login_required
def case_study_detail(request, slug):
    study = get_object_or_404(selectors.case_study_list(), slug=slug)
    return render(request, "hiring/case_study_detail.html", {"study": study, "dimensions": _dimensions(study)})


def _dimensions(study: CaseStudy):
    return selectors.dimension_list().filter(case_studies=study)


@login_required
def faq(request):
    return render(request, "hiring/faq.html", {"entries": faq_entries()})

# Take-home pages.
HOME_LINKS[Role.RECRUITER] += [("Invite a candidate to a take-home", "takehome-invite"),
                               ("Take-home submissions", "takehome-submissions")]
HOME_LINKS[Role.HIRING_MANAGER] += [("Take-home submissions", "takehome-submissions")]
HOME_LINKS[Role.INTERVIEWER] += [("Take-home submissions", "takehome-submissions")]
HOME_LINKS[Role.ADMIN] += [("Take-home submissions", "takehome-submissions"),
                           ("Invite a candidate to a take-home", "takehome-invite")]

# Interview loops and scorecards.
HOME_LINKS[Role.RECRUITER] += [("Interview loops", "scorecards:loop-list"), ("New loop", "scorecards:loop-create")]
HOME_LINKS[Role.HIRING_MANAGER] += [("Interview loops", "scorecards:loop-list")]
HOME_LINKS[Role.INTERVIEWER] += [("My interviews and scorecards", "scorecards:loop-list")]
HOME_LINKS[Role.ADMIN] += [("Interview loops", "scorecards:loop-list")]

# Calibration (scorecards.calibration_urls): hiring managers and admins; recruiters see candidates side by side.
HOME_LINKS[Role.RECRUITER] += [("Calibration: candidates side by side", "calibration-index")]
HOME_LINKS[Role.HIRING_MANAGER] += [("Calibration and debriefs", "calibration-index")]
HOME_LINKS[Role.ADMIN] += [("Calibration and debriefs", "calibration-index")]
