package dev.musicbot.runtime.doctor;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReader;
import java.lang.module.ModuleReference;
import java.net.URI;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** Finds one module that has a descriptor and no content. */
final class SingleModuleFinder implements ModuleFinder {
    private final ModuleReference reference;

    SingleModuleFinder(ModuleDescriptor descriptor) {
        this.reference = new ModuleReference(descriptor, URI.create("memory:///" + descriptor.name())) {
            @Override
            public ModuleReader open() {
                return new ModuleReader() {
                    @Override
                    public Optional<URI> find(String name) {
                        return Optional.empty();
                    }

                    @Override
                    public Stream<String> list() {
                        return Stream.empty();
                    }

                    @Override
                    public void close() {}
                };
            }
        };
    }

    @Override
    public Optional<ModuleReference> find(String name) {
        return reference.descriptor().name().equals(name) ? Optional.of(reference) : Optional.empty();
    }

    @Override
    public Set<ModuleReference> findAll() {
        return Set.of(reference);
    }
}
