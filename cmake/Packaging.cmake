# Packages: `cpack -G DEB` and `cpack -G RPM` in a build directory (verified on Debian 12 by .ci/package.sh);
# NSIS/WiX on Windows and an app bundle in a DMG on macOS (written, not yet built: see resources/PACKAGING.md).
# Included at the end of the top-level CMakeLists.txt, after target postpress-checkpoint exists.

set(checkpoint_resources_dir "${PROJECT_SOURCE_DIR}/resources")

# What cpack sees is exactly what is written here: no doubled backslashes for NSIS.
set(CPACK_VERBATIM_VARIABLES ON)

set(CPACK_PACKAGE_NAME "postpress-checkpoint")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_VENDOR "PostPress")
set(CPACK_PACKAGE_CONTACT "PostPress")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Wrapped for Debian's control file, where long lines of the extended description are not re-flowed.
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
    "PostPress Checkpoint lets support staff finish a login checkpoint (a one-time"
    "code or a phone number) of a customer account that PostPress manages on"
    "LinkedIn, Instagram, X or Messenger, and says plainly what happened and what"
    "to do next. It opens from postpress-checkpoint: links in a helpdesk and keeps"
    "the PostPress API key in the system keychain.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "PostPress Checkpoint")
set(CPACK_PACKAGE_EXECUTABLES "postpress-checkpoint" "PostPress Checkpoint")
# Installers show a licence page; without this CPack would show CMake's own licence.
set(CPACK_RESOURCE_FILE_LICENSE "${checkpoint_resources_dir}/packaging/license.txt")
set(CPACK_STRIP_FILES ON)

set(CPACK_SOURCE_GENERATOR "TGZ")
set(CPACK_SOURCE_IGNORE_FILES "/\\.git/" "/\\.cache/" "/build[^/]*/" "\\.user$")

# --- Debian -------------------------------------------------------------------------------------------------------
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_COMPRESSION_TYPE "xz")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# dpkg-shlibdeps finds the Qt, QtKeychain and C++ libraries the binary links to.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# ...but not what is loaded at run time: QtKeychain dlopens libsecret, and Qt loads its platform plugins: xcb from
# qt6-qpa-plugins, Wayland from qt6-wayland. Without the Wayland plugin the app runs through XWayland on a Wayland
# session, where it cannot use the activation token a second launch forwards and so cannot come to the front. The
# history is SQLite through Qt's QSQLITE driver, a plugin in libqt6sql6-sqlite (Fedora's qt6-qtbase carries it).
# All four are added to what dpkg-shlibdeps finds.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0, qt6-qpa-plugins, qt6-wayland, libqt6sql6-sqlite")
# A Secret Service (org.freedesktop.secrets) keeps the API key between sessions: gnome-keyring activates over
# D-Bus, KeePassXC and kwalletd5 serve it once enabled. Qt's own translations for standard buttons.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | keepassxc | libkf5wallet-bin, qt6-translations-l10n")

# --- RPM (Fedora package names) -----------------------------------------------------------------------------------
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_RELEASE 1)
set(CPACK_RPM_PACKAGE_LICENSE "LicenseRef-proprietary")
set(CPACK_RPM_PACKAGE_GROUP "Applications/Internet")
set(CPACK_RPM_PACKAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RPM_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
set(CPACK_RPM_PACKAGE_AUTOREQ ON)
set(CPACK_RPM_PACKAGE_REQUIRES "libsecret, qt6-qtbase-gui, qt6-qtwayland")
# CPack 3.25 has no variable for Recommends; this line lands in the spec preamble.
string(JOIN "\n" CPACK_RPM_SPEC_MORE_DEFINE
    "Recommends: (gnome-keyring or keepassxc or kf6-kwallet or kf5-kwallet)"
    "Recommends: qt6-qttranslations")
set(CPACK_RPM_CHANGELOG_FILE "${checkpoint_resources_dir}/packaging/rpm-changelog.txt")
# Directories owned by filesystem and hicolor-icon-theme: listing them here would claim them for this package.
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/applications /usr/share/metainfo /usr/share/icons /usr/share/icons/hicolor
    /usr/share/icons/hicolor/scalable /usr/share/icons/hicolor/scalable/apps)
foreach(size IN ITEMS 16 22 24 32 48 64 128 256)
    list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
        /usr/share/icons/hicolor/${size}x${size} /usr/share/icons/hicolor/${size}x${size}/apps)
endforeach()

# --- Windows: NSIS (default) and WiX (cpack -G WIX) ---------------------------------------------------------------
if(WIN32)
    set(CPACK_GENERATOR "NSIS")
    set_target_properties(postpress-checkpoint PROPERTIES WIN32_EXECUTABLE ON)
    # The executable's icon and version information.
    set(checkpoint_ico "${checkpoint_resources_dir}/windows/${CHECKPOINT_APP_ID}.ico")
    configure_file("${checkpoint_resources_dir}/windows/postpress-checkpoint.rc.in"
        "${PROJECT_BINARY_DIR}/postpress-checkpoint.rc" @ONLY)
    target_sources(postpress-checkpoint PRIVATE "${PROJECT_BINARY_DIR}/postpress-checkpoint.rc")

    # windeployqt copies Qt's DLLs and plugins beside the executable. It leaves out every DLL that is not Qt's
    # (QtKeychain; libphonenumber, protobuf, abseil and ICU, which the phone-number plugin imports), so those are
    # found from the executable's and the plugin's imports along PATH and copied as well; the compiler's runtime
    # comes from InstallRequiredSystemLibraries.
    qt_generate_deploy_app_script(TARGET postpress-checkpoint FILENAME_VARIABLE checkpoint_deploy_script
        NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT "${checkpoint_deploy_script}")
    install(CODE [[
        file(GET_RUNTIME_DEPENDENCIES
            EXECUTABLES "$<TARGET_FILE:postpress-checkpoint>"
            MODULES "$<TARGET_FILE:checkpoint_phonenumber>"
            RESOLVED_DEPENDENCIES_VAR checkpoint_dlls
            UNRESOLVED_DEPENDENCIES_VAR checkpoint_unresolved_dlls
            DIRECTORIES $ENV{PATH}
            PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-"
            POST_EXCLUDE_REGEXES "[Ss][Yy][Ss][Tt][Ee][Mm]32")
        if(checkpoint_unresolved_dlls)
            message(WARNING "DLLs not found on PATH, so not packaged: ${checkpoint_unresolved_dlls}")
        endif()
        file(INSTALL ${checkpoint_dlls} DESTINATION "${CMAKE_INSTALL_PREFIX}/bin")
    ]])
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
    include(InstallRequiredSystemLibraries)

    set(CPACK_NSIS_PACKAGE_NAME "PostPress Checkpoint")
    set(CPACK_NSIS_DISPLAY_NAME "PostPress Checkpoint")
    set(CPACK_NSIS_MUI_ICON "${checkpoint_ico}")
    set(CPACK_NSIS_MUI_UNIICON "${checkpoint_ico}")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\postpress-checkpoint.exe")
    set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    # Helpdesk links: postpress-checkpoint://solve?... starts the program with the link as its one argument.
    set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS [[
  WriteRegStr SHCTX "Software\Classes\postpress-checkpoint" "" "URL:PostPress Checkpoint"
  WriteRegStr SHCTX "Software\Classes\postpress-checkpoint" "URL Protocol" ""
  StrCpy $0 "$INSTDIR\bin\postpress-checkpoint.exe"
  WriteRegStr SHCTX "Software\Classes\postpress-checkpoint\DefaultIcon" "" "$0,0"
  WriteRegStr SHCTX "Software\Classes\postpress-checkpoint\shell\open\command" "" '"$0" "%1"'
]])
    set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS [[
  DeleteRegKey SHCTX "Software\Classes\postpress-checkpoint"
]])

    # The upgrade code is the product's identity across versions and must never change; the product code is
    # left to CPack, which makes a new one per build, as a major upgrade needs.
    set(CPACK_WIX_UPGRADE_GUID "FB2AE13C-98FD-4494-8442-9EF237B7266F")
    set(CPACK_WIX_PRODUCT_ICON "${checkpoint_ico}")
    set(CPACK_WIX_PROGRAM_MENU_FOLDER "PostPress Checkpoint")
    set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_WIX_PATCH_FILE "${checkpoint_resources_dir}/windows/wix-url-protocol.xml")
endif()

# --- macOS: an app bundle in a DMG --------------------------------------------------------------------------------
if(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
    set(checkpoint_icns "${checkpoint_resources_dir}/macos/${CHECKPOINT_APP_ID}.icns")
    target_sources(postpress-checkpoint PRIVATE "${checkpoint_icns}")
    set_source_files_properties("${checkpoint_icns}" PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    # Info.plist.in declares the postpress-checkpoint: URL scheme (CFBundleURLTypes).
    set_target_properties(postpress-checkpoint PROPERTIES
        MACOSX_BUNDLE ON
        MACOSX_BUNDLE_INFO_PLIST "${checkpoint_resources_dir}/macos/Info.plist.in"
        MACOSX_BUNDLE_GUI_IDENTIFIER "${CHECKPOINT_APP_ID}"
        MACOSX_BUNDLE_BUNDLE_NAME "PostPress Checkpoint"
        MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
        MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
        MACOSX_BUNDLE_ICON_FILE "${CHECKPOINT_APP_ID}.icns"
        MACOSX_BUNDLE_COPYRIGHT "Copyright PostPress")
    # macdeployqt copies Qt and the other non-system libraries (QtKeychain) into the bundle. It expects the
    # bundle at the top of the install prefix: install(TARGETS ... BUNDLE DESTINATION .).
    qt_generate_deploy_app_script(TARGET postpress-checkpoint FILENAME_VARIABLE checkpoint_deploy_script
        NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT "${checkpoint_deploy_script}")
    set(CPACK_PACKAGE_ICON "${checkpoint_icns}")
    set(CPACK_DMG_VOLUME_NAME "PostPress Checkpoint")
    set(CPACK_DMG_FORMAT "UDBZ")
endif()

if(UNIX AND NOT APPLE)
    set(CPACK_GENERATOR "DEB;RPM")
    # The app loads its plugins from one absolute folder under the prefix it was built for (app/CMakeLists.txt), so
    # the packages install under that prefix too: a package for the system is configured with -DCMAKE_INSTALL_PREFIX=/usr.
    set(CPACK_PACKAGING_INSTALL_PREFIX "${CMAKE_INSTALL_PREFIX}")
endif()

include(CPack)
