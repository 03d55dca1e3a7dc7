package com.seventargets.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code GET /leads/assistant?searchString=&page=0&size=10&sort=lastModifiedDate,desc}: Spring Data
 * paging ({@code page} from 0, {@code size} 1 to 100, default 10), {@code sort=<field>[,asc|desc]}
 * (repeatable) on {@code lastModifiedDate}, {@code name} or {@code id}, and a case-insensitive
 * search on name or email; answered in the configured {@link AssistantListShape}.
 */
final class AssistantsApi {

    static final String PATH = "/leads/assistant";
    private static final int DEFAULT_SIZE = 10;
    private static final int MAX_SIZE = 100;
    private static final Comparator<Assistant> BY_ID = Comparator.comparingLong(Assistant::id);

    private final AssistantStore assistants;
    private final RuntimeSettings runtime;

    AssistantsApi(AssistantStore assistants, RuntimeSettings runtime) {
        this.assistants = assistants;
        this.runtime = runtime;
    }

    SimResponse list(SimRequest request) {
        Map<String, List<String>> query = request.query();
        int page = intParam(query, "page", 0, 0, Integer.MAX_VALUE);
        int size = intParam(query, "size", DEFAULT_SIZE, 1, MAX_SIZE);
        Comparator<Assistant> order = order(query.getOrDefault("sort", List.of()));
        String search = QueryStrings.first(query, "searchString");
        String needle = search == null ? "" : search.trim().toLowerCase(Locale.ROOT);

        List<Assistant> matching = assistants.all().stream()
                .filter(a -> needle.isEmpty() || a.name().toLowerCase(Locale.ROOT).contains(needle)
                        || a.emailid().toLowerCase(Locale.ROOT).contains(needle))
                .sorted(order)
                .toList();
        long from = Math.min((long) page * size, matching.size());
        List<Assistant> onPage = matching.subList((int) from, (int) Math.min(from + size, matching.size()));
        ArrayNode content = Json.object().arrayNode();
        onPage.forEach(a -> content.add(a.json()));
        return SimResponse.json(200, shape(content, page, size, matching.size()));
    }

    private JsonNode shape(ArrayNode content, int page, int size, int total) {
        int totalPages = (total + size - 1) / size;
        switch (runtime.assistantListShape()) {
            case PAGE: {
                ObjectNode body = Json.object();
                body.set("content", content);
                return body.put("totalElements", total)
                        .put("totalPages", totalPages)
                        .put("number", page)
                        .put("size", size)
                        .put("numberOfElements", content.size())
                        .put("first", page == 0)
                        .put("last", page + 1 >= totalPages)
                        .put("empty", content.isEmpty());
            }
            case PAGE_METADATA: {
                ObjectNode body = Json.object();
                body.set("content", content);
                body.putObject("page")
                        .put("size", size)
                        .put("number", page)
                        .put("totalElements", total)
                        .put("totalPages", totalPages);
                return body;
            }
            default:
                return content;
        }
    }

    private static int intParam(Map<String, List<String>> query, String name, int fallback, int min, int max) {
        String value = QueryStrings.first(query, name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // answered below like an out-of-range number
        }
        throw new ApiException(400, "Parameter '" + name + "' must be a number from " + min
                + (max == Integer.MAX_VALUE ? "" : " to " + max));
    }

    /** The comparator for the {@code sort} parameters, ties broken by id. */
    private static Comparator<Assistant> order(List<String> sorts) {
        Comparator<Assistant> order = null;
        for (String sort : sorts) {
            if (sort.isBlank()) {
                continue;
            }
            String[] parts = sort.split(",");
            Comparator<Assistant> byField = field(parts[0].trim());
            if (parts.length > 2) {
                throw new ApiException(400, "Invalid sort: " + sort);
            }
            if (parts.length == 2) {
                String direction = parts[1].trim().toLowerCase(Locale.ROOT);
                if (direction.equals("desc")) {
                    byField = byField.reversed();
                } else if (!direction.equals("asc")) {
                    throw new ApiException(400, "Invalid sort direction: " + parts[1].trim());
                }
            }
            order = order == null ? byField : order.thenComparing(byField);
        }
        return order == null ? BY_ID : order.thenComparing(BY_ID);
    }

    private static Comparator<Assistant> field(String name) {
        switch (name) {
            case "lastModifiedDate":
                return Comparator.comparing(Assistant::lastModified);
            case "name":
                return Comparator.comparing(Assistant::name, String.CASE_INSENSITIVE_ORDER);
            case "id":
                return BY_ID;
            default:
                throw new ApiException(400, "No property '" + name + "' found for type 'Assistant'");
        }
    }
}
