import pytest
from django.core import mail

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_recruiter_schedules_a_loop(page, login, recruiter, interviewer, ian, catalogue):
    from scorecards.models import Loop

    login(recruiter)
    page.click("text=New loop")
    page.fill("#id_name", "Mina Park")
    page.fill("#id_email", "mina@example.org")
    page.select_option("#id_blueprint", label="Lead ML Scientist")
    page.click("#loop-form button[type=submit]")
    page.wait_for_selector("text=Draft loop for Mina Park created")
    assert "No interview assesses" in page.inner_text("#warnings")

    page.click("text=Add interview")
    page.fill("#id_title", "Search relevance design")
    page.select_option("#id_case_study", index=1)
    page.locator("input[name=dimensions]").first.check()
    page.check(f"input[name=interviewers][value='{interviewer.pk}']")
    page.fill("#id_starts_at", "2030-03-04T10:00")
    page.fill("#id_ends_at", "2030-03-04T11:00")
    page.fill("#id_location", "Room 4")
    page.click("#interview-form button[type=submit]")
    page.wait_for_selector("text=Interview added.")

    page.click("button[data-status=scheduled]")
    page.wait_for_selector("text=Loop is now scheduled.")
    assert page.inner_text("#loop-status") == "Scheduled"
    assert "Search relevance design" in page.inner_text("#interviews")
    loop = Loop.objects.get(candidate__name="Mina Park")
    assert loop.status == "scheduled"
    assert sorted(m.to[0] for m in mail.outbox) == ["mina@example.org", "staff@example.com"]


def test_interviewer_submits_and_the_second_stays_blind_until_their_own(page, login, make_loop, interviewer, ian,
                                                                        browser, live_server):
    from django.urls import reverse

    from scorecards.models import Scorecard

    loop = make_loop(interviews=[{"interviewers": [interviewer, ian]}], status="in_progress")
    interview = loop.interviews.get()
    dims = list(interview.dimensions.all())

    login(interviewer)
    page.click("text=My interviews and scorecards")
    page.click(f"text={loop.candidate.name}")
    page.click(f"tr[data-interview='{interview.pk}'] >> text=Kit")
    page.wait_for_selector("#case-study")
    assert page.locator(f"#dim-{dims[0].slug} li[data-level]").count() == 5
    for dim in dims:
        page.check(f"input[name='score-{dim.slug}'][value='4']")
        page.fill(f"textarea[name='evidence-{dim.slug}']", f"Evidence on {dim.name}.")
    page.click("#save-draft")
    page.wait_for_selector("text=Draft saved.")
    page.select_option("#recommendation", "strong_yes")
    page.click("#submit-scorecard")
    page.wait_for_selector("text=Scorecard submitted.")
    assert page.inner_text("#scorecard-status") == "Submitted"
    ivy_card = Scorecard.objects.get(interviewer=interviewer)
    assert ivy_card.status == "submitted" and ivy_card.recommendation == "strong_yes"

    # Ian, in his own browser session, sees no trace of Ivy's scorecard until he submits his.
    context = browser.new_context(base_url=live_server.url)
    second = context.new_page()
    second.set_default_timeout(15000)
    try:
        second.goto("/accounts/login/")
        second.fill("#id_username", ian.username)
        from tests.conftest import PASSWORD

        second.fill("#id_password", PASSWORD)
        second.click("button[type=submit]")
        second.wait_for_url(lambda url: "/accounts/login/" not in url)
        second.goto(reverse("scorecards:loop-detail", args=[loop.pk]))
        assert f"data-scorecard=\"{ivy_card.pk}\"" not in second.content()
        assert "Strong yes" not in second.inner_text("#scorecards")
        response = second.goto(reverse("scorecards:scorecard-detail", args=[ivy_card.pk]))
        assert response.status == 404
        csv_text = second.request.get(reverse("scorecards:loop-export", args=[loop.pk])).text()
        assert interviewer.username not in csv_text

        second.goto(reverse("scorecards:kit", args=[interview.pk]))
        for dim in dims:
            second.check(f"input[name='score-{dim.slug}'][value='2']")
            second.fill(f"textarea[name='evidence-{dim.slug}']", f"Ian's evidence on {dim.name}.")
        second.select_option("#recommendation", "no")
        second.click("#submit-scorecard")
        second.wait_for_selector("text=Scorecard submitted.")
        second.goto(reverse("scorecards:loop-detail", args=[loop.pk]))
        assert "Strong yes" in second.inner_text("#scorecards")
        second.click(f"tr[data-scorecard='{ivy_card.pk}'] a")
        assert second.inner_text("#shown-recommendation") == "Strong yes"
    finally:
        context.close()


def test_the_draft_is_saved_as_the_interviewer_types(page, login, make_loop, interviewer, ian):
    from django.urls import reverse

    from scorecards.models import Scorecard

    loop = make_loop(interviews=[{"interviewers": [interviewer, ian]}], status="in_progress")
    interview = loop.interviews.get()
    dim = interview.dimensions.first()

    login(interviewer)
    page.goto(reverse("scorecards:kit", args=[interview.pk]))
    page.check(f"input[name='score-{dim.slug}'][value='3']")
    page.fill(f"textarea[name='evidence-{dim.slug}']", "Named the leakage in the feature pipeline unprompted.")
    page.wait_for_selector("#draft-status:has-text('Draft saved at')")

    card = Scorecard.objects.get(interview=interview, interviewer=interviewer)
    assert card.status == "draft"
    saved = card.scores.get(dimension=dim)
    assert (saved.score, saved.evidence) == (3, "Named the leakage in the feature pipeline unprompted.")
    page.reload()  # nothing typed is lost when the page is left and opened again
    assert page.input_value(f"textarea[name='evidence-{dim.slug}']") == saved.evidence
