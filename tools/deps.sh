#!/usr/bin/env bash
# Installs the Debian 12 packages that building, testing and the demo need, when any is missing.
# Runs apt-get directly as root, through sudo otherwise.
set -euo pipefail

packages=(
    # build
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n qtkeychain-qt6-dev libphonenumber-dev libxcb1-dev
    libsystemd-dev # audit events in the system journal
    # tests: the fake API, a real Secret Service in a private D-Bus session
    qt6-httpserver-dev dbus gnome-keyring libsecret-tools
    # tests: what a screen reader hears (tests/with-screen-reader-bus.sh): an X server and the AT-SPI bus
    xvfb at-spi2-core
    # tests: certificates for the TLS test; readelf for the RUNPATH test
    openssl binutils
    # CI: no function over 40 lines (tests/function-size.sh)
    clang-tidy-14
    # tests: comes to the front under a headless GNOME compositor (tests/wayland): mutter, its keyboard through
    # D-Bus, the token-minting client built from the Wayland protocol files
    mutter python3-dbus libwayland-dev wayland-protocols
    # the window at run time; the history (Qt's SQLite driver)
    qt6-qpa-plugins qt6-wayland libsecret-1-0 libqt6sql6-sqlite
)

missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)
    [ "$status" = installed ] || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}"
sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
"${sudo[@]}" apt-get update -q
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
