package org.policyops.training.internal.dto;

import java.util.List;

import org.policyops.training.internal.entity.CurriculumEntity;

public record CurriculumView(String code, String title, List<String> courses) {

    public static CurriculumView of(CurriculumEntity c) {
        return new CurriculumView(c.getCode(), c.getTitle(), List.copyOf(c.getCourseCodes()));
    }
}
