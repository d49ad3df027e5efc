package ru.praktika.platform.security;

/** A principal (form login or OIDC) that knows which local user it is. */
public interface HasCurrentUser {

    CurrentUser currentUser();
}
