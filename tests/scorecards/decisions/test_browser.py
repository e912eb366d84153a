import pytest

from hiring.demo import DEMO_PASSWORD, demo_users_create
from hiring.models import User
from scorecards.calibration_demo import demo_calibration_load
from scorecards.models import HiringDecision, Loop

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def demo(catalogue):
    demo_users_create()
    demo_calibration_load()
    return User.objects.get(username="manager")


def test_interviewer_calibration_page_shows_severity_intervals_and_flags(demo, page, login):
    login(demo, DEMO_PASSWORD)
    page.goto("/calibration/lead-ml-scientist/interviewers/")
    forest = page.locator("#severity svg.forest")
    assert forest.is_visible()
    for username in ("hector", "lena", "olga", "pavel"):
        row = forest.locator(f'g.row[data-key="{username}"]')
        assert row.locator("line.interval").count() == 1 and row.locator("circle.estimate").count() == 1
    assert page.locator('tr[data-interviewer="hector"] .flags .tag', has_text="harsh").is_visible()
    assert page.locator('tr[data-interviewer="lena"] .flags .tag', has_text="lenient").is_visible()
    assert page.locator("svg.histogram").count() == 4


def test_hiring_manager_records_a_decision_on_the_debrief_page(demo, page, login):
    loop = Loop.objects.get(candidate__external_id="cal-demo-12")
    login(demo, DEMO_PASSWORD)
    page.goto(f"/calibration/loops/{loop.pk}/debrief/")
    assert page.locator(".scorecard").count() == 2
    page.check("input[name=decision][value=hire]")
    page.click("#decision-form button[type=submit]")
    assert page.locator(".errorlist", has_text="required").is_visible()
    page.check("input[name=decision][value=hire]")
    page.fill("textarea[name=rationale]", "Adjusted mean clears the bar; strong evaluation evidence.")
    page.click("#decision-form button[type=submit]")
    assert page.locator("#decisions tr.decision", has_text="strong evaluation evidence").is_visible()
    decision = HiringDecision.objects.get(loop=loop)
    assert decision.decided_by == demo and decision.calibration_run is not None
