package ru.praktika.accounts;

/** A principal (form login or OIDC) that knows which local user it is. */
public interface HasCurrentUser {

    CurrentUser currentUser();
}
