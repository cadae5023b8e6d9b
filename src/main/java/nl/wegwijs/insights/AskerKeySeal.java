package nl.wegwijs.insights;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.YearMonth;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals the monthly asker keys (AES-256-GCM, JDK only) under a secret that never enters the database,
 * so a copy of the database cannot recompute any asker's hash. The month is bound into each seal as
 * associated data: a sealed key moved to another month's row does not open.
 */
final class AskerKeySeal {

    static final int MIN_SECRET = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    private AskerKeySeal(SecretKeySpec key) {
        this.key = key;
    }

    /** The operator's secret (WEGWIJS_ASKER_KEY_SECRET), at least {@value #MIN_SECRET} characters. */
    static AskerKeySeal fromSecret(String secret) {
        if (secret == null || secret.strip().length() < MIN_SECRET) {
            throw new IllegalArgumentException("WEGWIJS_ASKER_KEY_SECRET must be at least " + MIN_SECRET
                    + " characters (e.g. openssl rand -base64 32)");
        }
        try {
            // the secret may be any high-entropy text: one HMAC turns it into exactly 256 bits for AES
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.strip().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] aes = mac.doFinal("wegwijs insight asker key seal v1".getBytes(StandardCharsets.UTF_8));
            return new AskerKeySeal(new SecretKeySpec(aes, "AES"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /**
     * Without an operator's secret (the embedded default): a secret generated at first start in a file
     * outside the database, readable by the process's user only. One replica only: replicas that each make
     * their own file cannot open each other's keys (see README, Privacy).
     */
    static AskerKeySeal fromFile(Path file) {
        try {
            if (!Files.exists(file)) {
                if (file.toAbsolutePath().getParent() != null) {
                    Files.createDirectories(file.toAbsolutePath().getParent());
                }
                byte[] bits = new byte[32];
                RANDOM.nextBytes(bits);
                try {
                    Files.writeString(Files.createFile(file), Base64.getEncoder().encodeToString(bits));
                    restrict(file);
                } catch (FileAlreadyExistsException raced) {
                    // another start made it first: use that one
                }
            }
            return fromSecret(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the asker key secret file", e);
        }
    }

    private static void restrict(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the file keeps its directory's permissions
        }
    }

    String seal(YearMonth month, byte[] plain) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(month.toString().getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(plain);
            byte[] out = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(sealed, 0, out, iv.length, sealed.length);
            return Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    byte[] open(YearMonth month, String sealed) {
        byte[] in = Base64.getDecoder().decode(sealed);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            cipher.updateAAD(month.toString().getBytes(StandardCharsets.US_ASCII));
            return cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES);
        } catch (AEADBadTagException wrongSecret) {
            throw new IllegalStateException("this month's asker key was sealed under another secret: every replica"
                    + " needs the same WEGWIJS_ASKER_KEY_SECRET");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }
}
