# ironstride_module(NAME <module> [DEPS <targets>...])
#
# One static library per folder of src/ironstride: folder = namespace = target. Sources are the folder's .cpp
# files (detail/ and sub-folders included), so adding a file needs no edit here.
function(ironstride_module)
  cmake_parse_arguments(ARG "" "NAME" "DEPS" ${ARGN})
  file(GLOB_RECURSE sources CONFIGURE_DEPENDS "${CMAKE_CURRENT_SOURCE_DIR}/*.cpp")
  set(target ironstride_${ARG_NAME})
  if(sources)
    add_library(${target} STATIC ${sources})
    target_include_directories(${target} PUBLIC "${PROJECT_SOURCE_DIR}/src")
    target_link_libraries(${target} PUBLIC ${ARG_DEPS} PRIVATE ironstride_warnings)
  else()
    add_library(${target} INTERFACE)
    target_include_directories(${target} INTERFACE "${PROJECT_SOURCE_DIR}/src")
    target_link_libraries(${target} INTERFACE ${ARG_DEPS})
  endif()
  add_library(ironstride::${ARG_NAME} ALIAS ${target})
endfunction()
