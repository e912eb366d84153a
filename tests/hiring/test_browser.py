import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_log_in_open_a_blueprint_and_see_its_anchors(page, login, interviewer):
    from hiring.services import catalogue_load

    catalogue_load()
    login(interviewer)
    page.click("text=Role catalogue")
    page.click("text=Lead ML Scientist")
    dim = page.locator("article.dimension").first
    dim.wait_for()
    assert page.locator("article.dimension").count() >= 6
    for level in range(1, 6):
        text = dim.locator(f"li[data-level='{level}']").inner_text()
        assert text.startswith(str(level)) and len(text) > 10


def test_wrong_password_stays_on_login(page, interviewer):
    page.goto("/accounts/login/")
    page.fill("#id_username", interviewer.username)
    page.fill("#id_password", "wrong")
    page.click("button[type=submit]")
    assert "didn't match" in page.inner_text("main")
