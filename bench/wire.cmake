# Adds bench/ to a build whose top-level CMakeLists.txt does not add_subdirectory(bench) itself (bench/run.sh passes
# this file as CMAKE_PROJECT_INCLUDE only then). Deferred to the end of the top directory, when the app's targets
# exist; a deferred call may not create a subdirectory, so bench/CMakeLists.txt is included instead. EVAL fixes the
# path now: a deferred call expands its arguments only when it runs.
include_guard(GLOBAL)
if(CHECKPOINT_BUILD_TESTS)
    cmake_language(EVAL CODE "cmake_language(DEFER DIRECTORY \"${CMAKE_SOURCE_DIR}\"
        CALL include \"${CMAKE_CURRENT_LIST_DIR}/CMakeLists.txt\")")
endif()
