package io.github.camelinstagram.sandbox.console;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import javax.imageio.ImageIO;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code GET /sandbox/cdn/<name>}: the sandbox's stand-in for Meta's CDN, so that media URLs and attachment URLs it
 * hands out can be downloaded. {@code .jpg}/{@code .jpeg} names get a small JPEG, {@code .png} a small PNG, anything
 * else a few placeholder bytes with the type its extension suggests (not a playable video or sound).
 */
public final class CdnHandler implements Handler<RoutingContext> {

    private final byte[] jpeg = image("jpg");
    private final byte[] png = image("png");

    @Override
    public void handle(RoutingContext ctx) {
        String name = ctx.request().path().substring(ctx.request().path().lastIndexOf('/') + 1)
                .toLowerCase(Locale.ROOT);
        String type;
        byte[] bytes;
        if (name.endsWith(".jpg") || name.endsWith(".jpeg")) {
            type = "image/jpeg";
            bytes = jpeg;
        } else if (name.endsWith(".png")) {
            type = "image/png";
            bytes = png;
        } else {
            type = name.endsWith(".mp4") ? "video/mp4" : name.endsWith(".m4a") ? "audio/mp4"
                    : name.endsWith(".pdf") ? "application/pdf" : "application/octet-stream";
            bytes = ("sandbox placeholder for " + name).getBytes(StandardCharsets.US_ASCII);
        }
        ctx.response().putHeader("Content-Type", type).putHeader("Cache-Control", "max-age=3600")
                .end(Buffer.buffer(bytes));
    }

    private static byte[] image(String format) {
        BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 64; x++) {
            for (int y = 0; y < 64; y++) {
                image.setRGB(x, y, new Color(131 + x, 58 + y, 180).getRGB());
            }
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("No ImageIO writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
