package io.github.camelinstagram.support;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ByteSizeTest {

    @Test
    void parsesBytesAndBinaryUnits() {
        assertEquals(4L * 1024 * 1024, ByteSize.parse("4MB", 0));
        assertEquals(512L * 1024, ByteSize.parse("512KB", 0));
        assertEquals(512L * 1024, ByteSize.parse(" 512 kb ", 0));
        assertEquals(2L * 1024 * 1024 * 1024, ByteSize.parse("2GB", 0));
        assertEquals(100, ByteSize.parse("100B", 0));
        assertEquals(1048576, ByteSize.parse("1048576", 0));
        assertEquals(7, ByteSize.parse(null, 7));
        assertEquals(7, ByteSize.parse(" ", 7));
    }

    @Test
    void refusesWhatIsNotASize() {
        assertThrows(IllegalArgumentException.class, () -> ByteSize.parse("4 megabytes", 0));
        assertThrows(IllegalArgumentException.class, () -> ByteSize.parse("-1", 0));
        assertThrows(IllegalArgumentException.class, () -> ByteSize.parse("MB", 0));
        assertThrows(IllegalArgumentException.class, () -> ByteSize.parse("99999999999999999GB", 0));
    }
}
