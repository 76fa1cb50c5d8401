package io.github.camelinstagram.sandbox.graph;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.camelinstagram.sandbox.state.Account;
import io.github.camelinstagram.sandbox.state.Container;
import io.github.camelinstagram.sandbox.state.ContainerStatus;
import io.github.camelinstagram.sandbox.state.Media;
import io.github.camelinstagram.sandbox.state.ProcessingTimes;
import io.github.camelinstagram.sandbox.state.Sandbox;
import io.github.camelinstagram.sandbox.state.Scope;
import io.github.camelinstagram.sandbox.support.Ordered;

/**
 * Content publishing (section B): create a container, read its status, publish it, read the publishing quota. At most
 * 400 containers and {@code quotaTotal} published media per account in a rolling 24 hours (both answered with
 * 9/2207042 beyond).
 */
final class PublishingEndpoints {

    static final int MAX_CONTAINERS_PER_DAY = 400;
    static final int QUOTA_DURATION_SECONDS = 86400;

    private final Sandbox sandbox;
    private final GraphViews views;
    private final ContainerFactory factory;
    private final int quotaTotal;

    PublishingEndpoints(Sandbox sandbox, GraphViews views, ProcessingTimes processing, int quotaTotal) {
        this.sandbox = sandbox;
        this.views = views;
        this.factory = new ContainerFactory(sandbox, processing);
        this.quotaTotal = quotaTotal;
    }

    Object createContainer(GraphCall call, Account account) {
        Authenticator.require(call.token(), Scope.BASIC, Scope.CONTENT_PUBLISH);
        if (sandbox.containersCreatedToday(account.userId()) >= MAX_CONTAINERS_PER_DAY) {
            throw GraphErrors.publishing(PublishingError.PUBLISH_LIMIT,
                    "The account created " + MAX_CONTAINERS_PER_DAY + " containers in the last 24 hours.");
        }
        Container container = sandbox.addContainer(factory.create(call, account));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", container.id());
        if (container.isResumable()) {
            String version = call.versionPath().isEmpty() ? "v25.0" : call.versionPath().substring(1);
            answer.put("uri", call.baseUrl() + "/ig-api-upload/" + version + "/" + container.id());
        }
        return answer;
    }

    Object container(GraphCall call, Container container, String edge) {
        if (!container.ownerId().equals(call.account().userId())) {
            throw GraphErrors.unsupported(call.method(), container.id());
        }
        if (edge != null) {
            throw GraphErrors.nonexistingEdge(edge, "ShadowIGMediaBuilder");
        }
        if (!"GET".equals(call.method())) {
            throw GraphErrors.unsupported(call.method(), container.id());
        }
        Authenticator.require(call.token(), Scope.BASIC, Scope.CONTENT_PUBLISH);
        return views.container().render(container, call.fields());
    }

    Object publish(GraphCall call, Account account) {
        Authenticator.require(call.token(), Scope.BASIC, Scope.CONTENT_PUBLISH);
        String creationId = call.requireParam("creation_id");
        Container container = sandbox.container(creationId).filter(c -> c.ownerId().equals(account.userId()))
                .orElseThrow(() -> GraphErrors.publishing(PublishingError.CONTAINER_MISSING,
                        "No container " + creationId + " of this account."));
        if (container.isCarouselItem()) {
            throw GraphErrors.invalidParameter("The container " + creationId + " is a carousel item: publish the"
                                               + " carousel container instead");
        }
        ContainerStatus status = sandbox.status(container);
        switch (status.code()) {
            case "FINISHED" -> {
            }
            case "IN_PROGRESS" -> throw GraphErrors.publishing(PublishingError.NOT_READY);
            case "EXPIRED" -> throw GraphErrors.publishing(PublishingError.CONTAINER_MISSING,
                    "The container " + creationId + " expired: it was not published within 24 hours.");
            case "PUBLISHED" -> throw GraphErrors.invalidParameter("The container " + creationId
                                                                   + " was already published as media "
                                                                   + container.publishedMediaId());
            default -> throw GraphErrors.publishing(PublishingError.bySubcode(status.subcode())
                    .orElse(PublishingError.CREATE_MEDIA_FAILED));
        }
        if (sandbox.publishedToday(account.userId()) >= quotaTotal) {
            throw GraphErrors.publishing(PublishingError.PUBLISH_LIMIT);
        }
        Media media = sandbox.publish(container, account.username());
        return Map.of("id", media.id());
    }

    Object limit(GraphCall call, Account account) {
        Authenticator.require(call.token(), Scope.BASIC, Scope.CONTENT_PUBLISH);
        FieldSelection fields = call.fields();
        Map<String, Object> item = new LinkedHashMap<>();
        List<String> names = fields == null ? List.of("quota_usage", "config")
                : fields.fields().stream().map(FieldSelection.Field::name).toList();
        for (String name : names) {
            switch (name) {
                case "quota_usage" -> item.put("quota_usage", sandbox.publishedToday(account.userId()));
                case "config" -> item.put("config", Ordered.map("quota_total", quotaTotal,
                        "quota_duration", QUOTA_DURATION_SECONDS));
                default -> throw GraphErrors.nonexistingField(name, "ContentPublishingLimit");
            }
        }
        return Map.of("data", List.of(item));
    }
}
