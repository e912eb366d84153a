from .support import candidate, invitation, started, submissions_folder_fresh, takehome_task  # noqa: F401
