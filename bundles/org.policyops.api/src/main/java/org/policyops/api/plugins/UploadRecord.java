package org.policyops.api.plugins;

import java.time.Instant;
import java.util.List;

/**
 * One upload of a plugin file over REST, as recorded in {@code data/policyops/plugins/uploads.log}: who sent what,
 * when, and what became of it.
 *
 * @param at when the upload was received
 * @param user who sent it
 * @param file the file name it was (or would have been) stored under in deploy/
 * @param symbolicName the plugin's symbolic name; null for a kar
 * @param version the plugin's version; null for a kar
 * @param sha256 the SHA-256 of the uploaded bytes, in hex
 * @param signature what the signature check found: {@code unchecked} (policy off), {@code trusted},
 *        {@code unsigned} or {@code untrusted} (the last two only stored under the policy {@code warn})
 * @param outcome {@code installed}, {@code upgraded}, {@code unchanged}, {@code stored} (a kar, or not installed
 *        in time), {@code rolled-back} or {@code refused}
 * @param reasons why it was rolled back or refused, in plain words; empty otherwise
 */
public record UploadRecord(Instant at, String user, String file, String symbolicName, String version, String sha256,
        String signature, String outcome, List<String> reasons) {

    public UploadRecord {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}
