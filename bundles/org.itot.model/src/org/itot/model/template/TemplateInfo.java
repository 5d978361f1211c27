package org.itot.model.template;

/** What the New Model wizard and {@code itot new --template} show of a template. */
public record TemplateInfo(String id, String name, String description) {
}
