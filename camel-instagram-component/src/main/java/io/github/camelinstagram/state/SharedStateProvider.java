package io.github.camelinstagram.state;

import java.util.ServiceLoader;

import javax.sql.DataSource;

/**
 * Makes the {@link SharedState} of a component from its {@code dataSource}. The artifact
 * {@code io.github.camelinstagram:camel-instagram-jdbc} provides it (a {@link ServiceLoader} service).
 */
public interface SharedStateProvider {

    /** The artifact that provides the shared state; named in the error when it is missing. */
    String ARTIFACT = "io.github.camelinstagram:camel-instagram-jdbc";

    /**
     * @param dataSource   the database
     * @param createTables whether to create the tables that are missing
     */
    SharedState open(DataSource dataSource, boolean createTables);

    /**
     * The provider on the class path.
     *
     * @throws IllegalStateException naming the artifact to add when there is none
     */
    static SharedStateProvider find(ClassLoader loader) {
        return ServiceLoader.load(SharedStateProvider.class, loader).findFirst().orElseThrow(() ->
                new IllegalStateException("The instagram component has a dataSource, but nothing on the class path"
                                          + " keeps its state in a database: add the dependency " + ARTIFACT));
    }
}
