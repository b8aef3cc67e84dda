/**
 * The {@code foia} command line: one picocli class per subcommand. Commands parse options, wire the stages
 * and print; they hold no pipeline logic of their own.
 */
package org.foiapipeline.cli;
