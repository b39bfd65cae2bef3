package dev.instrumentator.example.ecosystem;

import dev.instrumentator.annotations.Instrumented;
import org.springframework.web.bind.annotation.RestController;

/** A controller whose one handler method it inherits from {@link CatalogBase}. */
@Instrumented
@RestController
public class CatalogController extends CatalogBase {}
