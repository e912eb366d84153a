from django.apps import AppConfig


class CasesConfig(AppConfig):
    name = "cases"
    verbose_name = "Case studies and take-homes"

    def ready(self):
        from hiring import demo
        from hiring.models import Role
        from hiring.services import CATALOGUE_LOADERS, role_permissions_extend

        from .demo import takehome_demo_load
        from .grading.services import takehome_tasks_load

        if takehome_tasks_load not in CATALOGUE_LOADERS:
            CATALOGUE_LOADERS.append(takehome_tasks_load)
        if takehome_demo_load not in demo.DEMO_LOADERS:
            demo.DEMO_LOADERS.append(takehome_demo_load)
        self._report_provider_register()
        role_permissions_extend(role=Role.RECRUITER, codenames=[
            "view_takehometask", "view_invitation", "add_invitation", "view_submission", "view_gradingrun"])
        role_permissions_extend(role=Role.HIRING_MANAGER, codenames=[
            "view_takehometask", "view_invitation", "add_invitation", "view_submission", "change_submission",
            "view_gradingrun"])
        role_permissions_extend(role=Role.INTERVIEWER, codenames=["view_takehometask", "view_submission"])

    @staticmethod
    def _report_provider_register():
        """The interviewer kit shows the candidate's take-home report through scorecards' provider hook."""
        try:
            from scorecards.selectors import TAKEHOME_REPORT_PROVIDERS
        except ImportError:
            return
        from .selectors import takehome_report_for_candidate

        if takehome_report_for_candidate not in TAKEHOME_REPORT_PROVIDERS:
            TAKEHOME_REPORT_PROVIDERS.append(takehome_report_for_candidate)
