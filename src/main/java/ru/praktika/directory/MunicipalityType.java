package ru.praktika.directory;

/** Kinds of municipal formation (Federal Law No. 131-FZ); names on screen come from the bundle. */
public enum MunicipalityType {
    CITY_OKRUG,
    MUNICIPAL_OKRUG,
    MUNICIPAL_DISTRICT,
    URBAN_SETTLEMENT,
    RURAL_SETTLEMENT
}
