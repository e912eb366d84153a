from django.apps import AppConfig


class ScorecardsConfig(AppConfig):
    name = "scorecards"
    verbose_name = "Loops, scorecards and calibration"

    def ready(self):
        from hiring.demo import DEMO_LOADERS
        from hiring.models import Role
        from hiring.services import role_permissions_extend

        from .demo import demo_loops_load

        view = [f"view_{m}" for m in ("candidate", "loop", "looprubric", "interview", "invitationlog", "scorecard",
                                      "dimensionscore", "scorecardversion", "auditevent", "reminderlog")]
        role_permissions_extend(role=Role.RECRUITER, codenames=view + [
            f"{a}_{m}" for m in ("candidate", "loop", "interview") for a in ("add", "change")])
        role_permissions_extend(role=Role.HIRING_MANAGER, codenames=view)
        role_permissions_extend(role=Role.INTERVIEWER, codenames=[
            "view_loop", "view_interview", "view_looprubric", "view_scorecard", "view_dimensionscore",
            "add_scorecard", "change_scorecard", "add_dimensionscore", "change_dimensionscore"])
        if demo_loops_load not in DEMO_LOADERS:
            DEMO_LOADERS.append(demo_loops_load)

        # --- calibration ---
        from .calibration_demo import demo_calibration_load
        from .calibration_services import calibration_on_scorecard_changed
        from .services import SCORECARD_CHANGED_HOOKS

        from . import calibration_tasks  # noqa: F401  (registers the recompute task wherever Django starts)

        if calibration_on_scorecard_changed not in SCORECARD_CHANGED_HOOKS:
            SCORECARD_CHANGED_HOOKS.append(calibration_on_scorecard_changed)
        # Decisions and calibration runs for hiring managers; adverse impact and demographic records for nobody
        # but admins and those given `scorecards.view_adverse_impact` explicitly.
        role_permissions_extend(role=Role.HIRING_MANAGER, codenames=[
            "view_calibrationrun", "add_calibrationrun", "view_hiringdecision", "add_hiringdecision"])
        role_permissions_extend(role=Role.RECRUITER, codenames=["view_calibrationrun"])
        if demo_calibration_load not in DEMO_LOADERS:
            DEMO_LOADERS.append(demo_calibration_load)
