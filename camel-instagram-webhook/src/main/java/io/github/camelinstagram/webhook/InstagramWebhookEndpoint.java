package io.github.camelinstagram.webhook;

import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.DefaultEndpoint;
import org.apache.camel.util.URISupport;

/**
 * Receive Instagram webhook events (comments, messages, reactions, seen receipts, postbacks, referrals, opt-ins,
 * edits) on camel-platform-http: answers Meta's verification request, checks X-Hub-Signature-256 over the raw body,
 * and routes one exchange per event, once, with typed bodies and the headers of the instagram component.
 */
@UriEndpoint(firstVersion = "1.0.0", scheme = "instagram-webhook", title = "Instagram Webhook",
             syntax = "instagram-webhook:path", consumerOnly = true, category = { Category.SOCIAL, Category.HTTP },
             headersClass = InstagramWebhookConstants.class)
@Metadata(annotations = { "protocol=http" })
public class InstagramWebhookEndpoint extends DefaultEndpoint {

    @UriPath(description = "The HTTP path at which Meta delivers the webhook, e.g. /instagram/webhook. GET (verification)"
                           + " and POST (events) are served there.")
    @Metadata(required = true)
    private String path;

    @UriParam
    private InstagramWebhookConfiguration configuration;

    public InstagramWebhookEndpoint(String uri, InstagramWebhookComponent component,
                                    InstagramWebhookConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    @Override
    public InstagramWebhookComponent getComponent() {
        return (InstagramWebhookComponent) super.getComponent();
    }

    @Override
    public Producer createProducer() {
        throw new UnsupportedOperationException(
                "instagram-webhook only receives events; send with the instagram: component");
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        InstagramWebhookConsumer consumer = new InstagramWebhookConsumer(this, processor);
        configureConsumer(consumer);
        return consumer;
    }

    @Override
    public boolean isRemote() {
        return true;
    }

    public String getPath() {
        return path;
    }

    /**
     * The HTTP path at which Meta delivers the webhook.
     */
    public void setPath(String path) {
        this.path = path;
    }

    public InstagramWebhookConfiguration getConfiguration() {
        return configuration;
    }

    /** The endpoint's options. */
    public void setConfiguration(InstagramWebhookConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public String toString() {
        return "InstagramWebhookEndpoint[" + URISupport.sanitizeUri(getEndpointUri()) + "]";
    }
}
