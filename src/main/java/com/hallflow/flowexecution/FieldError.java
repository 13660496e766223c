package com.hallflow.flowexecution;

/**
 * Why a step was refused, for one field: an input key, {@code checklist:<index>}, an
 * offer's field or {@code step}; the message is a translation key.
 */
public record FieldError(String field, String messageKey) {
}
