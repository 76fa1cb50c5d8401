package io.github.camelinstagram.sandbox.state;

/**
 * An attachment of a message.
 *
 * @param type    {@code image}, {@code audio}, {@code video}, {@code file}, {@code like_heart} or {@code MEDIA_SHARE}
 * @param url     where its bytes are, for image, audio, video and file
 * @param mediaId the shared post, for {@code MEDIA_SHARE}
 */
public record Attachment(String type, String url, String mediaId) {
}
