package dev.paydesk.console.security;

import dev.paydesk.application.user.SignIn;
import jakarta.security.enterprise.credential.Credential;

/**
 * A sign-in {@link LoginPage} already checked (password, and the second factor where the account
 * has one): made in the server only, never from anything a browser sends, so the identity store
 * takes it as it is. The container is told of a sign-in only once it succeeded.
 */
record GrantedCredential(SignIn.Granted granted, String client) implements Credential {}
