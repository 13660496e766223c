package com.hallflow.flowdesign;

/** What kind of value an input takes, and so how the counter screen validates it. */
public enum InputType {
    TEXT, NUMBER, MONEY, MOBILE, RESIDENT_ID, CHOICE, YES_NO, DATE, SIGNATURE
}
