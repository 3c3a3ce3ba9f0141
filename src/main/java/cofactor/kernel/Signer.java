package cofactor.kernel;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The HMAC-SHA256 of a message's four JSON frames (header, parent header, metadata,
 * content) under the connection's key, in hex: the signature the wire protocol puts before
 * them. An empty key means messages are not signed (Jupyter's convention).
 */
final class Signer {
    private final Mac mac; // guarded by this: a Mac keeps state between update and doFinal

    Signer(String key) {
        if (key.isEmpty()) {
            mac = null;
            return;
        }
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java has HmacSHA256", e);
        }
    }

    synchronized String sign(List<byte[]> frames) {
        if (mac == null) return "";
        for (byte[] f : frames) mac.update(f);
        return HexFormat.of().formatHex(mac.doFinal());
    }

    /** Whether {@code signature} is right, compared in constant time so it cannot be guessed byte by byte. */
    boolean verify(byte[] signature, List<byte[]> frames) {
        if (mac == null) return true;
        return MessageDigest.isEqual(signature, sign(frames).getBytes(StandardCharsets.US_ASCII));
    }
}
