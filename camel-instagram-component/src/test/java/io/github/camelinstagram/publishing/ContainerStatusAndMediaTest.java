package io.github.camelinstagram.publishing;

import java.nio.charset.StandardCharsets;

import io.github.camelinstagram.model.ContainerStatus;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The subcode of a container's status text, and what the first bytes of a local file say it is.
 */
class ContainerStatusAndMediaTest {

    @Test
    void subcodeIsTheLastLongNumberOfTheStatus() {
        assertEquals(2207026, new ContainerStatus("c", "ERROR", "Error: Media upload has failed with error code 2207026")
                .getSubcode());
        assertEquals(2207052, new ContainerStatus("c", "ERROR", "ERROR: 2207052").getSubcode());
        assertEquals(0, new ContainerStatus("c", "ERROR", "Error: something went wrong").getSubcode());
        assertEquals(0, new ContainerStatus("c", "EXPIRED", null).getSubcode());
        assertEquals(0, new ContainerStatus("c", "ERROR", "code 99999999999999").getSubcode());
    }

    @Test
    void imagesAreRecognisedByTheirFirstBytes() {
        assertTrue(LocalMedia.looksLikeImage(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0 }));
        assertTrue(LocalMedia.looksLikeImage(ascii("\u0089PNG\r\n\u001a\n")));
        assertTrue(LocalMedia.looksLikeImage(ascii("RIFF\u0000\u0000\u0000\u0000WEBP")));
        assertTrue(LocalMedia.looksLikeImage(ascii("\u0000\u0000\u0000\u0018ftypheic")));
        assertFalse(LocalMedia.looksLikeImage(ascii("\u0000\u0000\u0000\u0018ftypisom")));
        assertFalse(LocalMedia.looksLikeImage(ascii("\u0000\u0000\u0000\u0014ftypqt  ")));
        assertFalse(LocalMedia.looksLikeImage(new byte[0]));
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
