package org.fahras.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.DirectoryStream;
import java.util.LinkedHashSet;
import java.util.Set;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensearch.Version;
import org.opensearch.common.bootstrap.JarHell;
import org.opensearch.plugins.PluginInfo;
import org.opensearch.plugins.PluginsService;

/** The packaged zip is one OpenSearch installs: a descriptor it accepts, and no class OpenSearch already has. */
class PluginZipIT {
  private static final Path ZIP = Path.of(System.getProperty("fahras.plugin.zip", "target/missing.zip"));

  @TempDir Path folder;

  @Test
  void descriptorIsAccepted() throws IOException {
    unzip(folder);
    PluginInfo info = PluginInfo.readFromProperties(folder);
    assertEquals("fahras", info.getName());
    assertEquals(FahrasPlugin.class.getName(), info.getClassname());
    assertEquals("21", info.getJavaVersion());
    assertEquals("3.8.0", info.getOpenSearchVersionRangesString());
    assertTrue(info.getOpenSearchVersionRanges().get(0).isSatisfiedBy(Version.fromString("3.8.0")));
    PluginsService.verifyCompatibility(info); // what a node checks before it loads the plugin
  }

  /** OpenSearch's own jar-hell check, over the zip's jars and the OpenSearch and Lucene jars a node has. */
  @Test
  void passesOpenSearchsJarHellCheck() throws Exception {
    unzip(folder);
    Set<URL> urls = new LinkedHashSet<>();
    try (DirectoryStream<Path> jars = Files.newDirectoryStream(folder, "*.jar")) {
      for (Path jar : jars) {
        urls.add(jar.toUri().toURL());
      }
    }
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String name = Path.of(entry).getFileName().toString();
      if (name.endsWith(".jar") && (name.startsWith("opensearch") || name.startsWith("lucene-"))) {
        urls.add(Path.of(entry).toUri().toURL());
      }
    }
    assertTrue(urls.size() > 10, urls.toString());
    JarHell.checkJarHell(urls, message -> {});
  }

  @Test
  void carriesOnlyFahrasJars() throws IOException {
    List<String> jars = new ArrayList<>();
    List<String> clashing = new ArrayList<>();
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(ZIP))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (entry.getName().endsWith(".jar")) {
          jars.add(entry.getName().replaceAll("-[0-9].*", ""));
          clashing.addAll(classesOpenSearchHas(new JarInputStream(zip)));
        }
      }
    }
    assertEquals(List.of("fahras-core", "fahras-opensearch"), jars.stream().sorted().toList());
    assertEquals(List.of(), clashing, "jar hell: OpenSearch's lib/ already has these");
  }

  /** Entries of packages OpenSearch ships itself (Lucene, OpenSearch, Jackson). Leaves {@code in} open. */
  private static List<String> classesOpenSearchHas(JarInputStream in) throws IOException {
    List<String> found = new ArrayList<>();
    for (JarEntry entry = in.getNextJarEntry(); entry != null; entry = in.getNextJarEntry()) {
      String name = entry.getName();
      if (name.endsWith(".class")
          && (name.startsWith("org/apache/lucene/") || name.startsWith("org/opensearch/") || name.startsWith("com/fasterxml/"))) {
        found.add(name);
      }
    }
    return found;
  }

  /** Unpacks the plugin zip into {@code into}, as {@code bin/opensearch-plugin install} does into {@code plugins/fahras/}. */
  static void unzip(Path into) throws IOException {
    try (InputStream in = Files.newInputStream(ZIP);
        ZipInputStream zip = new ZipInputStream(in)) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        Files.copy(zip, into.resolve(entry.getName()));
      }
    }
  }
}
