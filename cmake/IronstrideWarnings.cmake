# Warnings for our own code only (linked PRIVATE), after fmt's pedantic list and libosmium's extras.
add_library(ironstride_warnings INTERFACE)
target_compile_options(ironstride_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wconversion -Wsign-conversion -Wshadow -Wold-style-cast -Wundef -Wcast-qual
  -Wnon-virtual-dtor)
if(IRONSTRIDE_WERROR)
  target_compile_options(ironstride_warnings INTERFACE -Werror)
endif()
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
  # GCC 12 reports false -Wrestrict positives inside libstdc++'s std::string at -O2/-O3 (GCC bug 105651).
  # Likewise -Wmaybe-uninitialized on std::optional members (GCC bug 80635).
  target_compile_options(ironstride_warnings INTERFACE -Wno-restrict -Wno-maybe-uninitialized)
endif()
