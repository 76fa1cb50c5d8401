package io.github.camelinstagram.sandbox.state;

/** The kinds of Graph nodes the sandbox serves, and the node type names its errors quote. */
public enum NodeKind {
    ACCOUNT("User"),
    MEDIA("Media"),
    CONTAINER("ShadowIGMediaBuilder"),
    COMMENT("Comment"),
    CONVERSATION("Conversation"),
    MESSAGE("Message"),
    USER("User");

    private final String typeName;

    NodeKind(String typeName) {
        this.typeName = typeName;
    }

    /** The node type as Graph errors name it: {@code ... nonexisting field (x) on node type (Media)}. */
    public String typeName() {
        return typeName;
    }
}
