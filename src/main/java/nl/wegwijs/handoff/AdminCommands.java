package nl.wegwijs.handoff;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Admin commands, from the admin Telegram ids in the configuration: manage the registry without a
 * redeploy. Changes go to the database, so they hold on every replica and survive a restart.
 */
@Component
class AdminCommands {

    private static final Set<String> COMMANDS = Set.of("/list", "/add_intermediary", "/pause", "/resume", "/remove_intermediary");
    private static final Pattern FIELD = Pattern.compile("(\\w+)=(.*?)(?=\\s+\\w+=|$)");

    private final IntermediaryRegistry registry;
    private final TicketStore tickets;
    private final DeskText desk;

    AdminCommands(IntermediaryRegistry registry, TicketStore tickets, DeskText desk) {
        this.registry = registry;
        this.tickets = tickets;
        this.desk = desk;
    }

    boolean handles(String command) {
        return COMMANDS.contains(command);
    }

    String run(String command, String argument) {
        try {
            return switch (command) {
                case "/list" -> list();
                case "/add_intermediary" -> add(argument);
                case "/pause" -> registry.setPaused(argument.strip(), true) ? desk.get("desk.admin.paused", argument.strip())
                        : desk.get("desk.admin.unknown", argument.strip());
                case "/resume" -> registry.setPaused(argument.strip(), false) ? desk.get("desk.admin.resumed", argument.strip())
                        : desk.get("desk.admin.unknown", argument.strip());
                case "/remove_intermediary" -> registry.remove(argument.strip()) ? desk.get("desk.admin.removed", argument.strip())
                        : desk.get("desk.admin.unknown", argument.strip());
                default -> desk.get("desk.admin.usage");
            };
        } catch (IllegalArgumentException e) {
            return desk.get("desk.admin.error", e.getMessage()) + "\n\n" + desk.get("desk.admin.usage");
        }
    }

    private String list() {
        var all = registry.all();
        if (all.isEmpty()) {
            return desk.get("desk.admin.list.none");
        }
        return desk.get("desk.admin.list", all.stream().map(i -> "- " + i.id() + " · " + i.name() + " · "
                        + registry.organisationName(i.organisation()) + " · " + String.join(",", i.languages()) + " · "
                        + String.join(",", i.regions()) + " · " + i.hours() + " · " + i.delivery().name().toLowerCase(Locale.ROOT)
                        + (i.coordinator() ? " · coördinator" : "") + (i.paused() ? " · GEPAUZEERD" : "")
                        + " · open " + tickets.load(i.id()) + "/" + i.maxOpen())
                .collect(Collectors.joining("\n")));
    }

    private String add(String argument) {
        Map<String, String> f = new LinkedHashMap<>();
        Matcher m = FIELD.matcher(argument.strip());
        while (m.find()) {
            f.put(m.group(1).toLowerCase(Locale.ROOT), m.group(2).strip());
        }
        for (String required : new String[] {"id", "user", "org", "langs"}) {
            if (!f.containsKey(required) || f.get(required).isBlank()) {
                throw new IllegalArgumentException(required + "= ontbreekt");
            }
        }
        long user;
        try {
            user = Long.parseLong(f.get("user"));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("user= moet een Telegram-id (een getal) zijn");
        }
        var intermediary = new Intermediary(f.get("id"), f.getOrDefault("name", f.get("id")), f.get("org"), user,
                IntermediaryRegistry.split(f.get("langs").toLowerCase(Locale.ROOT)),
                IntermediaryRegistry.split(f.getOrDefault("regions", "*").toLowerCase(Locale.ROOT)),
                Availability.parse(f.getOrDefault("hours", "always")),
                Delivery.valueOf(f.getOrDefault("delivery", "private").toUpperCase(Locale.ROOT)),
                Set.of("yes", "ja", "true").contains(f.getOrDefault("coordinator", "no").toLowerCase(Locale.ROOT)), false,
                Integer.parseInt(f.getOrDefault("max", "3")));
        registry.save(intermediary, IntermediaryRegistry.Source.ADMIN);
        return desk.get("desk.admin.added", intermediary.name() + " (" + intermediary.id() + ")");
    }
}
