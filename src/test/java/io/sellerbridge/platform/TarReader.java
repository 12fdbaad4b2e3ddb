package io.sellerbridge.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the regular files of a tar stream (POSIX ustar, with PAX and GNU long names), as Jib writes its image tar
 * and layers. Small on purpose: commons-compress needs a newer commons-io than the one the Kafka test kit brings.
 */
final class TarReader {

    /** A regular file: its path as stored (no leading "./") and permission bits. */
    record Entry(String name, int mode, byte[] content) {
    }

    private TarReader() {
    }

    static Map<String, Entry> files(InputStream in) throws IOException {
        Map<String, Entry> files = new LinkedHashMap<>();
        String longName = null;
        while (true) {
            byte[] header = in.readNBytes(512);
            if (header.length < 512 || isZero(header)) {
                return files;
            }
            String name = text(header, 0, 100);
            int mode = (int) octal(header, 100, 8);
            long size = octal(header, 124, 12);
            char type = (char) header[156];
            if ("ustar".equals(text(header, 257, 5)) && !text(header, 345, 155).isEmpty()) {
                name = text(header, 345, 155) + "/" + name;
            }
            byte[] content = in.readNBytes(Math.toIntExact(size));
            if (content.length != size) {
                throw new IOException("truncated tar entry " + name);
            }
            in.readNBytes((int) ((512 - size % 512) % 512));
            switch (type) {
                case 'x' -> longName = paxPath(content, longName);
                case 'L' -> longName = new String(content, StandardCharsets.UTF_8).replace("\0", "");
                case '0', '\0' -> {
                    String path = (longName != null ? longName : name).replaceFirst("^\\./", "");
                    files.put(path, new Entry(path, mode, content));
                    longName = null;
                }
                default -> longName = null; // directories, links: not needed
            }
        }
    }

    /** PAX records are "LENGTH key=value\n", LENGTH counting bytes of the whole record. */
    private static String paxPath(byte[] records, String current) {
        String path = current;
        int at = 0;
        while (at < records.length) {
            int space = at;
            while (records[space] != ' ') {
                space++;
            }
            int length = Integer.parseInt(new String(records, at, space - at, StandardCharsets.US_ASCII));
            String record = new String(records, space + 1, at + length - space - 2, StandardCharsets.UTF_8);
            if (record.startsWith("path=")) {
                path = record.substring("path=".length());
            }
            at += length;
        }
        return path;
    }

    private static boolean isZero(byte[] block) {
        for (byte b : block) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    private static String text(byte[] b, int offset, int length) {
        int end = offset;
        while (end < offset + length && b[end] != 0) {
            end++;
        }
        return new String(b, offset, end - offset, StandardCharsets.UTF_8);
    }

    private static long octal(byte[] b, int offset, int length) {
        String s = text(b, offset, length).trim();
        return s.isEmpty() ? 0 : Long.parseLong(s, 8);
    }
}
