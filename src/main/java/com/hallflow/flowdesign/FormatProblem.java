package com.hallflow.flowdesign;

/**
 * One reason a flow document was refused: where ({@code $.steps[2].key}, or a line and
 * column) and why.
 */
public record FormatProblem(String path, String message) {
}
