/**
 * Users, roles and their body or municipality; login (form and optional OIDC), throttling, the first administrator, the admin pages.
 */
package ru.praktika.accounts;
