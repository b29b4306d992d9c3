#!/usr/bin/env bash
# Builds the .deb and .rpm from an already built build directory, validates the desktop file and the AppStream
# metainfo, installs the .deb with apt, runs the installed program and removes the package again.
# Usage: .ci/package.sh BUILD_DIR        (as root, or through sudo; needs no display)
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

[ $# -eq 1 ] || { echo "usage: $0 BUILD_DIR" >&2; exit 2; }
build=$(cd "$1" && pwd)
top=$(cd "$(dirname "$0")/.." && pwd)
app_id=ai.postpress.Checkpoint
package=postpress-checkpoint
sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)

fail() { echo "package.sh: FAILED: $*" >&2; exit 1; }
step() { printf '\n=== %s\n' "$*"; }

install_tools() {
    local -A tool_package=([desktop-file-validate]=desktop-file-utils [appstreamcli]=appstream [rpmbuild]=rpm
        [dpkg-shlibdeps]=dpkg-dev [file]=file [cpack]=cmake [readelf]=binutils)
    local missing=() tool
    for tool in "${!tool_package[@]}"; do
        command -v "$tool" >/dev/null || missing+=("${tool_package[$tool]}")
    done
    # The Recommends check below asks apt about packages that are not installed: it needs package lists.
    if [ ${#missing[@]} -eq 0 ] && compgen -G '/var/lib/apt/lists/*_Packages' >/dev/null; then
        return
    fi
    "${sudo[@]}" apt-get update -q
    [ ${#missing[@]} -eq 0 ] && return
    echo "Installing: ${missing[*]}"
    "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

cache_value() { sed -n "s/^$1:[A-Z]*=//p" "$build/CMakeCache.txt"; }

validate_metadata() {
    step "desktop-file-validate $app_id.desktop"
    desktop-file-validate "$top/resources/$app_id.desktop" || fail "desktop file"
    echo "valid"
    step "appstreamcli validate --no-net $app_id.metainfo.xml"
    appstreamcli validate --no-net "$top/resources/$app_id.metainfo.xml" || fail "metainfo"
    grep -q "<release version=\"$version\"" "$top/resources/$app_id.metainfo.xml" \
        || fail "the metainfo has no <release> entry for version $version"
}

build_packages() {
    rm -f "$build"/"$package"_*.deb "$build"/"$package"-*.rpm
    step "cpack -G DEB"
    (cd "$build" && cpack -G DEB) || fail "cpack -G DEB"
    step "cpack -G RPM"
    (cd "$build" && cpack -G RPM) || fail "cpack -G RPM"
    deb=$(find "$build" -maxdepth 1 -name "${package}_${version}_*.deb" -print -quit)
    rpm=$(find "$build" -maxdepth 1 -name "${package}-${version}-*.rpm" -print -quit)
    [ -n "$deb" ] || fail "no ${package}_${version}_*.deb in $build"
    [ -n "$rpm" ] || fail "no ${package}-${version}-*.rpm in $build"
}

# Each name must appear in the field: the dependencies no tool detects, and one that proves dpkg-shlibdeps ran.
expect_fields() {
    local what=$1 text=$2 name
    shift 2
    for name in "$@"; do
        grep -qF -- "$name" <<<"$text" || fail "$what lacks $name"
    done
}

show_dependencies() {
    step "dependencies of $(basename "$deb")"
    local depends recommends requires
    depends=$(dpkg-deb -f "$deb" Depends)
    recommends=$(dpkg-deb -f "$deb" Recommends)
    echo "Depends: $depends"
    echo "Recommends: $recommends"
    # libphonenumber8 comes only from the plugin: proof that dpkg-shlibdeps scanned it as well; libqt6network6 from
    # the executable.
    expect_fields "Depends" "$depends" libsecret-1-0 qt6-qpa-plugins qt6-wayland libqt6widgets6 libqt6keychain1 libphonenumber8 \
        libqt6network6
    expect_fields "Recommends" "$recommends" gnome-keyring
    # Every package named in Recommends must exist in the archive, or apt silently installs nothing.
    local name
    for name in $(tr ',|' '  ' <<<"$recommends" | sed 's/([^)]*)//g'); do
        apt-cache show "$name" >/dev/null 2>&1 || fail "Recommends names $name, which apt does not know"
    done

    step "dependencies of $(basename "$rpm")"
    requires=$(rpm -qpR "$rpm")
    echo "$requires"
    echo "Recommends: $(rpm -qp --recommends "$rpm" | paste -sd ' ')"
    expect_fields "rpm Requires" "$requires" libsecret qt6-qtbase-gui qt6-qtwayland 'libQt6Widgets.so.6' 'libphonenumber.so.8' \
        'libQt6Network.so.6'
    # Listed first, then searched: with pipefail, grep -q leaving early would fail the pipe by SIGPIPE.
    rpm_files=$(rpm -qpl "$rpm")
    grep -qx "/usr/share/applications/$app_id.desktop" <<<"$rpm_files" || fail "the rpm lacks the desktop file"
}

remove_package() {
    if [ "$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null)" = installed ]; then
        step "apt-get remove $package"
        "${sudo[@]}" apt-get remove -y -q "$package"
    fi
}

install_and_check() {
    step "apt-get install $(basename "$deb")"
    trap remove_package EXIT
    # Recommends are not pulled in on the CI machine; show_dependencies checks that they exist.
    (cd "$build" && "${sudo[@]}" apt-get install -y -q --no-install-recommends "./$(basename "$deb")") \
        || fail "apt-get install of the .deb"

    step "/usr/bin/$package --version"
    local output
    output=$(env -u DISPLAY -u WAYLAND_DISPLAY "/usr/bin/$package" --version) || fail "--version exited with $?"
    echo "$output"
    [ "$output" = "$package $version" ] || fail "--version said '$output', expected '$package $version'"

    step "dpkg -L $package"
    local files expected=("/usr/bin/$package" "/usr/share/applications/$app_id.desktop"
        "/usr/share/metainfo/$app_id.metainfo.xml" "/usr/share/icons/hicolor/scalable/apps/$app_id.svg")
    local size
    for size in 16 22 24 32 48 64 128 256; do
        expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
    done
    files=$(dpkg -L "$package")
    local path
    for path in "${expected[@]}"; do
        grep -qx -- "$path" <<<"$files" || fail "dpkg -L $package lacks $path"
        echo "$path"
    done
    # The app looks for its plugin in one absolute folder compiled in (its one "/…/postpress-checkpoint" string):
    # that must be where the package put it.
    local plugin folder
    plugin=$(grep -x "/usr/.*/postpress-checkpoint/libpostpress-checkpoint-phonenumber.so" <<<"$files") \
        || fail "dpkg -L $package lacks the phone-number plugin"
    echo "$plugin"
    folder=$(strings -e l "/usr/bin/$package") # UTF-16, a QString literal; whole, then searched (see rpm_files)
    folder=$(grep -x '/.*/postpress-checkpoint' <<<"$folder" | sed -n 1p)
    [ -n "$folder" ] || fail "no plugin folder in /usr/bin/$package"
    [ "$folder" = "$(dirname "$plugin")" ] \
        || fail "the app looks for its plugin in $folder, the package put it in $(dirname "$plugin")"
    echo "the app looks for it in $folder: found"
    # No RPATH or RUNPATH in any program or library of the package: they need only the system's libraries, which the
    # loader finds without one, and a relative or $ORIGIN entry would let a library beside a copy be loaded.
    local file elf=0
    for file in $files; do
        [ -f "$file" ] && [ "$(head -c 4 "$file")" = $'\177ELF' ] || continue
        elf=$((elf + 1))
        ! readelf -d "$file" | grep -E '\((RPATH|RUNPATH)\)' || fail "$file has a library search path"
    done
    [ "$elf" -gt 1 ] || fail "dpkg -L $package lists $elf programs and libraries, expected the app and its plugin"
    echo "no RPATH or RUNPATH in the $elf programs and libraries"
    desktop-file-validate "/usr/share/applications/$app_id.desktop" || fail "installed desktop file"
    # desktop-file-utils' dpkg trigger registers the link scheme: this is what xdg-open consults.
    grep -q "^x-scheme-handler/postpress-checkpoint=\(.*;\)\?$app_id\.desktop;" /usr/share/applications/mimeinfo.cache \
        || fail "x-scheme-handler/postpress-checkpoint is not registered in mimeinfo.cache"
    echo "x-scheme-handler/postpress-checkpoint registered to $app_id.desktop"
}

install_tools
[ -f "$build/CMakeCache.txt" ] || fail "$build is not a CMake build directory"
version=$(cache_value CMAKE_PROJECT_VERSION)
[ -n "$version" ] || fail "no CMAKE_PROJECT_VERSION in $build/CMakeCache.txt"
# The packages install under the prefix the app was built for, where it looks for its plugins.
[ "$(cache_value CMAKE_INSTALL_PREFIX)" = /usr ] \
    || fail "$build is configured for $(cache_value CMAKE_INSTALL_PREFIX): configure it with -DCMAKE_INSTALL_PREFIX=/usr"
echo "Packaging $package $version from $build"

validate_metadata
build_packages
show_dependencies
install_and_check
remove_package
trap - EXIT
step "packages"
ls -l "$deb" "$rpm"
echo "package.sh: all packaging checks passed"
