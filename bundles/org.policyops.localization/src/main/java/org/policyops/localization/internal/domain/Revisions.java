package org.policyops.localization.internal.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Source revisions: a SHA-256 content hash of what a translator translates from. The policy version is part of it,
 * so a new policy version makes the translations of the previous version's text stale even before its owner has
 * rewritten the text: translators must at least confirm that the new version leaves their text right.
 */
public final class Revisions {

    /** Hex digits kept: 80 bits are plenty to tell a text's revisions apart and stay readable in a UI. */
    private static final int LENGTH = 20;

    private Revisions() {
    }

    public static String of(String locale, String policyVersion, String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            // Lengths keep the parts apart: ("a", "bc") and ("ab", "c") hash differently.
            for (String part : new String[] { locale, policyVersion == null ? "" : policyVersion, text }) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
                sha.update((byte) ':');
                sha.update(bytes);
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
