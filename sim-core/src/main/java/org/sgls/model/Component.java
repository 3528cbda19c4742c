package org.sgls.model;

/** Anything connected to a zone. Lines are not components of a zone; see {@link Line}. */
public sealed interface Component permits Load, VariableSource, DispatchableSource, ThermalUnit, Storage,
        Electrolyzer, Exchange {

    String id();

    String zone();

    Kind kind();
}
