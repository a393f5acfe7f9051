package dev.livechat.adapter.rest;

/** One invalid input: the field's path in the request ("visitor.email", "names[2]") and what is wrong. */
record FieldError(String field, String message) {}
