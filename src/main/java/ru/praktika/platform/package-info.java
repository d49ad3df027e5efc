/**
 * Shared kernel: the embedded database, the clock, the exceptions every module throws and who is
 * acting ({@code security}). No business rules live here. Open: every module may use all of it.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package ru.praktika.platform;

import org.springframework.modulith.ApplicationModule;
