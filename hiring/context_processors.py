def roles(request):
    user = getattr(request, "user", None)
    names = user.roles if user is not None and user.is_authenticated else set()
    return {"user_roles": names}
