package ru.praktika.adoption;

/**
 * How a body works with municipalities (cl. 6), for the other modules: the practices module asks it
 * before taking a municipality's proposal. A body that has set nothing keeps both doors open.
 */
public interface MunicipalPolicy {

    boolean municipalitiesMayPropose(Long bodyId);
}
