package org.decompress.fhir;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A FHIR resource's version made from its content: "1." and the first 12 hex digits of the SHA-256 of its JSON. */
final class Digest {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private Digest() {
    }

    static String version(Object content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(JSON.writeValueAsString(content).getBytes(StandardCharsets.UTF_8));
            return "1." + HexFormat.of().formatHex(digest).substring(0, 12);
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
