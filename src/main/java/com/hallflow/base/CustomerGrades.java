package com.hallflow.base;

import java.util.Arrays;
import java.util.List;

/**
 * The grade names as text, for the run side until it checks with {@link CustomerGrade#byName}.
 *
 * @deprecated use {@link CustomerGrade}; remove once no caller is left
 */
@Deprecated(forRemoval = true)
public final class CustomerGrades {

    public static final List<String> ALL = Arrays.stream(CustomerGrade.values()).map(Enum::name).toList();

    private CustomerGrades() {
    }
}
