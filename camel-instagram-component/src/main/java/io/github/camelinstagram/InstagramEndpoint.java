package io.github.camelinstagram;

import io.github.camelinstagram.api.GraphClient;
import org.apache.camel.AsyncEndpoint;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.support.DefaultEndpoint;
import org.apache.camel.util.URISupport;

/**
 * Call the Instagram API with Instagram Login (graph.instagram.com): read the account, its media and comments,
 * moderate comments, publish images, reels, stories and carousels, log accounts in with Business Login and keep
 * their tokens alive, with the token sent as a Bearer header, typed errors, usage-based pacing and safe retries.
 */
@UriEndpoint(firstVersion = "1.0.0", scheme = "instagram", title = "Instagram", syntax = "instagram:operation",
             producerOnly = true, category = { Category.SOCIAL, Category.API },
             headersClass = InstagramConstants.class)
public class InstagramEndpoint extends DefaultEndpoint implements AsyncEndpoint, EndpointServiceLocation {

    @UriParam
    private InstagramConfiguration configuration;

    public InstagramEndpoint(String uri, InstagramComponent component, InstagramConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    @Override
    public InstagramComponent getComponent() {
        return (InstagramComponent) super.getComponent();
    }

    @Override
    public Producer createProducer() {
        return new InstagramProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) {
        throw new UnsupportedOperationException(
                "The instagram component only sends requests; receive Instagram events with instagram-webhook:");
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        configuration.validate();
        getComponent().runtime().warnWhenNoToken(this);
    }

    @Override
    protected void doStop() throws Exception {
        getComponent().releaseClient(this);
        super.doStop();
    }

    public InstagramConfiguration getConfiguration() {
        return configuration;
    }

    /** The endpoint's options. */
    public void setConfiguration(InstagramConfiguration configuration) {
        this.configuration = configuration;
    }

    /**
     * The client this endpoint sends with, from the component's runtime: asked for on every exchange, so that it is
     * there whenever the endpoint was created and started (inside split or multicast, before or after the context).
     */
    GraphClient graphClient() {
        return getComponent().runtime().client(this);
    }

    @Override
    public String getServiceUrl() {
        return configuration.getBaseUrl();
    }

    @Override
    public String getServiceProtocol() {
        return "http";
    }

    /**
     * The endpoint URI as Camel prints it: its secret options masked. The endpoint itself keeps its real URI, so that
     * endpoints with different tokens are different endpoints.
     */
    @Override
    public String toString() {
        return "InstagramEndpoint[" + URISupport.sanitizeUri(getEndpointUri()) + "]";
    }
}
