package org.k2advisor.internal.pack;

/**
 * Text that several advice items share, such as what the AVADEC trial found. A report tells it in
 * full ({@code first}) in the first item that uses it, refers back to it ({@code again}) in the
 * second, and leaves it out after that, so a person does not read the same result twice. Items
 * must read well without it.
 */
public record Passage(String first, String again) {}
