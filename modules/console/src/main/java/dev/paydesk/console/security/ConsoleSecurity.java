package dev.paydesk.console.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.annotation.FacesConfig;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * How the console signs people in: a JSF form ({@code /console/login.xhtml}, so the post carries
 * JSF's ViewState against CSRF) checked by {@link ConsoleIdentityStore}. Roles are the console
 * roles; which pages need which is in the console's {@code web-fragment.xml}.
 */
@ApplicationScoped
@FacesConfig
@DeclareRoles({"ADMIN", "OPERATOR", "VIEWER"})
@CustomFormAuthenticationMechanismDefinition(
    loginToContinue =
        @LoginToContinue(
            loginPage = "/console/login.xhtml",
            useForwardToLogin = false,
            errorPage = ""))
public class ConsoleSecurity {}
