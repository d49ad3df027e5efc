/**
 * The directory of decree No. 494: the region profile, categories and responsible bodies of App. 1 with validity dates, the coordinator, criteria, municipalities, the legal basis.
 */
package ru.praktika.directory;
