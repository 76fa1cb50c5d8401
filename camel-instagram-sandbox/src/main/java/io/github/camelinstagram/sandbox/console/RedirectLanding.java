package io.github.camelinstagram.sandbox.console;

import io.github.camelinstagram.sandbox.support.Html;
import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code GET /sandbox/callback}: a redirect URI every sandbox app accepts. It shows what the authorization window
 * sent ({@code code}, {@code state}, or {@code error}, {@code error_reason}, {@code error_description}), so the login
 * flow can be tried by hand from the console.
 */
public final class RedirectLanding implements Handler<RoutingContext> {

    /** Path of the landing page. */
    public static final String PATH = "/sandbox/callback";

    @Override
    public void handle(RoutingContext ctx) {
        MultiMap params = ctx.request().params();
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                                               + "<title>Sandbox redirect</title></head><body><h1>Redirect received"
                                               + "</h1><dl>");
        for (String name : new String[] {"code", "state", "error", "error_reason", "error_description"}) {
            String value = params.get(name);
            if (value != null) {
                html.append("<dt>").append(name).append("</dt><dd id=\"").append(name).append("\">")
                        .append(Html.escape(value)).append("</dd>");
            }
        }
        html.append("</dl><p>Exchange the code with <code>POST /oauth/access_token</code>.</p></body></html>");
        ctx.response().putHeader("Content-Type", "text/html; charset=UTF-8").end(html.toString());
    }
}
