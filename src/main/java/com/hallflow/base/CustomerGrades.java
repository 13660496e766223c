package com.hallflow.base;

import java.util.List;

/** The customer grades the operator uses (客户星级), lowest first; promotions may target them. */
public final class CustomerGrades {

    public static final List<String> ALL = List.of("STANDARD", "SILVER", "GOLD", "DIAMOND");

    private CustomerGrades() {
    }

    /** The translation key of a grade's name. */
    public static String labelKey(String grade) {
        return "flowexecution.grade." + grade;
    }
}
