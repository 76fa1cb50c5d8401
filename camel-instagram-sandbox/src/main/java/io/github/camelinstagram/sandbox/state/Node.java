package io.github.camelinstagram.sandbox.state;

/**
 * A Graph node found by its id: what it is and the object itself.
 *
 * @param kind   the node's kind
 * @param entity an {@link Account}, {@link Media}, {@link Container}, {@link Comment}, {@link Conversation},
 *               {@link Message} or {@link Follower}
 */
public record Node(NodeKind kind, Object entity) {

    public <T> T as(Class<T> type) {
        return type.cast(entity);
    }
}
