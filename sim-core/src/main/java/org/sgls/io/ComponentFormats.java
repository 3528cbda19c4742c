package org.sgls.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.sgls.model.Component;
import org.sgls.model.Kind;

/** Which format reads and writes which kind: the one place a new kind is registered for files. */
final class ComponentFormats {
    private static final Map<Kind, ComponentFormat<?>> BY_KIND = new EnumMap<>(Kind.class);

    static {
        register(new LoadFormat(), Kind.LOAD);
        register(new VariableSourceFormat(), Kind.PV, Kind.WIND, Kind.HYDRO, Kind.CSP);
        register(new BiomassFormat(), Kind.BIOMASS);
        register(new ThermalFormat(), Kind.COAL, Kind.GAS, Kind.OIL, Kind.NUCLEAR);
        register(new StorageFormat(), Kind.STORAGE);
        register(new ElectrolyzerFormat(), Kind.ELECTROLYZER);
        register(new ExchangeFormat(), Kind.IMPORT, Kind.EXPORT);
    }

    private ComponentFormats() {
    }

    private static void register(ComponentFormat<?> format, Kind... kinds) {
        for (Kind k : kinds) {
            BY_KIND.put(k, format);
        }
    }

    /** The format of a component kind; null for kinds that are not components ({@code line}). */
    static ComponentFormat<?> of(Kind kind) {
        return BY_KIND.get(kind);
    }

    /** The labels a component's {@code kind} may take, in declaration order. */
    static List<String> labels() {
        return BY_KIND.keySet().stream().map(Kind::label).toList();
    }

    static void write(Component c, ObjectNode out, SeriesNames names) {
        ComponentFormat<?> format = BY_KIND.get(c.kind());
        if (format == null || !format.type().isInstance(c)) {
            throw new IllegalArgumentException(c.id() + ": no file format for " + c.getClass().getSimpleName()
                    + " of kind " + c.kind().label());
        }
        writeAs(format, c, out, names);
    }

    private static <T extends Component> void writeAs(ComponentFormat<T> format, Component c, ObjectNode out,
            SeriesNames names) {
        format.write(format.type().cast(c), out, names);
    }
}
