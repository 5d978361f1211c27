package org.itot.asbuilt.traffic;

import org.itot.asbuilt.net.Ip;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/** Reading one JSON object per line (Zeek's JSON writer, Suricata's EVE), field by field with clear reasons. */
final class JsonLines {

    private JsonLines() {
    }

    static JsonObject object(String text) throws BadLine {
        try {
            JsonElement element = JsonParser.parseString(text);
            if (!element.isJsonObject()) {
                throw new BadLine("is not a JSON object");
            }
            return element.getAsJsonObject();
        } catch (JsonParseException | IllegalStateException | StackOverflowError e) {
            throw new BadLine("is not valid JSON (truncated or damaged)");
        }
    }

    static String string(JsonObject object, String field) throws BadLine {
        JsonElement value = object.get(field);
        if (value == null || value.isJsonNull()) {
            throw new BadLine("has no '" + field + "'");
        }
        if (!value.isJsonPrimitive()) {
            throw new BadLine("'" + field + "' is not a value");
        }
        return value.getAsString();
    }

    static String optional(JsonObject object, String field) {
        JsonElement value = object.get(field);
        return value == null || !value.isJsonPrimitive() ? null : value.getAsString();
    }

    static Ip address(JsonObject object, String field) throws BadLine {
        String text = string(object, field);
        Ip address = Ip.parse(text);
        if (address == null) {
            throw new BadLine(field + " '" + Times.clip(text) + "' is not an IP address");
        }
        return address;
    }
}
