# The plan's exports read back by independent parsers (label: integration).
# - iCalendar: libical (Debian libical-dev), linked into this test alone; the product never depends on it.
pkg_check_modules(LIBICAL REQUIRED IMPORTED_TARGET libical)
add_executable(plan_ics_libical_test "${CMAKE_CURRENT_SOURCE_DIR}/plan_ics_libical.cpp")
target_link_libraries(plan_ics_libical_test PRIVATE ironstride_cli ironstride_test_support PkgConfig::LIBICAL
                                                    GTest::gtest_main ironstride_warnings)
add_dependencies(plan_ics_libical_test ironstride)
gtest_discover_tests(plan_ics_libical_test
  TEST_PREFIX "integration."
  DISCOVERY_TIMEOUT 60
  PROPERTIES LABELS integration)
