package io.github.camelinstagram.sandbox.oauth;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import io.github.camelinstagram.sandbox.state.Account;
import io.github.camelinstagram.sandbox.state.AppConfig;
import io.github.camelinstagram.sandbox.state.AuthorizationCode;
import io.github.camelinstagram.sandbox.state.Sandbox;
import io.github.camelinstagram.sandbox.state.Scope;
import io.github.camelinstagram.sandbox.support.Html;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;

/**
 * The authorization window of Business Login for Instagram ({@code /oauth/authorize}). GET checks
 * {@code client_id}, {@code redirect_uri} (exactly one of the app's), {@code response_type=code} and {@code scope}
 * (comma- or space-separated) and shows the app, an account chooser (the "logged-in user") and the permissions, with
 * Allow ({@code #allow}) and Cancel ({@code #cancel}). The form posts back here; the answer is a 302 to:
 * <ul>
 * <li>Allow: {@code <redirect_uri>?code=<code>&state=<state>#_} (a code valid one hour, usable once);</li>
 * <li>Cancel: {@code <redirect_uri>?error=access_denied&error_reason=user_denied
 * &error_description=The+user+denied+your+request&state=<state>#_}.</li>
 * </ul>
 * {@code state} is added only when the request had one. Invalid requests get an error page (400), never a redirect.
 */
public final class AuthorizePage {

    private final Sandbox sandbox;

    public AuthorizePage(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    /** GET: the window. */
    public void show(RoutingContext ctx) {
        MultiMap params = ctx.request().params();
        try {
            Request request = validate(params);
            page(ctx, 200, window(request, sandbox.app(), sandbox.accounts()));
        } catch (InvalidRequest e) {
            page(ctx, 400, errorPage(e.getMessage()));
        }
    }

    /** POST: the user's decision. */
    public void decide(RoutingContext ctx) {
        MultiMap params = ctx.request().params();
        try {
            Request request = validate(params);
            String decision = params.get("decision");
            String location;
            if ("allow".equals(decision)) {
                String accountId = params.get("account");
                Account account = sandbox.account(accountId == null ? "" : accountId)
                        .orElseThrow(() -> new InvalidRequest("Choose the Instagram account to log in with"));
                AuthorizationCode code = sandbox.issueCode(account.userId(), request.redirectUri(),
                        request.scopes());
                location = redirect(request, "code=" + encode(code.value()));
            } else if ("cancel".equals(decision)) {
                location = redirect(request, "error=access_denied&error_reason=user_denied"
                                             + "&error_description=The+user+denied+your+request");
            } else {
                throw new InvalidRequest("The decision must be allow or cancel");
            }
            ctx.response().setStatusCode(302).putHeader("Location", location).putHeader("Cache-Control", "no-store")
                    .end();
        } catch (InvalidRequest e) {
            page(ctx, 400, errorPage(e.getMessage()));
        }
    }

    private Request validate(MultiMap params) {
        AppConfig app = sandbox.app();
        String clientId = params.get("client_id");
        String redirectUri = params.get("redirect_uri");
        if (clientId == null || !clientId.equals(app.id())) {
            throw new InvalidRequest("Invalid Request: Request parameters are invalid: Invalid platform app");
        }
        if (redirectUri == null || !app.redirectUris().contains(redirectUri)) {
            throw new InvalidRequest("Invalid Request: Request parameters are invalid: Invalid redirect_uri");
        }
        if (!"code".equals(params.get("response_type"))) {
            throw new InvalidRequest("Invalid Request: Request parameters are invalid: response_type must be code");
        }
        Set<Scope> scopes;
        try {
            scopes = Scope.parseList(params.get("scope"));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest("Invalid Scopes: " + e.getMessage().replace("Unknown scope ", ""));
        }
        if (scopes.isEmpty()) {
            throw new InvalidRequest("Invalid Scopes: no scope was requested");
        }
        String state = params.get("state");
        return new Request(redirectUri, scopes, params.get("scope"), state);
    }

    private static String redirect(Request request, String query) {
        String separator = request.redirectUri().contains("?") ? "&" : "?";
        String state = request.state() == null ? "" : "&state=" + encode(request.state());
        return request.redirectUri() + separator + query + state + "#_";
    }

    private static String window(Request request, AppConfig app, List<Account> accounts) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Instagram</title>")
                .append(STYLE).append("</head><body><main class=\"card\">")
                .append("<h1>Instagram</h1><p id=\"app-name\"><strong>").append(Html.escape(app.name()))
                .append("</strong> would like to access your Instagram professional account.</p>")
                .append("<form method=\"post\" action=\"/oauth/authorize\">")
                .append(hidden("client_id", app.id())).append(hidden("redirect_uri", request.redirectUri()))
                .append(hidden("response_type", "code")).append(hidden("scope", request.rawScope()));
        if (request.state() != null) {
            html.append(hidden("state", request.state()));
        }
        html.append("<label for=\"account\">Logged in as</label><select id=\"account\" name=\"account\">");
        for (Account account : accounts) {
            html.append("<option value=\"").append(Html.escape(account.userId())).append("\">@")
                    .append(Html.escape(account.username())).append("</option>");
        }
        html.append("</select><ul id=\"permissions\">");
        for (Scope scope : request.scopes()) {
            html.append("<li>").append(Html.escape(scope.permission())).append("</li>");
        }
        html.append("</ul><div class=\"buttons\">")
                .append("<button id=\"cancel\" type=\"submit\" name=\"decision\" value=\"cancel\">Cancel</button>")
                .append("<button id=\"allow\" type=\"submit\" name=\"decision\" value=\"allow\">Allow</button>")
                .append("</div></form></main></body></html>");
        return html.toString();
    }

    private static String errorPage(String message) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Instagram</title>" + STYLE
               + "</head><body><main class=\"card\"><h1>Instagram</h1><p id=\"error\">" + Html.escape(message)
               + "</p></main></body></html>";
    }

    private static String hidden(String name, String value) {
        return "<input type=\"hidden\" name=\"" + name + "\" value=\"" + Html.escape(value) + "\">";
    }

    private static void page(RoutingContext ctx, int status, String html) {
        ctx.response().setStatusCode(status).putHeader("Content-Type", "text/html; charset=UTF-8")
                .putHeader("Cache-Control", "no-store").end(html);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static final String STYLE = "<style>body{font-family:sans-serif;background:#fafafa}"
                                        + ".card{max-width:420px;margin:40px auto;background:#fff;border:1px solid"
                                        + " #dbdbdb;padding:24px}.buttons{display:flex;gap:8px;margin-top:16px}"
                                        + "button{flex:1;padding:8px}#allow{background:#0095f6;color:#fff;border:0}"
                                        + "</style>";

    private record Request(String redirectUri, Set<Scope> scopes, String rawScope, String state) {
    }

    private static final class InvalidRequest extends RuntimeException {
        InvalidRequest(String message) {
            super(message, null, false, false);
        }
    }
}
