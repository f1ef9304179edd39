#pragma once

#include <cstddef>
#include <vector>

namespace ironstride::util {

/// Removes the elements at `indices` (ascending, each once) from `column`, keeping the others in order. One pass, so
/// the parallel columns of a track (time, position, heart rate, …) stay aligned when each drops the same points.
template <typename T>
void erase_at(std::vector<T>& column, const std::vector<std::size_t>& indices) {
    std::size_t out = 0;
    std::size_t next = 0;
    for (std::size_t i = 0; i < column.size(); ++i) {
        if (next < indices.size() && indices[next] == i) {
            ++next;
            continue;
        }
        column[out++] = column[i];
    }
    column.resize(out);
}

}  // namespace ironstride::util
