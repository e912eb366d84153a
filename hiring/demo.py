"""Demo people for `make run`; other apps add their demo data through DEMO_LOADERS."""
from .models import Role
from .services import user_create

DEMO_PASSWORD = "demo-pass-2026"
DEMO_USERS = [
    ("admin", [Role.ADMIN], "Avery Admin"),
    ("recruiter", [Role.RECRUITER], "Riley Recruiter"),
    ("manager", [Role.HIRING_MANAGER], "Morgan Manager"),
    ("interviewer", [Role.INTERVIEWER], "Ivy Interviewer"),
    ("interviewer2", [Role.INTERVIEWER], "Ian Interviewer"),
]
DEMO_LOADERS: list = []


def demo_users_create() -> list[tuple[str, str, list[str]]]:
    created = []
    for username, roles, name in DEMO_USERS:
        user_create(username=username, password=DEMO_PASSWORD, roles=list(roles), display_name=name,
                    email=f"{username}@example.com")
        created.append((username, DEMO_PASSWORD, [str(r.label) for r in roles]))
    return created
