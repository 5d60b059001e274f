package dev.dateline;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The packages depend on each other one way: cli over serve, interop and starter (the repository
 * that {@code new site} writes), those over the pipeline ({@link Dateline}), then publish, render,
 * content, model; the build cache is used by the pipeline's stages and uses none of them;
 * diagnostics are used by all.
 */
class LayersTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.dateline");

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("dev.dateline.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void dependenciesPointDownTheLayers() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("cli").definedBy("dev.dateline.cli..")
                .layer("serve").definedBy("dev.dateline.serve..")
                .layer("interop").definedBy("dev.dateline.interop..")
                .layer("starter").definedBy("dev.dateline.starter..")
                .layer("pipeline").definedBy("dev.dateline")
                .layer("search").definedBy("dev.dateline.search..")
                .layer("publish").definedBy("dev.dateline.publish..")
                .layer("render").definedBy("dev.dateline.render..")
                .layer("content").definedBy("dev.dateline.content..")
                .layer("model").definedBy("dev.dateline.model..")
                .layer("cache").definedBy("dev.dateline.cache..")
                .layer("diagnostics").definedBy("dev.dateline.diagnostics..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("serve").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("interop").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("starter").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("pipeline").mayOnlyBeAccessedByLayers("cli", "serve", "interop")
                .whereLayer("search").mayOnlyBeAccessedByLayers("cli", "serve", "starter", "pipeline")
                .whereLayer("publish").mayOnlyBeAccessedByLayers("cli", "serve", "interop", "pipeline")
                .whereLayer("render").mayOnlyBeAccessedByLayers("cli", "serve", "interop", "pipeline", "publish")
                .whereLayer("content").mayOnlyBeAccessedByLayers("cli", "serve", "interop", "pipeline", "publish", "render")
                .whereLayer("model").mayOnlyBeAccessedByLayers("cli", "serve", "interop", "pipeline", "publish", "render", "content")
                .whereLayer("cache").mayOnlyBeAccessedByLayers("cli", "serve", "interop", "pipeline", "publish", "render", "content")
                .check(MAIN);
    }

    @Test
    void everyPackageIsInALayer() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes().should()
                .resideInAnyPackage("dev.dateline", "dev.dateline.cli..", "dev.dateline.serve..", "dev.dateline.interop..",
                        "dev.dateline.starter..", "dev.dateline.search..", "dev.dateline.publish..", "dev.dateline.render..", "dev.dateline.content..", "dev.dateline.model..",
                        "dev.dateline.cache..", "dev.dateline.diagnostics..")
                .check(MAIN);
    }
}
