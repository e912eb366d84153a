import pytest
from django.apps import apps
from django.core import mail
from django.urls import reverse

from scorecards.models import Loop, Scorecard

from .conftest import at, full_scores

pytestmark = pytest.mark.django_db


def _form_interview(loop, interviewers, start=0, **extra):
    study = loop.blueprint.case_studies.exclude(kind="take_home").order_by("slug").first()
    return {"title": extra.get("title", "Design round"), "case_study": study.pk,
            "dimensions": [d.pk for d in study.dimensions.all()], "interviewers": [u.pk for u in interviewers],
            "starts_at": at(start).strftime("%Y-%m-%dT%H:%M"), "ends_at": at(start + 1).strftime("%Y-%m-%dT%H:%M"),
            "location": extra.get("location", "Room 2"), "video_link": ""}


def test_recruiter_builds_and_schedules_a_loop_through_the_pages(client, recruiter, interviewer, lead,
                                                                 django_capture_on_commit_callbacks):
    client.force_login(recruiter)
    assert "Interview loops" in client.get("/").content.decode()
    response = client.post(reverse("scorecards:loop-create"), {
        "name": "Mina Park", "email": "mina@example.org", "blueprint": lead.pk, "notes": ""})
    loop = Loop.objects.get(candidate__name="Mina Park")
    assert response.status_code == 302 and response["Location"] == reverse("scorecards:loop-detail", args=[loop.pk])
    page = client.get(response["Location"]).content.decode()
    assert "No interview assesses" in page
    response = client.post(reverse("scorecards:interview-create", args=[loop.pk]), _form_interview(loop, [interviewer]))
    assert response.status_code == 302, response.content.decode()[:2000]
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("scorecards:loop-transition", args=[loop.pk]), {"status": "scheduled"})
    loop.refresh_from_db()
    assert loop.status == "scheduled" and len(mail.outbox) == 2
    page = client.get(reverse("scorecards:loop-detail", args=[loop.pk])).content.decode()
    assert "Scheduled" in page and "Design round" in page


def test_the_page_refuses_a_double_booking_naming_the_clash(client, recruiter, interviewer, make_loop):
    make_loop(interviews=[{"title": "Incident drill", "interviewers": [interviewer], "start": 0}])
    loop = make_loop()
    client.force_login(recruiter)
    response = client.post(reverse("scorecards:interview-create", args=[loop.pk]),
                           _form_interview(loop, [interviewer], start=0.5))
    assert response.status_code == 200
    errors = response.context["form"].non_field_errors()
    assert any("Ivy Interviewer is already booked" in e and "Incident drill" in e for e in errors)
    assert "already booked" in response.content.decode()
    assert loop.interviews.count() == 0


def test_interviewers_cannot_build_loops(client, interviewer, make_loop):
    client.force_login(interviewer)
    assert client.get(reverse("scorecards:loop-create")).status_code == 403
    loop = make_loop(interviews=[{"interviewers": [interviewer]}])
    assert client.post(reverse("scorecards:loop-transition", args=[loop.pk]), {"status": "scheduled"}).status_code == 403


def test_kit_page_save_draft_then_submit(client, interviewer, make_loop):
    loop = make_loop(interviews=[{"interviewers": [interviewer]}], status="scheduled")
    interview = loop.interviews.get()
    client.force_login(interviewer)
    kit = client.get(reverse("scorecards:kit", args=[interview.pk])).content.decode()
    for dim in interview.dimensions.all():
        assert f'id="dim-{dim.slug}"' in kit and 'data-level="5"' in kit
    assert interview.case_study.listen_for[0][:30].replace("'", "&#x27;") in kit
    assert "No take-home report" in kit
    dims = list(interview.dimensions.all())
    form = {"intent": "draft", f"score-{dims[0].slug}": "3", f"evidence-{dims[0].slug}": "draft notes"}
    response = client.post(reverse("scorecards:kit", args=[interview.pk]), form)
    assert response.status_code == 302
    card = Scorecard.objects.get(interview=interview, interviewer=interviewer)
    assert card.status == "draft" and card.scores.get().evidence == "draft notes"
    assert "draft notes" in client.get(reverse("scorecards:kit", args=[interview.pk])).content.decode()
    form["intent"] = "submit"
    response = client.post(reverse("scorecards:kit", args=[interview.pk]), form)
    assert response.status_code == 200
    body = response.content.decode()
    assert "Choose an overall recommendation" in body and f"{dims[1].slug}: give a score" in body
    assert "draft notes" in body  # what was typed is kept on the page
    for entry in full_scores(interview):
        form[f"score-{entry['dimension']}"] = str(entry["score"])
        form[f"evidence-{entry['dimension']}"] = entry["evidence"]
    form["recommendation"] = "yes"
    response = client.post(reverse("scorecards:kit", args=[interview.pk]), form)
    assert response.status_code == 302
    card.refresh_from_db()
    assert card.status == "submitted" and card.recommendation == "yes"


def test_scorecard_page_amends_with_a_reason(client, interviewer, make_loop, submit):
    loop = make_loop(interviews=[{"interviewers": [interviewer]}], status="scheduled")
    interview = loop.interviews.get()
    card = submit(interview, interviewer, level=3, recommendation="no")
    client.force_login(interviewer)
    url = reverse("scorecards:scorecard-detail", args=[card.pk])
    form = {f"score-{e['dimension']}": "3" for e in full_scores(interview)}
    form |= {f"evidence-{e['dimension']}": e["evidence"] for e in full_scores(interview)}
    form["recommendation"] = "yes"
    response = client.post(url, {**form, "reason": ""})
    assert "Say why" in response.content.decode()
    card.refresh_from_db()
    assert card.version == 1 and card.recommendation == "no"
    response = client.post(url, {**form, "reason": "Second look at my notes."})
    assert response.status_code == 302
    card.refresh_from_db()
    assert card.version == 2 and card.recommendation == "yes"
    assert "Second look at my notes." in client.get(url).content.decode()


LOOP_MODELS = ["Candidate", "Loop", "LoopRubric", "Interview", "InvitationLog", "Scorecard", "DimensionScore",
               "ScorecardVersion", "AuditEvent", "ReminderLog"]


def test_admin_pages_of_every_scorecards_model_load(client, admin_user, make_loop, interviewer, submit):
    from scorecards.services import reminders_send

    loop = make_loop(interviews=[{"interviewers": [interviewer]}], status="in_progress")
    interview = loop.interviews.get()
    reminders_send(now=at(5))
    submit(interview, interviewer)
    client.force_login(admin_user)
    models = [apps.get_model("scorecards", name) for name in LOOP_MODELS]
    for model in models:
        name = model._meta.model_name
        changelist = client.get(reverse(f"admin:scorecards_{name}_changelist"))
        assert changelist.status_code == 200, name
        obj = model.objects.first()
        assert obj is not None, name
        assert client.get(reverse(f"admin:scorecards_{name}_change", args=[obj.pk])).status_code == 200, name


def test_demo_loader_is_idempotent_and_covers_the_states(db, catalogue):
    from hiring.demo import DEMO_LOADERS, demo_users_create
    from scorecards.demo import demo_loops_load

    assert demo_loops_load in DEMO_LOADERS
    demo_users_create()
    first = demo_loops_load()
    counts = (Loop.objects.count(), Scorecard.objects.count())
    second = demo_loops_load()
    assert (Loop.objects.count(), Scorecard.objects.count()) == counts and all("already" in line for line in second)
    assert len(first) == 4
    assert set(Loop.objects.values_list("status", flat=True)) == {"draft", "scheduled", "in_progress", "complete"}
    assert set(Scorecard.objects.values_list("status", flat=True)) == {"draft", "submitted"}
    assert mail.outbox == []


def test_the_kit_page_shows_a_takehome_report_from_the_provider_hook(client, interviewer, make_loop):
    from scorecards import selectors

    loop = make_loop(interviews=[{"interviewers": [interviewer]}], status="scheduled")
    report = {"task_title": "Churn take-home", "status": "graded", "url": "/reports/7/",
              "metrics": {"roc_auc": {"value": 0.8123}}, "suggested_scores": {"evaluation-rigor": 2},
              "findings": [{"code": "LK-PREP", "message": "Scaler fitted before the split."}]}
    providers = selectors.TAKEHOME_REPORT_PROVIDERS
    saved = list(providers)
    providers[:] = [lambda candidate: report if candidate == loop.candidate else None]
    try:
        client.force_login(interviewer)
        body = client.get(reverse("scorecards:kit", args=[loop.interviews.get().pk])).content.decode()
    finally:
        providers[:] = saved
    assert "Churn take-home" in body and 'href="/reports/7/"' in body and "0.812" in body
    assert "LK-PREP" in body and "Scaler fitted before the split." in body


def test_autosave_answers_json_and_refuses_bad_scores_without_losing_the_draft(client, interviewer, make_loop):
    loop = make_loop(interviews=[{"interviewers": [interviewer]}], status="scheduled")
    interview = loop.interviews.get()
    dim = interview.dimensions.first()
    url = reverse("scorecards:kit", args=[interview.pk])
    client.force_login(interviewer)
    ok = client.post(url, {"intent": "autosave", f"score-{dim.slug}": "2", f"evidence-{dim.slug}": "first notes"})
    assert ok.status_code == 200 and ok.json()["status"] == "saved"
    bad = client.post(url, {"intent": "autosave", f"score-{dim.slug}": "9", f"evidence-{dim.slug}": "changed"})
    assert bad.status_code == 400 and bad.json()["status"] == "error" and bad.json()["errors"]
    saved = Scorecard.objects.get(interview=interview, interviewer=interviewer).scores.get(dimension=dim)
    assert (saved.score, saved.evidence) == (2, "first notes")
