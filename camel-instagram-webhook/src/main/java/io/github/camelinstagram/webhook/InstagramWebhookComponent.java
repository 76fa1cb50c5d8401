package io.github.camelinstagram.webhook;

import java.util.Map;

import io.github.camelinstagram.support.SensitiveOptions;
import io.github.camelinstagram.support.StrictPropertyConfigurer;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.PropertyConfigurer;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.DefaultComponent;

/**
 * The {@code instagram-webhook:} component: receives Instagram webhook events on camel-platform-http. Holds the
 * options its endpoints start from.
 */
@Component("instagram-webhook")
public class InstagramWebhookComponent extends DefaultComponent {

    @Metadata(description = "Options shared by every endpoint of this component; an endpoint may override each of them."
                            + " Setting the secrets here keeps them out of endpoint URIs.")
    private InstagramWebhookConfiguration configuration = new InstagramWebhookConfiguration();

    public InstagramWebhookComponent() {
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        InstagramWebhookEndpoint endpoint = new InstagramWebhookEndpoint(uri, this, configuration.copy());
        endpoint.setPath(WebhookPath.normalize(remaining));
        setProperties(endpoint, parameters);
        return endpoint;
    }

    @Override
    public void setCamelContext(CamelContext camelContext) {
        super.setCamelContext(camelContext);
        SensitiveOptions.register(camelContext, "appSecret", "verifyToken");
    }

    @Override
    public PropertyConfigurer getComponentPropertyConfigurer() {
        return StrictPropertyConfigurer.wrap(super.getComponentPropertyConfigurer(), "the instagram-webhook component",
                InstagramWebhookConfiguration.class);
    }

    @Override
    public PropertyConfigurer getEndpointPropertyConfigurer() {
        return StrictPropertyConfigurer.wrap(super.getEndpointPropertyConfigurer(), "the instagram-webhook endpoint",
                InstagramWebhookConfiguration.class);
    }

    public InstagramWebhookConfiguration getConfiguration() {
        return configuration;
    }

    /** Options shared by every endpoint of this component. */
    public void setConfiguration(InstagramWebhookConfiguration configuration) {
        this.configuration = configuration;
    }
}
