# CHECKPOINT_FUZZ: the libFuzzer targets of tests/fuzz (clang only). .ci/fuzz.sh configures a build directory
# of its own with it and runs each target for a bounded time.
#
# The core library is instrumented for coverage and checked by AddressSanitizer and UBSan; the fuzz targets link
# libFuzzer. Qt, QtKeychain and libphonenumber stay the distribution's uninstrumented shared libraries: their
# bugs are not found, ours inside them are (ASan intercepts malloc and friends wherever they are called from).
# Included from the top-level CMakeLists.txt after app/ has defined checkpoint_core.
if(NOT CHECKPOINT_FUZZ)
    return()
endif()
if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "CHECKPOINT_FUZZ needs clang (libFuzzer), not ${CMAKE_CXX_COMPILER_ID}: configure with "
        "-DCMAKE_CXX_COMPILER=clang++. On Debian 12: apt install clang libclang-rt-14-dev llvm.")
endif()

# A UBSan report stops the run like a crash, so libFuzzer keeps the input and CI fails.
set(CHECKPOINT_FUZZ_SANITIZE -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
target_compile_options(checkpoint_core PRIVATE -fsanitize=fuzzer-no-link ${CHECKPOINT_FUZZ_SANITIZE})
# Anything else that links the core in this build directory (tests, the app) needs the sanitizer runtimes.
target_link_options(checkpoint_core INTERFACE -fsanitize=address,undefined)

add_subdirectory(tests/fuzz)
