package io.github.camelinstagram.operations;

/**
 * What an operation produced: the new message body, and the values of the output headers it sets.
 *
 * @param body       the model object (or list of them) that becomes the message body
 * @param createdId  id of what the operation created, for {@code CamelInstagramId}; null when nothing was created
 * @param nextCursor cursor of the next page, for {@code CamelInstagramNextCursor}; null on the last page
 */
public record OperationResult(Object body, String createdId, String nextCursor) {

    public static OperationResult of(Object body) {
        return new OperationResult(body, null, null);
    }

    public static OperationResult created(Object body, String id) {
        return new OperationResult(body, id, null);
    }
}
