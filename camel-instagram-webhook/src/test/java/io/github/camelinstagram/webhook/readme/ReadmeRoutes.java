package io.github.camelinstagram.webhook.readme;

import io.github.camelinstagram.InstagramConstants;
import org.apache.camel.builder.RouteBuilder;

/**
 * The routes of README.md, as they are printed there: the docs build checks that every Java block of the README is
 * one of the tagged regions below, and {@link ReadmeRoutesTest} runs them.
 */
public class ReadmeRoutes extends RouteBuilder {

    @Override
    public void configure() {
        // tag::first-route[]
        from("instagram-webhook:/instagram/webhook?verifyToken={{ig.verify-token}}&appSecret={{ig.app-secret}}")
            .filter(header(InstagramConstants.FIELD).isEqualTo("messages"))
            .choice()
                .when(simple("${header.CamelInstagramText} contains '?'"))
                    .setHeader(InstagramConstants.MESSAGING_TAG, constant("HUMAN_AGENT"))
                    .setBody(constant("A colleague will answer you shortly."))
                .otherwise()
                    .setBody(constant("Thanks for your message!"))
            .end()
            .to("instagram:sendMessage");   // replies to CamelInstagramSenderId
        // end::first-route[]

        // tag::moderation[]
        from("timer:moderate?period=60000")
            .setHeader(InstagramConstants.MEDIA_ID, constant("17895695668004550"))
            .to("instagram:listComments")
            .split(body())
                .filter(simple("${body.text} contains 'spam'"))
                .setHeader(InstagramConstants.COMMENT_ID, simple("${body.id}"))
                .to("instagram:hideComment");
        // end::moderation[]
    }
}
