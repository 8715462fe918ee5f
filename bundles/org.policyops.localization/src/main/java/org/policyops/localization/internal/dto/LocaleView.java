package org.policyops.localization.internal.dto;

public record LocaleView(String tag, String name) {
}
