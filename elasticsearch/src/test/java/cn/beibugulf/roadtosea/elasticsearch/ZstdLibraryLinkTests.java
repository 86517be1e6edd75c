package cn.beibugulf.roadtosea.elasticsearch;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

import static org.assertj.core.api.Assertions.assertThat;

class ZstdLibraryLinkTests {

    @Test
    @EnabledOnOs(value = OS.LINUX, architectures = { "amd64", "x86_64" })
    void readsTheLibraryPathFromAnLdconfigLine() {
        assertThat(ZstdLibraryLink
            .parseLdconfigLine("\tlibzstd.so.1 (libc6,x86-64) => /lib/x86_64-linux-gnu/libzstd.so.1"))
            .contains(Path.of("/lib/x86_64-linux-gnu/libzstd.so.1"));
    }

    @Test
    void ignoresOtherLibrariesAndTheDevelopmentLink() {
        assertThat(ZstdLibraryLink.parseLdconfigLine("\tlibz.so.1 (libc6,x86-64) => /lib/x86_64-linux-gnu/libz.so.1"))
            .isEmpty();
        assertThat(ZstdLibraryLink.parseLdconfigLine("\tlibzstd.so (libc6,x86-64) => /usr/lib/libzstd.so")).isEmpty();
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void findsTheSystemLibraryOnThisMachine() {
        assertThat(ZstdLibraryLink.findSystemZstd()).hasValueSatisfying(path -> assertThat(Files.isReadable(path)).isTrue());
    }

}
